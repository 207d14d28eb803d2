-- Access-log review for the DPO: filtered keyset pages over millions of entries,
-- anomalies computed by the database and explained, activity per day or hour, settings for the
-- thresholds. Only fx_dpo reads the log; a query (its first page) is itself logged.
SET LOCAL ROLE fx_owner;

CREATE INDEX access_log_action ON privacy.access_log (action, id);
CREATE INDEX access_log_ticket ON privacy.access_log (ticket, id);
CREATE INDEX access_log_without_ticket ON privacy.access_log (id) WHERE ticket IS NULL;
CREATE INDEX access_log_role ON privacy.access_log (staff_role, id);
CREATE INDEX access_log_staff_at ON privacy.access_log (staff, at);

INSERT INTO privacy.settings VALUES
    ('anomaly_min_distinct', '20'),      -- distinct people in one hour that are never unusual
    ('anomaly_factor', '3'),             -- unusual: this many times a staff member's usual hour
    ('work_hours', '07:00-19:00'),
    ('work_days', '1-5'),                -- ISO weekdays, Monday = 1
    ('work_timezone', 'Europe/Berlin')
    ON CONFLICT (key) DO NOTHING;

-- Flags on entries, with what made them stand out; rules: volume, off_hours, no_request,
-- sensitive_reveal. Filled incrementally from the last scanned entry.
CREATE TABLE privacy.access_log_anomalies (
    entry_id    bigint NOT NULL, -- no foreign key: the log is append-only and must stay truncation-proof
    rule        text NOT NULL CHECK (rule IN ('volume', 'off_hours', 'no_request', 'sensitive_reveal', 'refusals')),
    detail      jsonb NOT NULL DEFAULT '{}',
    PRIMARY KEY (entry_id, rule)
);
-- Distinct people per staff member and hour: the history a staff member's usual hour is taken from.
CREATE TABLE privacy.access_log_hours (
    staff       text NOT NULL,
    hour        timestamptz NOT NULL,
    people      integer NOT NULL,
    PRIMARY KEY (staff, hour)
);
CREATE TABLE privacy.anomaly_scan (
    singleton   boolean PRIMARY KEY DEFAULT true CHECK (singleton),
    scanned_to  bigint NOT NULL
);
INSERT INTO privacy.anomaly_scan VALUES (true, 0);

CREATE TYPE privacy.audit_filter AS (
    since       timestamptz,
    until       timestamptz,
    staff       text,
    staff_role  text,
    action      text,
    subject_id  bigint,
    ticket      text,
    no_ticket   boolean,
    anomalies   boolean
);
