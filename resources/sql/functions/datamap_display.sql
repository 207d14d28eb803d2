-- SPDX-License-Identifier: GPL-3.0-or-later
-- How the picture shows a mapped table's rows: a column that holds another table's key is shown by
-- that row's title ("display: {course_id: {table: courses, column: title}}"), as staff know a
-- course by its name, not its number. The export keeps the data as stored.
-- Re-applied by every "fxctl db init" after the migrations (CREATE OR REPLACE); a changed
-- signature needs a DROP FUNCTION in a migration first.
SET LOCAL ROLE fx_owner;

-- What a table's "display" gets wrong: each key a whole-number column of the table, each value
-- a table of the schema with a primary key of one whole-number column, and a column of it. The
-- title must not be personal data of someone else: not from the learners' own table, not an
-- address, phone number or IP address, and not a column the map masks or omits. (A name is a
-- title elsewhere: a course's full name.)
CREATE OR REPLACE FUNCTION privacy.map_display_findings(p_map jsonb, p_schema text, p_rel regclass, p_name text,
                                                        p_display jsonb, p_path text)
RETURNS TABLE (severity text, code text, table_name text, column_name text, detail jsonb)
LANGUAGE plpgsql STABLE SET search_path = privacy, pg_temp AS $$
DECLARE
    v_kv    record;
    v_path  text;
    v_att   pg_attribute;
    v_ref   regclass;
    v_rname text;
    v_title pg_attribute;
    v_entry jsonb;
BEGIN
    IF p_display IS NULL THEN
        RETURN;
    END IF;
    IF jsonb_typeof(p_display) <> 'object' THEN
        RETURN QUERY SELECT 'error', 'structure', p_name, NULL::text,
                            jsonb_build_object('path', p_path, 'expected', 'display');
        RETURN;
    END IF;
    FOR v_kv IN SELECT * FROM jsonb_each(p_display) LOOP
        v_path := p_path || '.' || left(v_kv.key, 80);
        v_att := map_column(p_rel, map_plain_name(to_jsonb(v_kv.key)));
        IF v_att.attname IS NULL THEN
            RETURN QUERY SELECT 'error', CASE WHEN map_plain_name(to_jsonb(v_kv.key)) IS NULL THEN 'not_a_name'
                                              ELSE 'unknown_column' END,
                                p_name, left(v_kv.key, 80), jsonb_build_object('path', p_path, 'value', left(v_kv.key, 80));
            CONTINUE;
        END IF;
        IF jsonb_typeof(v_kv.value) IS DISTINCT FROM 'object' THEN
            RETURN QUERY SELECT 'error', 'structure', p_name, v_att.attname::text,
                                jsonb_build_object('path', v_path, 'expected', 'display');
            CONTINUE;
        END IF;
        v_rname := map_plain_name(v_kv.value -> 'table');
        v_ref := map_relation(p_schema, v_rname);
        IF v_ref IS NULL THEN
            RETURN QUERY SELECT 'error', CASE WHEN v_rname IS NULL THEN 'not_a_name' ELSE 'unknown_table' END, v_rname,
                                NULL::text, jsonb_build_object('path', v_path || '.table',
                                                               'value', left(v_kv.value ->> 'table', 80));
            CONTINUE;
        END IF;
        v_title := map_column(v_ref, map_plain_name(v_kv.value -> 'column'));
        SELECT e INTO v_entry FROM jsonb_array_elements(p_map -> 'tables') e WHERE e ->> 'table' = v_rname LIMIT 1;
        IF v_title.attname IS NULL THEN
            RETURN QUERY SELECT 'error', CASE WHEN map_plain_name(v_kv.value -> 'column') IS NULL THEN 'not_a_name'
                                              ELSE 'unknown_column' END,
                                v_rname, left(v_kv.value ->> 'column', 80),
                                jsonb_build_object('path', v_path || '.column', 'value', left(v_kv.value ->> 'column', 80));
        ELSIF v_rname = p_map #>> '{subject,table}'
              OR map_personal_kind(v_title.attname, format_type(v_title.atttypid, NULL)) IN ('email', 'ip', 'phone', 'address')
              OR v_title.attname = ANY (coalesce(map_names(v_entry -> 'masked'), '{}')
                                        || coalesce(map_names(v_entry -> 'credentials'), '{}')) THEN
            RETURN QUERY SELECT 'error', 'display_personal', v_rname, v_title.attname::text,
                                jsonb_build_object('path', v_path || '.column');
        END IF;
        IF map_key_column(v_ref) IS NULL OR NOT map_is_integer(format_type(v_att.atttypid, NULL)) THEN
            RETURN QUERY SELECT 'error', 'display_key', v_rname, v_att.attname::text,
                                jsonb_build_object('path', v_path, 'table', p_name);
        END IF;
    END LOOP;
END
$$;

-- The tables a map's "display" sections read, so that fx_owner's privilege on them is checked.
CREATE OR REPLACE FUNCTION privacy.map_display_tables(p_map jsonb, p_schema text) RETURNS SETOF regclass
LANGUAGE sql STABLE SET search_path = privacy, pg_temp AS $$
    SELECT map_relation(p_schema, map_plain_name(d.value -> 'table'))
      FROM jsonb_array_elements(CASE WHEN jsonb_typeof(p_map -> 'tables') = 'array' THEN p_map -> 'tables' ELSE '[]' END) e,
           jsonb_each(CASE WHEN jsonb_typeof(e -> 'display') = 'object' THEN e -> 'display' ELSE '{}' END) d
     WHERE jsonb_typeof(d.value) = 'object'
$$;

-- A checked "display" section as the map rows keep it: the referred table by oid, with its key.
CREATE OR REPLACE FUNCTION privacy.map_display_rows(p_display jsonb, p_schema text) RETURNS jsonb
LANGUAGE sql STABLE SET search_path = privacy, pg_temp AS $$
    SELECT coalesce(jsonb_object_agg(d.key, jsonb_build_object('table_oid', r.rel::oid, 'key', map_key_column(r.rel),
                                                                'column', d.value ->> 'column')), '{}')
      FROM jsonb_each(coalesce(p_display, '{}')) d,
           LATERAL (SELECT map_relation(p_schema, d.value ->> 'table') AS rel) r
$$;

-- The whole-number columns of a mapped table whose names match the map's "seconds" patterns,
-- but for its subject and displayed columns: times the platform counts in seconds since 1970.
CREATE OR REPLACE FUNCTION privacy.map_seconds_columns(p_table regclass, p_patterns jsonb, p_entry jsonb) RETURNS name[]
LANGUAGE sql STABLE SET search_path = privacy, pg_temp AS $$
    SELECT ARRAY(SELECT a.attname FROM pg_attribute a
                  WHERE a.attrelid = p_table AND a.attnum > 0 AND NOT a.attisdropped
                    AND map_is_integer(format_type(a.atttypid, NULL))
                    AND NOT a.attname = ANY (coalesce(map_names(p_entry -> 'subject'), '{}'))
                    AND NOT coalesce(p_entry -> 'display', '{}') ? a.attname
                    AND EXISTS (SELECT 1 FROM jsonb_array_elements_text(
                                                  CASE WHEN jsonb_typeof(p_patterns) = 'array' THEN p_patterns
                                                       ELSE '[]' END) p
                                 WHERE a.attname LIKE p)
                  ORDER BY a.attnum)
$$;

-- A count of seconds as the picture shows it: a time, none for 0 (a platform's "never").
CREATE OR REPLACE FUNCTION privacy.seconds_time(p_value jsonb) RETURNS jsonb
LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE WHEN jsonb_typeof(p_value) = 'number' AND (p_value #>> '{}')::numeric > 0
                THEN to_jsonb(to_timestamp((p_value #>> '{}')::double precision)) END
$$;

-- The expression of one row t as the picture shows it: its columns less those in $2, each
-- displayed column by the referred row's title (its own value where that row is gone), times in
-- seconds as times.
CREATE OR REPLACE FUNCTION privacy.map_projection(p_table privacy.export_tables) RETURNS text
LANGUAGE sql STABLE SET search_path = privacy, pg_temp AS $$
    SELECT '(to_jsonb(t) - $2)'
           || coalesce((SELECT string_agg(format(' || jsonb_build_object(%L, coalesce((SELECT r.%I::text FROM %s r '
                                                 'WHERE r.%I = t.%I), t.%I::text))',
                                                 d.key, d.value ->> 'column', (d.value ->> 'table_oid')::oid::regclass,
                                                 d.value ->> 'key', d.key, d.key), '' ORDER BY d.key)
                          FROM jsonb_each(p_table.display) d), '')
           || coalesce((SELECT string_agg(format(' || jsonb_build_object(%1$L, privacy.seconds_time(to_jsonb(t.%1$I)))', c),
                                          '' ORDER BY c)
                          FROM unnest(p_table.seconds) c), '')
$$;
