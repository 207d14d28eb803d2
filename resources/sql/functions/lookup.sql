-- SPDX-License-Identifier: GPL-3.0-or-later
-- Finding a learner: the ticket rules, masking, and look-up by id, email, name, IP address or
-- invoice number, with similar addresses found through their stems.
-- Re-applied by every "fxctl db init" after the migrations (CREATE OR REPLACE); a changed
-- signature needs a DROP FUNCTION in a migration first.
SET LOCAL ROLE fx_owner;

CREATE OR REPLACE FUNCTION privacy.setting(p_key text) RETURNS text
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = privacy, pg_temp AS $$
    SELECT value FROM settings WHERE key = p_key
$$;

-- The role of a caller who may see learners' data, after the ticket rules: support must give a
-- ticket reference matching the pattern; the DPO a ticket or a purpose.
CREATE OR REPLACE FUNCTION privacy.require_access(p_ticket text, p_purpose text) RETURNS text
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = privacy, pg_temp AS $$
DECLARE
    v_role      text := staff_role_of(session_user);
    v_ticket    text := nullif(btrim(p_ticket), '');
    v_purpose   text := nullif(btrim(p_purpose), '');
BEGIN
    IF v_role IS NULL OR v_role NOT IN ('support', 'dpo') THEN
        RAISE EXCEPTION 'only support staff and the data protection officer may look at learners'
            USING ERRCODE = 'insufficient_privilege', HINT = 'fx:lookup.staff_only';
    END IF;
    IF v_ticket IS NOT NULL AND (length(v_ticket) > 64 OR v_ticket !~ setting('ticket_pattern')) THEN
        RAISE EXCEPTION 'the ticket reference does not have the agreed form (for example SUP-12345)'
            USING ERRCODE = 'invalid_parameter_value', HINT = 'fx:lookup.ticket_form';
    END IF;
    IF v_purpose IS NOT NULL AND length(v_purpose) > 500 THEN
        RAISE EXCEPTION 'the purpose is too long (at most 500 characters)'
            USING ERRCODE = 'invalid_parameter_value', HINT = 'fx:lookup.purpose_length';
    END IF;
    IF v_role = 'support' AND v_ticket IS NULL THEN
        RAISE EXCEPTION 'a ticket reference is required'
            USING ERRCODE = 'invalid_parameter_value', HINT = 'fx:lookup.ticket_required';
    END IF;
    IF v_role = 'dpo' AND v_ticket IS NULL AND v_purpose IS NULL THEN
        RAISE EXCEPTION 'give a ticket reference or a purpose'
            USING ERRCODE = 'invalid_parameter_value', HINT = 'fx:lookup.context_required';
    END IF;
    RETURN v_role;
END
$$;

CREATE OR REPLACE FUNCTION privacy.mask_email(p_email text) RETURNS text
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
    SELECT left(p_email, 1) || '***@' || split_part(p_email, '@', 2)
$$;

-- Retained rows of erased learners are restricted: only the DPO sees them.
CREATE OR REPLACE FUNCTION privacy.require_user(p_user_id bigint, p_allow_erased boolean DEFAULT false)
RETURNS platform.users
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = privacy, platform, pg_temp AS $$
DECLARE
    v_user platform.users;
BEGIN
    SELECT * INTO v_user FROM platform.users WHERE id = p_user_id;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'there is no learner with id %', p_user_id
            USING ERRCODE = 'no_data_found',
                  HINT = 'fx:lookup.no_such_learner ' || json_build_object('learner', p_user_id);
    END IF;
    IF v_user.status = 'erased' AND NOT p_allow_erased THEN
        RAISE EXCEPTION 'learner % was erased; nothing can be done on this account', p_user_id
            USING ERRCODE = 'object_not_in_prerequisite_state',
                  HINT = 'fx:lookup.learner_erased ' || json_build_object('learner', p_user_id);
    END IF;
    IF v_user.status = 'erased' AND coalesce(staff_role_of(session_user), '') <> 'dpo' THEN
        RAISE EXCEPTION 'this learner was erased; what is retained is visible to the data protection officer only'
            USING ERRCODE = 'insufficient_privilege', HINT = 'fx:lookup.erased_dpo_only';
    END IF;
    RETURN v_user;
