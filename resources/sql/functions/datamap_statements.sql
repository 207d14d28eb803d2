-- SPDX-License-Identifier: GPL-3.0-or-later
-- The map in force compiled into functions. What look-up and the picture run on every call is
-- written, when a map is applied and after every "fxctl db init", as functions of static SQL:
-- PostgreSQL keeps their plans for the session as it does for hand-written functions, where a
-- statement built on every call is parsed and planned on every call. Identifiers come from the
-- checked map rows and are quoted with %I, values with %L, and each body as a whole with %L.
-- Every compiled function exists whatever the map binds; one for something the map leaves out
-- finds nobody.
SET LOCAL ROLE fx_owner;

-- Writes one compiled function. A search whose best plan depends on the text searched for (a
-- beginning, a network, a similarity) is planned for each call's values, not generically.
CREATE OR REPLACE FUNCTION privacy.map_define(p_name text, p_arguments text, p_returns text, p_body text,
                                              p_per_value boolean DEFAULT false) RETURNS void
LANGUAGE plpgsql SET search_path = privacy, pg_temp AS $$
BEGIN
    EXECUTE format('CREATE OR REPLACE FUNCTION privacy.%I(%s) RETURNS %s LANGUAGE plpgsql STABLE '
                   'SET search_path = privacy, pg_temp %s AS %L',
                   p_name, p_arguments, p_returns,
                   CASE WHEN p_per_value THEN 'SET plan_cache_mode = force_custom_plan' ELSE '' END,
                   E'#variable_conflict use_column\nBEGIN\n' || p_body || E'\nEND');
    EXECUTE format('REVOKE EXECUTE ON FUNCTION privacy.%I(%s) FROM PUBLIC', p_name, p_arguments);
END
$$;

-- The rows of a mapped table that refer to the learner ($1), by its own columns or through
-- another table: "t.user_id = $1 OR t.conversation_id IN (SELECT j.conversation_id FROM … j
-- WHERE j.user_id = $1)".
CREATE OR REPLACE FUNCTION privacy.map_condition(p_table privacy.export_tables) RETURNS text
LANGUAGE sql STABLE SET search_path = privacy, pg_temp AS $$
    SELECT string_agg(s.condition, ' OR ' ORDER BY s.ord)
      FROM (SELECT format('t.%I = $1', u), o
              FROM unnest(p_table.user_columns) WITH ORDINALITY x(u, o)
            UNION ALL
            SELECT format('t.%I IN (SELECT j.%I FROM %s j WHERE j.%I = $1)', v ->> 'column', v ->> 'key',
                          (v ->> 'table_oid')::oid::regclass, v ->> 'subject'), 1000 + o
              FROM jsonb_array_elements(p_table.via) WITH ORDINALITY y(v, o)) s(condition, ord)
$$;

-- "ROW(u.key, 'kind', score)::privacy.lookup_hit": one learner a look-up found, and how.
CREATE OR REPLACE FUNCTION privacy.map_hit(p_s privacy.map_subject, p_kind text, p_score text DEFAULT '1') RETURNS text
LANGUAGE sql STABLE AS $$
    SELECT format('ROW(u.%I, %L, %s)::privacy.lookup_hit', p_s.key_column, p_kind, p_score)
$$;

-- The statements of look-up: by key, public id, reference, address, email, its beginning, name,
-- similar names and addresses, and the rows of the learners found.
CREATE OR REPLACE FUNCTION privacy.map_compile_lookup(p_s privacy.map_subject) RETURNS void
LANGUAGE plpgsql SET search_path = privacy, pg_temp AS $$
DECLARE
    v_from  text := format('%s u', p_s.table_name);
    v_live  text := subject_sql(p_s, 'live');
    v_email text := format('lower(u.%I)', p_s.email);
    v_none  text := 'RETURN ''{}'';';
