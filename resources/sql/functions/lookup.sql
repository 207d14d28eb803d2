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

CREATE OR REPLACE FUNCTION privacy.lookup(p_query text, p_ticket text, p_purpose text DEFAULT NULL, p_limit integer DEFAULT NULL)
RETURNS TABLE (user_id bigint, public_id uuid, first_name text, last_name text, email text, status text,
               created_at timestamptz, matched text, score real)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = privacy, platform, pg_temp AS $$
DECLARE
    v_role  text := require_access(p_ticket, p_purpose);
    v_query text := btrim(p_query);
    v_limit integer := least(greatest(coalesce(p_limit, setting('lookup_max_results')::integer), 1), 200);
    v_kind  text;
    v_net   inet;
    v_hits  lookup_hit[];
    v_more  lookup_hit[];
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

    IF v_query ~ '^[0-9]{1,18}$' THEN
        v_kind := 'id';
        v_hits := ARRAY(SELECT ROW(u.id, 'id', 1)::lookup_hit FROM users u WHERE u.id = v_query::bigint);
    ELSIF v_query ~* '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$' THEN
        v_kind := 'public_id';
        v_hits := ARRAY(SELECT ROW(u.id, 'public_id', 1)::lookup_hit FROM users u WHERE u.public_id = v_query::uuid);
    ELSIF v_query ~* '^FX-[0-9]{4}-[0-9]{1,12}$' THEN
        v_kind := 'invoice';
        v_hits := ARRAY(SELECT ROW(i.user_id, 'invoice', 1)::lookup_hit FROM invoices i WHERE i.number = upper(v_query));
    ELSIF v_query ~ '^[0-9a-fA-F:.]+(/[0-9]{1,3})?$' AND v_query ~ '[.:]' THEN
        BEGIN
            v_net := v_query::inet;
        EXCEPTION WHEN others THEN
            RAISE EXCEPTION 'this is not a valid IP address or network'
                USING ERRCODE = 'invalid_parameter_value', HINT = 'fx:lookup.invalid_network';
        END;
        v_kind := 'ip';
        v_hits := ARRAY(
            SELECT ROW(h.user_id, 'ip', 1)::lookup_hit
              FROM (SELECT DISTINCT l.user_id FROM login_events l WHERE l.ip <<= v_net LIMIT v_limit) h);
    ELSIF position('@' IN v_query) > 0 THEN
        -- Exact first, then the beginning, then similar addresses: each step only when the one
        -- before found nothing, since a similarity search over shared domains is costly.
        v_kind := 'email';
        v_hits := ARRAY(SELECT ROW(u.id, 'email', 1)::lookup_hit FROM users u
                         WHERE lower(u.email) = lower(v_query) AND u.status <> 'erased');
        IF cardinality(v_hits) = 0 THEN
            v_hits := ARRAY(
                SELECT ROW(u.id, 'email_prefix', 0.9)::lookup_hit FROM users u
                 WHERE lower(u.email) LIKE v_like AND u.status <> 'erased'
                 ORDER BY lower(u.email) USING OPERATOR(pg_catalog.~<~) LIMIT v_limit);
        END IF;
        IF cardinality(v_hits) = 0 THEN
            v_hits := ARRAY(SELECT h FROM similar_emails(v_query, v_limit) h);
        END IF;
    ELSIF v_query ~ '^[^\s]*[0-9._+][^\s]*$' THEN
        -- One word with a digit, dot, underscore or plus is no name, only the beginning of an
        -- address ("anna.mue", "amueller7"): its beginning first, similar addresses if none.
        v_kind := 'email';
        v_hits := ARRAY(
            SELECT ROW(u.id, 'email_prefix', 0.95)::lookup_hit FROM users u
             WHERE lower(u.email) LIKE v_like AND u.status <> 'erased'
             ORDER BY lower(u.email) USING OPERATOR(pg_catalog.~<~) LIMIT v_limit);
        IF cardinality(v_hits) = 0 THEN
            v_hits := ARRAY(SELECT h FROM similar_emails(v_query, v_limit) h);
        END IF;
    ELSE
        -- Names by word similarity, nearest first from the index. A single word may also be the
        -- beginning of an address ("annamueller"); similar addresses are the last resort, when
        -- neither a name nor an address beginning matched, as that search is the costliest.
        v_kind := 'name';
        v_hits := ARRAY(
            SELECT ROW(u.id, 'name', ext.word_similarity(fold(v_query), fold(u.first_name || ' ' || u.last_name)))::lookup_hit
              FROM users u
             WHERE fold(u.first_name || ' ' || u.last_name) OPERATOR(ext.%>) fold(v_query) AND u.status <> 'erased'
             ORDER BY fold(u.first_name || ' ' || u.last_name) OPERATOR(ext.<->>) fold(v_query)
             LIMIT v_limit);
        IF v_query !~ '\s' THEN
            v_more := ARRAY(
                SELECT ROW(u.id, 'email_prefix', 0.95)::lookup_hit FROM users u
                 WHERE lower(u.email) LIKE v_like AND u.status <> 'erased'
                 ORDER BY lower(u.email) USING OPERATOR(pg_catalog.~<~) LIMIT v_limit);
            IF cardinality(v_hits) = 0 AND cardinality(v_more) = 0 THEN
                v_more := ARRAY(SELECT h FROM similar_emails(v_query, v_limit) h);
            END IF;
            v_hits := ARRAY(
                SELECT ROW(s.user_id, s.matched, s.score)::lookup_hit
                  FROM (SELECT DISTINCT ON (h.user_id) h.user_id, h.matched, h.score
                          FROM unnest(v_hits || v_more) h ORDER BY h.user_id, h.score DESC) s
                 ORDER BY s.score DESC, s.user_id
                 LIMIT v_limit);
        END IF;
    END IF;

    PERFORM log_access('user.lookup', NULL, p_ticket, p_purpose,
                       jsonb_build_object('kind', v_kind, 'results', coalesce(array_length(v_hits, 1), 0),
                                          'user_ids', (SELECT coalesce(jsonb_agg(h.user_id), '[]') FROM unnest(v_hits) h)));
    RETURN QUERY
        SELECT u.id, u.public_id, u.first_name, u.last_name,
               CASE WHEN v_role = 'dpo' THEN u.email ELSE mask_email(u.email) END,
               u.status, u.created_at, h.matched, h.score
          FROM unnest(v_hits) WITH ORDINALITY AS h(user_id, matched, score, ord)
          JOIN users u ON u.id = h.user_id
         ORDER BY h.ord;
