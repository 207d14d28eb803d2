-- SPDX-License-Identifier: GPL-3.0-or-later
-- Personal-data breaches (Art. 33/34): the 72-hour clock, checklists, triage, notices and the
-- breach register. The affected-people finder is in incident_finder.sql.
-- Re-applied by every "fxctl db init" after the migrations (CREATE OR REPLACE); a changed
-- signature needs a DROP FUNCTION in a migration first.
SET LOCAL ROLE fx_owner;

CREATE OR REPLACE FUNCTION privacy.require_incident_staff() RETURNS text
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = privacy, pg_temp AS $$
DECLARE
    v_role text := staff_role_of(session_user);
BEGIN
    IF coalesce(v_role, '') NOT IN ('dpo', 'admin') THEN
        RAISE EXCEPTION 'only the data protection officer and administrators may handle incidents'
            USING ERRCODE = 'insufficient_privilege', HINT = 'fx:incidents.staff_only';
    END IF;
    RETURN v_role;
END
$$;

-- An incident the caller may change: exists, is locked for this transaction, and is still open.
CREATE OR REPLACE FUNCTION privacy.require_open_incident(p_incident_id bigint) RETURNS privacy.incidents
LANGUAGE plpgsql SECURITY DEFINER SET search_path = privacy, pg_temp AS $$
DECLARE
    v_incident incidents;
BEGIN
    PERFORM require_incident_staff();
    BEGIN
        SELECT * INTO v_incident FROM incidents WHERE id = p_incident_id FOR UPDATE NOWAIT;
    EXCEPTION WHEN lock_not_available THEN
        RAISE EXCEPTION 'someone else is changing this incident right now; try again in a moment'
            USING ERRCODE = 'lock_not_available', HINT = 'fx:incidents.busy';
    END;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'there is no such incident'
            USING ERRCODE = 'no_data_found', HINT = 'fx:incidents.no_such_incident';
    END IF;
    IF v_incident.status = 'closed' THEN
        RAISE EXCEPTION 'this incident is closed'
            USING ERRCODE = 'object_not_in_prerequisite_state', HINT = 'fx:incidents.closed';
    END IF;
    RETURN v_incident;
END
$$;

-- Every change goes to the incident's timeline and to the access log.
CREATE OR REPLACE FUNCTION privacy.incident_event(p_incident_id bigint, p_event text, p_note text, p_details jsonb DEFAULT '{}')
RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = privacy, pg_temp AS $$
BEGIN
    INSERT INTO incident_events (incident_id, event, note, details)
    VALUES (p_incident_id, p_event, p_note, coalesce(p_details, '{}'));
    PERFORM log_access('incident.' || p_event, NULL, NULL, NULL,
                       jsonb_build_object('incident_id', p_incident_id) || coalesce(p_details, '{}'));
END
$$;

-- Whether a checklist section applies, given the triage.
CREATE OR REPLACE FUNCTION privacy.incident_section_applies(p_applies text, p_risk text, p_exception text) RETURNS boolean
LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE p_applies
           WHEN 'always' THEN true
           WHEN 'risk' THEN p_risk IN ('risk', 'high_risk')
           ELSE p_risk = 'high_risk' AND coalesce(p_exception, 'c') = 'c'
           END
$$;

-- Which notices the triage requires: 'authority', 'subjects' and/or 'public'.
CREATE OR REPLACE FUNCTION privacy.incident_required_notices(p_incident privacy.incidents) RETURNS text[]
LANGUAGE sql IMMUTABLE AS $$
    SELECT array_remove(ARRAY[
        CASE WHEN p_incident.risk IN ('risk', 'high_risk') THEN 'authority' END,
        CASE WHEN p_incident.risk = 'high_risk' AND p_incident.subject_exception IS NULL THEN 'subjects' END,
        CASE WHEN p_incident.risk = 'high_risk' AND p_incident.subject_exception = 'c' THEN 'public' END], NULL)
$$;

-- Where the authority notice stands: undecided (not triaged), pending (required, not sent),
-- notified, or not_required (no risk).
CREATE OR REPLACE FUNCTION privacy.incident_authority_state(p_incident privacy.incidents) RETURNS text
LANGUAGE sql STABLE SET search_path = privacy, pg_temp AS $$
    SELECT CASE
           WHEN EXISTS (SELECT 1 FROM incident_notices n WHERE n.incident_id = p_incident.id AND n.kind = 'authority')
               THEN 'notified'
           WHEN p_incident.risk IS NULL THEN 'undecided'
           WHEN p_incident.risk = 'none' THEN 'not_required'
           ELSE 'pending'
           END
