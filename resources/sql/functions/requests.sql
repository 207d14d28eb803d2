-- SPDX-License-Identifier: GPL-3.0-or-later
-- Data-subject requests and their GDPR deadlines; the database computes due dates.
-- Re-applied by every "fxctl db init" after the migrations (CREATE OR REPLACE); a changed
-- signature needs a DROP FUNCTION in a migration first.
SET LOCAL ROLE fx_owner;

-- Art. 12(3): one month from receipt, plus up to two further months. Adding months clamps to the
-- last day of a shorter month (31 January + 1 month = 28 or 29 February).
CREATE OR REPLACE FUNCTION privacy.request_due(p_received date, p_extended_months integer) RETURNS date
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
    SELECT (p_received + make_interval(months => 1 + p_extended_months))::date
$$;

-- A request the caller may change: exists, is locked for this transaction, and is still open.
CREATE OR REPLACE FUNCTION privacy.require_open_request(p_request_id bigint) RETURNS privacy.requests
LANGUAGE plpgsql SECURITY DEFINER SET search_path = privacy, pg_temp AS $$
DECLARE
    v_request requests;
BEGIN
    BEGIN
        SELECT * INTO v_request FROM requests WHERE id = p_request_id FOR UPDATE NOWAIT;
    EXCEPTION WHEN lock_not_available THEN
        RAISE EXCEPTION 'someone else is working on this request right now; try again in a moment'
            USING ERRCODE = 'lock_not_available', HINT = 'fx:requests.busy';
    END;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'there is no such request'
            USING ERRCODE = 'no_data_found', HINT = 'fx:requests.no_such_request';
    END IF;
    IF v_request.status NOT IN ('new', 'in_progress') THEN
        RAISE EXCEPTION 'this request is already closed'
            USING ERRCODE = 'object_not_in_prerequisite_state', HINT = 'fx:requests.closed';
    END IF;
    RETURN v_request;
END
$$;

CREATE OR REPLACE FUNCTION privacy.request_json(p_request privacy.requests) RETURNS jsonb
LANGUAGE sql STABLE SET search_path = privacy, platform, pg_temp AS $$
    SELECT to_jsonb(p_request)
        || jsonb_build_object('days_left', p_request.due_on - current_date,
                              'overdue', p_request.status IN ('new', 'in_progress') AND p_request.due_on < current_date,
                              'extendable_until', request_due(p_request.received_on, 0),
                              'needs_approval', p_request.kind = 'export' AND p_request.approved_at IS NULL
                                                AND p_request.status IN ('new', 'in_progress')
                                                AND export_needs_approval(),
                              'language', (SELECT u.locale FROM platform.users u WHERE u.id = p_request.user_id))
$$;

CREATE OR REPLACE FUNCTION privacy.request_open(p_user_id bigint, p_kind text, p_ticket text, p_identity_check text,
                                     p_received_on date DEFAULT NULL) RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = privacy, platform, pg_temp AS $$
DECLARE
    v_role      text := require_access(p_ticket, NULL);
    v_user_id   bigint := p_user_id;
    v_status    text := require_subject(p_user_id);
    v_received  date := coalesce(p_received_on, current_date);
    v_request   requests;
BEGIN
    IF p_kind IS NULL OR p_kind NOT IN ('export', 'erasure', 'rectification', 'restriction', 'objection') THEN
        RAISE EXCEPTION 'the kind of request must be export, erasure, rectification, restriction or objection'
            USING ERRCODE = 'invalid_parameter_value', HINT = 'fx:requests.kind';
    END IF;
    IF nullif(btrim(p_ticket), '') IS NULL THEN
        RAISE EXCEPTION 'a ticket reference is required'
            USING ERRCODE = 'invalid_parameter_value', HINT = 'fx:lookup.ticket_required';
    END IF;
    IF p_identity_check IS NULL OR length(btrim(p_identity_check)) < 5 OR length(p_identity_check) > 500 THEN
        RAISE EXCEPTION 'say in 5 to 500 characters how the requester''s identity was verified'
            USING ERRCODE = 'invalid_parameter_value', HINT = 'fx:requests.verification_length';
    END IF;
    IF v_received > current_date OR v_received < current_date - 366 THEN
        RAISE EXCEPTION 'the date received must lie within the last year and not in the future'
            USING ERRCODE = 'invalid_parameter_value', HINT = 'fx:requests.received_date';
    END IF;
    IF EXISTS (SELECT 1 FROM requests r WHERE r.user_id = v_user_id AND r.kind = p_kind
                                          AND r.status IN ('new', 'in_progress')) THEN
        RAISE EXCEPTION 'this learner already has an open request of this kind'
            USING ERRCODE = 'unique_violation', HINT = 'fx:requests.duplicate';
    END IF;
    INSERT INTO requests (user_id, kind, ticket, identity_check, received_on, due_on, opened_by)
    VALUES (v_user_id, p_kind, btrim(p_ticket), btrim(p_identity_check), v_received, request_due(v_received, 0),
            session_user)
    RETURNING * INTO v_request;
    INSERT INTO request_events (request_id, event) VALUES (v_request.id, 'opened');
    PERFORM log_access('request.open', v_user_id, p_ticket, NULL,
                       jsonb_build_object('request_id', v_request.id, 'kind', p_kind));
    RETURN request_json(v_request);
