-- SPDX-License-Identifier: GPL-3.0-or-later
-- Erasure (Art. 17): the plan from the rules per table, four eyes, execution, retention and the
-- erasure ledger.
-- Re-applied by every "fxctl db init" after the migrations (CREATE OR REPLACE); a changed
-- signature needs a DROP FUNCTION in a migration first.
SET LOCAL ROLE fx_owner;

CREATE OR REPLACE FUNCTION privacy.subject_hash(p_user_id bigint) RETURNS text
LANGUAGE sql STABLE SET search_path = privacy, pg_temp AS $$
    SELECT encode(sha256(convert_to(setting('ledger_salt') || ':' || p_user_id::text, 'UTF8')), 'hex')
$$;

-- The end of the retention period of an invoice: the end of its calendar year plus the years.
CREATE OR REPLACE FUNCTION privacy.retained_until(p_issued timestamptz, p_years integer) RETURNS date
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
    SELECT make_date(extract(year FROM p_issued AT TIME ZONE 'Europe/Berlin')::integer + p_years, 12, 31)
$$;

-- The plan for one learner: per table, how many rows are deleted, anonymized or retained (with
-- until when and why). Retained rows past their period are deleted instead.
CREATE OR REPLACE FUNCTION privacy.erasure_plan(p_user_id bigint, p_on date DEFAULT current_date)
RETURNS TABLE (table_name text, category text, action text, rows bigint, retained_until date,
               basis_en text, basis_de text)
LANGUAGE plpgsql STABLE SET search_path = privacy, platform, pg_temp AS $$
DECLARE
    r record;
BEGIN
    FOR r IN SELECT c.relname, t.category, e.action, e.retention_years, e.basis_en, e.basis_de, t.user_columns,
                    e.table_name, e.retain_from
               FROM erasure_rules e
               JOIN export_tables t ON t.table_name = e.table_name
               JOIN pg_class c ON c.oid = e.table_name
              ORDER BY e.position LOOP
        IF r.action = 'retain' THEN
            -- Each row by its own date: the period counts from the end of that date's year.
            RETURN QUERY EXECUTE format(
                'SELECT $3::text, $4, ''retain''::text, count(*), max(privacy.retained_until(coalesce(%s, now()), $2)), $5, $6'
                '  FROM %s t WHERE (%s) AND privacy.retained_until(coalesce(%s, now()), $2) >= $7 HAVING count(*) > 0',
                map_time_sql(r.table_name, r.retain_from, 't'), r.table_name, subject_condition(r.table_name), map_time_sql(r.table_name, r.retain_from, 't'))
              USING p_user_id, r.retention_years, r.relname::text, r.category, r.basis_en, r.basis_de, p_on;
            RETURN QUERY EXECUTE format(
                'SELECT $3::text, $4, ''delete''::text, count(*), NULL::date, NULL::text, NULL::text'
                '  FROM %s t WHERE (%s) AND privacy.retained_until(coalesce(%s, now()), $2) < $5',
                r.table_name, subject_condition(r.table_name), map_time_sql(r.table_name, r.retain_from, 't'))
              USING p_user_id, r.retention_years, r.relname::text, r.category, p_on;
        ELSE
            RETURN QUERY SELECT r.relname::text, r.category, r.action, export_count(r.table_name, r.user_columns, p_user_id),
                                NULL::date, NULL::text, NULL::text;
        END IF;
    END LOOP;
END
$$;

CREATE OR REPLACE FUNCTION privacy.require_erasure_request(p_request_id bigint, p_wait boolean) RETURNS privacy.requests
LANGUAGE plpgsql SECURITY DEFINER SET search_path = privacy, pg_temp AS $$
DECLARE
    v_request requests;
BEGIN
    IF p_wait THEN
        SELECT * INTO v_request FROM requests WHERE id = p_request_id FOR UPDATE;
    ELSE
        v_request := require_open_request(p_request_id);
    END IF;
    IF v_request.id IS NULL THEN
        RAISE EXCEPTION 'there is no such request'
            USING ERRCODE = 'no_data_found', HINT = 'fx:requests.no_such_request';
    END IF;
    IF v_request.kind <> 'erasure' THEN
        RAISE EXCEPTION 'this is not an erasure request'
            USING ERRCODE = 'invalid_parameter_value', HINT = 'fx:erasure.not_erasure_request';
    END IF;
    RETURN v_request;
