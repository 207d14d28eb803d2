-- SPDX-License-Identifier: GPL-3.0-or-later
-- A learner's whole picture by data category, reveals, and the account operations.
-- Re-applied by every "fxctl db init" after the migrations (CREATE OR REPLACE); a changed
-- signature needs a DROP FUNCTION in a migration first.
SET LOCAL ROLE fx_owner;

CREATE OR REPLACE FUNCTION privacy.user_categories() RETURNS text[]
LANGUAGE sql IMMUTABLE AS $$
    SELECT ARRAY['enrollments', 'lesson_completions', 'test_results', 'certificates', 'login_events', 'usage_events',
                 'sessions', 'messages', 'forum_posts', 'invoices', 'payment_references', 'social_identities',
                 'processors']
$$;

CREATE OR REPLACE FUNCTION privacy.user_summary(p_user_id bigint, p_ticket text, p_purpose text DEFAULT NULL) RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = privacy, platform, pg_temp AS $$
DECLARE
    v_role  text := require_access(p_ticket, p_purpose);
    v_user  platform.users := require_user(p_user_id, true);
    v_dpo   boolean := v_role = 'dpo';
    v_result jsonb;
BEGIN
    SELECT jsonb_build_object(
        'account', jsonb_build_object(
            'id', v_user.id, 'public_id', v_user.public_id, 'first_name', v_user.first_name,
            'last_name', v_user.last_name,
            'email', CASE WHEN v_dpo THEN v_user.email ELSE mask_email(v_user.email) END,
            'email_masked', NOT v_dpo, 'locale', v_user.locale, 'status', v_user.status,
            'created_at', v_user.created_at, 'last_login_at', v_user.last_login_at,
            'password_reset_required', v_user.password_reset_required,
            'restricted_at', v_user.restricted_at, 'restriction_reason', v_user.restriction_reason),
        'profile', (SELECT jsonb_build_object('picture_path', p.picture_path, 'biography', p.biography,
                                              'interests', to_jsonb(p.interests))
                      FROM profiles p WHERE p.user_id = v_user.id),
        'consents', (SELECT jsonb_build_object('marketing_opt_in', c.marketing_opt_in,
                                               'marketing_changed_at', c.marketing_changed_at,
                                               'policy_version', c.policy_version,
                                               'policy_accepted_at', c.policy_accepted_at)
                       FROM consents c WHERE c.user_id = v_user.id),
        'counts', jsonb_build_object(
            'enrollments', (SELECT count(*) FROM enrollments WHERE user_id = v_user.id),
            'lesson_completions', (SELECT count(*) FROM lesson_completions WHERE user_id = v_user.id),
            'test_results', (SELECT count(*) FROM test_results WHERE user_id = v_user.id),
            'certificates', (SELECT count(*) FROM certificates WHERE user_id = v_user.id),
            'login_events', (SELECT count(*) FROM login_events WHERE user_id = v_user.id),
            'usage_events', (SELECT count(*) FROM usage_events WHERE user_id = v_user.id),
            'sessions', (SELECT count(*) FROM sessions WHERE user_id = v_user.id),
            'messages', (SELECT count(*) FROM messages WHERE sender_user_id = v_user.id)
                        + (SELECT count(*) FROM messages WHERE recipient_user_id = v_user.id),
            'forum_posts', (SELECT count(*) FROM forum_posts WHERE author_user_id = v_user.id),
            'invoices', (SELECT count(*) FROM invoices WHERE user_id = v_user.id),
            'payment_references', (SELECT count(*) FROM payment_references WHERE user_id = v_user.id),
            'social_identities', (SELECT count(*) FROM social_identities WHERE user_id = v_user.id),
            'processors', (SELECT count(*) FROM processor_links WHERE user_id = v_user.id)),
        'operations', (SELECT coalesce(jsonb_agg(o.operation ORDER BY o.operation), '[]') FROM map_operations o))
      INTO v_result;
    PERFORM log_access('user.view', v_user.id, p_ticket, p_purpose, '{}');
    RETURN v_result;
END
$$;

