-- SPDX-License-Identifier: GPL-3.0-or-later
-- The data map: checking a map against the live catalog (errors and what it leaves uncovered),
-- applying it (recorded, logged, compiled into the rules the privacy functions read) and showing
-- the map in force. A map is data: every name in it is looked up in the catalog and used only
-- quoted (%I); no text of a map ever becomes SQL.
-- Re-applied by every "fxctl db init" after the migrations (CREATE OR REPLACE); a changed
-- signature needs a DROP FUNCTION in a migration first.
SET LOCAL ROLE fx_owner;

-- The privacy policy's data categories and origins, as the export and its report know them.
CREATE OR REPLACE FUNCTION privacy.map_categories() RETURNS text[]
LANGUAGE sql IMMUTABLE AS $$
    SELECT ARRAY['account', 'profile', 'consents', 'education', 'technical', 'communication', 'payment', 'processors']
$$;

-- The purposes of the privacy policy ("Hauptverwendungszwecke"), as the records of processing name them.
CREATE OR REPLACE FUNCTION privacy.map_purposes() RETURNS text[]
LANGUAGE sql IMMUTABLE AS $$
    SELECT ARRAY['service', 'personalisation', 'communication', 'marketing', 'security', 'legal_obligation',
                 'improvement']
$$;

CREATE OR REPLACE FUNCTION privacy.map_operation_names() RETURNS text[]
LANGUAGE sql IMMUTABLE AS $$
    SELECT ARRAY['lock', 'unlock', 'revoke_sessions', 'force_password_reset', 'withdraw_marketing']
$$;

CREATE OR REPLACE FUNCTION privacy.map_origins() RETURNS text[]
LANGUAGE sql IMMUTABLE AS $$
    SELECT ARRAY['provided', 'observed', 'derived', 'received']
$$;

-- A plain SQL identifier as the catalog spells unquoted names; anything else (a quote, a space,
-- an expression) is refused before it is looked up.
CREATE OR REPLACE FUNCTION privacy.map_plain_name(p_value jsonb) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE WHEN jsonb_typeof(p_value) = 'string' AND p_value #>> '{}' ~ '^[a-z_][a-z0-9_$]{0,62}$'
                THEN p_value #>> '{}' END
$$;

-- A list of names: a string is a list of one; NULL when it is not a list of plain names.
CREATE OR REPLACE FUNCTION privacy.map_names(p_value jsonb) RETURNS text[]
LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE
        WHEN p_value IS NULL OR jsonb_typeof(p_value) = 'null' THEN '{}'::text[]
        WHEN jsonb_typeof(p_value) = 'string' THEN
            CASE WHEN privacy.map_plain_name(p_value) IS NOT NULL THEN ARRAY[privacy.map_plain_name(p_value)] END
        WHEN jsonb_typeof(p_value) = 'array' THEN
            (SELECT CASE WHEN coalesce(bool_and(privacy.map_plain_name(e) IS NOT NULL), true)
                         THEN coalesce(array_agg(privacy.map_plain_name(e) ORDER BY o), '{}') END
               FROM jsonb_array_elements(p_value) WITH ORDINALITY AS x(e, o))
    END
$$;

-- A text in the staff's languages: {"en": …, "de": …}, each of 1 to 64 characters.
CREATE OR REPLACE FUNCTION privacy.map_is_label(p_value jsonb) RETURNS boolean
LANGUAGE sql IMMUTABLE AS $$
    SELECT coalesce(jsonb_typeof(p_value -> 'en') = 'string' AND jsonb_typeof(p_value -> 'de') = 'string'
                    AND length(p_value ->> 'en') BETWEEN 1 AND 64 AND length(p_value ->> 'de') BETWEEN 1 AND 64, false)
$$;

CREATE OR REPLACE FUNCTION privacy.map_relation(p_schema text, p_table text) RETURNS regclass
LANGUAGE sql STABLE AS $$
    SELECT c.oid::regclass FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE n.nspname = p_schema AND c.relname = p_table AND c.relkind IN ('r', 'p')
$$;

CREATE OR REPLACE FUNCTION privacy.map_column(p_table regclass, p_column text) RETURNS pg_attribute
LANGUAGE sql STABLE AS $$
    SELECT a.* FROM pg_attribute a
     WHERE a.attrelid = p_table AND a.attname = p_column AND a.attnum > 0 AND NOT a.attisdropped
$$;

-- Whether an index serves "column = key": one whose first column it is.
CREATE OR REPLACE FUNCTION privacy.map_indexed(p_table regclass, p_column text) RETURNS boolean
LANGUAGE sql STABLE AS $$
    SELECT EXISTS (SELECT 1 FROM pg_index i JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = i.indkey[0]
                    WHERE i.indrelid = p_table AND a.attname = p_column)
$$;

-- Whether an index serves "privacy.fold(column) = word", as a one-word look-up asks.
CREATE OR REPLACE FUNCTION privacy.map_fold_indexed(p_table regclass, p_column text) RETURNS boolean
LANGUAGE sql STABLE AS $$
    SELECT EXISTS (SELECT 1 FROM pg_index i
                    WHERE i.indrelid = p_table AND i.indnatts = 1 AND i.indpred IS NULL
                      AND pg_get_expr(i.indexprs, i.indrelid)
                          ~ ('^(privacy\.)?fold\(\(?' || quote_ident(p_column) || '(\)::text)?\)$'))
$$;

-- Whether a trigram index (GiST) of a table serves the expression: compared as PostgreSQL prints
-- it, without its parentheses, casts, spaces and schema.
CREATE OR REPLACE FUNCTION privacy.map_trigram_indexed(p_table regclass, p_expression text) RETURNS boolean
LANGUAGE sql STABLE AS $$
    SELECT EXISTS (SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid JOIN pg_am a ON a.oid = c.relam
                    WHERE i.indrelid = p_table AND i.indnatts = 1 AND i.indpred IS NULL AND a.amname = 'gist'
                      AND pg_get_indexdef(i.indexrelid) LIKE '%gist\_trgm\_ops%'
                      AND regexp_replace(regexp_replace(pg_get_expr(i.indexprs, i.indrelid), '::[a-z ]+', '', 'g'),
                                         '[() ]|privacy\.', '', 'g')
                          = regexp_replace(regexp_replace(p_expression, '::[a-z ]+', '', 'g'), '[() ]|privacy\.', '', 'g'))
$$;

-- Whether an index of a table is defined as p_pattern (a regular expression over its definition
-- from "USING"), as look-up's searches of an address ask.
CREATE OR REPLACE FUNCTION privacy.map_index_like(p_table regclass, p_pattern text) RETURNS boolean
LANGUAGE sql STABLE AS $$
    SELECT EXISTS (SELECT 1 FROM pg_index i
                    WHERE i.indrelid = p_table AND i.indnatts = 1 AND i.indpred IS NULL
                      AND substring(pg_get_indexdef(i.indexrelid) FROM ' USING .*$') ~ p_pattern)
$$;

-- How many rows a table holds: counted when small, the planner's estimate when large.
CREATE OR REPLACE FUNCTION privacy.map_rows(p_table regclass) RETURNS bigint
LANGUAGE plpgsql STABLE AS $$
DECLARE
    v_estimate bigint := (SELECT c.reltuples::bigint FROM pg_class c WHERE c.oid = p_table);
    v_rows     bigint;
BEGIN
    IF v_estimate > 100000 THEN
        RETURN v_estimate;
    END IF;
    IF NOT has_table_privilege(p_table, 'SELECT') THEN
        -- Not ours to read: the statistics' count of live rows, or the planner's estimate.
        RETURN coalesce((SELECT s.n_live_tup FROM pg_stat_all_tables s WHERE s.relid = p_table), NULLIF(v_estimate, -1));
    END IF;
    EXECUTE format('SELECT count(*) FROM %s', p_table) INTO v_rows;
    RETURN v_rows;
END
$$;

-- Why a column looks personal by its name and type, or NULL.
CREATE OR REPLACE FUNCTION privacy.map_personal_kind(p_name text, p_type text) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE
        WHEN p_type IN ('inet', 'cidr') OR p_name ~ '(^|_)(ip|ip_?address|lastip|remote_?addr)$' THEN 'ip'
        WHEN p_type NOT IN ('text', 'character varying', 'character', 'citext') THEN NULL
        WHEN p_name ~ 'e_?mail' THEN 'email'
        WHEN p_name ~ '^(first|last|middle|full|display|given|family|sur|alternate|user|billing)_?name' THEN 'name'
        WHEN p_name ~ 'phone|mobile' THEN 'phone'
        WHEN p_name ~ 'address|street|city|postcode|postal|zip' THEN 'address'
    END
$$;

-- The primary key of a table when it is one whole-number column, else NULL.
CREATE OR REPLACE FUNCTION privacy.map_key_column(p_table regclass) RETURNS name
LANGUAGE sql STABLE AS $$
    SELECT a.attname FROM pg_index i JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = i.indkey[0]
     WHERE i.indrelid = p_table AND i.indisprimary AND i.indnatts = 1
       AND a.atttypid IN ('smallint'::regtype, 'integer'::regtype, 'bigint'::regtype)
