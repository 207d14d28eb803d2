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
-- row is a live learner and the status the console shows.
CREATE OR REPLACE FUNCTION privacy.subject_sql(p_subject privacy.map_subject, p_part text) RETURNS text
LANGUAGE plpgsql STABLE SET search_path = privacy, pg_temp AS $$
BEGIN
    RETURN CASE p_part
        WHEN 'name' THEN coalesce((SELECT format('concat_ws(%L, %s)', ' ', string_agg(format('u.%I', c), ', ' ORDER BY o))
                                     FROM unnest(p_subject.name_columns) WITH ORDINALITY x(c, o)), 'NULL::text')
        WHEN 'folded' THEN (SELECT format('privacy.fold(%s)', string_agg(format('u.%I', c), ' || '' '' || ' ORDER BY o))
                              FROM unnest(p_subject.name_columns) WITH ORDINALITY x(c, o))
        WHEN 'live' THEN CASE WHEN p_subject.erased_column IS NULL THEN 'true'
                              ELSE format('u.%I::text IS DISTINCT FROM %L', p_subject.erased_column,
                                          p_subject.erased_value) END
        WHEN 'status' THEN format('CASE WHEN %s THEN ''erased'' WHEN %s THEN ''locked'' ELSE ''active'' END',
                                  CASE WHEN p_subject.erased_column IS NULL THEN 'false'
                                       ELSE format('u.%I::text = %L', p_subject.erased_column, p_subject.erased_value) END,
                                  CASE WHEN p_subject.locked_column IS NULL THEN 'false'
                                       ELSE format('u.%I::text = %L', p_subject.locked_column, p_subject.locked_value) END)
        WHEN 'email' THEN CASE WHEN p_subject.email IS NULL THEN 'NULL::text' ELSE format('u.%I::text', p_subject.email) END
    END;
END
$$;

-- Finds learners by what the search text looks like, in the columns the data map names: the
-- subject key (digits), the public id (a UUID), a reference of its own shape (an invoice number),
-- an IP address or network in the tables of addresses, an address (exact, its beginning, similar
-- ones) and names by word similarity. The statements are the map's, compiled when it was applied
-- (datamap_statements.sql).
CREATE OR REPLACE FUNCTION privacy.lookup(p_query text, p_ticket text, p_purpose text DEFAULT NULL, p_limit integer DEFAULT NULL)
RETURNS TABLE (user_id bigint, public_id text, name text, email text, status text, created_at timestamptz,
               matched text, matched_label jsonb, score real)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = privacy, pg_temp AS $$
