-- SPDX-License-Identifier: GPL-3.0-or-later
-- A learner's whole picture, from the data map in force: the account as the subject table holds
-- it, every mapped table with its rows by category, and the reveal of a masked value. Statements
-- are built from the compiled map only (names checked when it was applied, quoted with %I here).
-- Re-applied by every "fxctl db init" after the migrations (CREATE OR REPLACE); a changed
-- signature needs a DROP FUNCTION in a migration first.
SET LOCAL ROLE fx_owner;

-- The status of a learner whose data may be looked at: refused for an unknown learner, and for an
-- erased one unless a data protection officer asks (what is retained is theirs to see).
CREATE OR REPLACE FUNCTION privacy.subject_viewable(p_user_id bigint) RETURNS text
LANGUAGE plpgsql STABLE SET search_path = privacy, pg_temp AS $$
DECLARE
    v_status text := subject_status(p_user_id);
BEGIN
    IF v_status = 'erased' AND coalesce(staff_role_of(session_user), '') <> 'dpo' THEN
        RAISE EXCEPTION 'this learner was erased; what is retained is visible to the data protection officer only'
            USING ERRCODE = 'insufficient_privilege', HINT = 'fx:lookup.erased_dpo_only';
    END IF;
    RETURN v_status;
END
$$;

-- What a masked column shows to support: nothing, and that it is masked.
CREATE OR REPLACE FUNCTION privacy.picture_mask(p_masked text[], p_dpo boolean) RETURNS jsonb
LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE WHEN p_dpo THEN '{}'::jsonb
                ELSE coalesce((SELECT jsonb_object_agg(k, v)
                                 FROM unnest(p_masked) m,
                                      LATERAL (VALUES (m, 'null'::jsonb), (m || '_masked', 'true'::jsonb)) x(k, v)),
                              '{}') END
$$;

CREATE OR REPLACE FUNCTION privacy.user_summary(p_user_id bigint, p_ticket text, p_purpose text DEFAULT NULL) RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = privacy, pg_temp AS $$
DECLARE
    v_role   text := require_access(p_ticket, p_purpose);
    v_status text := subject_viewable(p_user_id);
    v_s      map_subject := map_subject_row();
    v_own    export_tables;
    v_dpo    boolean := v_role = 'dpo';
    v_row    jsonb;
    v_named  text[];
    v_email  text;
    v_created jsonb;
    v_result jsonb;
    v_counts jsonb := mapped_counts(p_user_id);