END
$$;

-- The queue, soonest deadline first; ids and dates only, so it is not logged.
CREATE OR REPLACE FUNCTION privacy.request_list(p_kind text DEFAULT NULL, p_status text DEFAULT NULL,
                                     p_assignee text DEFAULT NULL, p_user_id bigint DEFAULT NULL,
                                     p_limit integer DEFAULT 500)
RETURNS TABLE (id bigint, user_id bigint, kind text, status text, ticket text, received_on date, due_on date,
               days_left integer, overdue boolean, extended_months smallint, opened_by text, assignee text)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = privacy, pg_temp AS $$
DECLARE
    v_role text := staff_role_of(session_user);
BEGIN
    IF v_role IS NULL OR v_role NOT IN ('support', 'dpo') THEN
        RAISE EXCEPTION 'only support staff and the data protection officer may work on requests'
            USING ERRCODE = 'insufficient_privilege', HINT = 'fx:requests.staff_only';
    END IF;
    RETURN QUERY
    SELECT r.id, r.user_id, r.kind, r.status, r.ticket, r.received_on, r.due_on, r.due_on - current_date,
           r.status IN ('new', 'in_progress') AND r.due_on < current_date, r.extended_months, r.opened_by, r.assignee
      FROM requests r
     WHERE (p_kind IS NULL OR r.kind = p_kind)
       AND (CASE p_status WHEN 'open' THEN r.status IN ('new', 'in_progress')
                          WHEN 'closed' THEN r.status NOT IN ('new', 'in_progress')
                          ELSE p_status IS NULL OR r.status = p_status END)
       AND (p_assignee IS NULL OR (p_assignee = '' AND r.assignee IS NULL) OR r.assignee = p_assignee)
       AND (p_user_id IS NULL OR r.user_id = p_user_id)
     ORDER BY r.status NOT IN ('new', 'in_progress'), r.due_on, r.id
     LIMIT least(greatest(coalesce(p_limit, 500), 1), 5000);
END
$$;

-- One request with its history; the identity note can hold personal data, so this is logged.
CREATE OR REPLACE FUNCTION privacy.request_get(p_request_id bigint) RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = privacy, pg_temp AS $$
DECLARE
    v_request requests;
BEGIN
    SELECT * INTO v_request FROM requests WHERE id = p_request_id;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'there is no such request'
            USING ERRCODE = 'no_data_found', HINT = 'fx:requests.no_such_request';
    END IF;
    PERFORM require_access(v_request.ticket, NULL);
    PERFORM log_access('request.view', v_request.user_id, v_request.ticket, NULL,
                       jsonb_build_object('request_id', v_request.id));
    RETURN request_json(v_request) || jsonb_build_object('events', coalesce(
        (SELECT jsonb_agg(jsonb_build_object('at', e.at, 'staff', e.staff, 'event', e.event, 'note', e.note)
                          ORDER BY e.at)
           FROM request_events e WHERE e.request_id = v_request.id), '[]'));
END
$$;

-- Art. 12(3): up to two further months, with a reason, and only while the first month runs.
CREATE OR REPLACE FUNCTION privacy.request_extend(p_request_id bigint, p_months integer, p_reason text) RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = privacy, pg_temp AS $$
DECLARE
    v_request requests := require_open_request(p_request_id);
    v_role    text := require_access(v_request.ticket, NULL);
BEGIN
    IF p_months IS NULL OR p_months < 1 OR v_request.extended_months + p_months > 2 THEN
        RAISE EXCEPTION 'a request can be extended by at most two further months in total'
            USING ERRCODE = 'invalid_parameter_value', HINT = 'fx:requests.extension_limit';
    END IF;
    IF p_reason IS NULL OR length(btrim(p_reason)) < 10 OR length(p_reason) > 1000 THEN
        RAISE EXCEPTION 'an extension needs a reason of 10 to 1000 characters'
            USING ERRCODE = 'invalid_parameter_value', HINT = 'fx:requests.extension_reason_length';
    END IF;
    IF current_date > request_due(v_request.received_on, 0) THEN
        RAISE EXCEPTION 'the first month has passed; the deadline can no longer be extended'
            USING ERRCODE = 'object_not_in_prerequisite_state', HINT = 'fx:requests.extension_too_late';
    END IF;
    UPDATE requests
       SET extended_months = extended_months + p_months,
           due_on = request_due(received_on, extended_months + p_months),
           extension_reason = btrim(p_reason)
     WHERE id = v_request.id
    RETURNING * INTO v_request;
    INSERT INTO request_events (request_id, event, note) VALUES (v_request.id, 'extended', btrim(p_reason));
    PERFORM log_access('request.extend', v_request.user_id, v_request.ticket, NULL,
                       jsonb_build_object('request_id', v_request.id, 'months', p_months));
    RETURN request_json(v_request);