-- One page of a category, in id order after p_after_id (keyset paging). Each page is logged.
CREATE OR REPLACE FUNCTION privacy.user_rows(p_user_id bigint, p_category text, p_after_id bigint, p_limit integer,
                                  p_ticket text, p_purpose text DEFAULT NULL)
RETURNS TABLE (row_id bigint, data jsonb)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = privacy, platform, pg_temp AS $$
DECLARE
    v_role  text := require_access(p_ticket, p_purpose);
    v_user  platform.users := require_user(p_user_id, true);
    v_dpo   boolean := v_role = 'dpo';
    v_after bigint := coalesce(p_after_id, -1);
    v_limit integer := least(greatest(coalesce(p_limit, 100), 1), 1000);
    v_rows  integer;
BEGIN
    IF p_category IS NULL OR NOT p_category = ANY (user_categories()) THEN
        RAISE EXCEPTION 'unknown data category'
            USING ERRCODE = 'invalid_parameter_value', HINT = 'fx:learners.unknown_category';
    END IF;
    CASE p_category
    WHEN 'enrollments' THEN
        RETURN QUERY SELECT e.id, jsonb_build_object('course', c.title, 'enrolled_at', e.enrolled_at,
                                                     'progress_percent', e.progress_percent, 'completed_at', e.completed_at)
          FROM enrollments e JOIN courses c ON c.id = e.course_id
         WHERE e.user_id = v_user.id AND e.id > v_after ORDER BY e.id LIMIT v_limit;
    WHEN 'lesson_completions' THEN
        RETURN QUERY SELECT lc.lesson_id::bigint, jsonb_build_object('course', c.title, 'lesson', l.title,
                                                                    'completed_at', lc.completed_at)
          FROM lesson_completions lc JOIN lessons l ON l.id = lc.lesson_id JOIN courses c ON c.id = l.course_id
         WHERE lc.user_id = v_user.id AND lc.lesson_id > v_after ORDER BY lc.lesson_id LIMIT v_limit;
    WHEN 'test_results' THEN
        RETURN QUERY SELECT t.id, jsonb_build_object('lesson', l.title, 'course', c.title, 'score', t.score,
                                                     'max_score', t.max_score, 'taken_at', t.taken_at)
          FROM test_results t JOIN lessons l ON l.id = t.lesson_id JOIN courses c ON c.id = l.course_id
         WHERE t.user_id = v_user.id AND t.id > v_after ORDER BY t.id LIMIT v_limit;
    WHEN 'certificates' THEN
        RETURN QUERY SELECT ce.id, jsonb_build_object('course', c.title, 'serial', ce.serial, 'issued_at', ce.issued_at)
          FROM certificates ce JOIN courses c ON c.id = ce.course_id
         WHERE ce.user_id = v_user.id AND ce.id > v_after ORDER BY ce.id LIMIT v_limit;
    WHEN 'login_events' THEN
        RETURN QUERY SELECT le.id, jsonb_build_object('at', le.at, 'ip', host(le.ip), 'browser', le.browser,
                                                      'device', le.device, 'os', le.os, 'succeeded', le.succeeded,
                                                      'user_agent', le.user_agent)
          FROM login_events le WHERE le.user_id = v_user.id AND le.id > v_after ORDER BY le.id LIMIT v_limit;
    WHEN 'usage_events' THEN
        RETURN QUERY SELECT ue.id, jsonb_build_object('at', ue.at, 'kind', ue.kind, 'course', c.title,
                                                      'lesson_id', ue.lesson_id, 'duration_seconds', ue.duration_seconds)
          FROM usage_events ue LEFT JOIN courses c ON c.id = ue.course_id
         WHERE ue.user_id = v_user.id AND ue.id > v_after ORDER BY ue.id LIMIT v_limit;
    WHEN 'sessions' THEN
        RETURN QUERY SELECT s.id, jsonb_build_object('created_at', s.created_at, 'last_seen_at', s.last_seen_at,
                                                     'ip', host(s.ip), 'user_agent', s.user_agent)
          FROM sessions s WHERE s.user_id = v_user.id AND s.id > v_after ORDER BY s.id LIMIT v_limit;
    WHEN 'messages' THEN
        RETURN QUERY SELECT m.id, jsonb_build_object('direction', CASE WHEN m.sender_user_id = v_user.id THEN 'sent'
                                                                       ELSE 'received' END,
                                                     'sent_at', m.sent_at, 'course', c.title, 'subject', m.subject,
                                                     'body', CASE WHEN v_dpo THEN m.body END, 'body_masked', NOT v_dpo)
          FROM messages m LEFT JOIN courses c ON c.id = m.course_id
         WHERE (m.sender_user_id = v_user.id OR m.recipient_user_id = v_user.id) AND m.id > v_after
         ORDER BY m.id LIMIT v_limit;
    WHEN 'forum_posts' THEN
        RETURN QUERY SELECT p.id, jsonb_build_object('thread', t.title, 'posted_at', p.posted_at, 'body', p.body)
          FROM forum_posts p JOIN forum_threads t ON t.id = p.thread_id
         WHERE p.author_user_id = v_user.id AND p.id > v_after ORDER BY p.id LIMIT v_limit;
    WHEN 'invoices' THEN
        RETURN QUERY SELECT i.id, jsonb_build_object('number', i.number, 'amount_cents', i.amount_cents,
                                                     'currency', i.currency, 'issued_at', i.issued_at,
                                                     'billing_name', i.billing_name,
                                                     'billing_address', CASE WHEN v_dpo THEN i.billing_address END,
                                                     'billing_address_masked', NOT v_dpo)
          FROM invoices i WHERE i.user_id = v_user.id AND i.id > v_after ORDER BY i.id LIMIT v_limit;
    WHEN 'payment_references' THEN
        RETURN QUERY SELECT pr.id, jsonb_build_object('provider', pr.provider, 'last4', pr.last4,
                                                      'created_at', pr.created_at,
                                                      'token', CASE WHEN v_dpo THEN encode(pr.token_encrypted, 'hex') END,
                                                      'token_masked', NOT v_dpo)
          FROM payment_references pr WHERE pr.user_id = v_user.id AND pr.id > v_after ORDER BY pr.id LIMIT v_limit;
    WHEN 'social_identities' THEN
        RETURN QUERY SELECT si.id, jsonb_build_object('provider', si.provider, 'subject', si.subject,
                                                      'profile', si.profile, 'linked_at', si.linked_at)
          FROM social_identities si WHERE si.user_id = v_user.id AND si.id > v_after ORDER BY si.id LIMIT v_limit;
    WHEN 'processors' THEN
        RETURN QUERY SELECT pl.processor_id::bigint, jsonb_build_object('processor', p.name, 'category', p.category,
                                                                       'external_id', pl.external_id, 'since', pl.since)
          FROM processor_links pl JOIN processors p ON p.id = pl.processor_id
         WHERE pl.user_id = v_user.id AND pl.processor_id > v_after ORDER BY pl.processor_id LIMIT v_limit;
    END CASE;
    GET DIAGNOSTICS v_rows = ROW_COUNT;
    PERFORM log_access('user.view_category', v_user.id, p_ticket, p_purpose,
                       jsonb_build_object('category', p_category, 'rows', v_rows));