$$;

-- What is missing before a notice of this kind may be marked sent (Art. 33(3), 34(2)).
CREATE OR REPLACE FUNCTION privacy.incident_missing_content(p_incident privacy.incidents, p_kind text) RETURNS text[]
LANGUAGE sql IMMUTABLE AS $$
    SELECT array_remove(ARRAY[
        CASE WHEN btrim(p_incident.nature) = '' THEN 'nature' END,
        CASE WHEN p_kind = 'authority' AND btrim(p_incident.subject_categories) = '' THEN 'subject_categories' END,
        CASE WHEN p_kind = 'authority' AND p_incident.subjects_approx IS NULL THEN 'subjects_approx' END,
        CASE WHEN p_kind = 'authority' AND btrim(p_incident.record_categories) = '' THEN 'record_categories' END,
        CASE WHEN p_kind = 'authority' AND p_incident.records_approx IS NULL THEN 'records_approx' END,
        CASE WHEN btrim(p_incident.dpo_contact) = '' THEN 'dpo_contact' END,
        CASE WHEN btrim(p_incident.consequences) = '' THEN 'consequences' END,
        CASE WHEN btrim(p_incident.measures) = '' THEN 'measures' END], NULL)
$$;

CREATE OR REPLACE FUNCTION privacy.incident_json(p_incident privacy.incidents) RETURNS jsonb
LANGUAGE sql STABLE SET search_path = privacy, pg_temp AS $$
    SELECT to_jsonb(p_incident)
        || jsonb_build_object(
            'server_now', now(),
            'seconds_left', floor(extract(epoch FROM p_incident.authority_deadline - now())),
            'authority_state', incident_authority_state(p_incident),
            'required_notices', to_jsonb(incident_required_notices(p_incident)),
            'missing_authority', to_jsonb(incident_missing_content(p_incident, 'authority')),
            'missing_subjects', to_jsonb(incident_missing_content(p_incident, 'subjects')),
            'open_mandatory', (SELECT count(*) FROM incident_items i
                                WHERE i.incident_id = p_incident.id AND i.mandatory AND i.done_at IS NULL
                                  AND incident_section_applies(i.applies, p_incident.risk, p_incident.subject_exception)))
$$;

-- Opens an incident with its checklist (the items of the templates, as the console read them).
CREATE OR REPLACE FUNCTION privacy.incident_open(p_title text, p_description text, p_detected_at timestamptz,
                                      p_aware_at timestamptz, p_reported_by text, p_items jsonb) RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = privacy, pg_temp AS $$
DECLARE
    v_incident  incidents;
    v_aware     timestamptz := coalesce(p_aware_at, now());
    v_title     text := btrim(coalesce(p_title, ''));
