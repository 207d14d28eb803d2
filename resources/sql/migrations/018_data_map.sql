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