END
$$;

-- Shows one masked field with a reason; the reveal is its own log entry.
CREATE OR REPLACE FUNCTION privacy.user_reveal(p_user_id bigint, p_field text, p_row_id bigint, p_ticket text, p_reason text)
RETURNS text
LANGUAGE plpgsql SECURITY DEFINER SET search_path = privacy, platform, pg_temp AS $$
DECLARE
    v_role   text := require_access(p_ticket, p_reason);
    v_user   platform.users := require_user(p_user_id, true);
    v_value  text;
BEGIN
    IF p_reason IS NULL OR length(btrim(p_reason)) < 5 OR length(p_reason) > 500 THEN
        RAISE EXCEPTION 'a reveal needs a reason of 5 to 500 characters'
            USING ERRCODE = 'invalid_parameter_value', HINT = 'fx:learners.reveal_reason_length';
    END IF;
    CASE p_field
    WHEN 'email' THEN
        v_value := v_user.email;
    WHEN 'billing_address' THEN
        SELECT i.billing_address INTO v_value FROM invoices i WHERE i.id = p_row_id AND i.user_id = v_user.id;
    WHEN 'message_body' THEN
        SELECT m.body INTO v_value FROM messages m
         WHERE m.id = p_row_id AND (m.sender_user_id = v_user.id OR m.recipient_user_id = v_user.id);
    ELSE
        RAISE EXCEPTION 'this field cannot be revealed; use email, billing_address or message_body'
            USING ERRCODE = 'invalid_parameter_value', HINT = 'fx:learners.field_not_revealable';
    END CASE;
    IF v_value IS NULL THEN
        RAISE EXCEPTION 'learner % has no such record', p_user_id
            USING ERRCODE = 'no_data_found',
                  HINT = 'fx:learners.no_such_record ' || json_build_object('learner', p_user_id);
    END IF;
    PERFORM log_access('user.reveal', v_user.id, p_ticket, btrim(p_reason),
                       jsonb_build_object('field', p_field, 'row_id', p_row_id));
    RETURN v_value;
