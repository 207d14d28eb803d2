-- The data map: where a platform keeps its learners' data, as one declarative document checked
-- against the catalog. Applying a map records it here and compiles it into the rules the privacy
-- functions read (export_tables, erasure_rules, erasure_columns); no platform table is altered.
SET LOCAL ROLE fx_owner;

-- Every map applied; the newest is in force.
CREATE TABLE privacy.data_maps (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name        text NOT NULL CHECK (name ~ '^[a-z][a-z0-9_-]{0,63}$'),
    version     text NOT NULL CHECK (length(version) BETWEEN 1 AND 64),
    sha256      text NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
    map         jsonb NOT NULL,
    applied_by  text NOT NULL DEFAULT session_user,
    applied_at  timestamptz NOT NULL DEFAULT now()
);

-- What erasure writes into each column of a table whose rows stay ("anonymize"): NULL, a value
-- ({key} stands for the learner's key), a new UUID or the time of the erasure; only_where names
-- the subject column that must match for the change (the sender of a message, not its recipient).
CREATE TABLE privacy.erasure_columns (
    table_name  regclass NOT NULL REFERENCES privacy.erasure_rules ON DELETE CASCADE,
    column_name name NOT NULL,
    action      text NOT NULL CHECK (action IN ('null', 'value', 'uuid', 'now')),
    value       text CHECK ((action = 'value') = (value IS NOT NULL)),
    only_where  name,
    PRIMARY KEY (table_name, column_name)
);

-- The date column a retention period counts from (to the end of its calendar year).
ALTER TABLE privacy.erasure_rules ADD COLUMN retain_from name;
UPDATE privacy.erasure_rules SET retain_from = 'issued_at' WHERE action = 'retain';
ALTER TABLE privacy.export_tables ADD COLUMN masked text[] NOT NULL DEFAULT '{}';
ALTER TABLE privacy.export_tables ADD COLUMN purposes text[] NOT NULL DEFAULT '{}';
-- Subjects reached through another table: [{column, table_oid, key, subject}], a message's
-- recipients through the members of its conversation.
ALTER TABLE privacy.export_tables ADD COLUMN via jsonb NOT NULL DEFAULT '[]';
-- The rows that refer to a learner are found by privacy.subject_condition(table) now.
DROP FUNCTION IF EXISTS privacy.export_condition(text[]);

-- The reference platform's courses name their instructor; every subject column the map names is
-- served by an index, so an erasure or export never scans a table.
CREATE INDEX ON platform.courses (instructor_user_id);

-- Restricted rows (Art. 18) of erased learners: kept, visible to the DPO only, until the day they
-- may go. The console's own state, keyed by table and primary key; the platform's tables stay as
-- they are. The reference platform's invoices carried these marks themselves; they move here.
CREATE TABLE privacy.restrictions (
    table_name      regclass NOT NULL,
    row_key         bigint NOT NULL,
    user_id         bigint NOT NULL,
    retained_until  date NOT NULL,
    basis           text NOT NULL,
    PRIMARY KEY (table_name, row_key)
);
CREATE INDEX ON privacy.restrictions (retained_until);
CREATE INDEX ON privacy.restrictions (user_id);
INSERT INTO privacy.restrictions
SELECT 'platform.invoices'::regclass, id, user_id, retained_until, coalesce(retention_basis, '')
  FROM platform.invoices WHERE retained_until IS NOT NULL;
DROP INDEX platform.invoices_retained;
ALTER TABLE platform.invoices DROP COLUMN retained_until, DROP COLUMN retention_basis;

-- The people of the map in force: their table, key and the columns that say who they are, and
-- what else look-up searches (IP addresses, references such as invoice numbers). Written by
-- privacy.map_compile from a checked map; the functions build their statements from these rows.
CREATE TABLE privacy.map_subject (
    only_row        boolean PRIMARY KEY DEFAULT true CHECK (only_row),
    table_name      regclass NOT NULL,
    key_column      name NOT NULL,
    public_id       name,
    name_columns    name[] NOT NULL DEFAULT '{}',
    email           name,
    language        name,
    created         name,
    locked_column   name,
    locked_value    text,
    erased_column   name,
    erased_value    text
);
CREATE TABLE privacy.map_identities (
    kind            text NOT NULL CHECK (kind IN ('address', 'reference')),
    position        integer NOT NULL,
    table_name      regclass NOT NULL,
    column_name     name NOT NULL,
    subject_column  name NOT NULL,
    pattern         text,
    label           jsonb,
    PRIMARY KEY (kind, position)
);
-- Look-up returns the display name the map composes; the signature changes.
DROP FUNCTION IF EXISTS privacy.lookup(text, text, text, integer);

-- The controller named in the records of processing activities (Art. 30(1)(a) GDPR).
INSERT INTO privacy.settings VALUES
    ('controller', 'Fluxariont, online learning platform; privacy@fluxariont.example')
    ON CONFLICT (key) DO NOTHING;

-- The account operations of the map in force: the table each changes (the subject's own unless
-- named), the column that names the learner there, and what it sets, or that it deletes the rows.
-- An operation the map leaves out is not offered on that platform; locking and forcing a new
-- password also end the sessions where the map binds that.
CREATE TABLE privacy.map_operations (
    operation       text PRIMARY KEY
                    CHECK (operation IN ('lock', 'unlock', 'revoke_sessions', 'force_password_reset', 'withdraw_marketing')),
    table_name      regclass NOT NULL,
    subject_column  name NOT NULL,
    deletes         boolean NOT NULL DEFAULT false,
    set_columns     jsonb NOT NULL DEFAULT '{}'
);

-- Requests name a learner of whichever platform the map describes, by its key: no foreign key
-- into the reference platform's table.
ALTER TABLE privacy.requests DROP CONSTRAINT requests_user_id_fkey;