END
$$;

-- The people of the map in force, or a refusal that says none is.
CREATE OR REPLACE FUNCTION privacy.map_subject_row() RETURNS privacy.map_subject
LANGUAGE plpgsql STABLE SET search_path = privacy, pg_temp AS $$
DECLARE
    v_subject map_subject;
BEGIN
    SELECT * INTO v_subject FROM map_subject;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'no data map has been applied to this database yet'
            USING ERRCODE = 'object_not_in_prerequisite_state', HINT = 'fx:map.none';
    END IF;
    RETURN v_subject;
END
$$;

-- The statement parts of the subject table, from the map in force (identifiers checked when it
-- was applied, quoted here): the display name, the folded name the name index holds, whether a
-- row is a live learner ($3 is the map's "erased" value) and the status the console shows.
CREATE OR REPLACE FUNCTION privacy.subject_sql(p_subject privacy.map_subject, p_part text) RETURNS text
LANGUAGE sql STABLE SET search_path = privacy, pg_temp AS $$
    SELECT CASE p_part
        WHEN 'name' THEN coalesce((SELECT format('concat_ws(%L, %s)', ' ', string_agg(format('u.%I', c), ', ' ORDER BY o))
                                     FROM unnest(p_subject.name_columns) WITH ORDINALITY x(c, o)), 'NULL::text')
        WHEN 'folded' THEN (SELECT format('privacy.fold(%s)', string_agg(format('u.%I', c), ' || '' '' || ' ORDER BY o))
                              FROM unnest(p_subject.name_columns) WITH ORDINALITY x(c, o))
        WHEN 'live' THEN CASE WHEN p_subject.erased_column IS NULL THEN 'true'
                              ELSE format('u.%I::text IS DISTINCT FROM $3', p_subject.erased_column) END
        WHEN 'status' THEN format('CASE WHEN %s THEN ''erased'' WHEN %s THEN ''locked'' ELSE ''active'' END',
                                  CASE WHEN p_subject.erased_column IS NULL THEN 'false'
                                       ELSE format('u.%I::text = %L', p_subject.erased_column, p_subject.erased_value) END,
                                  CASE WHEN p_subject.locked_column IS NULL THEN 'false'
                                       ELSE format('u.%I::text = %L', p_subject.locked_column, p_subject.locked_value) END)
        WHEN 'email' THEN CASE WHEN p_subject.email IS NULL THEN 'NULL::text' ELSE format('u.%I::text', p_subject.email) END
    END
$$;

-- Finds learners by what the search text looks like, in the columns the data map names: the
-- subject key (digits), the public id (a UUID), a reference of its own shape (an invoice number),
-- an IP address or network in the tables of addresses, an address (exact, its beginning, similar
-- ones) and names by word similarity. Statements are built from the map in force only.
CREATE OR REPLACE FUNCTION privacy.lookup(p_query text, p_ticket text, p_purpose text DEFAULT NULL, p_limit integer DEFAULT NULL)
RETURNS TABLE (user_id bigint, public_id text, name text, email text, status text, created_at timestamptz,
               matched text, matched_label jsonb, score real)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = privacy, pg_temp AS $$
DECLARE
    v_role  text := require_access(p_ticket, p_purpose);
    v_query text := btrim(p_query);
    v_limit integer := least(greatest(coalesce(p_limit, setting('lookup_max_results')::integer), 1), 200);
    v_s     map_subject;
    v_from  text;
    v_live  text;
    v_email text;
    v_kind  text;
    v_net   inet;
    v_ref   map_identities;
    v_label jsonb;
    v_hits  lookup_hit[];
    v_more  lookup_hit[];
    v_like  text := replace(replace(replace(lower(btrim(p_query)), '\', '\\'), '%', '\%'), '_', '\_') || '%';
    v_prefix text;
BEGIN
    IF v_query IS NULL OR v_query = '' THEN
        RAISE EXCEPTION 'type something to search for'
            USING ERRCODE = 'invalid_parameter_value', HINT = 'fx:lookup.query_empty';
    END IF;
    IF length(v_query) > 200 THEN
        RAISE EXCEPTION 'the search text is too long (% characters; at most 200)', length(v_query)
            USING ERRCODE = 'invalid_parameter_value',
                  HINT = 'fx:lookup.query_length ' || json_build_object('length', length(v_query));
    END IF;
    IF v_query ~ '[[:cntrl:]]' THEN
        RAISE EXCEPTION 'the search text contains control characters'
            USING ERRCODE = 'invalid_parameter_value', HINT = 'fx:lookup.query_control_characters';
    END IF;
    v_s := map_subject_row();
    v_from := format('%s u', v_s.table_name);
    v_live := subject_sql(v_s, 'live');
    v_email := CASE WHEN v_s.email IS NOT NULL THEN format('lower(u.%I)', v_s.email) END;
    -- The beginning of an address, in address order so that the prefix index serves it.
    v_prefix := CASE WHEN v_s.email IS NOT NULL THEN format(
        'SELECT ARRAY(SELECT ROW(u.%I, ''email_prefix'', $5)::privacy.lookup_hit FROM %s WHERE %s LIKE $4 AND %s '
        'ORDER BY %s USING OPERATOR(pg_catalog.~<~) LIMIT $2)', v_s.key_column, v_from, v_email, v_live, v_email) END;
    SELECT * INTO v_ref FROM map_identities i
     WHERE i.kind = 'reference' AND v_query ~* i.pattern ORDER BY i.position LIMIT 1;

    IF v_query ~ '^[0-9]{1,18}$' THEN
        v_kind := 'id';
        EXECUTE format('SELECT ARRAY(SELECT ROW(u.%1$I, ''id'', 1)::privacy.lookup_hit FROM %2$s WHERE u.%1$I = $1::bigint)',
                       v_s.key_column, v_from) INTO v_hits USING v_query;
    ELSIF v_s.public_id IS NOT NULL
          AND v_query ~* '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$' THEN
        v_kind := 'public_id';
        EXECUTE format('SELECT ARRAY(SELECT ROW(u.%I, ''public_id'', 1)::privacy.lookup_hit FROM %s WHERE u.%I = $1::%s)',
                       v_s.key_column, v_from, v_s.public_id,
                       format_type((map_column(v_s.table_name, v_s.public_id)).atttypid, NULL))
           INTO v_hits USING v_query;
    ELSIF v_ref.table_name IS NOT NULL THEN
        v_kind := 'reference';
        v_label := v_ref.label;
        EXECUTE format('SELECT ARRAY(SELECT DISTINCT ROW(t.%I, ''reference'', 1)::privacy.lookup_hit FROM %s t '
                       'WHERE t.%I IN ($1, upper($1)) LIMIT $2)',
                       v_ref.subject_column, v_ref.table_name, v_ref.column_name)
           INTO v_hits USING v_query, v_limit;
    ELSIF v_query ~ '^[0-9a-fA-F:.]+(/[0-9]{1,3})?$' AND v_query ~ '[.:]' THEN
        BEGIN
            v_net := v_query::inet;
        EXCEPTION WHEN others THEN
            RAISE EXCEPTION 'this is not a valid IP address or network'
                USING ERRCODE = 'invalid_parameter_value', HINT = 'fx:lookup.invalid_network';
        END;
        v_kind := 'ip';
        v_hits := '{}';
        FOR v_ref IN SELECT * FROM map_identities i WHERE i.kind = 'address' ORDER BY i.position LOOP
            EXIT WHEN cardinality(v_hits) >= v_limit;
            EXECUTE format('SELECT ARRAY(SELECT ROW(h.s, ''ip'', 1)::privacy.lookup_hit FROM (SELECT DISTINCT t.%I AS s '
                           'FROM %s t WHERE t.%I <<= $1 AND NOT t.%I = ANY ($3) LIMIT $2) h)',
                           v_ref.subject_column, v_ref.table_name, v_ref.column_name, v_ref.subject_column)
               INTO v_more USING v_net, v_limit - cardinality(v_hits), ARRAY(SELECT h.user_id FROM unnest(v_hits) h);
            v_hits := v_hits || v_more;
        END LOOP;
        v_ref := NULL;
    ELSIF v_s.email IS NOT NULL AND position('@' IN v_query) > 0 THEN
        -- Exact first, then the beginning, then similar addresses: each step only when the one
        -- before found nothing, since a similarity search over shared domains is costly.
        v_kind := 'email';
        EXECUTE format('SELECT ARRAY(SELECT ROW(u.%I, ''email'', 1)::privacy.lookup_hit FROM %s WHERE %s = lower($1) AND %s)',
                       v_s.key_column, v_from, v_email, v_live)
           INTO v_hits USING v_query, v_limit, v_s.erased_value;
        IF cardinality(v_hits) = 0 THEN
            EXECUTE v_prefix INTO v_hits USING v_query, v_limit, v_s.erased_value, v_like, 0.9;
        END IF;
        IF cardinality(v_hits) = 0 THEN
            v_hits := ARRAY(SELECT h FROM similar_emails(v_query, v_limit) h);
        END IF;
    ELSIF v_s.email IS NOT NULL AND v_query ~ '^[^\s]*[0-9._+][^\s]*$' THEN
        -- One word with a digit, dot, underscore or plus is no name, only the beginning of an
        -- address ("anna.mue", "amueller7"): its beginning first, similar addresses if none.
        v_kind := 'email';
        EXECUTE v_prefix INTO v_hits USING v_query, v_limit, v_s.erased_value, v_like, 0.95;
        IF cardinality(v_hits) = 0 THEN
            v_hits := ARRAY(SELECT h FROM similar_emails(v_query, v_limit) h);
        END IF;
    ELSIF v_query !~ '\s' THEN
        -- One word of letters: a name as it stands and the beginning of an address, both served by
        -- b-tree indexes. Only when neither finds anyone is it taken for a typo: similar addresses
        -- first (a search over the few address stems), similar names last, as a trigram search for
        -- a word that resembles no name is the costliest of all.
        v_kind := 'name';
        v_hits := '{}';
        IF cardinality(v_s.name_columns) > 0 THEN
            EXECUTE format('SELECT ARRAY(SELECT ROW(u.%1$I, ''name'', 1)::privacy.lookup_hit FROM %2$s '
                           'WHERE (%3$s) AND %4$s ORDER BY u.%1$I LIMIT $2)',
                           v_s.key_column, v_from,
                           (SELECT string_agg(format('privacy.fold(u.%I) = privacy.fold($1)', c), ' OR ')
                              FROM unnest(v_s.name_columns) c),
                           v_live)
               INTO v_hits USING v_query, v_limit, v_s.erased_value;
        END IF;
        IF v_s.email IS NOT NULL THEN
            EXECUTE v_prefix INTO v_more USING v_query, v_limit, v_s.erased_value, v_like, 0.95;
            v_hits := ARRAY(
                SELECT ROW(s.user_id, s.matched, s.score)::lookup_hit
                  FROM (SELECT DISTINCT ON (h.user_id) h.user_id, h.matched, h.score
                          FROM unnest(v_hits || v_more) h ORDER BY h.user_id, h.score DESC) s
                 ORDER BY s.score DESC, s.user_id
                 LIMIT v_limit);
            IF cardinality(v_hits) = 0 THEN
                v_hits := ARRAY(SELECT h FROM similar_emails(v_query, v_limit) h);
            END IF;
        END IF;
        IF cardinality(v_hits) = 0 THEN
            v_hits := similar_names(v_s, v_query, v_limit);
        END IF;
    ELSE
        -- Several words: names by word similarity, nearest first from the index.
        v_kind := 'name';
        v_hits := similar_names(v_s, v_query, v_limit);
    END IF;

    PERFORM log_access('user.lookup', NULL, p_ticket, p_purpose,
                       jsonb_build_object('kind', v_kind, 'results', coalesce(array_length(v_hits, 1), 0),
                                          'user_ids', (SELECT coalesce(jsonb_agg(h.user_id), '[]') FROM unnest(v_hits) h)));
    RETURN QUERY EXECUTE format(
        'SELECT u.%1$I::bigint, %2$s, %3$s, CASE WHEN $2 THEN %4$s ELSE privacy.mask_email(%4$s) END, %5$s, %6$s, '
        'h.matched, CASE WHEN h.matched = ''reference'' THEN $3 END, h.score '
        'FROM unnest($1) WITH ORDINALITY AS h(user_id, matched, score, ord) JOIN %7$s ON u.%1$I = h.user_id ORDER BY h.ord',
        v_s.key_column,
        CASE WHEN v_s.public_id IS NULL THEN 'NULL::text' ELSE format('u.%I::text', v_s.public_id) END,
        subject_sql(v_s, 'name'), subject_sql(v_s, 'email'), subject_sql(v_s, 'status'),
        CASE WHEN v_s.created IS NULL THEN 'NULL::timestamptz' ELSE format('u.%I::timestamptz', v_s.created) END,
        v_from)
        USING v_hits, v_role = 'dpo', v_label;
END
$$;

-- The learners whose name is most like p_query by word similarity, nearest first from the
-- trigram index on the folded name.
CREATE OR REPLACE FUNCTION privacy.similar_names(p_subject privacy.map_subject, p_query text, p_limit integer)
RETURNS privacy.lookup_hit[]
LANGUAGE plpgsql STABLE SET search_path = privacy, pg_temp AS $$
DECLARE
    v_hits lookup_hit[] := '{}';
BEGIN
    IF cardinality(p_subject.name_columns) > 0 THEN
        EXECUTE format('SELECT ARRAY(SELECT ROW(u.%1$I, ''name'', ext.word_similarity(privacy.fold($1), %2$s))'
                       '::privacy.lookup_hit FROM %3$s u WHERE %2$s OPERATOR(ext.%%>) privacy.fold($1) AND %4$s '
                       'ORDER BY %2$s OPERATOR(ext.<->>) privacy.fold($1) LIMIT $2)',
                       p_subject.key_column, subject_sql(p_subject, 'folded'), p_subject.table_name,
                       subject_sql(p_subject, 'live'))
           INTO v_hits USING p_query, p_limit, p_subject.erased_value;
    END IF;
    RETURN v_hits;
END
$$;

-- The learners whose address is most like p_query (an address or a part of one): the five
-- nearest stems, then per stem its learners (the LIMIT keeps that a per-stem index lookup),
-- ranked by stem and whole local part alike, and a little by the same domain.
CREATE OR REPLACE FUNCTION privacy.similar_emails(p_query text, p_limit integer) RETURNS SETOF privacy.lookup_hit
LANGUAGE plpgsql STABLE SET search_path = privacy, pg_temp AS $$
DECLARE
    v_s     map_subject := map_subject_row();
BEGIN
    IF email_stem(p_query) = '' THEN
        RETURN;
    END IF;
    RETURN QUERY EXECUTE format(
        'SELECT c.id, ''email_fuzzy''::text, c.score '
        'FROM (SELECT e.stem, ext.similarity(e.stem, privacy.email_stem($1)) AS score FROM privacy.email_stems e '
        '       ORDER BY e.stem OPERATOR(ext.<->) privacy.email_stem($1) LIMIT 5) s '
        'CROSS JOIN LATERAL ('
        '  SELECT u.%1$I::bigint AS id, (0.45 * s.score'
        '         + 0.45 * ext.similarity(split_part(lower(u.%2$I), ''@'', 1), split_part(lower($1), ''@'', 1))'
        '         + CASE WHEN split_part(lower(u.%2$I), ''@'', 2) = split_part(lower($1), ''@'', 2) THEN 0.1 ELSE 0 END)'
        '         ::real AS score'
        '    FROM %3$s u WHERE privacy.email_stem(u.%2$I) = s.stem AND %4$s LIMIT 5000) c '
        'WHERE s.score >= 0.2 ORDER BY c.score DESC, c.id LIMIT $2',
        v_s.key_column, v_s.email, v_s.table_name, subject_sql(v_s, 'live'))
        USING p_query, p_limit, v_s.erased_value;
END
$$;

-- How many learners a look-up returns at most without its own limit, as privacy.lookup caps it:
-- the console says "showing the first N" when a search reaches it.
CREATE OR REPLACE FUNCTION privacy.lookup_limit() RETURNS integer
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = privacy, pg_temp AS $$
    SELECT least(greatest(coalesce(setting('lookup_max_results')::integer, 50), 1), 200)
$$;

REVOKE EXECUTE ON ALL FUNCTIONS IN SCHEMA privacy FROM PUBLIC;
GRANT EXECUTE ON FUNCTION privacy.lookup(text, text, text, integer), privacy.lookup_limit() TO fx_support, fx_dpo;