END
$$;

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

-- The status of a learner the account operations may act on, from the map in force: refused for
-- an unknown or erased learner, as require_user refuses them.
CREATE OR REPLACE FUNCTION privacy.require_subject(p_user_id bigint) RETURNS text
LANGUAGE plpgsql STABLE SET search_path = privacy, pg_temp AS $$
DECLARE
    v_s      map_subject := map_subject_row();
    v_status text;
BEGIN
    EXECUTE format('SELECT %s FROM %s u WHERE u.%I = $1', subject_sql(v_s, 'status'), v_s.table_name, v_s.key_column)
       INTO v_status USING p_user_id;
    IF v_status IS NULL THEN
        RAISE EXCEPTION 'there is no learner with id %', p_user_id
            USING ERRCODE = 'no_data_found',
                  HINT = 'fx:lookup.no_such_learner ' || json_build_object('learner', p_user_id);
    END IF;
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
    v_op    map_operations;
    v_rows  integer;
BEGIN
    SELECT * INTO v_op FROM map_operations WHERE operation = p_operation;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'the data map of this platform binds no such account operation'
            USING ERRCODE = 'feature_not_supported',
                  HINT = 'fx:learners.operation_unbound';
    END IF;
    IF v_op.deletes THEN
        EXECUTE format('DELETE FROM %s WHERE %I = $1', v_op.table_name, v_op.subject_column) USING p_user_id;
    ELSE
        -- Only rows that change count: a withdrawal changes nothing where there was no consent.
        EXECUTE (SELECT format('UPDATE %s SET %s WHERE %I = $1 AND (%s)', v_op.table_name,
                               string_agg(format('%I = %s', c.key, c.expr), ', ' ORDER BY c.key), v_op.subject_column,
                               coalesce(string_agg(format('%I IS DISTINCT FROM %s', c.key, c.expr), ' OR ')
                                            FILTER (WHERE c.fixed), 'true'))
                   FROM (SELECT s.key, jsonb_typeof(s.value) <> 'object' AS fixed,
                                CASE jsonb_typeof(s.value)
                                WHEN 'null' THEN 'NULL'
                                WHEN 'string' THEN format('CAST($2 ->> %L AS %s)', s.key,
                                                          format_type(a.atttypid, a.atttypmod))
                                ELSE CASE s.value ->> 'generate' WHEN 'now' THEN 'now()' ELSE 'gen_random_uuid()' END
                                END AS expr
                           FROM jsonb_each(v_op.set_columns) s
                           JOIN pg_attribute a ON a.attrelid = v_op.table_name AND a.attname = s.key) c)
           USING p_user_id, v_op.set_columns;
    END IF;
    GET DIAGNOSTICS v_rows = ROW_COUNT;
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

-- Art. 16. NULL leaves a field as it is.
CREATE OR REPLACE FUNCTION privacy.user_rectify(p_user_id bigint, p_first_name text, p_last_name text, p_email text,
                                     p_ticket text, p_purpose text DEFAULT NULL) RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = privacy, platform, pg_temp AS $$