BEGIN
    SELECT * INTO v_own FROM export_tables WHERE table_name = v_s.table_name;
    v_row := mapped_account(p_user_id);
    v_email := v_row ->> v_s.email::text;
    -- Seconds since 1970 where the platform counts time so. (An IF: a CASE branch over a
    -- variable can be evaluated when the statement is planned, whichever branch is taken.)
    v_created := v_row -> v_s.created::text;
    IF jsonb_typeof(v_created) = 'number' THEN
        v_created := to_jsonb(to_timestamp((v_created #>> '{}')::double precision));
    END IF;
    v_named := array_remove(ARRAY[v_s.key_column, v_s.public_id, v_s.email, v_s.language, v_s.created,
                                  v_s.locked_column, v_s.erased_column]::text[] || v_s.name_columns::text[], NULL);
    v_result := jsonb_build_object(
        'account', jsonb_build_object(
            'id', p_user_id, 'public_id', v_row ->> v_s.public_id::text,
            'name', (SELECT string_agg(v_row ->> c, ' ' ORDER BY o) FROM unnest(v_s.name_columns::text[])
                                                                    WITH ORDINALITY x(c, o)
                      WHERE coalesce(v_row ->> c, '') <> ''),
            'name_parts', (SELECT coalesce(jsonb_agg(jsonb_build_object('column', c, 'value', v_row ->> c) ORDER BY o),
                                           '[]')
                             FROM unnest(v_s.name_columns::text[]) WITH ORDINALITY x(c, o)),
            'email', CASE WHEN v_dpo THEN v_email ELSE mask_email(v_email) END,
            'email_masked', NOT v_dpo AND v_email IS NOT NULL,
            'language', v_row ->> v_s.language::text, 'status', v_status,
            'created_at', v_created),
        'field_titles', coalesce(v_own.column_titles, '{}'),
        'restriction', (SELECT jsonb_build_object('since', r.restricted_at, 'reason', r.reason)
                          FROM subject_restrictions r WHERE r.user_id = p_user_id),
        'fields', (SELECT coalesce(jsonb_agg(jsonb_build_object(
                                      'column', a.attname,
                                      'value', CASE WHEN m THEN NULL
                                                    WHEN a.attname = ANY (coalesce(v_own.seconds, '{}'))
                                                    THEN seconds_time(v_row -> a.attname::text)
                                                    ELSE v_row -> a.attname::text END,
                                      'masked', m) ORDER BY a.attnum), '[]')
                     FROM pg_attribute a,
                          LATERAL (SELECT NOT v_dpo AND a.attname = ANY (coalesce(v_own.masked, '{}'))) x(m)
                    WHERE a.attrelid = v_s.table_name AND a.attnum > 0 AND NOT a.attisdropped
                      AND NOT a.attname = ANY (v_named) AND NOT a.attname = ANY (coalesce(v_own.omitted, '{}'))),
        'tables', (SELECT coalesce(jsonb_agg(jsonb_build_object(
                                      'table', (SELECT c.relname FROM pg_class c WHERE c.oid = t.table_name),
                                      'category', t.category, 'title', t.title,
                                      'column_titles', coalesce(t.column_titles, '{}'),
                                      'rows', (v_counts ->> t.table_name::text)::bigint,
                                      'columns', to_jsonb(ARRAY(SELECT a.attname FROM pg_attribute a
                                                                 WHERE a.attrelid = t.table_name AND a.attnum > 0
                                                                   AND NOT a.attisdropped
                                                                   AND NOT a.attname = ANY (t.hidden)
                                                                 ORDER BY a.attnum)),
                                      'masked', to_jsonb(t.masked))
                                  ORDER BY t.position), '[]')
                     FROM export_tables t WHERE t.table_name <> v_s.table_name),
        'operations', (SELECT coalesce(jsonb_agg(o.operation ORDER BY o.operation), '[]') FROM map_operations o));
    PERFORM log_access('user.view', p_user_id, p_ticket, p_purpose, '{}');
    RETURN v_result;
END
$$;

-- The mapped table a picture or reveal names (by its name in the map's schema), or a refusal.
CREATE OR REPLACE FUNCTION privacy.picture_table(p_table text) RETURNS privacy.export_tables
LANGUAGE plpgsql STABLE SET search_path = privacy, pg_temp AS $$
DECLARE
    v_table export_tables;
BEGIN
    SELECT t.* INTO v_table FROM export_tables t JOIN pg_class c ON c.oid = t.table_name
     WHERE c.relname = p_table AND t.table_name <> (SELECT table_name FROM map_subject);
    IF NOT FOUND THEN
        RAISE EXCEPTION 'unknown data category'
            USING ERRCODE = 'invalid_parameter_value', HINT = 'fx:learners.unknown_category';
    END IF;
    RETURN v_table;
END
$$;

-- One page of a mapped table's rows of the learner, after p_after_id: the row's own whole-number
-- order column where it has one, else the rows already shown. Each page is logged.
CREATE OR REPLACE FUNCTION privacy.user_rows(p_user_id bigint, p_category text, p_after_id bigint, p_limit integer,
                                  p_ticket text, p_purpose text DEFAULT NULL)
RETURNS TABLE (row_id bigint, data jsonb)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = privacy, pg_temp AS $$
DECLARE
    v_role  text := require_access(p_ticket, p_purpose);
    v_status text := subject_viewable(p_user_id);
    v_table export_tables := picture_table(p_category);
    v_after bigint := greatest(coalesce(p_after_id, 0), 0);
    v_limit integer := least(greatest(coalesce(p_limit, 100), 1), 1000);
    v_rows  integer;
BEGIN
    IF v_table.keyed THEN
        RETURN QUERY EXECUTE format('SELECT t.%1$I::bigint, %4$s || $3 FROM %2$s t '
                                    'WHERE (%3$s) AND t.%1$I > $4 ORDER BY t.%1$I LIMIT $5',
                                    v_table.order_by, v_table.table_name, v_table.condition, v_table.projection)
            USING p_user_id, v_table.hidden, picture_mask(v_table.masked, v_role = 'dpo'),
                  coalesce(p_after_id, -1), v_limit;
    ELSE
        RETURN QUERY EXECUTE format('SELECT $4 + row_number() OVER (), r.data FROM (SELECT %4$s || $3 '
                                    'AS data FROM %1$s t WHERE (%2$s) ORDER BY t.%3$I, to_jsonb(t)::text '
                                    'OFFSET $4 LIMIT $5) r',
                                    v_table.table_name, v_table.condition, v_table.order_by, v_table.projection)
            USING p_user_id, v_table.hidden, picture_mask(v_table.masked, v_role = 'dpo'), v_after, v_limit;
    END IF;
    GET DIAGNOSTICS v_rows = ROW_COUNT;
    PERFORM log_access('user.view_category', p_user_id, p_ticket, p_purpose,
                       jsonb_build_object('category', p_category, 'rows', v_rows));
END
$$;

-- Shows one masked value with a reason; the reveal is its own log entry. p_field is "email" (the
-- learner's address) or "table.column" for a masked column of a mapped table, in the row p_row_id
-- of the picture.
CREATE OR REPLACE FUNCTION privacy.user_reveal(p_user_id bigint, p_field text, p_row_id bigint, p_ticket text, p_reason text)
RETURNS text
LANGUAGE plpgsql SECURITY DEFINER SET search_path = privacy, pg_temp AS $$
DECLARE
    v_role   text := require_access(p_ticket, p_reason);
    v_status text := subject_viewable(p_user_id);
    v_s      map_subject := map_subject_row();
    v_table  export_tables;
    v_column text := split_part(p_field, '.', 2);
    v_value  text;
BEGIN
    IF p_reason IS NULL OR length(btrim(p_reason)) < 5 OR length(p_reason) > 500 THEN
        RAISE EXCEPTION 'a reveal needs a reason of 5 to 500 characters'
            USING ERRCODE = 'invalid_parameter_value', HINT = 'fx:learners.reveal_reason_length';
    END IF;
    IF p_field = 'email' AND v_s.email IS NOT NULL THEN
        EXECUTE format('SELECT u.%I::text FROM %s u WHERE u.%I = $1', v_s.email, v_s.table_name, v_s.key_column)
           INTO v_value USING p_user_id;
    ELSE
        SELECT t.* INTO v_table FROM export_tables t JOIN pg_class c ON c.oid = t.table_name
         WHERE c.relname = split_part(p_field, '.', 1) AND v_column = ANY (t.masked)
           AND t.table_name <> v_s.table_name AND p_field = c.relname || '.' || v_column;
        IF NOT FOUND THEN
            RAISE EXCEPTION 'this field cannot be revealed; only what the data map masks can be'
                USING ERRCODE = 'invalid_parameter_value', HINT = 'fx:learners.field_not_revealable';
        END IF;
        IF v_table.keyed THEN
            EXECUTE format('SELECT t.%I::text FROM %s t WHERE (%s) AND t.%I = $2', v_column, v_table.table_name,
                           v_table.condition, v_table.order_by)
               INTO v_value USING p_user_id, p_row_id;
        ELSE
            EXECUTE format('SELECT t.%I::text FROM %s t WHERE (%s) ORDER BY t.%I, to_jsonb(t)::text OFFSET $2 - 1 LIMIT 1',
                           v_column, v_table.table_name, v_table.condition, v_table.order_by)
               INTO v_value USING p_user_id, greatest(p_row_id, 1);
        END IF;
    END IF;
    IF v_value IS NULL THEN
        RAISE EXCEPTION 'learner % has no such record', p_user_id
            USING ERRCODE = 'no_data_found',
                  HINT = 'fx:learners.no_such_record ' || json_build_object('learner', p_user_id);
    END IF;
    PERFORM log_access('user.reveal', p_user_id, p_ticket, btrim(p_reason),
                       jsonb_build_object('field', p_field, 'row_id', p_row_id));
    RETURN v_value;
END
$$;

REVOKE EXECUTE ON ALL FUNCTIONS IN SCHEMA privacy FROM PUBLIC;
GRANT EXECUTE ON FUNCTION
    privacy.user_summary(bigint, text, text),
    privacy.user_rows(bigint, text, bigint, integer, text, text),
    privacy.user_reveal(bigint, text, bigint, text, text)
TO fx_support, fx_dpo;
