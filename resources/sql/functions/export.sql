-- SPDX-License-Identifier: GPL-3.0-or-later
-- The data export package (Art. 15 + 20): one transaction per export.
-- Re-applied by every "fxctl db init" after the migrations (CREATE OR REPLACE); a changed
-- signature needs a DROP FUNCTION in a migration first.
SET LOCAL ROLE fx_owner;

-- The rows of a mapped table that refer to the learner ($1), as compiled from the map.
CREATE OR REPLACE FUNCTION privacy.subject_condition(p_table regclass) RETURNS text
LANGUAGE plpgsql STABLE SET search_path = privacy, pg_temp AS $$
BEGIN
    RETURN (SELECT t.condition FROM export_tables t WHERE t.table_name = p_table);
END
$$;

CREATE OR REPLACE FUNCTION privacy.export_count(p_table regclass, p_columns text[], p_user_id bigint) RETURNS bigint
LANGUAGE plpgsql STABLE SET search_path = privacy, pg_temp AS $$
DECLARE
    v_count bigint;
BEGIN
    EXECUTE format('SELECT count(*) FROM %s t WHERE %s', p_table, subject_condition(p_table))
       INTO v_count USING p_user_id;
    RETURN v_count;
END
$$;

-- The policy export_needs_approval; on unless an administrator turned it off.
CREATE OR REPLACE FUNCTION privacy.export_needs_approval() RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = privacy, pg_temp AS $$
    SELECT coalesce(setting('export_needs_approval'), 'true') <> 'false'
$$;

-- Four eyes, as for an erasure (erasure_decide): a DPO who did not open the export request approves
-- it with a reason, in the request's approval columns. A rejection is request_set_status's.
CREATE OR REPLACE FUNCTION privacy.export_approve(p_request_id bigint, p_reason text) RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = privacy, pg_temp AS $$
DECLARE
    v_request requests;
    v_reason  text := nullif(btrim(p_reason), '');
BEGIN
    PERFORM require_dpo();
    v_request := require_open_request(p_request_id);
    IF v_request.kind <> 'export' THEN
        RAISE EXCEPTION 'this is not an export request'
            USING ERRCODE = 'invalid_parameter_value', HINT = 'fx:export.not_export_request';
    END IF;
    IF v_request.opened_by = session_user THEN
        RAISE EXCEPTION 'you opened this request; a second person must decide on it'
            USING ERRCODE = 'insufficient_privilege', HINT = 'fx:export.four_eyes';
    END IF;
    IF v_request.approved_at IS NOT NULL THEN
        RAISE EXCEPTION 'this request is already approved'
            USING ERRCODE = 'object_not_in_prerequisite_state', HINT = 'fx:export.already_approved';
    END IF;
    IF v_reason IS NULL OR length(v_reason) < 5 OR length(v_reason) > 1000 THEN
        RAISE EXCEPTION 'an approval needs a reason of 5 to 1000 characters'
            USING ERRCODE = 'invalid_parameter_value', HINT = 'fx:export.approval_reason_length';
    END IF;
    UPDATE requests SET status = 'in_progress', approved_by = session_user, approved_at = now(),
                        approval_note = v_reason
     WHERE id = v_request.id RETURNING * INTO v_request;
    INSERT INTO request_events (request_id, event, note) VALUES (v_request.id, 'approved', v_reason);
    PERFORM log_access('export.approve', v_request.user_id, v_request.ticket, NULL,
                       jsonb_build_object('request_id', v_request.id));
    RETURN request_json(v_request);
END
$$;

-- Who a learner is, as the map in force names the columns: key, public id, name, email, language.
CREATE OR REPLACE FUNCTION privacy.subject_json(p_user_id bigint) RETURNS jsonb
LANGUAGE plpgsql STABLE SET search_path = privacy, pg_temp AS $$
DECLARE
    v_s     map_subject := map_subject_row();
    v_json  jsonb;
