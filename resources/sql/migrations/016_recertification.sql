-- SPDX-License-Identifier: GPL-3.0-or-later
-- Access recertification (ISO 27001 A.5.18): an administrator confirms, login by login, that each
-- staff member still needs their role. A confirmation is for the role the login had then; a
-- changed role needs its own. Two new policies: how often a role is confirmed, and after how many
-- days without a signed checkpoint of the access log the DPO is warned.
SET LOCAL ROLE fx_owner;

INSERT INTO privacy.settings VALUES ('recertify_days', '180'), ('checkpoint_warn_days', '7')
    ON CONFLICT (key) DO NOTHING;

CREATE TABLE privacy.staff_recertifications (
    login           text NOT NULL,
    role            text NOT NULL CHECK (role IN ('support', 'dpo', 'admin')),
    confirmed_by    text NOT NULL DEFAULT session_user,
    confirmed_at    timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX ON privacy.staff_recertifications (login, confirmed_at DESC);