END
$$;

-- The state machine: new -> in_progress -> fulfilled / rejected / withdrawn (also straight from
-- new). Exports are fulfilled by export_finish; erasures move on only through their four-eyes
-- decision and execution (010_erasure.sql).
CREATE OR REPLACE FUNCTION privacy.request_set_status(p_request_id bigint, p_status text, p_note text DEFAULT NULL)
RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = privacy, pg_temp AS $$
DECLARE
    v_request requests := require_open_request(p_request_id);
    v_role    text := require_access(v_request.ticket, NULL);
    v_note    text := nullif(btrim(p_note), '');
BEGIN
    IF p_status IS NULL OR p_status NOT IN ('in_progress', 'fulfilled', 'rejected', 'withdrawn')
       OR (p_status = 'in_progress' AND v_request.status <> 'new') THEN
        RAISE EXCEPTION 'this change of status is not allowed'
            USING ERRCODE = 'invalid_parameter_value', HINT = 'fx:requests.status_change';
    END IF;
    IF p_status IN ('in_progress', 'rejected') AND v_request.kind = 'erasure' THEN
        RAISE EXCEPTION 'an erasure request is approved or rejected by a second person, through its decision'
            USING ERRCODE = 'invalid_parameter_value', HINT = 'fx:requests.erasure_needs_decision';
    END IF;
    IF p_status = 'fulfilled' AND v_request.kind IN ('export', 'erasure') THEN
        RAISE EXCEPTION 'export and erasure requests are fulfilled by running them'
            USING ERRCODE = 'invalid_parameter_value', HINT = 'fx:requests.fulfilled_by_running';
    END IF;
    IF p_status IN ('rejected', 'withdrawn', 'fulfilled') AND (v_note IS NULL OR length(v_note) < 5) THEN
        RAISE EXCEPTION 'closing a request needs a note of at least 5 characters'
            USING ERRCODE = 'invalid_parameter_value', HINT = 'fx:requests.close_note_required';
    END IF;
    IF length(v_note) > 1000 THEN
        RAISE EXCEPTION 'the note is too long (at most 1000 characters)'
            USING ERRCODE = 'invalid_parameter_value', HINT = 'fx:requests.note_length';
    END IF;
    UPDATE requests
       SET status = p_status,
           assignee = coalesce(assignee, CASE WHEN p_status = 'in_progress' THEN session_user::text END),
           closed_by = CASE WHEN p_status <> 'in_progress' THEN session_user END,
           closed_at = CASE WHEN p_status <> 'in_progress' THEN now() END,
           close_reason = CASE WHEN p_status <> 'in_progress' THEN v_note END
     WHERE id = v_request.id
    RETURNING * INTO v_request;
    INSERT INTO request_events (request_id, event, note) VALUES (v_request.id, p_status, v_note);
    PERFORM log_access('request.' || p_status, v_request.user_id, v_request.ticket, NULL,
                       jsonb_build_object('request_id', v_request.id));
    RETURN request_json(v_request);
END
$$;

CREATE OR REPLACE FUNCTION privacy.request_assign(p_request_id bigint, p_assignee text) RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = privacy, pg_temp AS $$
DECLARE
    v_request  requests := require_open_request(p_request_id);
    v_role     text := require_access(v_request.ticket, NULL);
    v_assignee text := nullif(btrim(p_assignee), '');
BEGIN
    IF v_assignee IS NOT NULL AND coalesce(staff_role_of(v_assignee::name), '') NOT IN ('support', 'dpo') THEN
        RAISE EXCEPTION 'requests can only be assigned to support staff or the data protection officer'
            USING ERRCODE = 'invalid_parameter_value', HINT = 'fx:requests.assignee_role';
    END IF;
    UPDATE requests SET assignee = v_assignee WHERE id = v_request.id RETURNING * INTO v_request;
    INSERT INTO request_events (request_id, event, note) VALUES (v_request.id, 'assigned', v_assignee);
    PERFORM log_access('request.assign', v_request.user_id, v_request.ticket, NULL,
                       jsonb_build_object('request_id', v_request.id));
    RETURN request_json(v_request);
END
$$;

REVOKE EXECUTE ON ALL FUNCTIONS IN SCHEMA privacy FROM PUBLIC;
GRANT EXECUTE ON FUNCTION
    privacy.request_due(date, integer),
    privacy.request_open(bigint, text, text, text, date),
    privacy.request_list(text, text, text, bigint, integer),
    privacy.request_get(bigint),
    privacy.request_extend(bigint, integer, text),
    privacy.request_set_status(bigint, text, text),
    privacy.request_assign(bigint, text)
TO fx_support, fx_dpo;
