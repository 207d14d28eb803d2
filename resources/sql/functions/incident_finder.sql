-- SPDX-License-Identifier: GPL-3.0-or-later
-- The affected-people finder of an incident: who the criteria select, counted per data
-- category; attached findings and, for the DPO only, the people of one.
-- Re-applied by every "fxctl db init" after the migrations (CREATE OR REPLACE); a changed
-- signature needs a DROP FUNCTION in a migration first.
SET LOCAL ROLE fx_owner;

-- The people the criteria select (erased accounts hold nothing any more), through the map in
-- force. All given criteria must hold: an address seen in the time window and from the range (in
-- one row of a table of addresses), enrolment in a course, payment data held, data held by a
-- processor. A criterion the map gives nothing to search is refused with the reason.
CREATE OR REPLACE FUNCTION privacy.incident_matches(p_criteria jsonb) RETURNS SETOF bigint
LANGUAGE plpgsql STABLE SET search_path = privacy, pg_temp AS $$
DECLARE
    v_from      timestamptz;
    v_to        timestamptz;
    v_network   cidr;
    v_course    bigint;
    v_processor integer;
    v_payment   boolean := coalesce((p_criteria->>'payment')::boolean, false);
    v_s         map_subject := map_subject_row();
    v_where     text[];
    v_seen      text[] := ARRAY[]::text[];
    v_address   record;
    v_course_map map_courses;
    v_links     map_processor_links;
    v_payments  text;
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
    v_where := ARRAY[subject_sql(v_s, 'live')];

    IF v_from IS NOT NULL OR v_to IS NOT NULL OR v_network IS NOT NULL THEN
        FOR v_address IN SELECT i.table_name, i.column_name, i.subject_column, i.at_column,
                                map_is_integer(format_type((map_column(i.table_name, i.at_column)).atttypid, NULL)) AS epoch
                           FROM map_identities i
                          WHERE i.kind = 'address' AND (i.at_column IS NOT NULL OR (v_from IS NULL AND v_to IS NULL))
                          ORDER BY i.position LOOP
            v_seen := v_seen || format('SELECT l.%I FROM %s l WHERE %s', v_address.subject_column, v_address.table_name,
                                       concat_ws(' AND ',
                                                 CASE WHEN v_from IS NOT NULL THEN format(
                                                     CASE WHEN v_address.epoch THEN 'l.%I >= extract(epoch FROM $1)'
                                                          ELSE 'l.%I >= $1' END, v_address.at_column) END,
                                                 CASE WHEN v_to IS NOT NULL THEN format(
                                                     CASE WHEN v_address.epoch THEN 'l.%I < extract(epoch FROM $2)'
                                                          ELSE 'l.%I < $2' END, v_address.at_column) END,
                                                 CASE WHEN v_network IS NOT NULL THEN format('%s <<= $4',
                                                     map_address_sql(v_address.table_name, v_address.column_name, 'l'))
                                                 END));
        END LOOP;
        IF cardinality(v_seen) = 0 THEN
            RAISE EXCEPTION 'the data map names no addresses with the time they were seen, so there is nothing to search by time or address'
                USING ERRCODE = 'object_not_in_prerequisite_state', HINT = 'fx:finder.no_sign_ins';
        END IF;
        v_where := v_where || format('u.%I IN (%s)', v_s.key_column, array_to_string(v_seen, ' UNION '));
    END IF;
    IF v_course IS NOT NULL THEN
        SELECT * INTO v_course_map FROM map_courses;
        IF NOT FOUND THEN
            RAISE EXCEPTION 'the data map names no courses'
                USING ERRCODE = 'object_not_in_prerequisite_state', HINT = 'fx:finder.no_courses';
        END IF;
        v_where := v_where || format('EXISTS (SELECT 1 FROM %s e WHERE e.%I = u.%I AND e.%I = $5)',
                                     v_course_map.member_table, v_course_map.member_subject, v_s.key_column,
                                     v_course_map.member_course);
    END IF;
    IF v_payment THEN
        v_payments := (SELECT string_agg(format('EXISTS (SELECT 1 FROM %s t WHERE %s)', t.table_name,
                                                (SELECT string_agg(format('t.%I = u.%I', c, v_s.key_column), ' OR ')
                                                   FROM unnest(t.user_columns) c)), ' OR ' ORDER BY t.position)
                         FROM export_tables t WHERE t.category = 'payment');
        IF v_payments IS NULL THEN
            RAISE EXCEPTION 'the data map names no tables of payment data'
                USING ERRCODE = 'object_not_in_prerequisite_state', HINT = 'fx:finder.no_payments';
        END IF;
        v_where := v_where || format('(%s)', v_payments);
    END IF;
    IF v_processor IS NOT NULL THEN
        SELECT * INTO v_links FROM map_processor_links;
        IF NOT FOUND THEN
            RAISE EXCEPTION 'the data map does not say which processor holds whose data'
                USING ERRCODE = 'object_not_in_prerequisite_state', HINT = 'fx:finder.no_processor_links';
        END IF;
        v_where := v_where || format('EXISTS (SELECT 1 FROM %s x WHERE x.%I = u.%I AND x.%I = $6)',
                                     v_links.table_name, v_links.subject_column, v_s.key_column,
                                     v_links.processor_column);
    END IF;
    IF cardinality(v_where) = 1 THEN
        RAISE EXCEPTION 'choose at least one criterion'
            USING ERRCODE = 'invalid_parameter_value', HINT = 'fx:finder.no_criterion';
    END IF;
    RETURN QUERY EXECUTE format('SELECT u.%I::bigint FROM %s u WHERE %s', v_s.key_column, v_s.table_name,
                                array_to_string(v_where, ' AND '))
        USING v_from, v_to, v_s.erased_value, v_network, v_course, v_processor;
