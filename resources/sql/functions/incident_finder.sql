-- SPDX-License-Identifier: GPL-3.0-or-later
-- The affected-people finder of an incident: who the criteria select, counted per data
-- category; attached findings and, for the DPO only, the people of one.
-- Re-applied by every "fxctl db init" after the migrations (CREATE OR REPLACE); a changed
-- signature needs a DROP FUNCTION in a migration first.
SET LOCAL ROLE fx_owner;

-- The people the criteria select (erased accounts hold nothing any more). All given criteria
-- must hold: sign-ins in the time window and from the address range, enrolment in a course,
-- payment references held, data held by a processor.
CREATE OR REPLACE FUNCTION privacy.incident_matches(p_criteria jsonb) RETURNS SETOF bigint
LANGUAGE plpgsql STABLE SET search_path = privacy, platform, pg_temp AS $$
DECLARE
    v_from      timestamptz;
    v_to        timestamptz;
    v_network   cidr;
    v_course    integer;
    v_processor integer;
    v_payment   boolean := coalesce((p_criteria->>'payment')::boolean, false);
    v_where     text[] := ARRAY['u.status <> ''erased'''];
    v_login     text[] := ARRAY[]::text[];
BEGIN
    IF jsonb_typeof(p_criteria) IS DISTINCT FROM 'object' THEN
        RAISE EXCEPTION 'the criteria must be a JSON object'
            USING ERRCODE = 'invalid_parameter_value', HINT = 'fx:finder.criteria_not_object';
    END IF;
    IF EXISTS (SELECT 1 FROM jsonb_object_keys(p_criteria) k
                WHERE k NOT IN ('from', 'to', 'network', 'course_id', 'payment', 'processor_id')) THEN
        RAISE EXCEPTION 'unknown criterion: use from, to, network, course_id, payment, processor_id'
            USING ERRCODE = 'invalid_parameter_value', HINT = 'fx:finder.unknown_criterion';
    END IF;
    BEGIN
        v_from := p_criteria->>'from';
        v_to := p_criteria->>'to';
    EXCEPTION WHEN OTHERS THEN
        RAISE EXCEPTION 'the time window must be given as two ISO 8601 times'
            USING ERRCODE = 'invalid_parameter_value', HINT = 'fx:finder.window_form';
    END;
    BEGIN
        v_network := p_criteria->>'network';
    EXCEPTION WHEN OTHERS THEN
        RAISE EXCEPTION 'the address range must be an IP address or a CIDR range such as 203.0.113.0/24'
            USING ERRCODE = 'invalid_parameter_value', HINT = 'fx:finder.invalid_network';
    END;
    BEGIN
        v_course := p_criteria->>'course_id';
        v_processor := p_criteria->>'processor_id';
    EXCEPTION WHEN OTHERS THEN
        RAISE EXCEPTION 'the course and the processor are given by number'
            USING ERRCODE = 'invalid_parameter_value', HINT = 'fx:finder.not_a_number';
    END;
    IF v_from IS NOT NULL AND v_to IS NOT NULL AND v_from >= v_to THEN
        RAISE EXCEPTION 'the time window must end after it begins'
            USING ERRCODE = 'invalid_parameter_value', HINT = 'fx:finder.window_order';
    END IF;
    IF v_from IS NOT NULL THEN v_login := v_login || 'l.at >= $1'::text; END IF;
    IF v_to IS NOT NULL THEN v_login := v_login || 'l.at < $2'::text; END IF;
    IF v_network IS NOT NULL THEN v_login := v_login || 'l.ip <<= $3'::text; END IF;
    IF cardinality(v_login) > 0 THEN
        v_where := v_where || format('u.id IN (SELECT l.user_id FROM login_events l WHERE %s)',
                                     array_to_string(v_login, ' AND '));
    END IF;
    IF v_course IS NOT NULL THEN
        v_where := v_where || 'EXISTS (SELECT 1 FROM enrollments e WHERE e.user_id = u.id AND e.course_id = $4)'::text;
    END IF;
    IF v_payment THEN
        v_where := v_where || 'EXISTS (SELECT 1 FROM payment_references p WHERE p.user_id = u.id)'::text;
    END IF;
    IF v_processor IS NOT NULL THEN
        v_where := v_where
            || 'EXISTS (SELECT 1 FROM processor_links x WHERE x.user_id = u.id AND x.processor_id = $5)'::text;
    END IF;
    IF cardinality(v_where) = 1 THEN
        RAISE EXCEPTION 'choose at least one criterion'
            USING ERRCODE = 'invalid_parameter_value', HINT = 'fx:finder.no_criterion';
    END IF;
    RETURN QUERY EXECUTE format('SELECT u.id FROM users u WHERE %s', array_to_string(v_where, ' AND '))
        USING v_from, v_to, v_network, v_course, v_processor;
END
$$;

-- How many people the criteria select and, per data category, how many of them have data in it.
-- Above 5,000 people (setting finder_sample) the categories are counted in an even sample of that
-- size and scaled, marked as estimated: Art. 33(3)(a) asks for approximate numbers, and the count
-- stays quick.
CREATE OR REPLACE FUNCTION privacy.incident_count(p_criteria jsonb) RETURNS jsonb
LANGUAGE plpgsql STABLE SET search_path = privacy, platform, pg_temp AS $$
DECLARE
    v_ids       bigint[];
    v_sample    bigint[];
    v_table     record;
    v_people    bigint;
    v_counts    jsonb := '{}';
    v_scale     numeric;
    v_size      integer := greatest(coalesce(setting('finder_sample')::integer, 5000), 10);