$$;

CREATE OR REPLACE FUNCTION privacy.map_is_integer(p_type text) RETURNS boolean
LANGUAGE sql IMMUTABLE AS $$
    SELECT p_type IN ('smallint', 'integer', 'bigint')
$$;

-- Everything a map gets wrong against the catalog (severity 'error'), and every column outside it
-- that refers to a learner or looks personal (severity 'uncovered', with the table's rows).
-- detail carries what the message needs: the path in the map, the expected form, the index to create.
-- What a "set" of the map writes into a table's columns: each a plain, existing name, and a text,
-- null (where the column allows it), {generate: uuid|now} on a column of that type (now as whole
-- seconds in a whole-number column), or in erasure {hash: COLUMN}, the MD5 of that column's value
-- before.
CREATE OR REPLACE FUNCTION privacy.map_set_findings(p_rel regclass, p_name text, p_set jsonb, p_path text,
                                                    p_erasure boolean)
RETURNS TABLE (severity text, code text, table_name text, column_name text, detail jsonb)
LANGUAGE plpgsql STABLE SET search_path = privacy, pg_temp AS $$
DECLARE
    v_kv    record;
    v_att   pg_attribute;
BEGIN
    FOR v_kv IN SELECT * FROM jsonb_each(CASE WHEN jsonb_typeof(p_set) = 'object' THEN p_set ELSE '{}' END) LOOP
        v_att := map_column(p_rel, v_kv.key);
        IF map_plain_name(to_jsonb(v_kv.key)) IS NULL THEN
            RETURN QUERY SELECT 'error', 'not_a_name', p_name, NULL::text,
                                jsonb_build_object('path', p_path, 'value', left(v_kv.key, 80));
        ELSIF v_att.attname IS NULL THEN
            RETURN QUERY SELECT 'error', 'unknown_column', p_name, v_kv.key, jsonb_build_object('path', p_path);
        ELSIF jsonb_typeof(v_kv.value) = 'null' AND v_att.attnotnull THEN
            RETURN QUERY SELECT 'error', 'not_nullable', p_name, v_kv.key, jsonb_build_object('path', p_path);
        ELSIF jsonb_typeof(v_kv.value) = 'object' AND NOT (
                (v_kv.value ->> 'generate' = 'uuid' AND v_att.atttypid = 'uuid'::regtype)
             OR (v_kv.value ->> 'generate' = 'now' AND map_is_time(v_att.atttypid))
             OR (p_erasure AND v_kv.value ? 'hash' AND (map_column(p_rel, v_kv.value ->> 'hash')).attname IS NOT NULL
                 AND map_plain_name(v_kv.value -> 'hash') IS NOT NULL
                 AND v_att.atttypid IN ('text'::regtype, 'character varying'::regtype)
                 AND coalesce(v_att.atttypmod - 4 >= 32 OR v_att.atttypmod < 0, true))) THEN
            RETURN QUERY SELECT 'error', 'unknown_generator', p_name, v_kv.key,
                                jsonb_build_object('path', p_path, 'type', format_type(v_att.atttypid, v_att.atttypmod));
        ELSIF jsonb_typeof(v_kv.value) NOT IN ('null', 'string', 'object') OR length(v_kv.value #>> '{}') > 500 THEN
            RETURN QUERY SELECT 'error', 'structure', p_name, v_kv.key,
                                jsonb_build_object('path', p_path, 'expected', 'value');
        END IF;
    END LOOP;
END
$$;

CREATE OR REPLACE FUNCTION privacy.map_findings(p_map jsonb)
RETURNS TABLE (severity text, code text, table_name text, column_name text, detail jsonb)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = privacy, pg_temp AS $$
DECLARE
    v_schema    text := map_plain_name(p_map -> 'schema');
    v_subject   jsonb := p_map -> 'subject';
    v_srel      regclass;
    v_skey      text;
    v_entry     jsonb;
    v_pos       integer;
    v_name      text;
    v_rel       regclass;
    v_cols      text[];
    v_col       text;
    v_att       pg_attribute;
    v_erasure   jsonb;
    v_listed    text[] := '{}';
    v_subjects  text[] := '{}';
    v_patterns  text[];
    v_staff     text[] := '{}';
    v_ignored   jsonb := '{}';
    v_kv        record;
    v_found     record;
    v_via       jsonb;
    v_vpos      integer;
    v_jrel      regclass;
    v_folded    text;
BEGIN
    IF jsonb_typeof(p_map) IS DISTINCT FROM 'object' THEN
        RETURN QUERY SELECT 'error', 'structure', NULL::text, NULL::text, jsonb_build_object('path', '', 'expected', 'object');
        RETURN;
    END IF;
    IF NOT coalesce(p_map ->> 'name' ~ '^[a-z][a-z0-9_-]{0,63}$', false) THEN
        RETURN QUERY SELECT 'error', 'structure', NULL::text, NULL::text, jsonb_build_object('path', 'name', 'expected', 'name');
    END IF;
    IF jsonb_typeof(p_map -> 'version') IS DISTINCT FROM 'string' OR length(p_map ->> 'version') NOT BETWEEN 1 AND 64 THEN
        RETURN QUERY SELECT 'error', 'structure', NULL::text, NULL::text, jsonb_build_object('path', 'version', 'expected', 'text');
    END IF;
    IF p_map ? 'seconds' AND (jsonb_typeof(p_map -> 'seconds') IS DISTINCT FROM 'array'
                              OR EXISTS (SELECT 1 FROM jsonb_array_elements(p_map -> 'seconds') e
                                          WHERE jsonb_typeof(e) <> 'string' OR length(e #>> '{}') NOT BETWEEN 1 AND 64)) THEN
        RETURN QUERY SELECT 'error', 'structure', NULL::text, NULL::text, jsonb_build_object('path', 'seconds', 'expected', 'list');
    END IF;
    IF v_schema IS NULL THEN
        RETURN QUERY SELECT 'error', 'not_a_name', NULL::text, NULL::text,
                            jsonb_build_object('path', 'schema', 'value', left(p_map ->> 'schema', 80));
        RETURN;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_namespace WHERE nspname = v_schema) THEN
        RETURN QUERY SELECT 'error', 'unknown_schema', NULL::text, NULL::text, jsonb_build_object('schema', v_schema);
        RETURN;
    END IF;

    -- The subject: the table of people and the columns that say who they are.
    v_name := map_plain_name(v_subject -> 'table');
    v_srel := map_relation(v_schema, v_name);
    IF v_srel IS NULL THEN
        RETURN QUERY SELECT 'error', CASE WHEN v_name IS NULL THEN 'not_a_name' ELSE 'unknown_table' END, v_name, NULL::text,
                            jsonb_build_object('path', 'subject.table', 'value', left(v_subject ->> 'table', 80));
        RETURN;
    END IF;
    v_skey := map_plain_name(v_subject -> 'key');
    v_att := map_column(v_srel, v_skey);
    IF v_att.attname IS NULL THEN
        RETURN QUERY SELECT 'error', 'unknown_column', v_name, v_skey, jsonb_build_object('path', 'subject.key');
    ELSIF NOT map_is_integer(format_type(v_att.atttypid, NULL)) THEN
        RETURN QUERY SELECT 'error', 'wrong_type', v_name, v_skey,
                            jsonb_build_object('path', 'subject.key', 'type', format_type(v_att.atttypid, v_att.atttypmod),
                                               'expected', 'integer');
    END IF;
    FOR v_kv IN SELECT k, v_subject -> k AS v FROM unnest(ARRAY['public_id', 'email', 'language', 'name', 'created']) k
                 WHERE v_subject ? k LOOP
        v_cols := map_names(v_kv.v);
        IF v_cols IS NULL THEN
            RETURN QUERY SELECT 'error', 'not_a_name', v_name, NULL::text,
                                jsonb_build_object('path', 'subject.' || v_kv.k, 'value', left(v_kv.v #>> '{}', 80));
            CONTINUE;
        END IF;
        RETURN QUERY SELECT 'error', 'unknown_column', v_name, c, jsonb_build_object('path', 'subject.' || v_kv.k)
                       FROM unnest(v_cols) c WHERE (map_column(v_srel, c)).attname IS NULL;
        RETURN QUERY SELECT 'error', 'wrong_type', v_name, c,
                            jsonb_build_object('path', 'subject.created',
                                               'type', format_type((map_column(v_srel, c)).atttypid, NULL),
                                               'expected', 'time')
                       FROM unnest(v_cols) c
                      WHERE v_kv.k = 'created' AND (map_column(v_srel, c)).attname IS NOT NULL
                        AND NOT map_is_time((map_column(v_srel, c)).atttypid);
        -- A one-word look-up probes each name column as it stands.
        RETURN QUERY SELECT 'error', 'missing_index', v_name, c,
                            jsonb_build_object('path', 'subject.name',
                                               'create_index', format('CREATE INDEX ON %I.%I (privacy.fold(%I));',
                                                                      v_schema, v_name, c),
                                               'grant', 'GRANT USAGE ON SCHEMA privacy, ext TO PLATFORM_ROLE; '
                                                        'GRANT EXECUTE ON FUNCTION privacy.fold(text) TO PLATFORM_ROLE;')
                       FROM unnest(v_cols) c
                      WHERE v_kv.k = 'name' AND (map_column(v_srel, c)).attname IS NOT NULL AND NOT map_fold_indexed(v_srel, c);
        -- A typo finds similar names through a trigram index on all of them, folded.
        v_folded := format('privacy.fold(%s)', (SELECT string_agg(quote_ident(c), ' || '' '' || ' ORDER BY o)
                                                  FROM unnest(v_cols) WITH ORDINALITY x(c, o)));
        RETURN QUERY SELECT 'error', 'missing_index', v_name, v_cols[1],
                            jsonb_build_object('path', 'subject.name',
                                               'create_index', format('CREATE INDEX ON %I.%I USING gist (%s ext.gist_trgm_ops);',
                                                                      v_schema, v_name, v_folded),
                                               'grant', 'GRANT USAGE ON SCHEMA privacy, ext TO PLATFORM_ROLE; '
                                                        'GRANT EXECUTE ON FUNCTION privacy.fold(text) TO PLATFORM_ROLE;')
                      WHERE v_kv.k = 'name' AND NOT EXISTS (SELECT 1 FROM unnest(v_cols) c WHERE (map_column(v_srel, c)).attname IS NULL)
                        AND NOT map_trigram_indexed(v_srel, v_folded);
        -- An address is searched by its beginning and, for a typo, by its letters (email_stem).
        RETURN QUERY SELECT 'error', 'missing_index', v_name, c,
                            jsonb_build_object('path', 'subject.email', 'create_index', format(x.statement, v_schema, v_name, c))
                                || CASE WHEN x.privileges IS NULL THEN '{}'::jsonb
                                        ELSE jsonb_build_object('grant', x.privileges) END
                       FROM unnest(v_cols) c,
                            (VALUES ('CREATE INDEX ON %I.%I (lower(%I) text_pattern_ops);',
                                     '^ USING btree \(lower\(\(?%s(\)::text)?\) text_pattern_ops\)$', NULL),
                                    ('CREATE INDEX ON %I.%I (privacy.email_stem(%I));',
                                     '^ USING btree \(\(?(privacy\.)?email_stem\(\(?%s(\)::text)?\)\)?\)$',
                                     'GRANT USAGE ON SCHEMA privacy TO PLATFORM_ROLE; '
                                     'GRANT EXECUTE ON FUNCTION privacy.email_stem(text) TO PLATFORM_ROLE;')) x(statement, pattern, privileges)
                      WHERE v_kv.k = 'email' AND (map_column(v_srel, c)).attname IS NOT NULL
                        AND NOT map_index_like(v_srel, format(x.pattern, replace(quote_ident(c), '$', '\$')));
    END LOOP;
    FOR v_kv IN SELECT k, v_subject -> k AS v FROM unnest(ARRAY['locked', 'erased']) k WHERE v_subject ? k LOOP
        v_col := map_plain_name(v_kv.v -> 'column');
        IF v_col IS NULL OR jsonb_typeof(v_kv.v -> 'value') IS DISTINCT FROM 'string' THEN
            RETURN QUERY SELECT 'error', 'structure', v_name, NULL::text,
                                jsonb_build_object('path', 'subject.' || v_kv.k, 'expected', 'column_value');
        ELSIF (map_column(v_srel, v_col)).attname IS NULL THEN
            RETURN QUERY SELECT 'error', 'unknown_column', v_name, v_col, jsonb_build_object('path', 'subject.' || v_kv.k);
        END IF;
    END LOOP;

    -- What look-up searches besides the subject table: IP addresses (an inet column) and references
    -- of their own shape (a pattern), each in an indexed column of a table that names the learner.
    IF p_map ? 'identity' AND jsonb_typeof(p_map -> 'identity') IS DISTINCT FROM 'object' THEN
        RETURN QUERY SELECT 'error', 'structure', NULL::text, NULL::text, jsonb_build_object('path', 'identity', 'expected', 'object');
    END IF;
    FOR v_found IN SELECT k.key, format('identity.%s[%s]', k.key, i.o) AS path, i.e
                     FROM unnest(ARRAY['addresses', 'references']) k(key),
                          LATERAL jsonb_array_elements(CASE WHEN jsonb_typeof(p_map #> ARRAY['identity', k.key]) = 'array'
                                                            THEN p_map #> ARRAY['identity', k.key] ELSE '[]' END)
                                  WITH ORDINALITY i(e, o) LOOP
        v_name := map_plain_name(v_found.e -> 'table');
        v_rel := map_relation(v_schema, v_name);
        IF v_rel IS NULL THEN
            RETURN QUERY SELECT 'error', CASE WHEN v_name IS NULL THEN 'not_a_name' ELSE 'unknown_table' END, v_name,
                                NULL::text, jsonb_build_object('path', v_found.path || '.table',
                                                               'value', left(v_found.e ->> 'table', 80));
            CONTINUE;
        END IF;
        FOR v_kv IN SELECT k FROM unnest(ARRAY['column', 'subject']) k LOOP
            v_col := map_plain_name(v_found.e -> v_kv.k);
            v_att := map_column(v_rel, v_col);
            IF v_att.attname IS NULL THEN
                RETURN QUERY SELECT 'error', CASE WHEN v_col IS NULL THEN 'not_a_name' ELSE 'unknown_column' END,
                                    v_name, v_col, jsonb_build_object('path', v_found.path || '.' || v_kv.k,
                                                                      'value', left(v_found.e ->> v_kv.k, 80));
            ELSIF v_kv.k = 'subject' AND NOT map_is_integer(format_type(v_att.atttypid, NULL)) THEN
                RETURN QUERY SELECT 'error', 'wrong_type', v_name, v_col,
                                    jsonb_build_object('path', v_found.path || '.subject',
                                                       'type', format_type(v_att.atttypid, v_att.atttypmod),
                                                       'expected', 'integer');
            ELSIF v_kv.k = 'column' AND v_found.key = 'addresses'
                  AND format_type(v_att.atttypid, NULL) NOT IN ('inet', 'cidr', 'text', 'character varying') THEN
                RETURN QUERY SELECT 'error', 'wrong_type', v_name, v_col,
                                    jsonb_build_object('path', v_found.path || '.column',
                                                       'type', format_type(v_att.atttypid, v_att.atttypmod),
                                                       'expected', 'inet');
            ELSIF v_kv.k = 'column' AND v_found.key = 'addresses'
                  AND format_type(v_att.atttypid, NULL) IN ('text', 'character varying') THEN
                -- An address kept as text is searched through privacy.inet_or_null, by its index.
                IF NOT map_index_like(v_rel, format('^ USING btree \((privacy\.)?inet_or_null\(\(?%s(\)::text)?\)\)$',
                                                    replace(quote_ident(v_col), '$', '\$'))) THEN
                    RETURN QUERY SELECT 'error', 'missing_index', v_name, v_col,
                                        jsonb_build_object('path', v_found.path || '.column',
                                                           'create_index', format('CREATE INDEX ON %I.%I (privacy.inet_or_null(%I));',
                                                                                  v_schema, v_name, v_col),
                                                           'grant', 'GRANT USAGE ON SCHEMA privacy TO PLATFORM_ROLE; '
                                                                    'GRANT EXECUTE ON FUNCTION privacy.inet_or_null(text) TO PLATFORM_ROLE;');
                END IF;
            ELSIF v_kv.k = 'column' AND NOT map_indexed(v_rel, v_col) THEN
                RETURN QUERY SELECT 'error', 'missing_index', v_name, v_col,
                                    jsonb_build_object('path', v_found.path || '.column',
                                                       'create_index', format('CREATE INDEX ON %I.%I (%I);',
                                                                              v_schema, v_name, v_col));
            END IF;
        END LOOP;
        -- A reference without a pattern (a login name) is any one word, looked up exactly.
        IF v_found.key = 'references' AND v_found.e ? 'pattern' THEN
            BEGIN
                PERFORM '' ~ (v_found.e ->> 'pattern');
                IF jsonb_typeof(v_found.e -> 'pattern') IS DISTINCT FROM 'string'
                   OR length(v_found.e ->> 'pattern') NOT BETWEEN 2 AND 200 OR left(v_found.e ->> 'pattern', 1) <> '^'
                   OR right(v_found.e ->> 'pattern', 1) <> '$' THEN
                    RAISE invalid_regular_expression;
                END IF;
            EXCEPTION WHEN invalid_regular_expression THEN
                RETURN QUERY SELECT 'error', 'structure', v_name, NULL::text,
                                    jsonb_build_object('path', v_found.path || '.pattern', 'expected', 'pattern');
            END;
        END IF;
        IF v_found.key = 'references' AND NOT map_is_label(v_found.e -> 'label') THEN
            RETURN QUERY SELECT 'error', 'structure', v_name, NULL::text,
                                jsonb_build_object('path', v_found.path || '.label', 'expected', 'label');
        END IF;
    END LOOP;

    RETURN QUERY SELECT * FROM map_link_findings(p_map, v_schema);

    -- The account operations: each sets columns of a table that names the learner (the subject's
    -- own unless another is named, with its subject column), or deletes the learner's rows there.
    IF p_map ? 'operations' AND jsonb_typeof(p_map -> 'operations') IS DISTINCT FROM 'object' THEN
        RETURN QUERY SELECT 'error', 'structure', NULL::text, NULL::text,
                            jsonb_build_object('path', 'operations', 'expected', 'object');
    END IF;
    FOR v_found IN SELECT o.key, o.value AS e, 'operations.' || o.key AS path
                     FROM jsonb_each(CASE WHEN jsonb_typeof(p_map -> 'operations') = 'object'
                                          THEN p_map -> 'operations' ELSE '{}' END) o LOOP
        IF NOT v_found.key = ANY (map_operation_names()) THEN
            RETURN QUERY SELECT 'error', 'unknown_operation', NULL::text, NULL::text,
                                jsonb_build_object('path', 'operations', 'value', left(v_found.key, 80),
                                                   'allowed', array_to_string(map_operation_names(), ', '));
            CONTINUE;
        END IF;
        IF jsonb_typeof(v_found.e) IS DISTINCT FROM 'object'
           OR coalesce(v_found.e ->> 'delete' = 'true', false)
              = coalesce(jsonb_typeof(v_found.e -> 'set') = 'object' AND v_found.e -> 'set' <> '{}', false) THEN
            RETURN QUERY SELECT 'error', 'structure', NULL::text, NULL::text,
                                jsonb_build_object('path', v_found.path, 'expected', 'operation');
            CONTINUE;
        END IF;
        v_name := CASE WHEN v_found.e ? 'table' THEN map_plain_name(v_found.e -> 'table') ELSE map_plain_name(v_subject -> 'table') END;
        v_rel := map_relation(v_schema, v_name);
        IF v_rel IS NULL THEN
            RETURN QUERY SELECT 'error', CASE WHEN v_name IS NULL THEN 'not_a_name' ELSE 'unknown_table' END, v_name,
                                NULL::text, jsonb_build_object('path', v_found.path || '.table',
                                                               'value', left(v_found.e ->> 'table', 80));
            CONTINUE;
        END IF;
        IF v_rel <> v_srel AND NOT v_found.e ? 'subject' THEN
            RETURN QUERY SELECT 'error', 'structure', v_name, NULL::text,
                                jsonb_build_object('path', v_found.path || '.subject', 'expected', 'columns');
            CONTINUE;
        END IF;
        v_col := CASE WHEN v_found.e ? 'subject' THEN map_plain_name(v_found.e -> 'subject') ELSE v_skey END;
        IF (map_column(v_rel, v_col)).attname IS NULL THEN
            RETURN QUERY SELECT 'error', CASE WHEN v_col IS NULL THEN 'not_a_name' ELSE 'unknown_column' END, v_name,
                                v_col, jsonb_build_object('path', v_found.path || '.subject',
                                                          'value', left(v_found.e ->> 'subject', 80));
        ELSIF NOT map_indexed(v_rel, v_col) THEN
            RETURN QUERY SELECT 'error', 'missing_index', v_name, v_col,
                                jsonb_build_object('path', v_found.path || '.subject',
                                                   'create_index', format('CREATE INDEX ON %I.%I (%I);',
                                                                          v_schema, v_name, v_col));
        END IF;
        RETURN QUERY SELECT * FROM map_set_findings(v_rel, v_name, v_found.e -> 'set', v_found.path || '.set', false);
        -- "match" picks the operation's row among the learner's rows, and is added where missing.
        IF v_found.e ? 'match' AND (jsonb_typeof(v_found.e -> 'match') IS DISTINCT FROM 'object'
                                    OR v_found.e -> 'match' = '{}' OR v_found.e ->> 'delete' = 'true'
                                    OR EXISTS (SELECT 1 FROM jsonb_each(v_found.e -> 'match') m
                                                WHERE jsonb_typeof(m.value) <> 'string')) THEN
            RETURN QUERY SELECT 'error', 'structure', v_name, NULL::text,
                                jsonb_build_object('path', v_found.path || '.match', 'expected', 'match');
        ELSIF v_found.e ? 'match' THEN
            RETURN QUERY SELECT * FROM map_set_findings(v_rel, v_name, v_found.e -> 'match', v_found.path || '.match',
                                                        false);
        END IF;
    END LOOP;

    -- An operation that adds its row draws the row's key from the table's sequence.
    RETURN QUERY
        SELECT 'error', 'missing_privilege', c.relname::text, a.attname::text,
               jsonb_build_object('path', 'operations.' || o.key, 'missing', 'USAGE',
                                  'sequence', pg_get_serial_sequence(r.rel::text, a.attname),
                                  'grant', format('GRANT USAGE ON SEQUENCE %s TO fx_owner;',
                                                  pg_get_serial_sequence(r.rel::text, a.attname)))
          FROM jsonb_each(CASE WHEN jsonb_typeof(p_map -> 'operations') = 'object' THEN p_map -> 'operations' ELSE '{}' END) o,
               LATERAL (SELECT map_relation(v_schema, map_plain_name(o.value -> 'table')) AS rel) r
          JOIN pg_class c ON c.oid = r.rel
          JOIN pg_attribute a ON a.attrelid = r.rel AND a.attnum > 0 AND NOT a.attisdropped
         WHERE jsonb_typeof(o.value) = 'object' AND o.value ? 'match'
           AND pg_get_serial_sequence(r.rel::text, a.attname) IS NOT NULL
           AND NOT has_sequence_privilege('fx_owner', pg_get_serial_sequence(r.rel::text, a.attname), 'USAGE');

    -- The tables: each reaches a learner through its subject columns, and says what erasure does.
    IF jsonb_typeof(p_map -> 'tables') IS DISTINCT FROM 'array' OR jsonb_array_length(p_map -> 'tables') = 0 THEN
        RETURN QUERY SELECT 'error', 'structure', NULL::text, NULL::text, jsonb_build_object('path', 'tables', 'expected', 'list');
        RETURN;
    END IF;
    FOR v_entry, v_pos IN SELECT e, o FROM jsonb_array_elements(p_map -> 'tables') WITH ORDINALITY x(e, o) LOOP
        v_name := map_plain_name(v_entry -> 'table');
        v_rel := map_relation(v_schema, v_name);
        IF v_rel IS NULL THEN
            RETURN QUERY SELECT 'error', CASE WHEN v_name IS NULL THEN 'not_a_name' ELSE 'unknown_table' END, v_name,
                                NULL::text, jsonb_build_object('path', format('tables[%s].table', v_pos),
                                                               'value', left(v_entry ->> 'table', 80));
            CONTINUE;
        END IF;
        IF v_name = ANY (v_listed) THEN
            RETURN QUERY SELECT 'error', 'duplicate_table', v_name, NULL::text,
                                jsonb_build_object('path', format('tables[%s]', v_pos));
            CONTINUE;
        END IF;
        v_listed := v_listed || v_name;
        IF NOT coalesce(v_entry ->> 'category' = ANY (map_categories()), false) THEN
            RETURN QUERY SELECT 'error', 'unknown_category', v_name, NULL::text,
                                jsonb_build_object('path', format('tables[%s].category', v_pos),
                                                   'value', left(v_entry ->> 'category', 80),
                                                   'allowed', array_to_string(map_categories(), ', '));
        END IF;
        IF NOT coalesce(v_entry ->> 'origin' = ANY (map_origins()), false) THEN
            RETURN QUERY SELECT 'error', 'unknown_origin', v_name, NULL::text,
                                jsonb_build_object('path', format('tables[%s].origin', v_pos),
                                                   'value', left(v_entry ->> 'origin', 80),
                                                   'allowed', array_to_string(map_origins(), ', '));
        END IF;

        -- Subjects reached through another table: its key column names this table's column.
        IF v_entry ? 'via' AND jsonb_typeof(v_entry -> 'via') IS DISTINCT FROM 'array' THEN
            RETURN QUERY SELECT 'error', 'structure', v_name, NULL::text,
                                jsonb_build_object('path', format('tables[%s].via', v_pos), 'expected', 'via');
        END IF;
        FOR v_via, v_vpos IN SELECT e, o FROM jsonb_array_elements(CASE WHEN jsonb_typeof(v_entry -> 'via') = 'array'
                                                                     THEN v_entry -> 'via' ELSE '[]' END)
                                         WITH ORDINALITY x(e, o) LOOP
            v_jrel := map_relation(v_schema, map_plain_name(v_via -> 'table'));
            IF v_jrel IS NULL THEN
                RETURN QUERY SELECT 'error', CASE WHEN map_plain_name(v_via -> 'table') IS NULL THEN 'not_a_name'
                                                  ELSE 'unknown_table' END,
                                    map_plain_name(v_via -> 'table'), NULL::text,
                                    jsonb_build_object('path', format('tables[%s].via[%s].table', v_pos, v_vpos),
                                                       'value', left(v_via ->> 'table', 80));
                CONTINUE;
            END IF;
            FOR v_kv IN SELECT k, CASE WHEN k = 'column' THEN v_rel ELSE v_jrel END AS rel,
                               CASE WHEN k = 'column' THEN v_name ELSE v_via ->> 'table' END AS tname
                          FROM unnest(ARRAY['column', 'key', 'subject']) k LOOP
                v_col := map_plain_name(v_via -> v_kv.k);
                v_att := map_column(v_kv.rel, v_col);
                IF v_att.attname IS NULL THEN
                    RETURN QUERY SELECT 'error', CASE WHEN v_col IS NULL THEN 'not_a_name' ELSE 'unknown_column' END,
                                        v_kv.tname, v_col,
                                        jsonb_build_object('path', format('tables[%s].via[%s].%s', v_pos, v_vpos, v_kv.k),
                                                           'value', left(v_via ->> v_kv.k, 80));
                ELSIF NOT map_is_integer(format_type(v_att.atttypid, NULL)) THEN
                    RETURN QUERY SELECT 'error', 'wrong_type', v_kv.tname, v_col,
                                        jsonb_build_object('path', format('tables[%s].via[%s].%s', v_pos, v_vpos, v_kv.k),
                                                           'type', format_type(v_att.atttypid, v_att.atttypmod),
                                                           'expected', 'integer');
                ELSIF v_kv.k = 'subject' AND NOT map_indexed(v_jrel, v_col) THEN
                    RETURN QUERY SELECT 'error', 'missing_index', v_kv.tname, v_col,
                                        jsonb_build_object('path', format('tables[%s].via[%s].subject', v_pos, v_vpos),
                                                           'create_index', format('CREATE INDEX ON %I.%I (%I);',
                                                                                  v_schema, v_kv.tname, v_col));
                END IF;
            END LOOP;
        END LOOP;

        v_cols := map_names(v_entry -> 'subject');
        IF v_cols IS NULL AND jsonb_typeof(v_entry -> 'subject') IN ('string', 'array') THEN
            RETURN QUERY SELECT 'error', 'not_a_name', v_name, NULL::text,
                                jsonb_build_object('path', format('tables[%s].subject', v_pos),
                                                   'value', left(v_entry ->> 'subject', 80));
            v_cols := '{}';
        ELSIF (v_cols IS NULL OR cardinality(v_cols) = 0) AND jsonb_typeof(v_entry -> 'via') IS DISTINCT FROM 'array' THEN
            RETURN QUERY SELECT 'error', 'structure', v_name, NULL::text,
                                jsonb_build_object('path', format('tables[%s].subject', v_pos), 'expected', 'columns');
            v_cols := '{}';
        END IF;
        FOREACH v_col IN ARRAY v_cols LOOP
            IF v_rel <> v_srel THEN
                v_subjects := v_subjects || v_col; -- a name that refers to a learner elsewhere too
            END IF;
            v_att := map_column(v_rel, v_col);
            IF v_att.attname IS NULL THEN
                RETURN QUERY SELECT 'error', 'unknown_column', v_name, v_col,
                                    jsonb_build_object('path', format('tables[%s].subject', v_pos));
            ELSIF NOT map_is_integer(format_type(v_att.atttypid, NULL)) THEN
                RETURN QUERY SELECT 'error', 'wrong_type', v_name, v_col,
                                    jsonb_build_object('path', format('tables[%s].subject', v_pos),
                                                       'type', format_type(v_att.atttypid, v_att.atttypmod),
                                                       'expected', 'integer');
            ELSIF NOT map_indexed(v_rel, v_col) THEN
                RETURN QUERY SELECT 'error', 'missing_index', v_name, v_col,
                                    jsonb_build_object('path', format('tables[%s].subject', v_pos),
                                                       'create_index', format('CREATE INDEX ON %I.%I (%I);',
                                                                              v_schema, v_name, v_col));
            END IF;
        END LOOP;
        FOR v_kv IN SELECT k, v_entry -> k AS v FROM unnest(ARRAY['order_by', 'credentials', 'masked', 'ignore']) k
                     WHERE v_entry ? k LOOP
            v_cols := map_names(v_kv.v);
            IF v_cols IS NULL THEN
                RETURN QUERY SELECT 'error', 'not_a_name', v_name, NULL::text,
                                    jsonb_build_object('path', format('tables[%s].%s', v_pos, v_kv.k),
                                                       'value', left(v_kv.v #>> '{}', 80));
                CONTINUE;
            END IF;
            RETURN QUERY SELECT 'error', 'unknown_column', v_name, c,
                                jsonb_build_object('path', format('tables[%s].%s', v_pos, v_kv.k))
                           FROM unnest(v_cols) c WHERE (map_column(v_rel, c)).attname IS NULL;
            IF v_kv.k = 'ignore' THEN
                v_ignored := v_ignored || jsonb_build_object(v_name, to_jsonb(v_cols));
            END IF;
        END LOOP;
        IF v_entry ? 'title' AND NOT map_is_label(v_entry -> 'title') THEN
            RETURN QUERY SELECT 'error', 'structure', v_name, NULL::text,
                                jsonb_build_object('path', format('tables[%s].title', v_pos), 'expected', 'label');
        END IF;
        IF v_entry ? 'column_titles' AND (jsonb_typeof(v_entry -> 'column_titles') IS DISTINCT FROM 'object'
                                          OR EXISTS (SELECT 1 FROM jsonb_each(v_entry -> 'column_titles') t
                                                      WHERE NOT map_is_label(t.value))) THEN
            RETURN QUERY SELECT 'error', 'structure', v_name, NULL::text,
                                jsonb_build_object('path', format('tables[%s].column_titles', v_pos), 'expected', 'labels');
        ELSIF v_entry ? 'column_titles' THEN
            RETURN QUERY SELECT 'error', 'unknown_column', v_name, left(t.key, 80),
                                jsonb_build_object('path', format('tables[%s].column_titles', v_pos))
                           FROM jsonb_each(v_entry -> 'column_titles') t WHERE (map_column(v_rel, t.key)).attname IS NULL;
        END IF;
        RETURN QUERY SELECT * FROM map_display_findings(p_map, v_schema, v_rel, v_name, v_entry -> 'display',
                                                        format('tables[%s].display', v_pos));
        IF jsonb_typeof(v_entry -> 'purposes') IS DISTINCT FROM 'array' OR jsonb_array_length(v_entry -> 'purposes') = 0
           OR EXISTS (SELECT 1 FROM jsonb_array_elements(v_entry -> 'purposes') p
                       WHERE NOT coalesce(p #>> '{}' = ANY (map_purposes()), false)) THEN
            RETURN QUERY SELECT 'error', 'unknown_purpose', v_name, NULL::text,
                                jsonb_build_object('path', format('tables[%s].purposes', v_pos),
                                                   'value', left((v_entry -> 'purposes')::text, 80),
                                                   'allowed', array_to_string(map_purposes(), ', '));
        END IF;

        -- Erasure: delete the rows, keep them with columns changed, or retain them for a period.
        v_erasure := v_entry -> 'erasure';
        IF jsonb_typeof(v_erasure) = 'string' THEN
            v_erasure := jsonb_build_object('action', v_erasure);
        END IF;
        IF NOT coalesce(v_erasure ->> 'action' IN ('delete', 'anonymize', 'retain'), false) THEN
            RETURN QUERY SELECT 'error', 'unknown_erasure', v_name, NULL::text,
                                jsonb_build_object('path', format('tables[%s].erasure', v_pos),
                                                   'value', left(v_erasure ->> 'action', 80),
                                                   'allowed', 'delete, anonymize, retain');
            CONTINUE;
        END IF;
        IF v_rel = v_srel AND v_erasure ->> 'action' <> 'anonymize' THEN
            RETURN QUERY SELECT 'error', 'subject_erasure', v_name, NULL::text,
                                jsonb_build_object('path', format('tables[%s].erasure', v_pos));
        END IF;
        IF v_erasure ->> 'action' = 'anonymize' THEN
            IF v_erasure ? 'set' AND jsonb_typeof(v_erasure -> 'set') IS DISTINCT FROM 'object' THEN
                RETURN QUERY SELECT 'error', 'structure', v_name, NULL::text,
                                    jsonb_build_object('path', format('tables[%s].erasure.set', v_pos), 'expected', 'columns');
            END IF;
            RETURN QUERY SELECT * FROM map_set_findings(v_rel, v_name, v_erasure -> 'set',
                                                        format('tables[%s].erasure.set', v_pos), true);
            -- The learner's key leaves the subject columns unless the map keeps it; a column that
            -- cannot be empty needs a value of the map's.
            IF v_rel <> v_srel AND NOT coalesce(v_erasure ->> 'keep_key' = 'true', false) THEN
                RETURN QUERY SELECT 'error', 'not_nullable', v_name, c,
                                    jsonb_build_object('path', format('tables[%s].erasure.set', v_pos))
                               FROM unnest(map_names(v_entry -> 'subject')) c
                              WHERE (map_column(v_rel, c)).attnotnull
                                AND NOT coalesce(v_erasure -> 'set' ? c, false);
            END IF;
            IF v_erasure ? 'keep_key' AND coalesce(v_erasure ->> 'keep_key' NOT IN ('true', 'false'), true) THEN
                RETURN QUERY SELECT 'error', 'structure', v_name, NULL::text,
                                    jsonb_build_object('path', format('tables[%s].erasure.keep_key', v_pos),
                                                       'expected', 'boolean');
            END IF;
            IF v_erasure ? 'where' AND NOT coalesce(map_plain_name(v_erasure -> 'where') = ANY (map_names(v_entry -> 'subject')), false) THEN
                RETURN QUERY SELECT 'error', 'where_not_subject', v_name, left(v_erasure ->> 'where', 80),
                                    jsonb_build_object('path', format('tables[%s].erasure.where', v_pos));
            END IF;
        ELSIF v_erasure ->> 'action' = 'retain' THEN
            IF NOT coalesce(v_erasure ->> 'years' ~ '^[0-9]{1,2}$' AND (v_erasure ->> 'years')::integer BETWEEN 1 AND 30, false) THEN
                RETURN QUERY SELECT 'error', 'retention_years', v_name, NULL::text,
                                    jsonb_build_object('path', format('tables[%s].erasure.years', v_pos));
            END IF;
            v_att := map_column(v_rel, map_plain_name(v_erasure -> 'from'));
            IF v_att.attname IS NULL THEN
                RETURN QUERY SELECT 'error', 'unknown_column', v_name, left(v_erasure ->> 'from', 80),
                                    jsonb_build_object('path', format('tables[%s].erasure.from', v_pos));
            ELSIF NOT map_is_time(v_att.atttypid) THEN
                RETURN QUERY SELECT 'error', 'wrong_type', v_name, v_att.attname::text,
                                    jsonb_build_object('path', format('tables[%s].erasure.from', v_pos),
                                                       'type', format_type(v_att.atttypid, v_att.atttypmod),
                                                       'expected', 'time');
            END IF;
            IF NOT coalesce(length(btrim(v_erasure #>> '{basis,en}')) BETWEEN 10 AND 1000
                        AND length(btrim(v_erasure #>> '{basis,de}')) BETWEEN 10 AND 1000, false) THEN
                RETURN QUERY SELECT 'error', 'retention_basis', v_name, NULL::text,
                                    jsonb_build_object('path', format('tables[%s].erasure.basis', v_pos));
            END IF;
            -- Restrictions are kept by primary key: one column, a whole number.
            IF map_key_column(v_rel) IS NULL THEN
                RETURN QUERY SELECT 'error', 'retention_unsupported', v_name, NULL::text,
                                    jsonb_build_object('path', format('tables[%s].erasure', v_pos));
            END IF;
        END IF;
    END LOOP;
    IF NOT (v_subject ->> 'table') = ANY (v_listed) THEN
        RETURN QUERY SELECT 'error', 'subject_not_listed', v_subject ->> 'table', NULL::text, jsonb_build_object('path', 'tables');
    END IF;

    -- The privacy functions act as fx_owner: it needs to read every table the map names, and to
    -- change those whose erasure changes them (a platform's DBA grants it once).
    FOR v_found IN
        SELECT r.rel, string_agg(DISTINCT p, ', ' ORDER BY p) AS missing
          FROM (SELECT map_relation(v_schema, map_plain_name(e -> 'table')) AS rel,
                       ARRAY['SELECT'] || CASE coalesce(e #>> '{erasure,action}', e ->> 'erasure')
                                          WHEN 'anonymize' THEN ARRAY['UPDATE'] WHEN 'delete' THEN ARRAY['DELETE']
                                          WHEN 'retain' THEN ARRAY['DELETE'] ELSE '{}' END AS privs
                  FROM jsonb_array_elements(p_map -> 'tables') e
                UNION ALL
                SELECT map_relation(v_schema, map_plain_name(v -> 'table')), ARRAY['SELECT']
                  FROM jsonb_array_elements(p_map -> 'tables') e,
                       jsonb_array_elements(CASE WHEN jsonb_typeof(e -> 'via') = 'array' THEN e -> 'via' ELSE '[]' END) v
                UNION ALL
                SELECT map_relation(v_schema, map_plain_name(i -> 'table')), ARRAY['SELECT']
                  FROM unnest(ARRAY['addresses', 'references']) k,
                       jsonb_array_elements(CASE WHEN jsonb_typeof(p_map #> ARRAY['identity', k]) = 'array'
                                                 THEN p_map #> ARRAY['identity', k] ELSE '[]' END) i
                UNION ALL
                SELECT l, ARRAY['SELECT'] FROM map_link_tables(p_map, v_schema) l
                UNION ALL
                SELECT l, ARRAY['SELECT'] FROM map_display_tables(p_map, v_schema) l
                UNION ALL
                SELECT map_relation(v_schema, map_plain_name(coalesce(o.value -> 'table', v_subject -> 'table'))),
                       ARRAY['SELECT', CASE WHEN o.value ->> 'delete' = 'true' THEN 'DELETE' ELSE 'UPDATE' END]
                           || CASE WHEN o.value ? 'match' THEN ARRAY['INSERT'] ELSE '{}' END
                  FROM jsonb_each(CASE WHEN jsonb_typeof(p_map -> 'operations') = 'object'
                                       THEN p_map -> 'operations' ELSE '{}' END) o
                 WHERE jsonb_typeof(o.value) = 'object') r,
               unnest(r.privs) p
         WHERE r.rel IS NOT NULL AND NOT has_table_privilege('fx_owner', r.rel, p)
         GROUP BY r.rel
    LOOP
        RETURN QUERY SELECT 'error', 'missing_privilege', (SELECT relname::text FROM pg_class WHERE oid = v_found.rel),
                            NULL::text, jsonb_build_object('path', 'tables', 'missing', v_found.missing,
                                                           'grant', format('GRANT %s ON %s TO fx_owner;',
                                                                           v_found.missing, v_found.rel));
    END LOOP;

    -- Discovery: what in this schema refers to a learner or looks personal and is not mapped.
    v_patterns := ARRAY(SELECT DISTINCT s FROM unnest(v_subjects) s);
    IF jsonb_typeof(p_map #> '{discovery,subject_columns}') = 'array' THEN
        v_patterns := v_patterns || ARRAY(SELECT left(p, 64) FROM jsonb_array_elements_text(p_map #> '{discovery,subject_columns}') p);
    END IF;
    -- Tables the map's authors decided hold no learner's data (a platform's own administration).
    IF (p_map -> 'discovery') ? 'not_personal' AND jsonb_typeof(p_map #> '{discovery,not_personal}') IS DISTINCT FROM 'array' THEN
        RETURN QUERY SELECT 'error', 'structure', NULL::text, NULL::text,
                            jsonb_build_object('path', 'discovery.not_personal', 'expected', 'list');
    ELSIF (p_map -> 'discovery') ? 'not_personal' THEN
        FOR v_found IN SELECT e, o, map_plain_name(e) AS name
                         FROM jsonb_array_elements(p_map #> '{discovery,not_personal}') WITH ORDINALITY x(e, o) LOOP
            IF v_found.name IS NULL OR map_relation(v_schema, v_found.name) IS NULL THEN
                RETURN QUERY SELECT 'error', CASE WHEN v_found.name IS NULL THEN 'not_a_name' ELSE 'unknown_table' END,
                                    v_found.name, NULL::text,
                                    jsonb_build_object('path', format('discovery.not_personal[%s]', v_found.o),
                                                       'value', left(v_found.e #>> '{}', 80));
            ELSIF v_found.name = ANY (v_listed) THEN
                RETURN QUERY SELECT 'error', 'duplicate_table', v_found.name, NULL::text,
                                    jsonb_build_object('path', format('discovery.not_personal[%s]', v_found.o));
            ELSE
                v_staff := v_staff || v_found.name;
            END IF;
        END LOOP;
    END IF;
    FOR v_found IN
        WITH cols AS (
            SELECT c.oid::regclass AS rel, c.relname::text AS tname, a.attname::text AS cname,
                   format_type(a.atttypid, NULL) AS ctype,
                   EXISTS (SELECT 1 FROM pg_constraint f
                            WHERE f.contype = 'f' AND f.conrelid = c.oid AND f.confrelid = v_srel
                              AND a.attnum = ANY (f.conkey)) AS by_key
              FROM pg_class c
              JOIN pg_namespace n ON n.oid = c.relnamespace
              JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
             WHERE n.nspname = v_schema AND c.relkind IN ('r', 'p')),
        kinds AS (
            SELECT k.*, CASE WHEN k.by_key OR (map_is_integer(k.ctype) AND k.cname LIKE ANY (v_patterns))
                             THEN 'subject_key' ELSE map_personal_kind(k.cname, k.ctype) END AS kind
              FROM cols k),
        listed AS (
            SELECT map_plain_name(e -> 'table') AS tname, map_names(e -> 'subject') AS subject, map_names(e -> 'ignore') AS ignored
              FROM jsonb_array_elements(p_map -> 'tables') e)
        SELECT k.rel, k.tname, k.cname, k.kind, k.ctype
          FROM kinds k LEFT JOIN listed l ON l.tname = k.tname
         WHERE k.rel <> v_srel AND NOT k.tname = ANY (v_staff)
           AND ((l.tname IS NULL AND (k.kind IS NOT NULL
                     OR (k.ctype IN ('text', 'character varying') AND EXISTS (
                            SELECT 1 FROM kinds s WHERE s.rel = k.rel AND s.kind = 'subject_key'))))
             OR (l.tname IS NOT NULL AND k.kind = 'subject_key' AND NOT k.cname = ANY (coalesce(l.subject, '{}'))
                 AND NOT k.cname = ANY (coalesce(l.ignored, '{}'))))
         ORDER BY k.tname, k.cname
    LOOP
        RETURN QUERY SELECT 'uncovered', coalesce(v_found.kind, 'free_text'), v_found.tname, v_found.cname,
                            jsonb_build_object('type', v_found.ctype, 'rows', map_rows(v_found.rel),
                                               'listed', v_found.tname = ANY (v_listed));
    END LOOP;
END
$$;

-- The map in force, or NULL before the first one.
CREATE OR REPLACE FUNCTION privacy.map_current() RETURNS privacy.data_maps
LANGUAGE sql STABLE SET search_path = privacy, pg_temp AS $$
    SELECT * FROM data_maps ORDER BY id DESC LIMIT 1
$$;

-- What applying p_map instead of the map in force takes away: tables or categories holding
-- data that are no longer mapped, erasure that deletes less, retention that changes.
CREATE OR REPLACE FUNCTION privacy.map_changes(p_old jsonb, p_new jsonb) RETURNS jsonb
LANGUAGE plpgsql STABLE SET search_path = privacy, pg_temp AS $$
DECLARE
    v_changes jsonb := '[]';
    v_old     record;
    v_new     jsonb;
    v_rel     regclass;
    v_rank    jsonb := '{"delete": 3, "anonymize": 2, "retain": 1}';
    v_from    text;
    v_to      text;
BEGIN
    IF p_old IS NULL THEN
        RETURN v_changes;
    END IF;
    FOR v_old IN SELECT e ->> 'table' AS tname, e ->> 'category' AS category,
                        CASE WHEN jsonb_typeof(e -> 'erasure') = 'string' THEN jsonb_build_object('action', e -> 'erasure')
                             ELSE e -> 'erasure' END AS erasure
                   FROM jsonb_array_elements(p_old -> 'tables') e LOOP
        v_new := (SELECT e FROM jsonb_array_elements(p_new -> 'tables') e WHERE e ->> 'table' = v_old.tname);
        IF v_new IS NULL THEN
            v_rel := map_relation(p_new ->> 'schema', v_old.tname);
            v_changes := v_changes || jsonb_build_object('change', 'table_dropped', 'table', v_old.tname,
                                                         'rows', CASE WHEN v_rel IS NOT NULL THEN map_rows(v_rel) END);
            CONTINUE;
        END IF;
        IF jsonb_typeof(v_new -> 'erasure') = 'string' THEN
            v_new := jsonb_set(v_new, '{erasure}', jsonb_build_object('action', v_new -> 'erasure'));
        END IF;
        v_from := v_old.erasure ->> 'action';
        v_to := v_new #>> '{erasure,action}';
        IF (v_rank ->> v_to)::integer < (v_rank ->> v_from)::integer THEN
            v_changes := v_changes || jsonb_build_object('change', 'erasure_weakened', 'table', v_old.tname,
                                                         'from', v_from, 'to', v_to);
        ELSIF v_from = 'anonymize' AND v_to = 'anonymize'
              AND EXISTS (SELECT 1 FROM jsonb_object_keys(coalesce(v_old.erasure -> 'set', '{}')) k
                           WHERE NOT coalesce(v_new #> '{erasure,set}', '{}') ? k) THEN
            v_changes := v_changes || jsonb_build_object('change', 'erasure_weakened', 'table', v_old.tname,
                                                         'from', v_from, 'to', v_to);
        ELSIF v_from = 'retain' AND v_to = 'retain'
              AND (v_old.erasure ->> 'years' IS DISTINCT FROM v_new #>> '{erasure,years}'
                   OR v_old.erasure ->> 'from' IS DISTINCT FROM v_new #>> '{erasure,from}') THEN
            v_changes := v_changes || jsonb_build_object('change', 'retention_changed', 'table', v_old.tname,
                                                         'from', v_old.erasure ->> 'years',
                                                         'to', v_new #>> '{erasure,years}');
        END IF;
    END LOOP;
    v_changes := v_changes || coalesce((
        SELECT jsonb_agg(jsonb_build_object('change', 'category_dropped', 'category', c) ORDER BY c)
          FROM (SELECT DISTINCT e ->> 'category' AS c FROM jsonb_array_elements(p_old -> 'tables') e) o
         WHERE NOT EXISTS (SELECT 1 FROM jsonb_array_elements(p_new -> 'tables') n WHERE n ->> 'category' = o.c)), '[]');
    RETURN v_changes;
END
$$;

-- Writes the map into the rules the export, the erasure and the finder read.
CREATE OR REPLACE FUNCTION privacy.map_compile(p_map jsonb) RETURNS void
LANGUAGE plpgsql SET search_path = privacy, pg_temp AS $$
DECLARE
    v_schema    text := p_map ->> 'schema';
    v_subject   text := p_map #>> '{subject,table}';
    v_entry     jsonb;
    v_erasure   jsonb;
    v_pos       integer;
    v_count     integer := jsonb_array_length(p_map -> 'tables');
    v_rel       regclass;
BEGIN
    DELETE FROM erasure_rules;
    DELETE FROM export_tables WHERE table_name <> 'privacy.requests'::regclass;
    DELETE FROM map_subject;
    INSERT INTO map_subject (table_name, key_column, public_id, name_columns, email, language, created, locked_column,
                             locked_value, erased_column, erased_value)
    VALUES (map_relation(v_schema, v_subject), p_map #>> '{subject,key}', p_map #>> '{subject,public_id}',
            coalesce(map_names(p_map #> '{subject,name}'), '{}'), p_map #>> '{subject,email}',
            p_map #>> '{subject,language}', p_map #>> '{subject,created}', p_map #>> '{subject,locked,column}',
            p_map #>> '{subject,locked,value}', p_map #>> '{subject,erased,column}', p_map #>> '{subject,erased,value}');
    DELETE FROM map_operations;
    INSERT INTO map_operations (operation, table_name, subject_column, deletes, set_columns, match_columns)
    SELECT o.key, map_relation(v_schema, coalesce(o.value ->> 'table', v_subject)),
           coalesce(o.value ->> 'subject', p_map #>> '{subject,key}'), coalesce(o.value ->> 'delete', '') = 'true',
           coalesce(o.value -> 'set', '{}'), coalesce(o.value -> 'match', '{}')
      FROM jsonb_each(coalesce(p_map -> 'operations', '{}')) o;
    DELETE FROM map_identities;
    INSERT INTO map_identities (kind, position, table_name, column_name, subject_column, pattern, label, at_column)
    SELECT k.kind, i.o, map_relation(v_schema, i.e ->> 'table'), i.e ->> 'column', i.e ->> 'subject', i.e ->> 'pattern',
           i.e -> 'label', i.e ->> 'at'
      FROM (VALUES ('address', 'addresses'), ('reference', 'references')) k(kind, key),
           LATERAL jsonb_array_elements(coalesce(p_map #> ARRAY['identity', k.key], '[]')) WITH ORDINALITY i(e, o);
    PERFORM map_compile_links(p_map);
    UPDATE export_tables SET position = v_count + 1;
    FOR v_entry, v_pos IN SELECT e, o FROM jsonb_array_elements(p_map -> 'tables') WITH ORDINALITY x(e, o) LOOP
        v_rel := map_relation(v_schema, v_entry ->> 'table');
        v_erasure := CASE WHEN jsonb_typeof(v_entry -> 'erasure') = 'string'
                          THEN jsonb_build_object('action', v_entry -> 'erasure') ELSE v_entry -> 'erasure' END;
        INSERT INTO export_tables (table_name, category, origin, position, user_columns, order_by, omitted, masked, purposes,
                                   via, title, column_titles, display, seconds)
        VALUES (v_rel, v_entry ->> 'category', v_entry ->> 'origin', v_pos, map_names(v_entry -> 'subject'),
                coalesce(v_entry ->> 'order_by',
                         (SELECT a.attname FROM pg_index i JOIN pg_attribute a ON a.attrelid = i.indrelid
                                                           AND a.attnum = i.indkey[0]
                           WHERE i.indrelid = v_rel AND i.indisprimary),
                         (map_names(v_entry -> 'subject'))[1]),
                map_names(v_entry -> 'credentials'), map_names(v_entry -> 'masked'),
                ARRAY(SELECT jsonb_array_elements_text(coalesce(v_entry -> 'purposes', '[]'))),
                coalesce((SELECT jsonb_agg(jsonb_build_object('column', v ->> 'column',
                                                              'table_oid', map_relation(v_schema, v ->> 'table')::oid,
                                                              'key', v ->> 'key', 'subject', v ->> 'subject') ORDER BY o)
                            FROM jsonb_array_elements(coalesce(v_entry -> 'via', '[]')) WITH ORDINALITY x(v, o)), '[]'),
                v_entry -> 'title', v_entry -> 'column_titles', map_display_rows(v_entry -> 'display', v_schema),
                map_seconds_columns(v_rel, p_map -> 'seconds', v_entry));
        INSERT INTO erasure_rules (table_name, position, action, retention_years, basis_en, basis_de, retain_from,
                                   keeps_key)
        VALUES (v_rel, 100000 + v_pos,
                v_erasure ->> 'action', (v_erasure ->> 'years')::integer,
                btrim(v_erasure #>> '{basis,en}'), btrim(v_erasure #>> '{basis,de}'), v_erasure ->> 'from',
                coalesce(v_erasure ->> 'keep_key' = 'true', false));
        INSERT INTO erasure_columns (table_name, column_name, action, value, only_where)
        SELECT v_rel, s.key,
               CASE jsonb_typeof(s.value) WHEN 'null' THEN 'null' WHEN 'string' THEN 'value'
                    ELSE coalesce(s.value ->> 'generate', 'hash') END,
               CASE WHEN jsonb_typeof(s.value) = 'string' THEN s.value #>> '{}' ELSE s.value ->> 'hash' END,
               v_erasure ->> 'where'
          FROM jsonb_each(coalesce(v_erasure -> 'set', '{}')) s;
        IF v_entry ->> 'table' = v_subject AND p_map #> '{subject,erased}' IS NOT NULL THEN
            INSERT INTO erasure_columns (table_name, column_name, action, value)
            VALUES (v_rel, p_map #>> '{subject,erased,column}', 'value', p_map #>> '{subject,erased,value}')
                ON CONFLICT DO NOTHING;
        END IF;
    END LOOP;
    -- Erasure order: tables reached through another table first, while the rows that reach them
    -- still exist; the subject's own row last, as the other rules may still need it.
    UPDATE erasure_rules e SET position = r.n
      FROM (SELECT e2.table_name,
                   row_number() OVER (ORDER BY e2.table_name = map_relation(v_schema, v_subject), t.via = '[]',
                                               t.position) AS n
              FROM erasure_rules e2 JOIN export_tables t ON t.table_name = e2.table_name) r
     WHERE r.table_name = e.table_name;
    PERFORM map_compile_statements();
END
$$;

-- Checks a map (anyone who may change the map or answer for it may look).
CREATE OR REPLACE FUNCTION privacy.map_check(p_map jsonb)
RETURNS TABLE (severity text, code text, table_name text, column_name text, detail jsonb)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = privacy, pg_temp AS $$
BEGIN
    IF coalesce(staff_role_of(session_user), '') NOT IN ('admin', 'dpo', 'superuser') THEN
        RAISE EXCEPTION 'only an administrator or the data protection officer may work with the data map'
            USING ERRCODE = 'insufficient_privilege', HINT = 'fx:map.admin_only';
    END IF;
    IF octet_length(p_map::text) > 1048576 THEN
        RAISE EXCEPTION 'the data map is too large (at most 1 MiB)'
            USING ERRCODE = 'program_limit_exceeded', HINT = 'fx:map.too_large';
    END IF;
    RETURN QUERY SELECT * FROM map_findings(p_map);
END
$$;

-- Applies a map: refused with errors; a map that takes something away (map_changes) needs
-- p_confirm, and without it nothing changes and the changes come back. One access-log entry.
CREATE OR REPLACE FUNCTION privacy.map_apply(p_map jsonb, p_sha256 text, p_confirm boolean) RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = privacy, pg_temp AS $$
DECLARE
    v_errors    integer;
    v_current   data_maps;
    v_changes   jsonb;
    v_id        bigint;
BEGIN
    IF coalesce(staff_role_of(session_user), '') NOT IN ('admin', 'superuser') THEN
        RAISE EXCEPTION 'only an administrator may apply a data map'
            USING ERRCODE = 'insufficient_privilege', HINT = 'fx:map.apply_admin_only';
    END IF;
    IF octet_length(p_map::text) > 1048576 THEN
        RAISE EXCEPTION 'the data map is too large (at most 1 MiB)'
            USING ERRCODE = 'program_limit_exceeded', HINT = 'fx:map.too_large';
    END IF;
    IF p_sha256 IS NULL OR p_sha256 !~ '^[0-9a-f]{64}$' THEN
        RAISE EXCEPTION 'the data map''s SHA-256 is missing or malformed'
            USING ERRCODE = 'invalid_parameter_value', HINT = 'fx:map.hash_form';
    END IF;
    -- One map change at a time; a second administrator waits and then compares with the new map.
    LOCK TABLE data_maps IN SHARE ROW EXCLUSIVE MODE;
    SELECT count(*) INTO v_errors FROM map_findings(p_map) f WHERE f.severity = 'error';
    IF v_errors > 0 THEN
        RAISE EXCEPTION 'the data map has % errors; run "fxctl map check" to see them', v_errors
            USING ERRCODE = 'invalid_parameter_value',
                  HINT = 'fx:map.has_errors ' || json_build_object('errors', v_errors);
    END IF;
    v_current := map_current();
    IF v_current.sha256 = p_sha256 AND v_current.map = p_map THEN
        RETURN jsonb_build_object('applied', false, 'unchanged', true, 'id', v_current.id, 'changes', '[]'::jsonb);
    END IF;
    v_changes := map_changes(v_current.map, p_map);
    IF jsonb_array_length(v_changes) > 0 AND NOT coalesce(p_confirm, false) THEN
        RETURN jsonb_build_object('applied', false, 'unchanged', false, 'changes', v_changes);
    END IF;
    INSERT INTO data_maps (name, version, sha256, map) VALUES (p_map ->> 'name', p_map ->> 'version', p_sha256, p_map)
        RETURNING id INTO v_id;
    PERFORM map_compile(p_map);
    PERFORM log_access('map.apply', NULL, NULL, 'data map',
                       jsonb_build_object('map', p_map ->> 'name', 'version', p_map ->> 'version', 'sha256', p_sha256,
                                          'tables', jsonb_array_length(p_map -> 'tables'),
                                          'changes', jsonb_array_length(v_changes)));
    RETURN jsonb_build_object('applied', true, 'unchanged', false, 'id', v_id, 'changes', v_changes);
END
$$;

-- The map in force with who applied it when.
CREATE OR REPLACE FUNCTION privacy.map_show() RETURNS jsonb
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = privacy, pg_temp AS $$
DECLARE
    v_current data_maps;
BEGIN
    IF coalesce(staff_role_of(session_user), '') NOT IN ('admin', 'dpo', 'superuser') THEN
        RAISE EXCEPTION 'only an administrator or the data protection officer may work with the data map'
            USING ERRCODE = 'insufficient_privilege', HINT = 'fx:map.admin_only';
    END IF;
    v_current := map_current();
    IF v_current.id IS NULL THEN
        RAISE EXCEPTION 'no data map has been applied to this database yet'
            USING ERRCODE = 'no_data_found', HINT = 'fx:map.none';
    END IF;
    RETURN jsonb_build_object('id', v_current.id, 'name', v_current.name, 'version', v_current.version,
                              'sha256', v_current.sha256, 'applied_by', v_current.applied_by,
                              'applied_at', v_current.applied_at, 'map', v_current.map);
END
$$;

REVOKE EXECUTE ON ALL FUNCTIONS IN SCHEMA privacy FROM PUBLIC;
GRANT EXECUTE ON FUNCTION privacy.map_check(jsonb), privacy.map_show() TO fx_admin, fx_dpo;
GRANT EXECUTE ON FUNCTION privacy.map_apply(jsonb, text, boolean) TO fx_admin;
