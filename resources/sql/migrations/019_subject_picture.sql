-- The learner's picture comes from the data map: tables shown under their own titles, and the
-- restriction of processing (Art. 18) kept as the console's own state, not in a platform column.
SET LOCAL ROLE fx_owner;

-- A title for each mapped table in the staff's languages ({"en": …, "de": …}); the table's name
-- where the map gives none. Columns may have titles of their own ({"column": {"en": …, "de": …}}),
-- where their name alone would mislead.
ALTER TABLE privacy.export_tables ADD COLUMN title jsonb, ADD COLUMN column_titles jsonb;
-- A column that holds another table's key can be shown by that row's title (a course by its
-- name, not its number): {"column": {"table_oid": …, "key": …, "column": …}}.
ALTER TABLE privacy.export_tables ADD COLUMN display jsonb NOT NULL DEFAULT '{}';
-- Derived from the map rows whenever they are compiled (map_compile_statements): the condition
-- that picks a learner's rows, the columns the picture leaves out, whether the rows are paged by
-- their own whole-number order column, and the expression of a row as the picture shows it.
ALTER TABLE privacy.export_tables ADD COLUMN condition text, ADD COLUMN hidden text[] NOT NULL DEFAULT '{}',
                                  ADD COLUMN keyed boolean NOT NULL DEFAULT false,
                                  ADD COLUMN projection text;

-- Whose processing is restricted (Art. 18 GDPR), since when, why and by whom; keyed by the
-- learner's key on whichever platform the map describes.
CREATE TABLE privacy.subject_restrictions (
    user_id         bigint PRIMARY KEY,
    restricted_at   timestamptz NOT NULL DEFAULT now(),
    reason          text NOT NULL CHECK (length(reason) BETWEEN 1 AND 500),
    restricted_by   text NOT NULL DEFAULT session_user
);

-- The reference platform's learners carried these marks themselves; they move here.
INSERT INTO privacy.subject_restrictions (user_id, restricted_at, reason, restricted_by)
SELECT id, restricted_at, coalesce(nullif(btrim(restriction_reason), ''), 'restricted'), 'upgrade'
  FROM platform.users WHERE restricted_at IS NOT NULL;
DELETE FROM privacy.erasure_columns
 WHERE table_name = 'platform.users'::regclass AND column_name IN ('restricted_at', 'restriction_reason');
ALTER TABLE platform.users DROP COLUMN restricted_at, DROP COLUMN restriction_reason;

-- The picture's categories are the map's tables now, and retained records are any table's rows.
DROP FUNCTION IF EXISTS privacy.user_categories();
DROP FUNCTION IF EXISTS privacy.retention_purge(boolean, date), privacy.retention_list(),
                        privacy.retention_released(text, text, integer);
-- Similar addresses are a statement compiled from the map now (mapped_similar_emails).
DROP FUNCTION IF EXISTS privacy.similar_emails(text, integer);

-- The learner's own requests are part of the picture under a title of their own.
UPDATE privacy.export_tables SET title = '{"en": "Requests", "de": "Anfragen"}'
 WHERE table_name = 'privacy.requests'::regclass;

-- The incident finder follows the map too: when an address was seen (a time column, or seconds
-- since 1970 where the platform counts time so), the courses and who is enrolled in which, and
-- which processor of the registry holds which learner's data. Each is optional: a criterion the
-- map does not bind is not offered.
ALTER TABLE privacy.map_identities ADD COLUMN at_column name;
CREATE TABLE privacy.map_courses (
    only_row        boolean PRIMARY KEY DEFAULT true CHECK (only_row),
    table_name      regclass NOT NULL,
    key_column      name NOT NULL,
    title_column    name NOT NULL,
    member_table    regclass NOT NULL,
    member_subject  name NOT NULL,
    member_course   name NOT NULL
);
CREATE TABLE privacy.map_processor_links (
    only_row            boolean PRIMARY KEY DEFAULT true CHECK (only_row),
    table_name          regclass NOT NULL,
    subject_column      name NOT NULL,
    processor_column    name NOT NULL,
    external_id_column  name
);
-- The people of a finding carry the name the map composes and the language it names.
DROP FUNCTION IF EXISTS privacy.incident_affected(bigint);

-- A single word is looked up as a name as it stands, one b-tree probe per name column, before any
-- costlier similarity search.
CREATE INDEX users_first_name_fold ON platform.users (privacy.fold(first_name));
CREATE INDEX users_last_name_fold ON platform.users (privacy.fold(last_name));

-- The registry of processors is the console's own record (Art. 28 and 30 GDPR), kept in its
-- schema on any platform; which learner's data each holds is the platform's, bound by the map.
ALTER TABLE platform.processor_links DROP CONSTRAINT processor_links_processor_id_fkey;
ALTER TABLE platform.processors SET SCHEMA privacy;
