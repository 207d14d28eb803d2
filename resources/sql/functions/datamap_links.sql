-- SPDX-License-Identifier: GPL-3.0-or-later
-- The parts of a data map the incident finder and the processor follow-up read: when an address
-- was seen, the courses and their members, and which processor holds which learner's data.
-- Checked against the catalog like the rest of the map; every name is used only quoted (%I).
-- Re-applied by every "fxctl db init" after the migrations (CREATE OR REPLACE); a changed
-- signature needs a DROP FUNCTION in a migration first.
SET LOCAL ROLE fx_owner;

-- Whether a column can say when something happened: a date or time, or a whole number of
-- seconds since 1970 (as some platforms count time).
CREATE OR REPLACE FUNCTION privacy.map_is_time(p_type regtype) RETURNS boolean
LANGUAGE sql STABLE AS $$
    SELECT p_type IN ('timestamptz'::regtype, 'timestamp'::regtype, 'date'::regtype)
           OR privacy.map_is_integer(format_type(p_type, NULL))
$$;

-- A time column of a table as a timestamptz in a statement ("t.issued_at", or
-- "to_timestamp(t.timecreated)" where the platform counts seconds).
CREATE OR REPLACE FUNCTION privacy.map_time_sql(p_table regclass, p_column name, p_alias text) RETURNS text
LANGUAGE sql STABLE AS $$
    SELECT CASE WHEN privacy.map_is_integer(format_type(a.atttypid, NULL))
                THEN format('to_timestamp(%s.%I)', p_alias, p_column)
                ELSE format('%s.%I::timestamptz', p_alias, p_column) END
      FROM pg_attribute a WHERE a.attrelid = p_table AND a.attname = p_column
$$;

-- An address column of a table as an inet in a statement: "t.ip", or
-- "privacy.inet_or_null(t.lastip)" where the platform keeps addresses as text.
CREATE OR REPLACE FUNCTION privacy.map_address_sql(p_table regclass, p_column name, p_alias text) RETURNS text
LANGUAGE sql STABLE AS $$
    SELECT CASE WHEN a.atttypid IN ('inet'::regtype, 'cidr'::regtype) THEN format('%s.%I', p_alias, p_column)
                ELSE format('privacy.inet_or_null(%s.%I)', p_alias, p_column) END
      FROM pg_attribute a WHERE a.attrelid = p_table AND a.attname = p_column
$$;

-- One column of a linking section: present, of the right kind, indexed where a search starts.
CREATE OR REPLACE FUNCTION privacy.map_link_column(p_schema text, p_rel regclass, p_table text, p_value jsonb,
                                                   p_path text, p_kind text)
RETURNS TABLE (severity text, code text, table_name text, column_name text, detail jsonb)
LANGUAGE plpgsql STABLE SET search_path = privacy, pg_temp AS $$
DECLARE
    v_col   text := map_plain_name(p_value);
    v_att   pg_attribute := map_column(p_rel, v_col);
    v_type  text := format_type(v_att.atttypid, NULL);
