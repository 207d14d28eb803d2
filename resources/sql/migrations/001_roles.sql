-- Roles of the console. Roles are cluster-wide, so creating them is idempotent:
-- several databases of one cluster share them.
--   fx_owner    NOLOGIN; owns schemas platform and privacy and every function of the API.
--               CREATEROLE lets the staff functions (SECURITY DEFINER) create logins.
--   fx_support, fx_dpo, fx_admin
--               NOLOGIN groups; every staff login is a member of exactly one of them.
DO $$
BEGIN
    IF (SELECT pg_encoding_to_char(encoding) FROM pg_database WHERE datname = current_database()) <> 'UTF8' THEN
        RAISE EXCEPTION 'database % must use UTF8 encoding', current_database();
    END IF;
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'fx_owner') THEN
        CREATE ROLE fx_owner NOLOGIN CREATEROLE;
    END IF;
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'fx_support') THEN
        CREATE ROLE fx_support NOLOGIN;
    END IF;
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'fx_dpo') THEN
        CREATE ROLE fx_dpo NOLOGIN;
    END IF;
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'fx_admin') THEN
        CREATE ROLE fx_admin NOLOGIN;
    END IF;
    EXECUTE format('GRANT CREATE ON DATABASE %I TO fx_owner', current_database());
END
$$;

-- Nothing of ours is for PUBLIC: functions fx_owner creates are executable only where granted.
ALTER DEFAULT PRIVILEGES FOR ROLE fx_owner REVOKE EXECUTE ON FUNCTIONS FROM PUBLIC;
REVOKE CREATE ON SCHEMA public FROM PUBLIC;