BEGIN
    PERFORM map_define('mapped_by_key', 'bigint', 'privacy.lookup_hit[]',
        format('RETURN ARRAY(SELECT %s FROM %s WHERE u.%I = $1);', map_hit(p_s, 'id'), v_from, p_s.key_column));
    PERFORM map_define('mapped_by_public_id', 'text', 'privacy.lookup_hit[]',
        CASE WHEN p_s.public_id IS NULL THEN v_none
        ELSE format('RETURN ARRAY(SELECT %s FROM %s WHERE u.%I = $1::%s);', map_hit(p_s, 'public_id'), v_from,
                    p_s.public_id, format_type((map_column(p_s.table_name, p_s.public_id)).atttypid, NULL)) END);
    -- $1 the reference's position in the map, or 0 for all those without a pattern (a login name,
    -- any one word); $2 the text, $3 the limit. A hit names the reference it matched.
    PERFORM map_define('mapped_by_reference', 'integer, text, integer', 'privacy.lookup_hit[]', coalesce((
        SELECT string_agg(format('IF $1 = %s THEN RETURN ARRAY(SELECT DISTINCT ROW(t.%I, ''reference:%s'', 1)'
                                 '::privacy.lookup_hit FROM %s t WHERE t.%I IN ($2, upper($2)) LIMIT $3); END IF;',
                                 i.position, i.subject_column, i.position, i.table_name, i.column_name),
                          E'\n' ORDER BY i.position)
          FROM map_identities i WHERE i.kind = 'reference' AND i.pattern IS NOT NULL), '') || coalesce((
        SELECT 'IF $1 = 0 THEN RETURN ARRAY(SELECT ROW(h.s, h.m, 1)::privacy.lookup_hit FROM ('
               || string_agg(format('(SELECT DISTINCT t.%I::bigint AS s, ''reference:%s'' AS m, %s AS o FROM %s t '
                                    'WHERE t.%I IN ($2, lower($2), upper($2)) LIMIT $3)',
                                    i.subject_column, i.position, i.position, i.table_name, i.column_name),
                             ' UNION ALL ' ORDER BY i.position)
               || ') h ORDER BY h.o, h.s LIMIT $3); END IF;'
          FROM map_identities i WHERE i.kind = 'reference' AND i.pattern IS NULL), '') || v_none);
    -- The learners seen at addresses in the network $1, those of the map's first address table first.
    PERFORM map_define('mapped_by_address', 'inet, integer', 'privacy.lookup_hit[]', coalesce((
        SELECT 'RETURN ARRAY(SELECT ROW(h.s, ''ip'', 1)::privacy.lookup_hit FROM (SELECT a.s FROM ('
               || string_agg(format('(SELECT DISTINCT t.%I::bigint AS s, %s AS o FROM %s t WHERE %s <<= $1 LIMIT $2)',
                                    i.subject_column, i.position, i.table_name,
                                    map_address_sql(i.table_name, i.column_name, 't')),
                             ' UNION ALL ' ORDER BY i.position)
               || ') a GROUP BY a.s ORDER BY min(a.o), a.s LIMIT $2) h);'
          FROM map_identities i WHERE i.kind = 'address'), v_none), true);
    PERFORM map_define('mapped_by_email', 'text', 'privacy.lookup_hit[]', CASE WHEN p_s.email IS NULL THEN v_none
        ELSE format('RETURN ARRAY(SELECT %s FROM %s WHERE %s = lower($1) AND %s);', map_hit(p_s, 'email'), v_from,
                    v_email, v_live) END);
    -- $1 the LIKE pattern of the beginning, in address order so that the prefix index serves it; $3 the score.
    PERFORM map_define('mapped_by_email_prefix', 'text, integer, real', 'privacy.lookup_hit[]',
        CASE WHEN p_s.email IS NULL THEN v_none
        ELSE format('RETURN ARRAY(SELECT %s FROM %s WHERE %s LIKE $1 AND %s ORDER BY %s USING OPERATOR(pg_catalog.~<~) '
                    'LIMIT $2);', map_hit(p_s, 'email_prefix', '$3'), v_from, v_email, v_live, v_email) END, true);
    PERFORM map_define('mapped_by_name', 'text, integer', 'privacy.lookup_hit[]',
        CASE WHEN cardinality(p_s.name_columns) = 0 THEN v_none
        ELSE format('RETURN ARRAY(SELECT %s FROM %s WHERE (%s) AND %s ORDER BY u.%I LIMIT $2);',
                    map_hit(p_s, 'name'), v_from,
                    (SELECT string_agg(format('privacy.fold(u.%I) = privacy.fold($1)', c), ' OR ')
                       FROM unnest(p_s.name_columns) c),
                    v_live, p_s.key_column) END);
    -- Nearest first from the trigram index on the folded name.
    PERFORM map_define('mapped_similar_names', 'text, integer', 'privacy.lookup_hit[]',
        CASE WHEN cardinality(p_s.name_columns) = 0 THEN v_none
        ELSE format('RETURN ARRAY(SELECT %s FROM %s WHERE %s OPERATOR(ext.%%>) privacy.fold($1) AND %s '
                    'ORDER BY %s OPERATOR(ext.<->>) privacy.fold($1) LIMIT $2);',
                    map_hit(p_s, 'name',
                            format('ext.word_similarity(privacy.fold($1), %s)', subject_sql(p_s, 'folded'))),
                    v_from, subject_sql(p_s, 'folded'), v_live, subject_sql(p_s, 'folded')) END, true);
    -- The five nearest stems, then per stem its learners (the LIMIT keeps that a per-stem index
    -- lookup), ranked by stem and whole local part alike, and a little by the same domain.
    PERFORM map_define('mapped_similar_emails', 'text, integer', 'privacy.lookup_hit[]',
        CASE WHEN p_s.email IS NULL THEN v_none
        ELSE format(
            'IF privacy.email_stem($1) = '''' THEN RETURN ''{}''; END IF; '
            'RETURN ARRAY(SELECT ROW(c.id, ''email_fuzzy'', c.score)::privacy.lookup_hit '
            'FROM (SELECT e.stem, ext.similarity(e.stem, privacy.email_stem($1)) AS score FROM privacy.email_stems e '
            '      ORDER BY e.stem OPERATOR(ext.<->) privacy.email_stem($1) LIMIT 5) s '
            'CROSS JOIN LATERAL ('
            '  SELECT u.%1$I::bigint AS id, (0.45 * s.score'
            '         + 0.45 * ext.similarity(split_part(lower(u.%2$I), ''@'', 1), split_part(lower($1), ''@'', 1))'
            '         + CASE WHEN split_part(lower(u.%2$I), ''@'', 2) = split_part(lower($1), ''@'', 2) THEN 0.1 ELSE 0 END)'
            '         ::real AS score'
            '    FROM %3$s WHERE privacy.email_stem(u.%2$I) = s.stem AND %4$s LIMIT 5000) c '
            'WHERE s.score >= 0.2 ORDER BY c.score DESC, c.id LIMIT $2);',
            p_s.key_column, p_s.email, v_from, v_live) END, true);
    -- The learners of $1 in its order, the address masked unless $2 (a DPO asks), with the label
    -- of the reference that matched.
    PERFORM map_define('mapped_lookup_rows', 'privacy.lookup_hit[], boolean',
        'TABLE (user_id bigint, public_id text, name text, email text, status text, created_at timestamptz, '
        'matched text, matched_label jsonb, score real)',
        format('RETURN QUERY SELECT u.%1$I::bigint, %2$s, %3$s, CASE WHEN $2 THEN %4$s ELSE privacy.mask_email(%4$s) END, '
               '%5$s, %6$s, split_part(h.matched, '':'', 1), i.label, h.score '
               'FROM unnest($1) WITH ORDINALITY AS h(user_id, matched, score, ord) JOIN %7$s ON u.%1$I = h.user_id '
               'LEFT JOIN privacy.map_identities i ON i.kind = ''reference'' AND h.matched LIKE ''reference:%%'' '
               '                                  AND i.position::text = split_part(h.matched, '':'', 2) '
               'ORDER BY h.ord;',
               p_s.key_column,
               CASE WHEN p_s.public_id IS NULL THEN 'NULL::text' ELSE format('u.%I::text', p_s.public_id) END,
               subject_sql(p_s, 'name'), subject_sql(p_s, 'email'), subject_sql(p_s, 'status'),
               coalesce(map_time_sql(p_s.table_name, p_s.created, 'u'), 'NULL::timestamptz'),
               v_from));
END
$$;

-- The statements of the picture: the learner's status and row, and how many rows of each mapped
-- table refer to them, in one statement keyed by the table's name.
CREATE OR REPLACE FUNCTION privacy.map_compile_picture(p_s privacy.map_subject) RETURNS void
LANGUAGE plpgsql SET search_path = privacy, pg_temp AS $$
BEGIN
    PERFORM map_define('mapped_status', 'bigint', 'text',
        format('RETURN (SELECT %s FROM %s u WHERE u.%I = $1);', subject_sql(p_s, 'status'), p_s.table_name,
               p_s.key_column));
    PERFORM map_define('mapped_account', 'bigint', 'jsonb',
        format('RETURN (SELECT to_jsonb(u) FROM %s u WHERE u.%I = $1);', p_s.table_name, p_s.key_column));
    PERFORM map_define('mapped_counts', 'bigint', 'jsonb', coalesce((
        SELECT 'RETURN (SELECT jsonb_object_agg(v.k, v.c) FROM (VALUES '
               || string_agg(format('(%L, (SELECT count(*) FROM %s t WHERE %s))', t.table_name::text,
                                    t.table_name, t.condition), ', ' ORDER BY t.position)
               || ') v(k, c));'
          FROM export_tables t WHERE t.table_name <> p_s.table_name), 'RETURN ''{}'';'));
END
$$;

-- Derives what the functions read from the map rows, and compiles their statements; nothing
-- while no map is in force.
CREATE OR REPLACE FUNCTION privacy.map_compile_statements() RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = privacy, pg_temp AS $$
DECLARE
    v_s map_subject;
BEGIN
    SELECT * INTO v_s FROM map_subject;
    IF NOT FOUND THEN
        RETURN;
    END IF;
    -- The subject column is hidden where it is the only way a table names the learner: it would
    -- only repeat the learner's key.
    UPDATE export_tables t
       SET condition = map_condition(t),
           hidden = t.omitted || CASE WHEN cardinality(t.user_columns) = 1 AND t.via = '[]'
                                           AND t.table_name <> v_s.table_name
                                      THEN t.user_columns::text[] ELSE '{}' END,
           keyed = coalesce((SELECT map_is_integer(format_type(a.atttypid, NULL)) FROM pg_attribute a
                              WHERE a.attrelid = t.table_name AND a.attname = t.order_by), false),
           projection = map_projection(t);
    -- Similar addresses are found through the letters of their local parts: those of the
    -- platform's addresses now (the reference platform's own trigger adds new ones at once).
    IF v_s.email IS NOT NULL THEN
        EXECUTE format('INSERT INTO privacy.email_stems SELECT DISTINCT privacy.email_stem(u.%1$I::text) FROM %2$s u '
                       'WHERE privacy.email_stem(u.%1$I::text) <> '''' ON CONFLICT DO NOTHING',
                       v_s.email, v_s.table_name);
    END IF;
    PERFORM map_compile_lookup(v_s);
    PERFORM map_compile_picture(v_s);
END
$$;

REVOKE EXECUTE ON ALL FUNCTIONS IN SCHEMA privacy FROM PUBLIC;