BEGIN
    IF v_att.attname IS NULL THEN
        RETURN QUERY SELECT 'error', CASE WHEN v_col IS NULL THEN 'not_a_name' ELSE 'unknown_column' END, p_table, v_col,
                            jsonb_build_object('path', p_path, 'value', left(p_value #>> '{}', 80));
    ELSIF p_kind IN ('key', 'indexed_key') AND NOT map_is_integer(v_type) THEN
        RETURN QUERY SELECT 'error', 'wrong_type', p_table, v_col,
                            jsonb_build_object('path', p_path, 'type', format_type(v_att.atttypid, v_att.atttypmod),
                                               'expected', 'integer');
    ELSIF p_kind = 'time' AND NOT map_is_time(v_att.atttypid) THEN
        RETURN QUERY SELECT 'error', 'wrong_type', p_table, v_col,
                            jsonb_build_object('path', p_path, 'type', format_type(v_att.atttypid, v_att.atttypmod),
                                               'expected', 'time');
    ELSIF p_kind IN ('indexed_key', 'time') AND NOT map_indexed(p_rel, v_col) THEN
        RETURN QUERY SELECT 'error', 'missing_index', p_table, v_col,
                            jsonb_build_object('path', p_path,
                                               'create_index', format('CREATE INDEX ON %I.%I (%I);', p_schema, p_table, v_col));
    END IF;
END
$$;

-- The findings of the linking sections: identity.addresses[].at, courses and processors.
CREATE OR REPLACE FUNCTION privacy.map_link_findings(p_map jsonb, p_schema text)
RETURNS TABLE (severity text, code text, table_name text, column_name text, detail jsonb)
LANGUAGE plpgsql STABLE SET search_path = privacy, pg_temp AS $$
DECLARE
    v_part  record;
    v_rel   regclass;
    v_name  text;
    v_col   record;
BEGIN
    FOR v_part IN SELECT format('identity.addresses[%s]', i.o) AS path, i.e
                    FROM jsonb_array_elements(CASE WHEN jsonb_typeof(p_map #> '{identity,addresses}') = 'array'
                                                   THEN p_map #> '{identity,addresses}' ELSE '[]' END)
                         WITH ORDINALITY i(e, o)
                   WHERE i.e ? 'at' AND map_relation(p_schema, map_plain_name(i.e -> 'table')) IS NOT NULL LOOP
        RETURN QUERY SELECT * FROM map_link_column(p_schema, map_relation(p_schema, v_part.e ->> 'table'),
                                                   v_part.e ->> 'table', v_part.e -> 'at', v_part.path || '.at', 'time');
    END LOOP;

    -- Each section: its tables and, per table, the columns with what they must be.
    FOR v_part IN SELECT s.section, s.path, s.expected, p_map #> s.at AS e, s.columns
                    FROM (VALUES ('courses', 'courses', 'courses', '{courses}'::text[],
                                  '{"key": "key", "title": "any"}'::jsonb),
                                 ('courses', 'courses.members', 'courses', '{courses,members}',
                                  '{"subject": "indexed_key", "course": "any"}'),
                                 ('processors', 'processors', 'processors', '{processors}',
                                  '{"subject": "indexed_key", "processor": "key", "external_id": "optional"}'))
                         s(section, path, expected, at, columns)
                   WHERE p_map ? s.section AND (s.path = s.section OR jsonb_typeof(p_map -> s.section) = 'object') LOOP
        IF jsonb_typeof(v_part.e) IS DISTINCT FROM 'object' THEN
            RETURN QUERY SELECT 'error', 'structure', NULL::text, NULL::text,
                                jsonb_build_object('path', v_part.path, 'expected', v_part.expected);
            CONTINUE;
        END IF;
        v_name := map_plain_name(v_part.e -> 'table');
        v_rel := map_relation(p_schema, v_name);
        IF v_rel IS NULL THEN
            RETURN QUERY SELECT 'error', CASE WHEN v_name IS NULL THEN 'not_a_name' ELSE 'unknown_table' END, v_name,
                                NULL::text, jsonb_build_object('path', v_part.path || '.table',
                                                               'value', left(v_part.e ->> 'table', 80));
            CONTINUE;
        END IF;
        FOR v_col IN SELECT c.key, c.value #>> '{}' AS kind FROM jsonb_each(v_part.columns) c
                      WHERE c.value #>> '{}' <> 'optional' OR v_part.e ? c.key LOOP
            RETURN QUERY SELECT * FROM map_link_column(p_schema, v_rel, v_name, v_part.e -> v_col.key,
                                                       v_part.path || '.' || v_col.key, v_col.kind);
        END LOOP;
    END LOOP;
END
$$;

-- The tables the linking sections read, for the privilege check.
CREATE OR REPLACE FUNCTION privacy.map_link_tables(p_map jsonb, p_schema text) RETURNS SETOF regclass
LANGUAGE sql STABLE SET search_path = privacy, pg_temp AS $$
    SELECT r FROM (SELECT map_relation(p_schema, map_plain_name(p_map #> v.t)) AS r
                     FROM (VALUES ('{courses,table}'::text[]), ('{courses,members,table}'), ('{processors,table}')) v(t)) x
     WHERE r IS NOT NULL
$$;

-- Writes the linking sections into the rules the finder and the follow-up read.
CREATE OR REPLACE FUNCTION privacy.map_compile_links(p_map jsonb) RETURNS void
LANGUAGE plpgsql SET search_path = privacy, pg_temp AS $$
DECLARE
    v_schema text := p_map ->> 'schema';
BEGIN
    DELETE FROM map_courses;
    IF p_map ? 'courses' THEN
        INSERT INTO map_courses (table_name, key_column, title_column, member_table, member_subject, member_course)
        VALUES (map_relation(v_schema, p_map #>> '{courses,table}'), p_map #>> '{courses,key}',
                p_map #>> '{courses,title}', map_relation(v_schema, p_map #>> '{courses,members,table}'),
                p_map #>> '{courses,members,subject}', p_map #>> '{courses,members,course}');
    END IF;
    DELETE FROM map_processor_links;
    IF p_map ? 'processors' THEN
        INSERT INTO map_processor_links (table_name, subject_column, processor_column, external_id_column)
        VALUES (map_relation(v_schema, p_map #>> '{processors,table}'), p_map #>> '{processors,subject}',
                p_map #>> '{processors,processor}', p_map #>> '{processors,external_id}');
    END IF;
END
$$;

-- The processors of the registry that hold a learner's data, with the learner's id there, as the
-- map links them; none where the map names no links.
CREATE OR REPLACE FUNCTION privacy.processor_links_of(p_user_id bigint)
RETURNS TABLE (processor_id integer, external_id text)
LANGUAGE plpgsql STABLE SET search_path = privacy, pg_temp AS $$
DECLARE
    v_links map_processor_links;
BEGIN
    SELECT * INTO v_links FROM map_processor_links;
    IF NOT FOUND THEN
        RETURN;
    END IF;
    RETURN QUERY EXECUTE format('SELECT DISTINCT l.%I::integer, %s FROM %s l WHERE l.%I = $1',
                                v_links.processor_column,
                                CASE WHEN v_links.external_id_column IS NULL THEN 'NULL::text'
                                     ELSE format('l.%I::text', v_links.external_id_column) END,
                                v_links.table_name, v_links.subject_column)
        USING p_user_id;
END
$$;

-- How many learners' data each processor holds, as the map links them.
CREATE OR REPLACE FUNCTION privacy.processor_people() RETURNS TABLE (processor_id integer, people bigint)
LANGUAGE plpgsql STABLE SET search_path = privacy, pg_temp AS $$
DECLARE
    v_links map_processor_links;
BEGIN
    SELECT * INTO v_links FROM map_processor_links;
    IF NOT FOUND THEN
        RETURN;
    END IF;
    RETURN QUERY EXECUTE format('SELECT l.%I::integer, count(DISTINCT l.%I) FROM %s l GROUP BY 1',
                                v_links.processor_column, v_links.subject_column, v_links.table_name);
END
$$;

REVOKE EXECUTE ON ALL FUNCTIONS IN SCHEMA privacy FROM PUBLIC;