END
$$;

-- How many people the criteria select and, per data category, how many of them have data in it.
-- Above 5,000 people (setting finder_sample) the categories are counted in an even sample of that
-- size and scaled, marked as estimated: Art. 33(3)(a) asks for approximate numbers, and the count
-- stays quick.
CREATE OR REPLACE FUNCTION privacy.incident_count(p_criteria jsonb) RETURNS jsonb
LANGUAGE plpgsql STABLE SET search_path = privacy, pg_temp AS $$
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
RETURNS TABLE (user_id bigint, email text, name text, language text)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = privacy, pg_temp AS $$
DECLARE
    v_finding   incident_findings;
    v_count     bigint;
    v_s         map_subject := map_subject_row();
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
    RETURN QUERY EXECUTE format(
        'SELECT u.%I::bigint, %s, %s, %s FROM privacy.incident_matches($1) m JOIN %s u ON u.%I = m ORDER BY 1',
        v_s.key_column, subject_sql(v_s, 'email'), subject_sql(v_s, 'name'),
        CASE WHEN v_s.language IS NULL THEN 'NULL::text' ELSE format('u.%I::text', v_s.language) END,
        v_s.table_name, v_s.key_column)
        USING v_finding.criteria;
END
$$;

-- What the finder offers on this platform: the criteria the map gives something to search, the
-- courses by title and the processors whose links the map names.
CREATE OR REPLACE FUNCTION privacy.incident_finder_choices() RETURNS jsonb
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = privacy, platform, pg_temp AS $$
DECLARE
    v_courses   map_courses;
    v_list      jsonb := '[]';
BEGIN
    PERFORM require_incident_staff();
    SELECT * INTO v_courses FROM map_courses;
    IF FOUND THEN
        EXECUTE format('SELECT coalesce(jsonb_agg(jsonb_build_object(''id'', c.%1$I, ''title'', c.%2$I) '
                       'ORDER BY c.%2$I, c.%1$I), ''[]'') FROM %3$s c',
                       v_courses.key_column, v_courses.title_column, v_courses.table_name)
           INTO v_list;
    END IF;
    RETURN jsonb_build_object(
        'window', EXISTS (SELECT 1 FROM map_identities i WHERE i.kind = 'address' AND i.at_column IS NOT NULL),
        'network', EXISTS (SELECT 1 FROM map_identities i WHERE i.kind = 'address'),
        'payment', EXISTS (SELECT 1 FROM export_tables t WHERE t.category = 'payment'),
        'processors', CASE WHEN EXISTS (SELECT 1 FROM map_processor_links) THEN
                          (SELECT coalesce(jsonb_agg(jsonb_build_object('id', p.id, 'name', p.name, 'category', p.category)
                                                     ORDER BY p.name), '[]') FROM processors p)
                      ELSE '[]' END,
        'courses', v_list);
END
$$;

REVOKE EXECUTE ON ALL FUNCTIONS IN SCHEMA privacy FROM PUBLIC;
GRANT EXECUTE ON FUNCTION
    privacy.incident_find(jsonb),
    privacy.incident_attach_finding(bigint, jsonb),
    privacy.incident_finder_choices()
TO fx_dpo, fx_admin;
GRANT EXECUTE ON FUNCTION privacy.incident_affected(bigint) TO fx_dpo;
