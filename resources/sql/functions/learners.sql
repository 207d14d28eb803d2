-- SPDX-License-Identifier: GPL-3.0-or-later
-- The account operations, as the data map in force binds them.
-- Re-applied by every "fxctl db init" after the migrations (CREATE OR REPLACE); a changed
-- signature needs a DROP FUNCTION in a migration first.
SET LOCAL ROLE fx_owner;

-- Account operations. Each refuses an erased account, changes what it says, and logs which
-- fields changed (never their values).
CREATE OR REPLACE FUNCTION privacy.user_operation_done(p_user_id bigint, p_action text, p_ticket text, p_purpose text,
                                            p_details jsonb) RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = privacy, pg_temp AS $$
BEGIN
    PERFORM log_access(p_action, p_user_id, p_ticket, p_purpose, p_details);
    RETURN jsonb_build_object('user_id', p_user_id, 'operation', p_action) || p_details;
END
$$;

-- A learner's status (active, locked or erased) from the map in force; refused for an unknown one.
CREATE OR REPLACE FUNCTION privacy.subject_status(p_user_id bigint) RETURNS text
LANGUAGE plpgsql STABLE SET search_path = privacy, pg_temp AS $$
DECLARE
    v_s      map_subject := map_subject_row();
    v_status text := mapped_status(p_user_id);
BEGIN
    IF v_status IS NULL THEN
        RAISE EXCEPTION 'there is no learner with id %', p_user_id
            USING ERRCODE = 'no_data_found',
                  HINT = 'fx:lookup.no_such_learner ' || json_build_object('learner', p_user_id);
    END IF;
    RETURN v_status;
END
$$;

-- The status of a learner the account operations may act on: refused for an unknown or erased
-- learner, as require_user refuses them.
CREATE OR REPLACE FUNCTION privacy.require_subject(p_user_id bigint) RETURNS text
LANGUAGE plpgsql STABLE SET search_path = privacy, pg_temp AS $$
DECLARE
    v_status text := subject_status(p_user_id);
BEGIN
    IF v_status = 'erased' THEN
        RAISE EXCEPTION 'learner % was erased; nothing can be done on this account', p_user_id
            USING ERRCODE = 'object_not_in_prerequisite_state',
                  HINT = 'fx:lookup.learner_erased ' || json_build_object('learner', p_user_id);
    END IF;
    RETURN v_status;
END
$$;

-- Runs an account operation as the map in force binds it: the statement is built from the stored
-- operation (names checked when the map was applied, quoted here), the values are parameters.
-- The rows it changed; refused where the map binds no such operation.
CREATE OR REPLACE FUNCTION privacy.map_operation(p_operation text, p_user_id bigint) RETURNS integer
LANGUAGE plpgsql SET search_path = privacy, pg_temp AS $$
DECLARE
    v_op            map_operations;
    v_rows          integer;
    v_set           text;
    v_changes       text;
    v_columns       text;
    v_values        text;
    v_match         text;
    v_match_columns text;
    v_match_values  text;
