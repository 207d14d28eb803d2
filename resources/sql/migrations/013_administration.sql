-- Administration: staff roles and access, the policies an administrator sets, retention
-- periods and the processor registry. Everything through functions that hold exactly the privilege needed (fx_owner's
-- CREATEROLE; no staff login has it), refusing the last administrator's removal or demotion and
-- any change to one's own login; every change logged.
SET LOCAL ROLE fx_owner;

INSERT INTO privacy.settings VALUES ('privacy_policy_version', '2026-05'), ('request_warn_days', '7')
    ON CONFLICT (key) DO NOTHING;

-- External processors: who they are, how to ask them to erase, the data processing agreement,
-- and which data categories each receives.
ALTER TABLE platform.processors
    ADD COLUMN deletion_contact text NOT NULL DEFAULT '',
    ADD COLUMN dpa_reference text NOT NULL DEFAULT '',
    ADD COLUMN data_categories text[] NOT NULL DEFAULT '{}';