BEGIN
    EXECUTE format('SELECT jsonb_build_object(''id'', u.%1$I, ''public_id'', %2$s, ''name'', %3$s, ''email'', %4$s, '
                   '''locale'', %5$s) FROM %6$s u WHERE u.%1$I = $1',
                   v_s.key_column,
                   CASE WHEN v_s.public_id IS NULL THEN 'NULL' ELSE format('u.%I::text', v_s.public_id) END,
                   subject_sql(v_s, 'name'), subject_sql(v_s, 'email'),
                   CASE WHEN v_s.language IS NULL THEN 'NULL' ELSE format('u.%I::text', v_s.language) END,
                   v_s.table_name)
       INTO v_json USING p_user_id;
    RETURN v_json;
END
$$;

-- Every consultation of a learner's data by staff, as the access log records it: when, what
-- (the action, the category looked at), the staff member's role, whether under a ticket, the
-- purpose given. Never who: the staff login stays in the log (CJEU C-579/21).
CREATE OR REPLACE FUNCTION privacy.consultations_of(p_user_id bigint) RETURNS jsonb
LANGUAGE sql STABLE SET search_path = privacy, pg_temp AS $$
    SELECT coalesce(jsonb_agg(jsonb_build_object('at', l.at, 'action', l.action, 'role', l.staff_role,
                                                 'category', coalesce(t.category, l.details::jsonb ->> 'category'),
                                                 'title', t.title,
                                                 'ticket', l.ticket IS NOT NULL, 'purpose', l.purpose)
                              ORDER BY l.id), '[]')
      FROM (SELECT * FROM access_log WHERE subject_id = p_user_id
            UNION ALL
            SELECT * FROM access_log
             WHERE action = 'user.lookup' AND (details::jsonb -> 'user_ids') @> to_jsonb(p_user_id)) l
      -- A category page names the mapped table: the policy's category and the table's title.
      LEFT JOIN (SELECT c.relname::text AS name, e.category, e.title
                   FROM export_tables e JOIN pg_class c ON c.oid = e.table_name) t
             ON l.action = 'user.view_category' AND t.name = l.details::jsonb ->> 'category'
$$;

CREATE OR REPLACE FUNCTION privacy.export_begin(p_request_id bigint) RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = privacy, platform, pg_temp AS $$
DECLARE
    v_request requests := require_open_request(p_request_id);
    v_role    text := require_access(v_request.ticket, NULL);
    v_status  text := require_subject(v_request.user_id);
    v_user_id bigint := v_request.user_id;
BEGIN
    IF v_request.kind <> 'export' THEN
        RAISE EXCEPTION 'this is not an export request'
            USING ERRCODE = 'invalid_parameter_value', HINT = 'fx:export.not_export_request';
    END IF;
    IF export_needs_approval() AND v_request.approved_at IS NULL THEN
        RAISE EXCEPTION 'a data protection officer who did not open this export request must approve it first'
            USING ERRCODE = 'object_not_in_prerequisite_state', HINT = 'fx:export.needs_approval';
    END IF;
    INSERT INTO export_runs VALUES (v_request.id, txid_current(), v_user_id)
        ON CONFLICT (request_id) DO UPDATE SET txid = excluded.txid;
    RETURN jsonb_build_object(
        'request', request_json(v_request),
        'subject', subject_json(v_user_id),
        'tables', (SELECT jsonb_agg(jsonb_build_object(
                             'table', c.relname, 'category', t.category, 'origin', t.origin,
                             'purposes', to_jsonb(t.purposes),
                             'erasure', (SELECT jsonb_build_object('action', e.action, 'years', e.retention_years,
                                                                   'basis', jsonb_build_object('en', e.basis_en,
                                                                                               'de', e.basis_de))
                                           FROM erasure_rules e WHERE e.table_name = t.table_name),
                             'columns', (SELECT jsonb_agg(jsonb_build_object('name', a.attname,
                                                                            'type', format_type(a.atttypid, a.atttypmod),
                                                                            'nullable', NOT a.attnotnull)
                                                          ORDER BY a.attnum)
                                           FROM pg_attribute a
                                          WHERE a.attrelid = t.table_name AND a.attnum > 0 AND NOT a.attisdropped
                                            AND NOT a.attname = ANY (t.omitted)),
                             'omitted', to_jsonb(t.omitted),
                             'rows', export_count(t.table_name, t.user_columns, v_user_id))
                             ORDER BY t.position)
                     FROM export_tables t JOIN pg_class c ON c.oid = t.table_name),
        'processors', (SELECT coalesce(jsonb_agg(jsonb_build_object('name', p.name, 'category', p.category,
                                                                    'holds_data', p.id IN (
                                                                        SELECT l.processor_id
                                                                          FROM processor_links_of(v_user_id) l))
                                                 ORDER BY p.category, p.name), '[]')
                         FROM processors p),
        'consultations', consultations_of(v_user_id));
END
$$;

-- The rows of one table that refer to the learner of the export running in this transaction,
-- each as a JSON object of its columns in table order (omitted columns left out).
CREATE OR REPLACE FUNCTION privacy.export_rows(p_request_id bigint, p_table text) RETURNS SETOF json
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = privacy, platform, pg_temp AS $$
DECLARE
    v_run       export_runs;
    v_table     export_tables;
    v_columns   text;
BEGIN
    SELECT * INTO v_run FROM export_runs WHERE request_id = p_request_id AND txid = txid_current_if_assigned();
    IF NOT FOUND THEN
        RAISE EXCEPTION 'start the export first'
            USING ERRCODE = 'object_not_in_prerequisite_state', HINT = 'fx:export.not_started';
    END IF;
    SELECT t.* INTO v_table FROM export_tables t JOIN pg_class c ON c.oid = t.table_name WHERE c.relname = p_table;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'unknown data category'
            USING ERRCODE = 'invalid_parameter_value', HINT = 'fx:learners.unknown_category';
    END IF;
    SELECT string_agg(format('t.%I', a.attname), ', ' ORDER BY a.attnum) INTO v_columns
      FROM pg_attribute a
     WHERE a.attrelid = v_table.table_name AND a.attnum > 0 AND NOT a.attisdropped AND NOT a.attname = ANY (v_table.omitted);
    RETURN QUERY EXECUTE format('SELECT row_to_json(r) FROM (SELECT %s FROM %s t WHERE %s ORDER BY t.%I) r',
                                v_columns, v_table.table_name, subject_condition(v_table.table_name),
                                v_table.order_by)
        USING v_run.user_id;
END
$$;

CREATE OR REPLACE FUNCTION privacy.export_finish(p_request_id bigint, p_sha256 text, p_rows bigint, p_bytes bigint)
RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = privacy, pg_temp AS $$
DECLARE
    v_request requests;
BEGIN
    IF NOT EXISTS (SELECT 1 FROM export_runs WHERE request_id = p_request_id AND txid = txid_current_if_assigned()) THEN
        RAISE EXCEPTION 'start the export first'
            USING ERRCODE = 'object_not_in_prerequisite_state', HINT = 'fx:export.not_started';
    END IF;
    IF p_sha256 IS NULL OR p_sha256 !~ '^[0-9a-f]{64}$' THEN
        RAISE EXCEPTION 'invalid archive checksum'
            USING ERRCODE = 'invalid_parameter_value', HINT = 'fx:export.invalid_checksum';
    END IF;
    DELETE FROM export_runs WHERE request_id = p_request_id;
    UPDATE requests
       SET status = 'fulfilled', export_sha256 = p_sha256, closed_by = session_user, closed_at = now(),
           close_reason = 'export', assignee = coalesce(assignee, session_user::text)
     WHERE id = p_request_id
    RETURNING * INTO v_request;
    INSERT INTO request_events (request_id, event, note) VALUES (v_request.id, 'fulfilled', 'export ' || p_sha256);
    PERFORM log_access('request.export', v_request.user_id, v_request.ticket, NULL,
                       jsonb_build_object('request_id', v_request.id, 'sha256', p_sha256, 'rows', p_rows,
                                          'bytes', p_bytes));
    RETURN request_json(v_request);
END
$$;

REVOKE EXECUTE ON ALL FUNCTIONS IN SCHEMA privacy FROM PUBLIC;
GRANT EXECUTE ON FUNCTION
    privacy.export_begin(bigint),
    privacy.export_rows(bigint, text),
    privacy.export_finish(bigint, text, bigint, bigint),
    privacy.export_needs_approval()
TO fx_support, fx_dpo;
GRANT EXECUTE ON FUNCTION privacy.export_approve(bigint, text) TO fx_dpo;