BEGIN
    SELECT * INTO v_op FROM map_operations WHERE operation = p_operation;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'the data map of this platform binds no such account operation'
            USING ERRCODE = 'feature_not_supported',
                  HINT = 'fx:learners.operation_unbound';
    END IF;
    IF v_op.deletes THEN
        EXECUTE format('DELETE FROM %s WHERE %I = $1', v_op.table_name, v_op.subject_column) USING p_user_id;
        GET DIAGNOSTICS v_rows = ROW_COUNT;
        RETURN v_rows;
    END IF;
    SELECT string_agg(format('%I = %s', c.key, c.expr), ', ' ORDER BY c.key),
           coalesce(string_agg(format('%I IS DISTINCT FROM %s', c.key, c.expr), ' OR ') FILTER (WHERE c.fixed), 'true'),
           string_agg(format('%I', c.key), ', ' ORDER BY c.key), string_agg(c.expr, ', ' ORDER BY c.key)
      INTO v_set, v_changes, v_columns, v_values
      FROM (SELECT s.key, jsonb_typeof(s.value) <> 'object' AS fixed,
                   CASE jsonb_typeof(s.value)
                   WHEN 'null' THEN 'NULL'
                   WHEN 'string' THEN format('CAST($2 ->> %L AS %s)', s.key, format_type(a.atttypid, a.atttypmod))
                   ELSE CASE WHEN s.value ->> 'generate' = 'uuid' THEN 'gen_random_uuid()'
                             WHEN map_is_integer(format_type(a.atttypid, NULL)) THEN 'extract(epoch FROM now())::bigint'
                             ELSE 'now()' END
                   END AS expr
              FROM jsonb_each(v_op.set_columns) s
              JOIN pg_attribute a ON a.attrelid = v_op.table_name AND a.attname = s.key) c;
    -- The row among the learner's rows the operation is about (a preference by its name).
    SELECT coalesce(string_agg(format(' AND %I = CAST($3 ->> %L AS %s)', m.key, m.key,
                                      format_type(a.atttypid, a.atttypmod)), '' ORDER BY m.key), ''),
           string_agg(format(', %I', m.key), '' ORDER BY m.key),
           string_agg(format(', CAST($3 ->> %L AS %s)', m.key, format_type(a.atttypid, a.atttypmod)), '' ORDER BY m.key)
      INTO v_match, v_match_columns, v_match_values
      FROM jsonb_each(v_op.match_columns) m
      JOIN pg_attribute a ON a.attrelid = v_op.table_name AND a.attname = m.key;
    -- Only rows that change count: a withdrawal changes nothing where there was no consent.
    EXECUTE format('UPDATE %s SET %s WHERE %I = $1%s AND (%s)', v_op.table_name, v_set, v_op.subject_column, v_match,
                   v_changes)
       USING p_user_id, v_op.set_columns, v_op.match_columns;
    GET DIAGNOSTICS v_rows = ROW_COUNT;
    IF v_rows = 0 AND v_match_columns IS NOT NULL THEN
        -- No such row yet: it is added. A second click at the same time meets the table's own
        -- unique index and adds nothing.
        EXECUTE format('INSERT INTO %1$s (%2$I%3$s, %4$s) SELECT $1%5$s, %6$s '
                       'WHERE NOT EXISTS (SELECT 1 FROM %1$s WHERE %2$I = $1%7$s) ON CONFLICT DO NOTHING',
                       v_op.table_name, v_op.subject_column, v_match_columns, v_columns, v_match_values, v_values,
                       v_match)
           USING p_user_id, v_op.set_columns, v_op.match_columns;
        GET DIAGNOSTICS v_rows = ROW_COUNT;
    END IF;
    RETURN v_rows;
END
$$;

-- Ends a learner's sessions where the map binds that (locking and a new password do it too).
CREATE OR REPLACE FUNCTION privacy.map_end_sessions(p_user_id bigint) RETURNS integer
LANGUAGE plpgsql SET search_path = privacy, pg_temp AS $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM map_operations WHERE operation = 'revoke_sessions') THEN
        RETURN 0;
    END IF;
    RETURN map_operation('revoke_sessions', p_user_id);
END
$$;

CREATE OR REPLACE FUNCTION privacy.user_lock(p_user_id bigint, p_ticket text, p_purpose text DEFAULT NULL) RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = privacy, pg_temp AS $$
DECLARE
    v_role text := require_access(p_ticket, p_purpose);
    v_was  text := require_subject(p_user_id);
BEGIN
    PERFORM map_operation('lock', p_user_id);
    RETURN user_operation_done(p_user_id, 'user.lock', p_ticket, p_purpose,
                               jsonb_build_object('was', v_was, 'sessions_revoked', map_end_sessions(p_user_id)));
END
$$;

CREATE OR REPLACE FUNCTION privacy.user_unlock(p_user_id bigint, p_ticket text, p_purpose text DEFAULT NULL) RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = privacy, pg_temp AS $$
DECLARE
    v_role text := require_access(p_ticket, p_purpose);
    v_was  text := require_subject(p_user_id);
BEGIN
    PERFORM map_operation('unlock', p_user_id);
    RETURN user_operation_done(p_user_id, 'user.unlock', p_ticket, p_purpose, jsonb_build_object('was', v_was));
END
$$;

CREATE OR REPLACE FUNCTION privacy.user_revoke_sessions(p_user_id bigint, p_ticket text, p_purpose text DEFAULT NULL) RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = privacy, pg_temp AS $$
DECLARE
    v_role text := require_access(p_ticket, p_purpose);
    v_was  text := require_subject(p_user_id);
BEGIN
    RETURN user_operation_done(p_user_id, 'user.revoke_sessions', p_ticket, p_purpose,
                               jsonb_build_object('sessions_revoked', map_operation('revoke_sessions', p_user_id)));
END
$$;

CREATE OR REPLACE FUNCTION privacy.user_force_password_reset(p_user_id bigint, p_ticket text, p_purpose text DEFAULT NULL)
RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = privacy, pg_temp AS $$
DECLARE
    v_role text := require_access(p_ticket, p_purpose);
    v_was  text := require_subject(p_user_id);
