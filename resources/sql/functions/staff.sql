-- SPDX-License-Identifier: GPL-3.0-or-later
-- Staff logins and their console roles.
-- Re-applied by every "fxctl db init" after the migrations (CREATE OR REPLACE); a changed
-- signature needs a DROP FUNCTION in a migration first.
SET LOCAL ROLE fx_owner;

CREATE OR REPLACE FUNCTION privacy.require_admin() RETURNS void
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = privacy, pg_temp AS $$
BEGIN
    IF coalesce(staff_role_of(session_user), '') NOT IN ('admin', 'superuser') THEN
        RAISE EXCEPTION 'only an administrator may manage staff'
            USING ERRCODE = 'insufficient_privilege', HINT = 'fx:staff.admin_only';
    END IF;
END
$$;

CREATE OR REPLACE FUNCTION privacy.staff_add(p_login text, p_role text, p_scram_verifier text, p_display_name text DEFAULT NULL)
RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = privacy, pg_temp AS $$
BEGIN
    PERFORM require_admin();
    IF p_login IS NULL OR p_login !~ '^[a-z][a-z0-9_.-]{1,62}$' OR p_login LIKE 'fx\_%' OR p_login LIKE 'pg\_%' THEN
        RAISE EXCEPTION 'invalid login name: use 2 to 63 lower-case letters, digits, dot, dash or underscore'
            USING ERRCODE = 'invalid_parameter_value', HINT = 'fx:staff.login_form';
    END IF;
    IF p_role IS NULL OR p_role NOT IN ('support', 'dpo', 'admin') THEN
        RAISE EXCEPTION 'invalid role: use support, dpo or admin'
            USING ERRCODE = 'invalid_parameter_value', HINT = 'fx:staff.invalid_role';
    END IF;
    IF p_scram_verifier IS NULL OR p_scram_verifier !~ '^SCRAM-SHA-256\$[0-9]+:[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+:[A-Za-z0-9+/=]+$' THEN
        RAISE EXCEPTION 'the password must be given as a SCRAM-SHA-256 verifier'
            USING ERRCODE = 'invalid_parameter_value', HINT = 'fx:staff.password_form';
    END IF;
    IF EXISTS (SELECT FROM pg_roles WHERE rolname = p_login) THEN
        RAISE EXCEPTION 'a login named % exists already', p_login
            USING ERRCODE = 'duplicate_object', HINT = 'fx:staff.login_exists ' || json_build_object('login', p_login);
    END IF;
    EXECUTE format('CREATE ROLE %I LOGIN INHERIT PASSWORD %L', p_login, p_scram_verifier);
    EXECUTE format('GRANT %I TO %I', 'fx_' || p_role, p_login);
    INSERT INTO staff (login, display_name) VALUES (p_login, nullif(btrim(p_display_name), ''))
        ON CONFLICT (login) DO UPDATE SET display_name = excluded.display_name, created_at = now(),
                                          created_by = session_user;
    PERFORM log_access('staff.add', NULL, NULL, NULL, jsonb_build_object('login', p_login, 'role', p_role));
END
$$;

CREATE OR REPLACE FUNCTION privacy.staff_list()
RETURNS TABLE (login text, staff_role text, display_name text, created_at timestamptz, can_login boolean)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = privacy, pg_temp AS $$
BEGIN
    PERFORM require_admin();
    RETURN QUERY
        SELECT r.rolname::text, substr(g.rolname, 4), s.display_name, s.created_at, r.rolcanlogin
          FROM pg_roles r
          JOIN pg_auth_members m ON m.member = r.oid
          JOIN pg_roles g ON g.oid = m.roleid AND g.rolname IN ('fx_support', 'fx_dpo', 'fx_admin')
          LEFT JOIN staff s ON s.login = r.rolname
         ORDER BY r.rolname;
END
$$;

-- Removal: as before, and the last administrator who can sign in stays.
CREATE OR REPLACE FUNCTION privacy.staff_remove(p_login text) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = privacy, pg_temp AS $$
DECLARE
    v_role text := require_other_staff(p_login);
BEGIN
    IF v_role = 'admin' AND active_admins() <= 1 AND (SELECT rolcanlogin FROM pg_roles WHERE rolname = p_login) THEN
        RAISE EXCEPTION 'the last administrator cannot be removed'
            USING ERRCODE = 'insufficient_privilege', HINT = 'fx:staff.last_admin_remove';
    END IF;
    EXECUTE format('DROP ROLE %I', p_login);
    DELETE FROM staff WHERE login = p_login;
    PERFORM log_access('staff.remove', NULL, NULL, NULL, jsonb_build_object('login', p_login, 'role', v_role));
END
$$;

REVOKE EXECUTE ON ALL FUNCTIONS IN SCHEMA privacy FROM PUBLIC;
GRANT EXECUTE ON FUNCTION privacy.staff_add(text, text, text, text), privacy.staff_list(),
                          privacy.staff_remove(text) TO fx_admin;
