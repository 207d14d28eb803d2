-- The learner's access report lists every consultation of their data by staff, searches that
-- found them included: the log records a search by the learners it found (details.user_ids),
-- which this index serves.
SET LOCAL ROLE fx_owner;

CREATE INDEX access_log_lookup_users ON privacy.access_log
    USING gin ((details::jsonb -> 'user_ids') jsonb_path_ops) WHERE action = 'user.lookup';

-- Nor does the learner's copy of their requests name staff: who opened, handled, approved or
-- closed one stays with the console.
UPDATE privacy.export_tables
   SET omitted = ARRAY(SELECT DISTINCT c FROM unnest(omitted || '{opened_by,assignee,closed_by,approved_by}'::text[]) c
                        ORDER BY c)
 WHERE table_name = 'privacy.requests'::regclass;