END
$$;

-- The learners whose address is most like p_query (an address or a part of one): the five
-- nearest stems, then per stem its learners (the LIMIT keeps that a per-stem index lookup),
-- ranked by stem and whole local part alike, and a little by the same domain.
CREATE OR REPLACE FUNCTION privacy.similar_emails(p_query text, p_limit integer) RETURNS SETOF privacy.lookup_hit
LANGUAGE sql STABLE SET search_path = privacy, platform, pg_temp AS $$
    SELECT ROW(c.id, 'email_fuzzy', c.score)::lookup_hit
      FROM (SELECT e.stem, ext.similarity(e.stem, email_stem(p_query)) AS score
              FROM email_stems e
             ORDER BY e.stem OPERATOR(ext.<->) email_stem(p_query)
             LIMIT 5) s
     CROSS JOIN LATERAL (
           SELECT u.id, 0.45 * s.score
                        + 0.45 * ext.similarity(split_part(lower(u.email), '@', 1), split_part(lower(p_query), '@', 1))
                        + CASE WHEN split_part(lower(u.email), '@', 2) = split_part(lower(p_query), '@', 2)
                               THEN 0.1 ELSE 0 END AS score
             FROM users u
            WHERE email_stem(u.email) = s.stem AND u.status <> 'erased'
            LIMIT 5000) c
     WHERE s.score >= 0.2 AND email_stem(p_query) <> ''
     ORDER BY c.score DESC, c.id
     LIMIT p_limit
$$;

-- How many learners a look-up returns at most without its own limit, as privacy.lookup caps it:
-- the console says "showing the first N" when a search reaches it.
CREATE OR REPLACE FUNCTION privacy.lookup_limit() RETURNS integer
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = privacy, pg_temp AS $$
    SELECT least(greatest(coalesce(setting('lookup_max_results')::integer, 50), 1), 200)
$$;

REVOKE EXECUTE ON ALL FUNCTIONS IN SCHEMA privacy FROM PUBLIC;
GRANT EXECUTE ON FUNCTION privacy.lookup(text, text, text, integer), privacy.lookup_limit() TO fx_support, fx_dpo;