BEGIN
    PERFORM map_operation('force_password_reset', p_user_id);
    RETURN user_operation_done(p_user_id, 'user.force_password_reset', p_ticket, p_purpose,
                               jsonb_build_object('sessions_revoked', map_end_sessions(p_user_id)));
END
$$;

-- Art. 16, in the columns the map names: the first name part (or the whole name where the map
-- has one name column), the second, and the email address. NULL leaves a field as it is.
CREATE OR REPLACE FUNCTION privacy.user_rectify(p_user_id bigint, p_first_name text, p_last_name text, p_email text,
                                     p_ticket text, p_purpose text DEFAULT NULL) RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = privacy, pg_temp AS $$
DECLARE
    v_role    text := require_access(p_ticket, p_purpose);
    v_was     text := require_subject(p_user_id);
    v_s       map_subject := map_subject_row();
    v_new     jsonb := jsonb_strip_nulls(jsonb_build_object(
                           coalesce(v_s.name_columns[1]::text, ''), nullif(btrim(p_first_name), ''),
                           coalesce(v_s.name_columns[2]::text, ''), nullif(btrim(p_last_name), ''),
                           coalesce(v_s.email::text, ''), nullif(btrim(p_email), ''))) - ''::text;
    v_old     jsonb;
    v_changed text[];
    v_taken   boolean;
BEGIN
    IF (nullif(btrim(p_first_name), '') IS NOT NULL AND v_s.name_columns[1] IS NULL)
       OR (nullif(btrim(p_last_name), '') IS NOT NULL AND v_s.name_columns[2] IS NULL)
       OR (nullif(btrim(p_email), '') IS NOT NULL AND v_s.email IS NULL) THEN
        RAISE EXCEPTION 'the data map of this platform binds no such account operation'
            USING ERRCODE = 'feature_not_supported', HINT = 'fx:learners.operation_unbound';
    END IF;
    IF EXISTS (SELECT 1 FROM jsonb_each_text(v_new) n
                WHERE n.key IS DISTINCT FROM v_s.email::text AND (length(n.value) > 100 OR n.value ~ '[[:cntrl:]]')) THEN
        RAISE EXCEPTION 'names must be at most 100 characters without control characters'
            USING ERRCODE = 'invalid_parameter_value', HINT = 'fx:learners.name_form';
    END IF;
    IF v_new ? v_s.email AND (length(v_new ->> v_s.email) > 254
                               OR v_new ->> v_s.email !~ '^[^@\s]+@[^@\s]+\.[^@\s]+$') THEN
        RAISE EXCEPTION 'this is not a valid email address'
            USING ERRCODE = 'invalid_parameter_value', HINT = 'fx:learners.email_form';
    END IF;
    EXECUTE format('SELECT to_jsonb(u) FROM %s u WHERE u.%I = $1', v_s.table_name, v_s.key_column)
       INTO v_old USING p_user_id;
    IF v_new ? v_s.email AND lower(v_new ->> v_s.email) <> lower(coalesce(v_old ->> v_s.email, '')) THEN
        EXECUTE format('SELECT EXISTS (SELECT 1 FROM %s u WHERE lower(u.%I::text) = lower($1) AND u.%I <> $2)',
                       v_s.table_name, v_s.email, v_s.key_column)
           INTO v_taken USING v_new ->> v_s.email, p_user_id;
        IF v_taken THEN
            RAISE EXCEPTION 'another account uses this email address'
                USING ERRCODE = 'unique_violation', HINT = 'fx:learners.email_taken';
        END IF;
    END IF;
    SELECT coalesce(array_agg(n.key ORDER BY n.key = v_s.email, n.key), '{}') INTO v_changed
      FROM jsonb_each_text(v_new) n WHERE n.value IS DISTINCT FROM v_old ->> n.key;
    IF cardinality(v_changed) > 0 THEN
        EXECUTE (SELECT format('UPDATE %s SET %s WHERE %I = $1', v_s.table_name,
                               string_agg(format('%I = $2 ->> %L', c, c), ', '), v_s.key_column)
                   FROM unnest(v_changed) c)
           USING p_user_id, v_new;
    END IF;
    RETURN user_operation_done(p_user_id, 'user.rectify', p_ticket, p_purpose,
                               jsonb_build_object('changed', to_jsonb(v_changed)));
END
$$;

-- Whether there was a consent to withdraw: the operation changed a row.
CREATE OR REPLACE FUNCTION privacy.user_withdraw_marketing(p_user_id bigint, p_ticket text, p_purpose text DEFAULT NULL)
RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = privacy, pg_temp AS $$
DECLARE
    v_role text := require_access(p_ticket, p_purpose);
    v_was  text := require_subject(p_user_id);
