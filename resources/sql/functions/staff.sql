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

-- Access recertification: an administrator confirms that another staff member still needs their
-- present role. Logged; one's own role is confirmed by someone else.
CREATE OR REPLACE FUNCTION privacy.staff_recertify(p_login text) RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = privacy, pg_temp AS $$
DECLARE
    v_role text;
    v_row  staff_recertifications;
BEGIN
    PERFORM require_admin();
    v_role := staff_role_of(p_login);
    IF v_role IS NULL OR v_role = 'superuser' THEN
        RAISE EXCEPTION 'no staff login named %', p_login
            USING ERRCODE = 'undefined_object',
                  HINT = 'fx:admin.no_such_login ' || json_build_object('login', p_login);
    END IF;
    IF p_login = session_user THEN
        RAISE EXCEPTION 'you cannot confirm your own role; ask another administrator'
            USING ERRCODE = 'insufficient_privilege', HINT = 'fx:staff.recertify_own';
    END IF;
    INSERT INTO staff_recertifications (login, role) VALUES (p_login, v_role) RETURNING * INTO v_row;
    PERFORM log_access('staff.recertify', NULL, NULL, 'access recertification',
                       jsonb_build_object('login', p_login, 'role', v_role));
    RETURN to_jsonb(v_row);
END
$$;

-- The latest confirmation of each staff login's present role (none: never confirmed).
CREATE OR REPLACE FUNCTION privacy.staff_confirmations()
RETURNS TABLE (login text, staff_role text, confirmed_by text, confirmed_at timestamptz)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = privacy, pg_temp AS $$
BEGIN
    PERFORM require_admin();
    RETURN QUERY
        SELECT l.login, l.staff_role, c.confirmed_by, c.confirmed_at
          FROM staff_list() l
          LEFT JOIN LATERAL (SELECT r.confirmed_by, r.confirmed_at FROM staff_recertifications r
                              WHERE r.login = l.login AND r.role = l.staff_role
                              ORDER BY r.confirmed_at DESC LIMIT 1) c ON true
         ORDER BY l.login;
END
$$;

REVOKE EXECUTE ON ALL FUNCTIONS IN SCHEMA privacy FROM PUBLIC;
GRANT EXECUTE ON FUNCTION privacy.staff_add(text, text, text, text), privacy.staff_list(),
                          privacy.staff_remove(text), privacy.staff_recertify(text),
                          privacy.staff_confirmations() TO fx_admin;