BEGIN
    PERFORM require_incident_staff();
    IF length(v_title) < 3 OR length(v_title) > 200 THEN
        RAISE EXCEPTION 'give the incident a title of 3 to 200 characters'
            USING ERRCODE = 'invalid_parameter_value', HINT = 'fx:incidents.title_length';
    END IF;
    IF length(coalesce(p_description, '')) > 20000 OR length(coalesce(p_reported_by, '')) > 500 THEN
        RAISE EXCEPTION 'the description or the reporter is too long'
            USING ERRCODE = 'invalid_parameter_value', HINT = 'fx:incidents.description_length';
    END IF;
    IF v_aware > now() THEN
        RAISE EXCEPTION 'the time of becoming aware cannot lie in the future'
            USING ERRCODE = 'invalid_parameter_value', HINT = 'fx:incidents.aware_in_future';
    END IF;
    IF p_detected_at > v_aware THEN
        RAISE EXCEPTION 'the breach cannot be detected after the organisation became aware of it'
            USING ERRCODE = 'invalid_parameter_value', HINT = 'fx:incidents.detected_after_aware';
    END IF;
    IF jsonb_typeof(p_items) IS DISTINCT FROM 'array' OR jsonb_array_length(p_items) NOT BETWEEN 1 AND 500 THEN
        RAISE EXCEPTION 'an incident needs a checklist of 1 to 500 items'
            USING ERRCODE = 'invalid_parameter_value', HINT = 'fx:incidents.checklist_size';
    END IF;
    INSERT INTO incidents (title, description, reported_by, detected_at, aware_at, authority_deadline, dpo_contact)
    VALUES (v_title, coalesce(btrim(p_description), ''), coalesce(btrim(p_reported_by), ''),
            coalesce(p_detected_at, v_aware), v_aware, v_aware + interval '72 hours',
            coalesce(setting('dpo_contact'), ''))
    RETURNING * INTO v_incident;
    BEGIN
        INSERT INTO incident_items (incident_id, section, applies, position, key, title_en, title_de, guidance_en,
                                    guidance_de, mandatory)
        SELECT v_incident.id, i->>'section', i->>'applies', n::integer, i->>'key', i->>'title_en', i->>'title_de',
               coalesce(i->>'guidance_en', ''), coalesce(i->>'guidance_de', ''), (i->>'mandatory')::boolean
          FROM jsonb_array_elements(p_items) WITH ORDINALITY AS x(i, n);
    EXCEPTION WHEN check_violation OR not_null_violation OR unique_violation OR invalid_text_representation THEN
        RAISE EXCEPTION 'the checklist is not valid: each item needs a known section, when it applies, a key, '
                        'English and German titles and whether it is mandatory'
            USING ERRCODE = 'invalid_parameter_value', HINT = 'fx:incidents.checklist_invalid';
    END;
    PERFORM incident_event(v_incident.id, 'open', NULL,
                           jsonb_build_object('aware_at', v_incident.aware_at, 'items', jsonb_array_length(p_items)));
    RETURN incident_json(v_incident);
END
$$;

-- The list, open incidents first, the running clocks by deadline.
CREATE OR REPLACE FUNCTION privacy.incident_list()
RETURNS TABLE (id bigint, title text, status text, risk text, aware_at timestamptz, authority_deadline timestamptz,
               seconds_left bigint, authority_state text, open_mandatory bigint, opened_by text, closed_at timestamptz)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = privacy, pg_temp AS $$
BEGIN
    PERFORM require_incident_staff();
    RETURN QUERY
        SELECT i.id, i.title, i.status, i.risk, i.aware_at, i.authority_deadline,
               (j->>'seconds_left')::bigint, j->>'authority_state', (j->>'open_mandatory')::bigint, i.opened_by,
               i.closed_at
          FROM incidents i CROSS JOIN LATERAL incident_json(i) j
         ORDER BY i.status = 'closed', j->>'authority_state' NOT IN ('undecided', 'pending'), i.authority_deadline,
                  i.id;
END
$$;

-- One incident with its checklist, notices, findings and timeline.
CREATE OR REPLACE FUNCTION privacy.incident_get(p_incident_id bigint) RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = privacy, pg_temp AS $$
DECLARE
    v_incident incidents;
BEGIN
    PERFORM require_incident_staff();
    SELECT * INTO v_incident FROM incidents WHERE id = p_incident_id;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'there is no such incident'
            USING ERRCODE = 'no_data_found', HINT = 'fx:incidents.no_such_incident';
    END IF;
    RETURN incident_json(v_incident) || jsonb_build_object(
        'items', coalesce((SELECT jsonb_agg(to_jsonb(i) || jsonb_build_object(
                                   'required', i.mandatory AND incident_section_applies(i.applies, v_incident.risk,
                                                                                        v_incident.subject_exception),
                                   'in_effect', incident_section_applies(i.applies, v_incident.risk,
                                                                         v_incident.subject_exception))
                                   ORDER BY i.position)
                             FROM incident_items i WHERE i.incident_id = v_incident.id), '[]'),
        'notices', coalesce((SELECT jsonb_agg(to_jsonb(n) ORDER BY n.sent_at, n.id)
                               FROM incident_notices n WHERE n.incident_id = v_incident.id), '[]'),
        'findings', coalesce((SELECT jsonb_agg(to_jsonb(f) ORDER BY f.id)
                                FROM incident_findings f WHERE f.incident_id = v_incident.id), '[]'),
        'events', coalesce((SELECT jsonb_agg(to_jsonb(e) - 'incident_id' ORDER BY e.at)
                              FROM incident_events e WHERE e.incident_id = v_incident.id), '[]'));
END
$$;