END
$$;

CREATE OR REPLACE FUNCTION privacy.require_dpo() RETURNS void
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = privacy, pg_temp AS $$
BEGIN
    IF coalesce(staff_role_of(session_user), '') <> 'dpo' THEN
        RAISE EXCEPTION 'only the data protection officer may do this'
            USING ERRCODE = 'insufficient_privilege', HINT = 'fx:erasure.dpo_only';
    END IF;
END
$$;

-- What an erasure would do; anyone who may see the request may look. Logged.
CREATE OR REPLACE FUNCTION privacy.erasure_preview(p_request_id bigint) RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = privacy, platform, pg_temp AS $$
DECLARE
    v_request requests;
BEGIN
    SELECT * INTO v_request FROM requests WHERE id = p_request_id;
    IF NOT FOUND OR v_request.kind <> 'erasure' THEN
        RAISE EXCEPTION 'there is no such erasure request'
            USING ERRCODE = 'no_data_found', HINT = 'fx:erasure.no_such_request';
    END IF;
    PERFORM require_access(v_request.ticket, NULL);
    PERFORM log_access('erasure.preview', v_request.user_id, v_request.ticket, NULL,
                       jsonb_build_object('request_id', v_request.id));
    RETURN jsonb_build_object(
        'request', request_json(v_request),
        'tables', coalesce((SELECT jsonb_agg(to_jsonb(p)) FROM erasure_plan(v_request.user_id) p), '[]'),
        'processors', coalesce((SELECT jsonb_agg(jsonb_build_object('processor', pr.name, 'category', pr.category,
                                                                    'external_id', l.external_id)
                                                 ORDER BY pr.name)
                                  FROM processor_links_of(v_request.user_id) l
                                  JOIN processors pr ON pr.id = l.processor_id), '[]'));
END
$$;

-- Four eyes: a DPO who did not open the request approves or rejects it, with a reason.
CREATE OR REPLACE FUNCTION privacy.erasure_decide(p_request_id bigint, p_approve boolean, p_reason text) RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = privacy, pg_temp AS $$
DECLARE
    v_request requests;
    v_reason  text := nullif(btrim(p_reason), '');
BEGIN
    PERFORM require_dpo();
    v_request := require_erasure_request(p_request_id, false);
    IF v_request.opened_by = session_user THEN
        RAISE EXCEPTION 'you opened this request; a second person must decide on it'
            USING ERRCODE = 'insufficient_privilege', HINT = 'fx:erasure.four_eyes';
    END IF;
    IF v_request.approved_at IS NOT NULL THEN
        RAISE EXCEPTION 'this request is already approved'
            USING ERRCODE = 'object_not_in_prerequisite_state', HINT = 'fx:erasure.already_approved';
    END IF;
    IF v_reason IS NULL OR length(v_reason) < 5 OR length(v_reason) > 1000 THEN
        RAISE EXCEPTION 'a decision needs a reason of 5 to 1000 characters'
            USING ERRCODE = 'invalid_parameter_value', HINT = 'fx:erasure.decision_reason_length';
    END IF;
    IF p_approve THEN
        UPDATE requests SET status = 'in_progress', approved_by = session_user, approved_at = now(),
                            approval_note = v_reason
         WHERE id = v_request.id RETURNING * INTO v_request;
        INSERT INTO request_events (request_id, event, note) VALUES (v_request.id, 'approved', v_reason);
    ELSE
        UPDATE requests SET status = 'rejected', closed_by = session_user, closed_at = now(), close_reason = v_reason
         WHERE id = v_request.id RETURNING * INTO v_request;
        INSERT INTO request_events (request_id, event, note) VALUES (v_request.id, 'rejected', v_reason);
    END IF;
    PERFORM log_access(CASE WHEN p_approve THEN 'erasure.approve' ELSE 'erasure.reject' END, v_request.user_id,
                       v_request.ticket, NULL, jsonb_build_object('request_id', v_request.id));
    RETURN request_json(v_request);
