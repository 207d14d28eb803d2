-- Similar email addresses, fast at a million learners (issue 3). Comparing a typed address with
-- every local part by trigrams is slow when many addresses share their letters (anna.mueller12,
-- anna.mueller345 …). Instead the letters of each local part ("annamueller") are kept once in a
-- small table: the nearest few of those by trigram distance, then the learners with them, ranked
-- by how close their whole local part is to what was typed.
SET LOCAL ROLE fx_owner;

CREATE FUNCTION privacy.email_stem(p_email text) RETURNS text
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
    SELECT regexp_replace(split_part(lower(p_email), '@', 1), '[^[:alpha:]]+', '', 'g')
$$;

CREATE TABLE privacy.email_stems (
    stem text PRIMARY KEY
);
INSERT INTO privacy.email_stems SELECT DISTINCT privacy.email_stem(email) FROM platform.users ON CONFLICT DO NOTHING;
CREATE INDEX email_stems_trgm ON privacy.email_stems USING gist (stem ext.gist_trgm_ops);
CREATE INDEX users_email_stem ON platform.users (privacy.email_stem(email));
ANALYZE privacy.email_stems;
-- The trigram index over whole local parts is replaced by the one above.
DROP INDEX platform.users_email_local_trgm;

-- New and changed addresses add their stem; stems no longer used are harmless (they find nobody).
-- ALWAYS: the seeder writes with session_replication_role = replica.
CREATE FUNCTION privacy.remember_email_stems() RETURNS trigger
LANGUAGE plpgsql SET search_path = privacy, pg_temp AS $$
BEGIN
    INSERT INTO email_stems SELECT DISTINCT email_stem(n.email) FROM new_rows n WHERE email_stem(n.email) <> ''
        ON CONFLICT DO NOTHING;
    RETURN NULL;
END
$$;
CREATE TRIGGER users_email_stems_insert AFTER INSERT ON platform.users
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION privacy.remember_email_stems();
CREATE TRIGGER users_email_stems_update AFTER UPDATE ON platform.users
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION privacy.remember_email_stems();
ALTER TABLE platform.users ENABLE ALWAYS TRIGGER users_email_stems_insert;
ALTER TABLE platform.users ENABLE ALWAYS TRIGGER users_email_stems_update;

-- The learners whose address is most like p_query (an address or a part of one): the five
-- nearest stems, then per stem its learners (the LIMIT keeps that a per-stem index lookup),
-- ranked by stem and whole local part alike, and a little by the same domain.
CREATE FUNCTION privacy.similar_emails(p_query text, p_limit integer) RETURNS SETOF privacy.lookup_hit
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
        RAISE EXCEPTION 'type something to search for' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF length(v_query) > 200 THEN
        RAISE EXCEPTION 'the search text is too long (% characters; at most 200)', length(v_query)
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF v_query ~ '[[:cntrl:]]' THEN
        RAISE EXCEPTION 'the search text contains control characters' USING ERRCODE = 'invalid_parameter_value';
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
            RAISE EXCEPTION 'this is not a valid IP address or network' USING ERRCODE = 'invalid_parameter_value';
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
    ELSE
        -- Names by word similarity, nearest first from the index. A single word may also be the
        -- beginning of an address ("anna.mueller"); similar addresses are the last resort, when
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

REVOKE EXECUTE ON ALL FUNCTIONS IN SCHEMA privacy FROM PUBLIC;
GRANT EXECUTE ON FUNCTION privacy.lookup(text, text, text, integer) TO fx_support, fx_dpo;