-- Ticks (or unticks) a checklist item, with who, when and a note.
CREATE OR REPLACE FUNCTION privacy.incident_tick(p_item_id bigint, p_done boolean, p_note text DEFAULT NULL) RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = privacy, pg_temp AS $$
DECLARE
    v_item  incident_items;
    v_note  text := nullif(btrim(p_note), '');
BEGIN
    PERFORM require_incident_staff();
    SELECT * INTO v_item FROM incident_items WHERE id = p_item_id;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'there is no such checklist item'
            USING ERRCODE = 'no_data_found', HINT = 'fx:incidents.no_such_item';
    END IF;
    PERFORM require_open_incident(v_item.incident_id);
    IF length(v_note) > 2000 THEN
        RAISE EXCEPTION 'the note is too long (at most 2000 characters)'
            USING ERRCODE = 'invalid_parameter_value', HINT = 'fx:incidents.item_note_length';
    END IF;
    IF p_done THEN
        UPDATE incident_items SET done_by = session_user, done_at = now(), note = v_note
         WHERE id = p_item_id RETURNING * INTO v_item;
    ELSE
        UPDATE incident_items SET done_by = NULL, done_at = NULL, note = v_note
         WHERE id = p_item_id RETURNING * INTO v_item;
    END IF;
    PERFORM incident_event(v_item.incident_id, CASE WHEN p_done THEN 'tick' ELSE 'untick' END, v_note,
                           jsonb_build_object('item', v_item.section || '.' || v_item.key));
    RETURN to_jsonb(v_item);
END
$$;

-- Risk triage with its reasoning; for a high risk optionally an Art. 34(3) exception.
CREATE OR REPLACE FUNCTION privacy.incident_triage(p_incident_id bigint, p_risk text, p_reasoning text,
                                        p_exception text DEFAULT NULL, p_exception_reasoning text DEFAULT NULL)
RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = privacy, pg_temp AS $$
DECLARE
    v_incident  incidents := require_open_incident(p_incident_id);
    v_reasoning text := nullif(btrim(p_reasoning), '');
    v_exception text := nullif(btrim(p_exception), '');
    v_why       text := nullif(btrim(p_exception_reasoning), '');
BEGIN
    IF p_risk IS NULL OR p_risk NOT IN ('none', 'risk', 'high_risk') THEN
        RAISE EXCEPTION 'the risk must be none, risk or high_risk'
            USING ERRCODE = 'invalid_parameter_value', HINT = 'fx:incidents.risk_level';
    END IF;
    IF v_reasoning IS NULL OR length(v_reasoning) < 10 OR length(v_reasoning) > 5000 THEN
        RAISE EXCEPTION 'record the reasoning for the risk assessment in 10 to 5000 characters'
            USING ERRCODE = 'invalid_parameter_value', HINT = 'fx:incidents.risk_reasoning_length';
    END IF;
    IF v_exception IS NOT NULL AND v_exception NOT IN ('a', 'b', 'c') THEN
        RAISE EXCEPTION 'the exception must be a, b or c of Art. 34(3)'
            USING ERRCODE = 'invalid_parameter_value', HINT = 'fx:incidents.exception_letter';
    END IF;
    IF v_exception IS NOT NULL AND p_risk <> 'high_risk' THEN
        RAISE EXCEPTION 'an Art. 34(3) exception applies only to a high risk'
            USING ERRCODE = 'invalid_parameter_value', HINT = 'fx:incidents.exception_needs_high_risk';
    END IF;
    IF v_exception IS NOT NULL AND (v_why IS NULL OR length(v_why) < 10 OR length(v_why) > 5000) THEN
        RAISE EXCEPTION 'record why the exception applies in 10 to 5000 characters'
            USING ERRCODE = 'invalid_parameter_value', HINT = 'fx:incidents.exception_reasoning_length';
    END IF;
    UPDATE incidents SET risk = p_risk, risk_reasoning = v_reasoning, subject_exception = v_exception,
                         exception_reasoning = CASE WHEN v_exception IS NULL THEN NULL ELSE v_why END
     WHERE id = v_incident.id RETURNING * INTO v_incident;
    PERFORM incident_event(v_incident.id, 'triage', v_reasoning,
                           jsonb_build_object('risk', p_risk, 'exception', v_exception));
    RETURN incident_json(v_incident);
END
$$;

-- Sets the Art. 33(3) content and the description; keys not given stay as they are.
CREATE OR REPLACE FUNCTION privacy.incident_describe(p_incident_id bigint, p_fields jsonb) RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = privacy, pg_temp AS $$
DECLARE
    v_incident  incidents := require_open_incident(p_incident_id);
    v_key       text;
    v_value     jsonb;