BEGIN
    SELECT coalesce(array_agg(m ORDER BY m), '{}') INTO v_ids FROM incident_matches(p_criteria) m;
    v_sample := v_ids;
    IF cardinality(v_ids) > v_size THEN
        SELECT array_agg(v_ids[1 + (i::bigint * cardinality(v_ids) / v_size)::integer]) INTO v_sample
          FROM generate_series(0, v_size - 1) i;
    END IF;
    v_scale := cardinality(v_ids)::numeric / greatest(cardinality(v_sample), 1);
    IF cardinality(v_sample) > 0 THEN
        FOR v_table IN SELECT t.category, t.table_name, t.user_columns FROM export_tables t
                        WHERE t.category NOT IN ('requests') ORDER BY t.position LOOP
            IF (v_counts->>v_table.category)::bigint = cardinality(v_sample) THEN
                CONTINUE;
            END IF;
            EXECUTE format('SELECT count(*) FROM unnest($1) m(id) WHERE EXISTS (SELECT 1 FROM %s t WHERE %s)',
                           v_table.table_name,
                           (SELECT string_agg(format('t.%I = m.id', c), ' OR ') FROM unnest(v_table.user_columns) c))
               INTO v_people USING v_sample;
            v_counts := v_counts || jsonb_build_object(v_table.category,
                                                       greatest(v_people, coalesce((v_counts->>v_table.category)::bigint, 0)));
        END LOOP;
    END IF;
    RETURN jsonb_build_object('people', cardinality(v_ids),
                              'categories_estimated', cardinality(v_sample) < cardinality(v_ids),
                              'categories', (SELECT coalesce(jsonb_object_agg(k, round(v::text::numeric * v_scale)), '{}')
                                               FROM jsonb_each(v_counts) AS c(k, v) WHERE v::text <> '0'));
END
$$;

-- The finder: counts only, nobody's data, so it is not logged until attached.
CREATE OR REPLACE FUNCTION privacy.incident_find(p_criteria jsonb) RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = privacy, pg_temp AS $$
BEGIN
    PERFORM require_incident_staff();
    RETURN incident_count(p_criteria);
END
$$;

-- Attaches a finder result to the incident: the criteria, the count and the categories.
CREATE OR REPLACE FUNCTION privacy.incident_attach_finding(p_incident_id bigint, p_criteria jsonb) RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = privacy, pg_temp AS $$
DECLARE
    v_incident  incidents := require_open_incident(p_incident_id);
    v_result    jsonb := incident_count(p_criteria);
    v_finding   incident_findings;
BEGIN
    INSERT INTO incident_findings (incident_id, criteria, people, categories)
    VALUES (v_incident.id, p_criteria, (v_result->>'people')::bigint, v_result->'categories')
    RETURNING * INTO v_finding;
    PERFORM incident_event(v_incident.id, 'find', NULL,
                           jsonb_build_object('finding_id', v_finding.id, 'people', v_finding.people));
    RETURN to_jsonb(v_finding);
END
$$;

-- The people of an attached finding, for telling them: only the DPO, one access-log entry.
CREATE OR REPLACE FUNCTION privacy.incident_affected(p_finding_id bigint)
RETURNS TABLE (user_id bigint, email text, first_name text, last_name text, locale text)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = privacy, platform, pg_temp AS $$
DECLARE
    v_finding   incident_findings;
    v_count     bigint;
BEGIN
    PERFORM require_dpo();
    SELECT * INTO v_finding FROM incident_findings WHERE id = p_finding_id;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'there is no such finding' USING ERRCODE = 'no_data_found', HINT = 'fx:finder.no_such_finding';
    END IF;
    SELECT count(*) INTO v_count FROM incident_matches(v_finding.criteria);
    INSERT INTO incident_events (incident_id, event, details)
    VALUES (v_finding.incident_id, 'affected_export', jsonb_build_object('finding_id', v_finding.id, 'people', v_count));
    PERFORM log_access('incident.affected_export', NULL, NULL, 'breach communication (Art. 34 GDPR)',
                       jsonb_build_object('incident_id', v_finding.incident_id, 'finding_id', v_finding.id,
                                          'people', v_count));
    RETURN QUERY
        SELECT u.id, u.email::text, u.first_name::text, u.last_name::text, u.locale::text
          FROM incident_matches(v_finding.criteria) m JOIN users u ON u.id = m
         ORDER BY u.id;
END
$$;

-- The processors and courses the finder offers.
CREATE OR REPLACE FUNCTION privacy.incident_finder_choices() RETURNS jsonb
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = privacy, platform, pg_temp AS $$
BEGIN
    PERFORM require_incident_staff();
    RETURN jsonb_build_object(
        'processors', (SELECT coalesce(jsonb_agg(jsonb_build_object('id', p.id, 'name', p.name, 'category', p.category)
                                                 ORDER BY p.name), '[]') FROM processors p),
        'courses', (SELECT coalesce(jsonb_agg(jsonb_build_object('id', c.id, 'title', c.title) ORDER BY c.title), '[]')
                      FROM courses c));
END
$$;

REVOKE EXECUTE ON ALL FUNCTIONS IN SCHEMA privacy FROM PUBLIC;
GRANT EXECUTE ON FUNCTION
    privacy.incident_find(jsonb),
    privacy.incident_attach_finding(bigint, jsonb),
    privacy.incident_finder_choices()
TO fx_dpo, fx_admin;
GRANT EXECUTE ON FUNCTION privacy.incident_affected(bigint) TO fx_dpo;
