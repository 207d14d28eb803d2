-- SPDX-License-Identifier: GPL-3.0-or-later
-- The access log: appending an entry to the hash chain, and reading it page by page.
-- Re-applied by every "fxctl db init" after the migrations (CREATE OR REPLACE); a changed
-- signature needs a DROP FUNCTION in a migration first.
SET LOCAL ROLE fx_owner;

-- The fx_ role a login belongs to: 'support', 'dpo', 'admin'; 'superuser' for a superuser outside
-- them (the owner connection that sets a database up); NULL for anyone else.
-- PL/pgSQL, so that its plan is kept for the session: every call of the API asks it.
CREATE OR REPLACE FUNCTION privacy.staff_role_of(p_login name) RETURNS text
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = privacy, pg_temp AS $$
BEGIN
    RETURN coalesce(
        (SELECT substr(g.rolname, 4)
           FROM pg_auth_members m
           JOIN pg_roles g ON g.oid = m.roleid
           JOIN pg_roles u ON u.oid = m.member
          WHERE u.rolname = p_login AND g.rolname IN ('fx_support', 'fx_dpo', 'fx_admin')
          ORDER BY g.rolname LIMIT 1),
        (SELECT 'superuser' FROM pg_roles WHERE rolname = p_login AND rolsuper));
END
$$;

-- One field of the canonical layout: 4-byte big-endian length and the UTF-8 bytes; NULL is
-- the length 0xFFFFFFFF with no bytes. It and the layout below name built-ins only, pin no
-- search path and are as stable as convert_to, so that PostgreSQL inlines them into the caller.
CREATE OR REPLACE FUNCTION privacy.canonical_field(p_value text) RETURNS bytea
LANGUAGE sql STABLE PARALLEL SAFE AS $$
    SELECT CASE WHEN p_value IS NULL THEN '\xffffffff'::bytea
                ELSE int4send(octet_length(convert_to(p_value, 'UTF8'))) || convert_to(p_value, 'UTF8') END
$$;

CREATE OR REPLACE FUNCTION privacy.access_log_canonical(p_at timestamptz, p_staff text, p_staff_role text, p_action text,
                                             p_subject_id bigint, p_ticket text, p_purpose text, p_details text)
RETURNS bytea
LANGUAGE sql STABLE PARALLEL SAFE AS $$
    SELECT convert_to('FXAL1', 'UTF8')
        || privacy.canonical_field(((extract(epoch FROM p_at) * 1000000)::bigint)::text)
        || privacy.canonical_field(p_staff)
        || privacy.canonical_field(p_staff_role)
        || privacy.canonical_field(p_action)
        || privacy.canonical_field(p_subject_id::text)
        || privacy.canonical_field(p_ticket)
        || privacy.canonical_field(p_purpose)
        || privacy.canonical_field(p_details)
$$;

-- The one way into the log. Called by the API's functions in the same transaction as the
-- access they record; not executable by staff directly.
CREATE OR REPLACE FUNCTION privacy.log_access(p_action text, p_subject_id bigint, p_ticket text, p_purpose text,
                                   p_details jsonb DEFAULT '{}')
RETURNS bigint
LANGUAGE plpgsql SECURITY DEFINER SET search_path = privacy, pg_temp AS $$
DECLARE
    v_head      access_log_head%ROWTYPE;
    v_id        bigint;
    v_at        timestamptz;
    v_role      text := staff_role_of(session_user);
    v_details   text := coalesce(p_details, '{}'::jsonb)::text;
    v_hash      bytea;
BEGIN
    IF v_role IS NULL THEN
        RAISE EXCEPTION 'login % is not staff', session_user
            USING ERRCODE = 'insufficient_privilege',
                  HINT = 'fx:log.not_staff ' || json_build_object('login', session_user);
    END IF;
    IF p_action IS NULL OR p_action !~ '^[a-z][a-z_.]{1,63}$' THEN
        RAISE EXCEPTION 'invalid access-log action'
            USING ERRCODE = 'invalid_parameter_value', HINT = 'fx:log.invalid_action';
    END IF;
    SELECT * INTO v_head FROM access_log_head FOR UPDATE;
    v_id := v_head.last_id + 1;
    v_at := clock_timestamp();
    v_hash := sha256(v_head.last_hash || access_log_canonical(v_at, session_user, v_role, p_action, p_subject_id,
                                                              p_ticket, p_purpose, v_details));
    INSERT INTO access_log (id, at, staff, staff_role, action, subject_id, ticket, purpose, details, prev_hash, hash)
    VALUES (v_id, v_at, session_user, v_role, p_action, p_subject_id, p_ticket, p_purpose, v_details,
            v_head.last_hash, v_hash);
    UPDATE access_log_head SET last_id = v_id, last_hash = v_hash;
    RETURN v_id;
END
$$;

-- Who is connected: the console shows what this role may do.
CREATE OR REPLACE FUNCTION privacy.whoami()
RETURNS TABLE (login text, staff_role text, database text, server_version text, tls boolean, tls_version text)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = privacy, pg_temp AS $$
    SELECT session_user::text, staff_role_of(session_user), current_database()::text,
           current_setting('server_version'), coalesce(s.ssl, false), s.version
      FROM (SELECT 1) one
      LEFT JOIN pg_stat_ssl s ON s.pid = pg_backend_pid()
$$;

-- Reading the log (DPO): keyset pages in id order, with the timestamp in microseconds as the
-- chain hashes it.
CREATE OR REPLACE FUNCTION privacy.access_log_page(p_after_id bigint, p_limit integer)
RETURNS TABLE (id bigint, at timestamptz, at_us bigint, staff text, staff_role text, action text, subject_id bigint,
               ticket text, purpose text, details text, prev_hash bytea, hash bytea)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = privacy, pg_temp AS $$
    SELECT l.id, l.at, (extract(epoch FROM l.at) * 1000000)::bigint, l.staff, l.staff_role, l.action, l.subject_id,
           l.ticket, l.purpose, l.details, l.prev_hash, l.hash
      FROM access_log l
     WHERE l.id > p_after_id
     ORDER BY l.id
     LIMIT least(greatest(p_limit, 1), 100000)
$$;

CREATE OR REPLACE FUNCTION privacy.access_log_head()
RETURNS TABLE (last_id bigint, last_hash bytea)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = privacy, pg_temp AS $$
    SELECT last_id, last_hash FROM access_log_head
$$;

REVOKE EXECUTE ON ALL FUNCTIONS IN SCHEMA privacy FROM PUBLIC;
REVOKE EXECUTE ON FUNCTION privacy.log_access(text, bigint, text, text, jsonb) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION privacy.whoami() TO fx_support, fx_dpo, fx_admin;
GRANT EXECUTE ON FUNCTION privacy.access_log_page(bigint, integer), privacy.access_log_head() TO fx_dpo;