BEGIN
    IF jsonb_typeof(p_fields) IS DISTINCT FROM 'object' THEN
        RAISE EXCEPTION 'the fields must be a JSON object'
            USING ERRCODE = 'invalid_parameter_value', HINT = 'fx:incidents.fields_not_object';
    END IF;
    FOR v_key, v_value IN SELECT * FROM jsonb_each(p_fields) LOOP
        IF v_key IN ('subjects_approx', 'records_approx') THEN
            IF jsonb_typeof(v_value) = 'null' THEN
                CONTINUE;
            END IF;
            IF jsonb_typeof(v_value) <> 'number' OR (v_value #>> '{}')::numeric < 0
               OR (v_value #>> '{}')::numeric <> floor((v_value #>> '{}')::numeric)
               OR (v_value #>> '{}')::numeric > 9e15 THEN
                RAISE EXCEPTION 'the approximate numbers must be whole numbers of zero or more'
                    USING ERRCODE = 'invalid_parameter_value', HINT = 'fx:incidents.approx_numbers';
            END IF;
        ELSIF v_key IN ('title', 'description', 'reported_by', 'nature', 'subject_categories', 'record_categories',
                        'dpo_contact', 'consequences', 'measures') THEN
            IF jsonb_typeof(v_value) <> 'string' OR length(v_value #>> '{}') > 20000 THEN
                RAISE EXCEPTION 'the field % must be text of at most 20000 characters', v_key
                    USING ERRCODE = 'invalid_parameter_value',
                          HINT = 'fx:incidents.field_length ' || json_build_object('field', v_key);
            END IF;
        ELSE
            RAISE EXCEPTION 'an incident has no field %', v_key
                USING ERRCODE = 'invalid_parameter_value',
                      HINT = 'fx:incidents.unknown_field ' || json_build_object('field', left(v_key, 64));
        END IF;
    END LOOP;
    UPDATE incidents SET
        title = coalesce(btrim(p_fields->>'title'), title),
        description = coalesce(p_fields->>'description', description),
        reported_by = coalesce(p_fields->>'reported_by', reported_by),
        nature = coalesce(p_fields->>'nature', nature),
        subject_categories = coalesce(p_fields->>'subject_categories', subject_categories),
        subjects_approx = CASE WHEN p_fields ? 'subjects_approx' THEN (p_fields->>'subjects_approx')::bigint
                               ELSE subjects_approx END,
        record_categories = coalesce(p_fields->>'record_categories', record_categories),
        records_approx = CASE WHEN p_fields ? 'records_approx' THEN (p_fields->>'records_approx')::bigint
                              ELSE records_approx END,
        dpo_contact = coalesce(p_fields->>'dpo_contact', dpo_contact),
        consequences = coalesce(p_fields->>'consequences', consequences),
        measures = coalesce(p_fields->>'measures', measures)
     WHERE id = v_incident.id RETURNING * INTO v_incident;
    PERFORM incident_event(v_incident.id, 'describe', NULL,
                           jsonb_build_object('fields', (SELECT jsonb_agg(k ORDER BY k) FROM jsonb_object_keys(p_fields) k)));
    RETURN incident_json(v_incident);
END
$$;

-- Records a notice as sent. The authority notice needs all of Art. 33(3)(a)-(d); the first one
-- after the 72 hours needs the reasons for the delay (Art. 33(1)). Later phases add information.
CREATE OR REPLACE FUNCTION privacy.incident_notify(p_incident_id bigint, p_kind text, p_reference text DEFAULT NULL,
                                        p_note text DEFAULT NULL, p_delay_reasons text DEFAULT NULL) RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = privacy, pg_temp AS $$
DECLARE
    v_incident  incidents := require_open_incident(p_incident_id);
    v_missing   text[];
    v_phase     integer;
    v_late      boolean := false;
    v_reasons   text := nullif(btrim(p_delay_reasons), '');
    v_notice    incident_notices;
BEGIN
    IF p_kind IS NULL OR p_kind NOT IN ('authority', 'subjects', 'public') THEN
        RAISE EXCEPTION 'the notice must go to the authority, the people concerned or the public'
            USING ERRCODE = 'invalid_parameter_value', HINT = 'fx:incidents.notice_recipient';
    END IF;
    IF v_incident.risk IS NULL THEN
        RAISE EXCEPTION 'assess the risk before recording a notice'
            USING ERRCODE = 'object_not_in_prerequisite_state', HINT = 'fx:incidents.notice_needs_risk';
    END IF;
    IF p_kind = 'subjects' AND (v_incident.risk <> 'high_risk' OR v_incident.subject_exception IS NOT NULL) THEN
        RAISE EXCEPTION 'the people concerned are told when the risk is high and no exception of Art. 34(3) applies'
            USING ERRCODE = 'object_not_in_prerequisite_state', HINT = 'fx:incidents.subjects_notice_not_required';
    END IF;
    IF p_kind = 'public' AND v_incident.subject_exception IS DISTINCT FROM 'c' THEN
        RAISE EXCEPTION 'a public communication replaces the individual one only under Art. 34(3)(c)'
            USING ERRCODE = 'object_not_in_prerequisite_state', HINT = 'fx:incidents.public_needs_exception_c';
    END IF;
    v_missing := incident_missing_content(v_incident, CASE WHEN p_kind = 'authority' THEN 'authority' ELSE 'subjects' END);
    IF cardinality(v_missing) > 0 THEN
        RAISE EXCEPTION 'the notice lacks required content: %', array_to_string(v_missing, ', ')
            USING ERRCODE = 'object_not_in_prerequisite_state',
                  HINT = 'fx:incidents.notice_content_missing ' || json_build_object('fields', to_json(v_missing));
    END IF;
    SELECT coalesce(max(n.phase), 0) + 1 INTO v_phase
      FROM incident_notices n WHERE n.incident_id = v_incident.id AND n.kind = p_kind;
    IF p_kind = 'authority' AND v_phase = 1 AND now() > v_incident.authority_deadline THEN
        v_late := true;
        IF v_reasons IS NULL OR length(v_reasons) < 10 THEN
            RAISE EXCEPTION 'the 72 hours have passed: give the reasons for the delay (Art. 33(1))'
                USING ERRCODE = 'invalid_parameter_value', HINT = 'fx:incidents.delay_reasons';
        END IF;
    END IF;
    IF length(coalesce(p_reference, '')) > 500 OR length(coalesce(p_note, '')) > 5000
       OR length(coalesce(v_reasons, '')) > 5000 THEN
        RAISE EXCEPTION 'the reference, note or reasons are too long'
            USING ERRCODE = 'invalid_parameter_value', HINT = 'fx:incidents.notice_text_length';
    END IF;
    INSERT INTO incident_notices (incident_id, kind, phase, reference, note, late, delay_reasons, content)
    VALUES (v_incident.id, p_kind, v_phase, coalesce(btrim(p_reference), ''), coalesce(btrim(p_note), ''), v_late,
            CASE WHEN v_late THEN v_reasons END,
            jsonb_build_object('nature', v_incident.nature, 'subject_categories', v_incident.subject_categories,
                               'subjects_approx', v_incident.subjects_approx,
                               'record_categories', v_incident.record_categories,
                               'records_approx', v_incident.records_approx, 'dpo_contact', v_incident.dpo_contact,
                               'consequences', v_incident.consequences, 'measures', v_incident.measures))
    RETURNING * INTO v_notice;
    PERFORM incident_event(v_incident.id, 'notify', nullif(btrim(p_note), ''),
                           jsonb_build_object('kind', p_kind, 'phase', v_phase, 'late', v_late));
    RETURN to_jsonb(v_notice);
END
$$;

-- Closes the incident once the triage, its notices and every mandatory item that applies are done.
CREATE OR REPLACE FUNCTION privacy.incident_close(p_incident_id bigint, p_summary text) RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = privacy, pg_temp AS $$
DECLARE
    v_incident  incidents := require_open_incident(p_incident_id);
    v_summary   text := nullif(btrim(p_summary), '');
    v_open      text;
    v_open_de   text;
    v_kind      text;
BEGIN
    IF v_incident.risk IS NULL THEN
        RAISE EXCEPTION 'assess the risk before closing the incident'
            USING ERRCODE = 'object_not_in_prerequisite_state', HINT = 'fx:incidents.close_needs_risk';
    END IF;
    SELECT string_agg(i.title_en, '; ' ORDER BY i.position), string_agg(i.title_de, '; ' ORDER BY i.position)
      INTO v_open, v_open_de
      FROM incident_items i
     WHERE i.incident_id = v_incident.id AND i.mandatory AND i.done_at IS NULL
       AND incident_section_applies(i.applies, v_incident.risk, v_incident.subject_exception);
    IF v_open IS NOT NULL THEN
        RAISE EXCEPTION 'mandatory checklist items are still open: %', v_open
            USING ERRCODE = 'object_not_in_prerequisite_state',
                  HINT = 'fx:incidents.mandatory_items_open '
                      || json_build_object('items', json_build_object('en', v_open, 'de', v_open_de));
    END IF;
    FOREACH v_kind IN ARRAY incident_required_notices(v_incident) LOOP
        IF NOT EXISTS (SELECT 1 FROM incident_notices n WHERE n.incident_id = v_incident.id AND n.kind = v_kind) THEN
            RAISE EXCEPTION 'the required notice to % has not been recorded', v_kind
                USING ERRCODE = 'object_not_in_prerequisite_state',
                      HINT = 'fx:incidents.required_notice_missing ' || json_build_object('recipient', v_kind);
        END IF;
    END LOOP;
    IF v_summary IS NULL OR length(v_summary) < 10 OR length(v_summary) > 20000 THEN
        RAISE EXCEPTION 'summarize the outcome in 10 to 20000 characters'
            USING ERRCODE = 'invalid_parameter_value', HINT = 'fx:incidents.summary_length';
    END IF;
    UPDATE incidents SET status = 'closed', closed_by = session_user, closed_at = now(), close_summary = v_summary
     WHERE id = v_incident.id RETURNING * INTO v_incident;
    PERFORM incident_event(v_incident.id, 'close', v_summary);
    RETURN incident_json(v_incident);
END
$$;

-- The breach register (Art. 33(5)): every incident with its decision and reasons.
CREATE OR REPLACE FUNCTION privacy.incident_register()
RETURNS TABLE (id bigint, title text, status text, detected_at timestamptz, aware_at timestamptz,
               authority_deadline timestamptz, risk text, risk_reasoning text, subject_exception text,
               exception_reasoning text, nature text, subjects_approx bigint, records_approx bigint,
               consequences text, measures text, authority_notified_at timestamptz, authority_late boolean,
               delay_reasons text, subjects_notified_at timestamptz, public_notified_at timestamptz,
               closed_at timestamptz, close_summary text)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = privacy, pg_temp AS $$
BEGIN
    PERFORM require_incident_staff();
    RETURN QUERY
        SELECT i.id, i.title, i.status, i.detected_at, i.aware_at, i.authority_deadline, i.risk, i.risk_reasoning,
               i.subject_exception, i.exception_reasoning, i.nature, i.subjects_approx, i.records_approx,
               i.consequences, i.measures, a.sent_at, a.late, a.delay_reasons,
               (SELECT min(n.sent_at) FROM incident_notices n WHERE n.incident_id = i.id AND n.kind = 'subjects'),
               (SELECT min(n.sent_at) FROM incident_notices n WHERE n.incident_id = i.id AND n.kind = 'public'),
               i.closed_at, i.close_summary
          FROM incidents i
          LEFT JOIN incident_notices a ON a.incident_id = i.id AND a.kind = 'authority' AND a.phase = 1
         ORDER BY i.aware_at, i.id;
END
$$;

CREATE OR REPLACE FUNCTION privacy.incident_note_register(p_format text, p_incidents bigint) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = privacy, pg_temp AS $$
BEGIN
    PERFORM require_incident_staff();
    PERFORM log_access('incident.register', NULL, NULL, 'breach register (Art. 33(5) GDPR)',
                       jsonb_build_object('format', p_format, 'incidents', p_incidents));
END
$$;

REVOKE EXECUTE ON ALL FUNCTIONS IN SCHEMA privacy FROM PUBLIC;
GRANT EXECUTE ON FUNCTION
    privacy.incident_open(text, text, timestamptz, timestamptz, text, jsonb),
    privacy.incident_list(),
    privacy.incident_get(bigint),
    privacy.incident_tick(bigint, boolean, text),
    privacy.incident_triage(bigint, text, text, text, text),
    privacy.incident_describe(bigint, jsonb),
    privacy.incident_notify(bigint, text, text, text, text),
    privacy.incident_close(bigint, text),
    privacy.incident_register(),
    privacy.incident_note_register(text, bigint)
TO fx_dpo, fx_admin;