BEGIN
    -- For the reference platform's consent history: who withdrew it, for this transaction only.
    PERFORM set_config('fx.consent_source', CASE WHEN p_ticket IS NULL THEN 'console' ELSE 'support' END, true),
            set_config('fx.consent_ticket', coalesce(p_ticket, ''), true);
    RETURN user_operation_done(p_user_id, 'user.withdraw_marketing', p_ticket, p_purpose,
                               jsonb_build_object('was_opted_in', map_operation('withdraw_marketing', p_user_id) > 0));
END
$$;

-- Art. 18: processing restricted, with the reason (kept by the console, not in the log).
CREATE OR REPLACE FUNCTION privacy.user_restrict(p_user_id bigint, p_reason text, p_ticket text, p_purpose text DEFAULT NULL)
RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = privacy, pg_temp AS $$
DECLARE
    v_role text := require_access(p_ticket, p_purpose);
    v_was  text := require_subject(p_user_id);
BEGIN
    IF p_reason IS NULL OR length(btrim(p_reason)) < 5 OR length(p_reason) > 500 THEN
        RAISE EXCEPTION 'a restriction needs a reason of 5 to 500 characters'
            USING ERRCODE = 'invalid_parameter_value', HINT = 'fx:learners.restriction_reason_length';
    END IF;
    INSERT INTO subject_restrictions (user_id, reason) VALUES (p_user_id, btrim(p_reason))
        ON CONFLICT (user_id) DO UPDATE
        SET restricted_at = now(), reason = excluded.reason, restricted_by = excluded.restricted_by;
    RETURN user_operation_done(p_user_id, 'user.restrict', p_ticket, p_purpose, '{}');
END
$$;

REVOKE EXECUTE ON ALL FUNCTIONS IN SCHEMA privacy FROM PUBLIC;
GRANT EXECUTE ON FUNCTION
    privacy.user_lock(bigint, text, text),
    privacy.user_unlock(bigint, text, text),
    privacy.user_revoke_sessions(bigint, text, text),
    privacy.user_force_password_reset(bigint, text, text),
    privacy.user_rectify(bigint, text, text, text, text, text),
    privacy.user_withdraw_marketing(bigint, text, text),
    privacy.user_restrict(bigint, text, text, text)
TO fx_support, fx_dpo;

-- The history of a learner's marketing consent (Art. 7(1)): every opt-in and withdrawal, oldest
-- first, and the state in force at p_at (now when NULL). Kept on the reference platform only.
CREATE OR REPLACE FUNCTION privacy.consent_history(p_user_id bigint, p_at timestamptz, p_ticket text,
                                                   p_purpose text DEFAULT NULL) RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = privacy, pg_temp AS $$
DECLARE
    v_role   text := require_access(p_ticket, p_purpose);
    v_status text := require_subject(p_user_id);
    v_at     timestamptz := coalesce(p_at, now());
    v_result jsonb;
BEGIN
    IF to_regclass('platform.consent_events') IS NULL
       OR (SELECT table_name FROM map_subject) IS DISTINCT FROM 'platform.users'::regclass THEN
        RAISE EXCEPTION 'this platform keeps no history of consents'
            USING ERRCODE = 'feature_not_supported', HINT = 'fx:consent.no_history';
    END IF;
    SELECT jsonb_build_object(
               'user_id', p_user_id, 'at', v_at,
               'events', coalesce((SELECT jsonb_agg(jsonb_build_object('at', e.at, 'marketing', e.marketing,
                                                                       'source', e.source, 'ticket', e.ticket,
                                                                       'policy_version', e.policy_version)
                                                    ORDER BY e.at, e.id)
                                     FROM platform.consent_events e WHERE e.user_id = p_user_id), '[]'),
               'in_force', (SELECT jsonb_build_object('marketing', e.marketing, 'since', e.at, 'source', e.source,
                                                      'policy_version', e.policy_version)
                              FROM platform.consent_events e
                             WHERE e.user_id = p_user_id AND e.at <= v_at ORDER BY e.at DESC, e.id DESC LIMIT 1))
      INTO v_result;
    PERFORM log_access('user.consent_history', p_user_id, p_ticket, p_purpose,
                       jsonb_build_object('category', 'consents', 'at', v_at));
    RETURN v_result;
END
$$;

REVOKE EXECUTE ON ALL FUNCTIONS IN SCHEMA privacy FROM PUBLIC;
GRANT EXECUTE ON FUNCTION privacy.consent_history(bigint, timestamptz, text, text) TO fx_support, fx_dpo;
