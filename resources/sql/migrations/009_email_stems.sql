-- Similar email addresses, fast at a million learners. Comparing a typed address with
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