DECLARE
    v_role    text := require_access(p_ticket, p_purpose);
    v_user    platform.users := require_user(p_user_id);
    v_first   text := coalesce(nullif(btrim(p_first_name), ''), v_user.first_name);
    v_last    text := coalesce(nullif(btrim(p_last_name), ''), v_user.last_name);
    v_email   text := coalesce(nullif(btrim(p_email), ''), v_user.email);
    v_changed text[] := '{}';
BEGIN
    IF length(v_first) > 100 OR length(v_last) > 100 OR v_first ~ '[[:cntrl:]]' OR v_last ~ '[[:cntrl:]]' THEN
        RAISE EXCEPTION 'names must be at most 100 characters without control characters'
            USING ERRCODE = 'invalid_parameter_value', HINT = 'fx:learners.name_form';
    END IF;
    IF length(v_email) > 254 OR v_email !~ '^[^@\s]+@[^@\s]+\.[^@\s]+$' THEN
        RAISE EXCEPTION 'this is not a valid email address'
            USING ERRCODE = 'invalid_parameter_value', HINT = 'fx:learners.email_form';
    END IF;
    IF lower(v_email) <> lower(v_user.email) AND EXISTS (SELECT 1 FROM users WHERE lower(email) = lower(v_email)) THEN
        RAISE EXCEPTION 'another account uses this email address'
            USING ERRCODE = 'unique_violation', HINT = 'fx:learners.email_taken';
    END IF;
    IF v_first <> v_user.first_name THEN v_changed := array_append(v_changed, 'first_name'); END IF;
    IF v_last <> v_user.last_name THEN v_changed := array_append(v_changed, 'last_name'); END IF;
    IF v_email <> v_user.email THEN v_changed := array_append(v_changed, 'email'); END IF;
    UPDATE users SET first_name = v_first, last_name = v_last, email = v_email WHERE id = v_user.id;
    RETURN user_operation_done(v_user.id, 'user.rectify', p_ticket, p_purpose,
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
    RETURN user_operation_done(p_user_id, 'user.withdraw_marketing', p_ticket, p_purpose,
                               jsonb_build_object('was_opted_in', map_operation('withdraw_marketing', p_user_id) > 0));
END
$$;

-- Art. 18: processing restricted, with the reason (kept with the account, not in the log).
CREATE OR REPLACE FUNCTION privacy.user_restrict(p_user_id bigint, p_reason text, p_ticket text, p_purpose text DEFAULT NULL)
RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = privacy, platform, pg_temp AS $$
DECLARE
    v_role text := require_access(p_ticket, p_purpose);
    v_user platform.users := require_user(p_user_id);
BEGIN
    IF p_reason IS NULL OR length(btrim(p_reason)) < 5 OR length(p_reason) > 500 THEN
        RAISE EXCEPTION 'a restriction needs a reason of 5 to 500 characters'
            USING ERRCODE = 'invalid_parameter_value', HINT = 'fx:learners.restriction_reason_length';
    END IF;
    UPDATE users SET restricted_at = now(), restriction_reason = btrim(p_reason) WHERE id = v_user.id;
    RETURN user_operation_done(v_user.id, 'user.restrict', p_ticket, p_purpose, '{}');
END
$$;

REVOKE EXECUTE ON ALL FUNCTIONS IN SCHEMA privacy FROM PUBLIC;
GRANT EXECUTE ON FUNCTION
    privacy.user_summary(bigint, text, text),
    privacy.user_rows(bigint, text, bigint, integer, text, text),
    privacy.user_reveal(bigint, text, bigint, text, text),
    privacy.user_lock(bigint, text, text),
    privacy.user_unlock(bigint, text, text),
    privacy.user_revoke_sessions(bigint, text, text),
    privacy.user_force_password_reset(bigint, text, text),
    privacy.user_rectify(bigint, text, text, text, text, text),
    privacy.user_withdraw_marketing(bigint, text, text),
    privacy.user_restrict(bigint, text, text, text),
    privacy.user_categories()
TO fx_support, fx_dpo;