END
$$;

-- Erases one learner by the rules the data map compiled, table by table in their order.
CREATE OR REPLACE FUNCTION privacy.erase_learner(p_user_id bigint, p_request_id bigint) RETURNS jsonb
LANGUAGE plpgsql SET search_path = privacy, platform, pg_temp AS $$
DECLARE
    v_counts  jsonb := '{}';
    v_n       bigint;
    v_rule    record;
    v_set     text;
    v_values  text[];
BEGIN
    -- Follow-up with every processor that holds data, before the links go. (Reapplying after a
    -- restore may name a request the restored database never had; its tasks were made back then.)
    INSERT INTO processor_tasks (request_id, processor_id, external_id, what)
    SELECT p_request_id, l.processor_id, coalesce(l.external_id, ''),
           'erase all data of this person (Art. 17, 19 GDPR) and confirm'
      FROM processor_links_of(p_user_id) l
     WHERE EXISTS (SELECT 1 FROM requests r WHERE r.id = p_request_id)
        ON CONFLICT (request_id, processor_id) DO NOTHING;

    FOR v_rule IN SELECT c.relname, e.action, e.retention_years, e.basis_en, e.retain_from, e.table_name,
                         t.user_columns, e.keeps_key,
                         e.position = (SELECT max(position) FROM erasure_rules) AS is_subject
                    FROM erasure_rules e JOIN export_tables t ON t.table_name = e.table_name
                    JOIN pg_class c ON c.oid = e.table_name
                   ORDER BY e.position LOOP
        IF v_rule.action = 'retain' THEN
            -- Kept and restricted while the period runs; rows whose period ended go now.
            EXECUTE format('INSERT INTO privacy.restrictions (table_name, row_key, user_id, retained_until, basis)'
                           ' SELECT $4, t.%I, $1, privacy.retained_until(coalesce(%s, now()), $2), $3 FROM %s t'
                           ' WHERE (%s) AND privacy.retained_until(coalesce(%s, now()), $2) >= current_date'
                           ' ON CONFLICT (table_name, row_key) DO UPDATE'
                           ' SET retained_until = excluded.retained_until, basis = excluded.basis',
                           map_key_column(v_rule.table_name), map_time_sql(v_rule.table_name, v_rule.retain_from, 't'), v_rule.table_name,
                           subject_condition(v_rule.table_name), map_time_sql(v_rule.table_name, v_rule.retain_from, 't'))
              USING p_user_id, v_rule.retention_years, v_rule.basis_en, v_rule.table_name;
            GET DIAGNOSTICS v_n = ROW_COUNT;
            v_counts := v_counts || jsonb_build_object(v_rule.relname || '.retain', v_n);
            EXECUTE format('DELETE FROM %s t WHERE (%s) AND privacy.retained_until(coalesce(%s, now()), $2) < current_date',
                           v_rule.table_name, subject_condition(v_rule.table_name), map_time_sql(v_rule.table_name, v_rule.retain_from, 't'))
              USING p_user_id, v_rule.retention_years;
            GET DIAGNOSTICS v_n = ROW_COUNT;
            v_counts := v_counts || jsonb_build_object(v_rule.relname || '.delete', v_n);
        ELSIF v_rule.action = 'anonymize' THEN
            -- The row stays: the columns the map names change, and the learner's key leaves the
            -- subject columns (a message keeps its other party). The subject's own row keeps its key.
            SELECT string_agg(x.assignment, ', ' ORDER BY x.ord), array_agg(x.value ORDER BY x.ord)
              INTO v_set, v_values
              FROM (SELECT ec.ord, ec.value,
                           format('%I = %s', ec.column_name,
                                  CASE WHEN ec.only_where IS NULL THEN x.expr
                                       ELSE format('CASE WHEN t.%I = $1 THEN %s ELSE t.%I END', ec.only_where, x.expr,
                                                   ec.column_name) END) AS assignment
                      FROM (SELECT row_number() OVER (ORDER BY c.column_name) AS ord, c.*,
                                   format_type(a.atttypid, a.atttypmod) AS column_type
                              FROM erasure_columns c
                              JOIN pg_attribute a ON a.attrelid = c.table_name AND a.attname = c.column_name
                             WHERE c.table_name = v_rule.table_name) ec
                     CROSS JOIN LATERAL (SELECT CASE ec.action
                                WHEN 'null' THEN 'NULL'
                                WHEN 'uuid' THEN 'gen_random_uuid()'
                                WHEN 'now' THEN CASE WHEN map_is_integer(ec.column_type)
                                                     THEN 'extract(epoch FROM now())::bigint' ELSE 'now()' END
                                WHEN 'hash' THEN format('md5(t.%I::text)', ec.value)
                                ELSE format('CAST(replace(replace($2[%s], ''{key}'', $1::text), ''{unix_time}'', '
                                            'extract(epoch FROM now())::bigint::text) AS %s)', ec.ord,
                                            ec.column_type) END AS expr) x
                    UNION ALL
                    SELECT 1000 + o, NULL, format('%I = CASE WHEN t.%I = $1 THEN NULL ELSE t.%I END', c, c, c)
                      FROM unnest(v_rule.user_columns) WITH ORDINALITY u(c, o)
                     WHERE NOT v_rule.is_subject AND NOT v_rule.keeps_key
                       AND NOT EXISTS (SELECT 1 FROM erasure_columns ec
                                        WHERE ec.table_name = v_rule.table_name AND ec.column_name = u.c)) x;
            v_n := 0;
            IF v_set IS NOT NULL THEN
                EXECUTE format('UPDATE %s t SET %s WHERE %s', v_rule.table_name, v_set,
                               subject_condition(v_rule.table_name))
                  USING p_user_id, v_values;
                GET DIAGNOSTICS v_n = ROW_COUNT;
            END IF;
            v_counts := v_counts || jsonb_build_object(v_rule.relname || '.anonymize', v_n);
        ELSE
            EXECUTE format('DELETE FROM %s t WHERE %s', v_rule.table_name, subject_condition(v_rule.table_name))
              USING p_user_id;
            GET DIAGNOSTICS v_n = ROW_COUNT;
            v_counts := v_counts || jsonb_build_object(v_rule.relname || '.delete', v_n);
        END IF;
    END LOOP;
    -- The reason of a restriction (Art. 18) is about the person too.
    DELETE FROM subject_restrictions WHERE user_id = p_user_id;
    INSERT INTO erasure_ledger VALUES (p_request_id, subject_hash(p_user_id), now())
        ON CONFLICT (request_id) DO NOTHING;
    RETURN v_counts;