DECLARE
    v_role  text := require_access(p_ticket, p_purpose);
    v_query text := btrim(p_query);
    v_limit integer := least(greatest(coalesce(p_limit, setting('lookup_max_results')::integer), 1), 200);
    v_s     map_subject;
    v_kind  text;
    v_net   inet;
    v_ref   map_identities;
    v_hits  lookup_hit[];
    v_exact lookup_hit[];
    v_like  text := replace(replace(replace(lower(btrim(p_query)), '\', '\\'), '%', '\%'), '_', '\_') || '%';
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
    SELECT * INTO v_ref FROM map_identities i
     WHERE i.kind = 'reference' AND v_query ~* i.pattern ORDER BY i.position LIMIT 1;

    IF v_query ~ '^[0-9]{1,18}$' THEN
        v_kind := 'id';
        v_hits := mapped_by_key(v_query::bigint);
    ELSIF v_s.public_id IS NOT NULL
          AND v_query ~* '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$' THEN
        v_kind := 'public_id';
        v_hits := mapped_by_public_id(v_query);
    ELSIF v_ref.table_name IS NOT NULL THEN
        v_kind := 'reference';
        v_hits := mapped_by_reference(v_ref.position, v_query, v_limit);
    ELSIF v_query ~ '^[0-9a-fA-F:.]+(/[0-9]{1,3})?$' AND v_query ~ '[.:]' THEN
        BEGIN
            v_net := v_query::inet;
        EXCEPTION WHEN others THEN
            RAISE EXCEPTION 'this is not a valid IP address or network'
                USING ERRCODE = 'invalid_parameter_value', HINT = 'fx:lookup.invalid_network';
        END;
        v_kind := 'ip';
        v_hits := mapped_by_address(v_net, v_limit);
    ELSIF v_s.email IS NOT NULL AND position('@' IN v_query) > 0 THEN
        -- Exact first, then the beginning, then similar addresses: each step only when the one
        -- before found nothing, since a similarity search over shared domains is costly.
        v_kind := 'email';
        v_hits := mapped_by_email(v_query);
        IF cardinality(v_hits) = 0 THEN
            v_hits := mapped_by_email_prefix(v_like, v_limit, 0.9);
        END IF;
        IF cardinality(v_hits) = 0 THEN
            v_hits := mapped_similar_emails(v_query, v_limit);
        END IF;
    ELSIF v_s.email IS NOT NULL AND v_query ~ '^[^\s]*[0-9._+][^\s]*$' THEN
        -- One word with a digit, dot, underscore or plus is no name, only the beginning of an
        -- address ("anna.mue", "amueller7"): its beginning first, similar addresses if none.
        v_kind := 'email';
        v_hits := mapped_by_email_prefix(v_like, v_limit, 0.95);
        IF cardinality(v_hits) = 0 THEN
            v_hits := mapped_similar_emails(v_query, v_limit);
        END IF;
    ELSIF v_query !~ '\s' THEN
        -- One word of letters: a name as it stands and the beginning of an address, both served by
        -- b-tree indexes. Only when neither finds anyone is it taken for a typo: similar addresses
        -- first (a search over the few address stems), similar names last, as a trigram search for
        -- a word that resembles no name is the costliest of all.
        v_kind := 'name';
        v_hits := ARRAY(
            SELECT ROW(s.user_id, s.matched, s.score)::lookup_hit
              FROM (SELECT DISTINCT ON (h.user_id) h.user_id, h.matched, h.score
                      FROM unnest(mapped_by_name(v_query, v_limit) || mapped_by_email_prefix(v_like, v_limit, 0.95)) h
                     ORDER BY h.user_id, h.score DESC) s
             ORDER BY s.score DESC, s.user_id
             LIMIT v_limit);
        IF cardinality(v_hits) = 0 THEN
            v_hits := mapped_similar_emails(v_query, v_limit);
        END IF;
        IF cardinality(v_hits) = 0 THEN
            v_hits := mapped_similar_names(v_query, v_limit);
        END IF;
    ELSE
        -- Several words: names by word similarity, nearest first from the index.
        v_kind := 'name';
        v_hits := mapped_similar_names(v_query, v_limit);
    END IF;

    -- One word may also be a reference without a pattern (a login name), looked up exactly: those
    -- it finds come first.
    IF v_query !~ '\s' AND EXISTS (SELECT 1 FROM map_identities i WHERE i.kind = 'reference' AND i.pattern IS NULL) THEN
        v_exact := mapped_by_reference(0, v_query, v_limit);
        IF cardinality(v_exact) > 0 THEN
            v_kind := CASE WHEN cardinality(v_hits) = 0 THEN 'reference' ELSE v_kind END;
            v_hits := ARRAY(SELECT ROW(s.user_id, s.matched, s.score)::lookup_hit
                              FROM (SELECT DISTINCT ON (h.user_id) h.user_id, h.matched, h.score, h.ord
                                      FROM unnest(v_exact || v_hits) WITH ORDINALITY h(user_id, matched, score, ord)
                                     ORDER BY h.user_id, h.ord) s
                             ORDER BY s.ord LIMIT v_limit);
        END IF;
    END IF;

    PERFORM log_access('user.lookup', NULL, p_ticket, p_purpose,
                       jsonb_build_object('kind', v_kind, 'results', coalesce(array_length(v_hits, 1), 0),
                                          'user_ids', (SELECT coalesce(jsonb_agg(h.user_id), '[]') FROM unnest(v_hits) h)));
    RETURN QUERY SELECT * FROM mapped_lookup_rows(v_hits, v_role = 'dpo');
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
