-- SPDX-License-Identifier: GPL-3.0-or-later
-- The DPO's review of flagged entries (outcome and note, four eyes), and the filter that shows
-- open flags only. The rules changed (off-hours only for access to a learner's data; reading the
-- log and administration never count), so every flag is computed again from the start.
SET LOCAL ROLE fx_owner;

-- One review per flagged entry; no foreign key, as for the flags: the log stays truncation-proof.
CREATE TABLE privacy.anomaly_reviews (
    entry_id    bigint PRIMARY KEY,
    outcome     text NOT NULL CHECK (outcome IN ('justified', 'followed_up', 'escalated')),
    note        text NOT NULL,
    reviewed_by text NOT NULL,
    reviewed_at timestamptz NOT NULL DEFAULT now()
);

-- audit_page and audit_activity take whether reviewed flags are shown too; audit_page returns the review.
DROP FUNCTION IF EXISTS privacy.audit_page(timestamptz, timestamptz, text, text, text, bigint, text, boolean, boolean, bigint,
                                 bigint, integer);
DROP FUNCTION IF EXISTS privacy.audit_activity(timestamptz, timestamptz, text, text, text, bigint, text, boolean, boolean, text);
ALTER TYPE privacy.audit_filter ADD ATTRIBUTE with_reviewed boolean;

-- The new rules from entry 0: flags and the hourly history they are computed from.
DELETE FROM privacy.access_log_anomalies;
DELETE FROM privacy.access_log_hours;
UPDATE privacy.anomaly_scan SET scanned_to = 0;