END
$$;

-- Executes an approved erasure: one transaction, idempotent. A second DPO executing at the same
-- time waits for the first and is then told it is done.
CREATE OR REPLACE FUNCTION privacy.erasure_execute(p_request_id bigint) RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = privacy, platform, pg_temp AS $$
DECLARE
    v_request requests;
    v_counts  jsonb;
    v_summary jsonb;
BEGIN
    PERFORM require_dpo();
    v_request := require_erasure_request(p_request_id, true);
    IF v_request.status = 'fulfilled' THEN
        RETURN request_json(v_request) || jsonb_build_object('already_done', true);
    END IF;
    IF v_request.status <> 'in_progress' OR v_request.approved_at IS NULL THEN
        RAISE EXCEPTION 'only an approved erasure request can be executed'
            USING ERRCODE = 'object_not_in_prerequisite_state', HINT = 'fx:erasure.not_approved';
    END IF;
    -- What the certificate says: the plan as executed and the processors to follow up, no data.
    v_summary := jsonb_build_object(
        'plan', (SELECT jsonb_agg(to_jsonb(p)) FROM erasure_plan(v_request.user_id) p),
        'processors', (SELECT coalesce(jsonb_agg(pr.name ORDER BY pr.name), '[]')
                         FROM processor_links_of(v_request.user_id) l
                         JOIN processors pr ON pr.id = l.processor_id));
    v_counts := erase_learner(v_request.user_id, v_request.id);
    UPDATE requests SET status = 'fulfilled', closed_by = session_user, closed_at = now(), close_reason = 'erased',
                        erasure_summary = v_summary || jsonb_build_object('counts', v_counts)
     WHERE id = v_request.id RETURNING * INTO v_request;
    INSERT INTO request_events (request_id, event, note) VALUES (v_request.id, 'erased', NULL);
    PERFORM log_access('erasure.execute', v_request.user_id, v_request.ticket, NULL,
                       jsonb_build_object('request_id', v_request.id, 'counts', v_counts));
    RETURN request_json(v_request) || jsonb_build_object('already_done', false, 'counts', v_counts);
