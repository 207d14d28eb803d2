-- The learner's picture comes from the data map: tables shown under their own titles, and the
-- restriction of processing (Art. 18) kept as the console's own state, not in a platform column.
SET LOCAL ROLE fx_owner;

-- A title for each mapped table in the staff's languages ({"en": …, "de": …}); the table's name
-- where the map gives none. Columns may have titles of their own ({"column": {"en": …, "de": …}}),
-- where their name alone would mislead.
ALTER TABLE privacy.export_tables ADD COLUMN title jsonb, ADD COLUMN column_titles jsonb;

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

-- The learner's own requests are part of the picture under a title of their own.
UPDATE privacy.export_tables SET title = '{"en": "Requests", "de": "Anfragen"}'
 WHERE table_name = 'privacy.requests'::regclass;