END
$$;

-- Restricted records whose period has ended, as of a day not in the future: listed (dry run) or
-- deleted, one access-log entry per learner either way. Each record by its table (named as in the
-- data map) and the key of its row there.
CREATE OR REPLACE FUNCTION privacy.retention_purge(p_dry_run boolean, p_on date DEFAULT NULL)
RETURNS TABLE (table_name text, row_key bigint, user_id bigint, retained_until date)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = privacy, platform, pg_temp AS $$
DECLARE
    v_on date := coalesce(p_on, current_date);
    v_user record;
    v_table record;
BEGIN
    PERFORM require_dpo();
    IF v_on > current_date THEN
        RAISE EXCEPTION 'records can only be purged as of today or an earlier day'
            USING ERRCODE = 'invalid_parameter_value', HINT = 'fx:erasure.purge_date';
    END IF;
    CREATE TEMP TABLE IF NOT EXISTS fx_purge (table_name regclass, row_key bigint, user_id bigint, retained_until date)
        ON COMMIT DROP;
    TRUNCATE fx_purge;
    IF p_dry_run THEN
        INSERT INTO fx_purge SELECT r.table_name, r.row_key, r.user_id, r.retained_until
                               FROM restrictions r WHERE r.retained_until < v_on;
    ELSE
        -- Per table the rows by primary key, then their restrictions.
        FOR v_table IN SELECT DISTINCT r.table_name FROM restrictions r WHERE r.retained_until < v_on LOOP
            EXECUTE format('DELETE FROM %s t USING privacy.restrictions r WHERE r.table_name = $1 AND r.row_key = t.%I'
                           ' AND r.retained_until < $2', v_table.table_name, map_key_column(v_table.table_name))
              USING v_table.table_name, v_on;
        END LOOP;
        WITH gone AS (DELETE FROM restrictions r WHERE r.retained_until < v_on
                      RETURNING r.table_name, r.row_key, r.user_id, r.retained_until)
        INSERT INTO fx_purge SELECT * FROM gone;
    END IF;
    FOR v_user IN SELECT f.user_id, count(*) AS n FROM fx_purge f GROUP BY f.user_id ORDER BY f.user_id LOOP
        PERFORM log_access(CASE WHEN p_dry_run THEN 'retention.purge_preview' ELSE 'retention.purge' END,
                           v_user.user_id, NULL, 'retention period ended',
                           jsonb_build_object('records', v_user.n, 'as_of', v_on));
    END LOOP;
    RETURN QUERY SELECT c.relname::text, f.row_key, f.user_id, f.retained_until
                   FROM fx_purge f JOIN pg_class c ON c.oid = f.table_name ORDER BY 4, 1, 2;
END
$$;

-- Restricted records by learner, soonest end of retention first.
CREATE OR REPLACE FUNCTION privacy.retention_list()
RETURNS TABLE (user_id bigint, records bigint, retained_until date, basis text)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = privacy, platform, pg_temp AS $$
BEGIN
    PERFORM require_dpo();
    RETURN QUERY SELECT r.user_id, count(*), min(r.retained_until), min(r.basis)
                   FROM restrictions r
                  GROUP BY r.user_id ORDER BY 3, 1;
END
$$;

CREATE OR REPLACE FUNCTION privacy.processor_tasks_of(p_request_id bigint)
RETURNS TABLE (id bigint, processor text, category text, contact text, external_id text, what text, done_by text,
               done_at timestamptz, note text)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = privacy, platform, pg_temp AS $$
BEGIN
    PERFORM require_dpo();
    RETURN QUERY SELECT t.id, p.name, p.category, p.contact, t.external_id, t.what, t.done_by, t.done_at, t.note
                   FROM processor_tasks t JOIN processors p ON p.id = t.processor_id
                  WHERE t.request_id = p_request_id ORDER BY p.name;
END
$$;

CREATE OR REPLACE FUNCTION privacy.processor_task_done(p_task_id bigint, p_note text) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = privacy, pg_temp AS $$
DECLARE
    v_task processor_tasks;
BEGIN
    PERFORM require_dpo();
    IF p_note IS NULL OR length(btrim(p_note)) < 3 OR length(p_note) > 1000 THEN
        RAISE EXCEPTION 'say in 3 to 1000 characters what was done or where the evidence is'
            USING ERRCODE = 'invalid_parameter_value', HINT = 'fx:erasure.task_evidence_length';
    END IF;
    UPDATE processor_tasks SET done_by = session_user, done_at = now(), note = btrim(p_note)
     WHERE id = p_task_id AND done_at IS NULL RETURNING * INTO v_task;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'there is no such open task' USING ERRCODE = 'no_data_found', HINT = 'fx:erasure.no_such_task';
    END IF;
    PERFORM log_access('processor.task_done', NULL, NULL, NULL,
                       jsonb_build_object('request_id', v_task.request_id, 'task_id', v_task.id));
END
$$;

-- The ledger, for keeping outside the database, and applying it again after a restore: every
-- learner a ledger entry names who is not erased (any more) is erased again.
CREATE OR REPLACE FUNCTION privacy.erasure_ledger_entries()
RETURNS TABLE (request_id bigint, subject_hash text, erased_at timestamptz)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = privacy, pg_temp AS $$
BEGIN
    PERFORM require_dpo();
    RETURN QUERY SELECT l.request_id, l.subject_hash, l.erased_at FROM erasure_ledger l ORDER BY l.request_id;
END
$$;

CREATE OR REPLACE FUNCTION privacy.erasure_reapply(p_entries jsonb DEFAULT '[]') RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = privacy, platform, pg_temp AS $$
DECLARE
    v_entry  record;
    v_erased integer := 0;
BEGIN
    PERFORM require_dpo();
    INSERT INTO erasure_ledger
    SELECT (e->>'request_id')::bigint, e->>'subject_hash', (e->>'erased_at')::timestamptz
      FROM jsonb_array_elements(coalesce(p_entries, '[]')) e
        ON CONFLICT (request_id) DO NOTHING;
    FOR v_entry IN SELECT l.request_id, u.id AS user_id
                     FROM erasure_ledger l
                     JOIN users u ON subject_hash(u.id) = l.subject_hash
                    WHERE u.status <> 'erased' LOOP
        PERFORM erase_learner(v_entry.user_id, v_entry.request_id);
        PERFORM log_access('erasure.reapply', v_entry.user_id, NULL, 'erasure applied again after a restore',
                           jsonb_build_object('request_id', v_entry.request_id));
        v_erased := v_erased + 1;
    END LOOP;
    RETURN jsonb_build_object('entries', (SELECT count(*) FROM erasure_ledger), 'erased_again', v_erased);
END
$$;

REVOKE EXECUTE ON ALL FUNCTIONS IN SCHEMA privacy FROM PUBLIC;
GRANT EXECUTE ON FUNCTION privacy.erasure_preview(bigint) TO fx_support, fx_dpo;
GRANT EXECUTE ON FUNCTION
    privacy.retention_purge(boolean, date),
    privacy.retention_list(),
    privacy.processor_tasks_of(bigint),
    privacy.processor_task_done(bigint, text),
    privacy.erasure_ledger_entries(),
    privacy.erasure_reapply(jsonb)
TO fx_dpo;
GRANT EXECUTE ON FUNCTION
    privacy.erasure_decide(bigint, boolean, text),
    privacy.erasure_execute(bigint)
TO fx_dpo;
