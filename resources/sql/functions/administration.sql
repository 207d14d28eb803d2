-- SPDX-License-Identifier: GPL-3.0-or-later
-- Administration: staff roles and access, the policies an administrator sets, retention
-- periods and the processor registry.
-- Re-applied by every "fxctl db init" after the migrations (CREATE OR REPLACE); a changed
-- signature needs a DROP FUNCTION in a migration first.
SET LOCAL ROLE fx_owner;

-- How many days before its deadline an open request is shown as due soon (the deadlines
-- themselves are the law's: Art. 12(3)).
CREATE OR REPLACE FUNCTION privacy.request_warn_days() RETURNS integer
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = privacy, pg_temp AS $$
    SELECT coalesce(setting('request_warn_days')::integer, 7)
$$;

-- This database's administrators who can sign in (roles are cluster-wide; the staff table says
-- whose staff they are).
CREATE OR REPLACE FUNCTION privacy.active_admins() RETURNS bigint
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = privacy, pg_temp AS $$
    SELECT count(*) FROM pg_auth_members m
      JOIN pg_roles g ON g.oid = m.roleid AND g.rolname = 'fx_admin'
      JOIN pg_roles r ON r.oid = m.member AND r.rolcanlogin
      JOIN staff s ON s.login = r.rolname
$$;

-- A staff login an administrator may change: exists, is staff, is not the caller.
CREATE OR REPLACE FUNCTION privacy.require_other_staff(p_login text) RETURNS text
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = privacy, pg_temp AS $$
DECLARE
    v_role text := staff_role_of(p_login);
BEGIN
    PERFORM require_admin();
    IF v_role IS NULL OR v_role = 'superuser' THEN
        RAISE EXCEPTION 'no staff login named %', p_login
            USING ERRCODE = 'undefined_object',
                  HINT = 'fx:admin.no_such_login ' || json_build_object('login', p_login);
    END IF;
    IF p_login = session_user THEN
        RAISE EXCEPTION 'you cannot change your own login; ask another administrator'
            USING ERRCODE = 'insufficient_privilege', HINT = 'fx:admin.own_login';
    END IF;
    RETURN v_role;
END
$$;

-- Staff with their role, whether they can sign in, and when they last appear in the access log.
CREATE OR REPLACE FUNCTION privacy.staff_overview()
RETURNS TABLE (login text, staff_role text, display_name text, created_at timestamptz, can_login boolean,
               last_seen timestamptz)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = privacy, pg_temp AS $$
BEGIN
    PERFORM require_admin();
    RETURN QUERY
        SELECT l.login, l.staff_role, l.display_name, l.created_at, l.can_login,
               (SELECT a.at FROM access_log a WHERE a.staff = l.login ORDER BY a.id DESC LIMIT 1)
          FROM staff_list() l;
END
$$;

-- Moves a login to another role: it stays in exactly one fx_ role.
CREATE OR REPLACE FUNCTION privacy.staff_set_role(p_login text, p_role text) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = privacy, pg_temp AS $$
DECLARE
    v_old text := require_other_staff(p_login);
BEGIN
    IF p_role IS NULL OR p_role NOT IN ('support', 'dpo', 'admin') THEN
        RAISE EXCEPTION 'invalid role: use support, dpo or admin'
            USING ERRCODE = 'invalid_parameter_value', HINT = 'fx:staff.invalid_role';
    END IF;
    IF v_old = p_role THEN
        RETURN;
    END IF;
    IF v_old = 'admin' AND active_admins() <= 1 THEN
        RAISE EXCEPTION 'the last administrator keeps the role'
            USING ERRCODE = 'insufficient_privilege', HINT = 'fx:admin.last_admin_role';
    END IF;
    EXECUTE format('REVOKE %I FROM %I', 'fx_' || v_old, p_login);
    EXECUTE format('GRANT %I TO %I', 'fx_' || p_role, p_login);
    PERFORM log_access('staff.set_role', NULL, NULL, NULL,
                       jsonb_build_object('login', p_login, 'from', v_old, 'to', p_role));
END
$$;

-- Disables or enables signing in; the role and the history stay.
CREATE OR REPLACE FUNCTION privacy.staff_set_enabled(p_login text, p_enabled boolean) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = privacy, pg_temp AS $$
DECLARE
    v_role text := require_other_staff(p_login);
BEGIN
    IF p_enabled IS NULL THEN
        RAISE EXCEPTION 'say whether to enable or disable'
            USING ERRCODE = 'invalid_parameter_value', HINT = 'fx:admin.enable_or_disable';
    END IF;
    IF NOT p_enabled AND v_role = 'admin' AND active_admins() <= 1
       AND (SELECT rolcanlogin FROM pg_roles WHERE rolname = p_login) THEN
        RAISE EXCEPTION 'the last administrator cannot be disabled'
            USING ERRCODE = 'insufficient_privilege', HINT = 'fx:admin.last_admin_disable';
    END IF;
    EXECUTE format('ALTER ROLE %I %s', p_login, CASE WHEN p_enabled THEN 'LOGIN' ELSE 'NOLOGIN' END);
    PERFORM log_access(CASE WHEN p_enabled THEN 'staff.enable' ELSE 'staff.disable' END, NULL, NULL, NULL,
                       jsonb_build_object('login', p_login));
END
$$;

-- Whether a value fits a policy setting; NULL for a key that is not a policy.
CREATE OR REPLACE FUNCTION privacy.policy_value_valid(p_key text, p_value text) RETURNS boolean
LANGUAGE plpgsql STABLE SET search_path = privacy, pg_temp AS $$
BEGIN
    IF p_value IS NULL THEN
        RETURN false;
    END IF;
    CASE p_key
    WHEN 'ticket_pattern' THEN
        -- Anchored at both ends, so that a reference cannot hide in other text.
        IF length(p_value) > 200 OR left(p_value, 1) <> '^' OR right(p_value, 1) <> chr(36) THEN
            RETURN false;
        END IF;
        BEGIN
            PERFORM '' ~ p_value;
        EXCEPTION WHEN invalid_regular_expression THEN
            RETURN false;
        END;
        RETURN true;
    WHEN 'lookup_max_results' THEN RETURN p_value ~ '^[1-9][0-9]{0,2}$' AND p_value::integer <= 500;
    WHEN 'export_needs_approval' THEN RETURN p_value IN ('true', 'false');
    WHEN 'request_warn_days' THEN RETURN p_value ~ '^[0-9]{1,2}$' AND p_value::integer BETWEEN 1 AND 30;
    WHEN 'finder_sample' THEN RETURN p_value ~ '^[1-9][0-9]{2,5}$' AND p_value::integer BETWEEN 100 AND 100000;
    WHEN 'dpo_contact', 'controller' THEN RETURN length(btrim(p_value)) BETWEEN 5 AND 500;
    WHEN 'privacy_policy_version' THEN RETURN p_value ~ '^[A-Za-z0-9._-]{1,40}$';
    WHEN 'anomaly_min_distinct' THEN RETURN p_value ~ '^[1-9][0-9]{0,4}$';
    WHEN 'anomaly_factor' THEN RETURN p_value ~ '^[0-9]{1,3}(\.[0-9]{1,2})?$';
    WHEN 'work_hours' THEN RETURN p_value ~ '^([01][0-9]|2[0-3]):[0-5][0-9]-([01][0-9]|2[0-3]):[0-5][0-9]$';
    WHEN 'work_days' THEN RETURN p_value ~ '^[1-7]-[1-7]$';
    WHEN 'work_timezone' THEN RETURN EXISTS (SELECT 1 FROM pg_timezone_names WHERE name = p_value);
    WHEN 'recertify_days' THEN RETURN p_value ~ '^[1-9][0-9]{1,2}$' AND p_value::integer BETWEEN 30 AND 730;
    WHEN 'checkpoint_warn_days' THEN RETURN p_value ~ '^[1-9][0-9]{0,2}$' AND p_value::integer <= 365;
    ELSE RETURN NULL;
    END CASE;
END
$$;

-- The policies an administrator sets; the access-log review's settings are among them.
CREATE OR REPLACE FUNCTION privacy.policy_get() RETURNS jsonb
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = privacy, pg_temp AS $$
BEGIN
    PERFORM require_admin();
    RETURN (SELECT jsonb_object_agg(s.key, s.value) FROM settings s
             WHERE policy_value_valid(s.key, s.value) IS NOT NULL);
END
$$;

CREATE OR REPLACE FUNCTION privacy.policy_set(p_key text, p_value text) RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = privacy, pg_temp AS $$
DECLARE
    v_valid boolean := policy_value_valid(p_key, p_value);
BEGIN
    PERFORM require_admin();
    IF v_valid IS NULL THEN
        RAISE EXCEPTION 'there is no policy %', left(p_key, 64)
            USING ERRCODE = 'invalid_parameter_value',
                  HINT = 'fx:admin.no_such_policy ' || json_build_object('policy', left(p_key, 64));
    END IF;
    IF NOT v_valid THEN
        RAISE EXCEPTION 'this value does not fit the policy "%"', p_key
            USING ERRCODE = 'invalid_parameter_value',
                  HINT = 'fx:admin.policy_value ' || json_build_object('policy', p_key);
    END IF;
    UPDATE settings SET value = p_value WHERE key = p_key;
    IF p_key IN ('anomaly_min_distinct', 'anomaly_factor', 'work_hours', 'work_days', 'work_timezone') THEN
        -- The review's flags follow the new thresholds.
        DELETE FROM access_log_anomalies;
        UPDATE anomaly_scan SET scanned_to = 0;
    END IF;
    PERFORM log_access('settings.change', NULL, NULL, 'policy',
                       jsonb_build_object('key', p_key, 'value', left(p_value, 200)));
    RETURN policy_get();
END
$$;

-- Retention rules: the action per table at erasure, and for retained records the period and
-- the legal basis. What the erasure implements can be chosen: invoices are retained for a period
-- or deleted; the other tables' actions are part of the erasure itself and stay as they are.
CREATE OR REPLACE FUNCTION privacy.retention_rules()
RETURNS TABLE (table_name text, category text, action text, retention_years integer, basis_en text, basis_de text,
               actions text[])
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = privacy, pg_temp AS $$
BEGIN
    PERFORM require_admin();
    RETURN QUERY
        SELECT c.relname::text, t.category, e.action, e.retention_years, e.basis_en, e.basis_de,
               CASE WHEN e.retain_from IS NOT NULL THEN ARRAY['retain', 'delete'] ELSE ARRAY[e.action] END
          FROM erasure_rules e
          JOIN pg_class c ON c.oid = e.table_name
          JOIN export_tables t ON t.table_name = e.table_name
         ORDER BY e.position;
END
$$;

-- The restricted records a new rule would release: kept until a day that, under the new rule,
-- lies in the past (all of them when they are to be deleted).
CREATE OR REPLACE FUNCTION privacy.retention_released(p_table text, p_action text, p_years integer)
RETURNS TABLE (row_key bigint, user_id bigint, retained_until date, new_until date)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = privacy, pg_temp AS $$
DECLARE
    v_rule erasure_rules;
BEGIN
    PERFORM require_admin();
    SELECT e.* INTO v_rule FROM erasure_rules e JOIN pg_class c ON c.oid = e.table_name
     WHERE c.relname = p_table AND e.retain_from IS NOT NULL;
    IF NOT FOUND THEN
        RETURN;
    END IF;
    RETURN QUERY EXECUTE format(
        'SELECT r.row_key, r.user_id, r.retained_until,'
        '       CASE WHEN $1 = ''delete'' THEN current_date - 1 ELSE privacy.retained_until(coalesce(%s, now()), $2) END'
        '  FROM privacy.restrictions r JOIN %s t ON t.%I = r.row_key'
        ' WHERE r.table_name = $3 AND ($1 = ''delete'' OR privacy.retained_until(coalesce(%s, now()), $2) < current_date)'
        ' ORDER BY r.retained_until, r.row_key',
        map_time_sql(v_rule.table_name, v_rule.retain_from, 't'), v_rule.table_name, map_key_column(v_rule.table_name), map_time_sql(v_rule.table_name, v_rule.retain_from, 't'))
      USING p_action, p_years, v_rule.table_name;
END
$$;

-- Sets a table's rule. Restricted records follow it, so a shorter period or deleting releases
-- them for the purge; future previews and erasures use it at once.
CREATE OR REPLACE FUNCTION privacy.retention_set(p_table text, p_action text, p_years integer, p_basis_en text,
                                      p_basis_de text)
RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = privacy, platform, pg_temp AS $$
DECLARE
    v_rule      erasure_rules;
    v_released  bigint;
BEGIN
    PERFORM require_admin();
    SELECT e.* INTO v_rule FROM erasure_rules e JOIN pg_class c ON c.oid = e.table_name WHERE c.relname = p_table;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'there is no rule for the table %', left(p_table, 64)
            USING ERRCODE = 'no_data_found',
                  HINT = 'fx:admin.no_such_rule ' || json_build_object('table', left(p_table, 64));
    END IF;
    -- A table the data map retains may also be deleted instead; the others keep the map's erasure.
    IF p_action IS NULL OR NOT (p_action = v_rule.action
                                OR (v_rule.retain_from IS NOT NULL AND p_action IN ('retain', 'delete'))) THEN
        RAISE EXCEPTION 'the erasure of % can only %', p_table,
            CASE WHEN v_rule.retain_from IS NOT NULL THEN 'retain or delete' ELSE v_rule.action END
            USING ERRCODE = 'invalid_parameter_value',
                  HINT = 'fx:admin.erasure_action ' || json_build_object('table', p_table, 'allowed',
                      CASE WHEN v_rule.retain_from IS NOT NULL THEN 'retain or delete' ELSE v_rule.action END);
    END IF;
    IF p_action = 'retain' THEN
        IF p_years IS NULL OR p_years NOT BETWEEN 1 AND 30 THEN
            RAISE EXCEPTION 'the retention period must be 1 to 30 years'
                USING ERRCODE = 'invalid_parameter_value', HINT = 'fx:admin.retention_years';
        END IF;
        IF length(btrim(coalesce(p_basis_en, ''))) NOT BETWEEN 10 AND 1000
           OR length(btrim(coalesce(p_basis_de, ''))) NOT BETWEEN 10 AND 1000 THEN
            RAISE EXCEPTION 'give the legal basis in English and German, 10 to 1000 characters each'
                USING ERRCODE = 'invalid_parameter_value', HINT = 'fx:admin.retention_basis_length';
        END IF;
    END IF;
    SELECT count(*) INTO v_released FROM retention_released(p_table, p_action, p_years);
    IF p_action = 'retain' THEN
        UPDATE erasure_rules SET action = 'retain', retention_years = p_years, basis_en = btrim(p_basis_en),
                                 basis_de = btrim(p_basis_de)
         WHERE table_name = v_rule.table_name;
        EXECUTE format('UPDATE privacy.restrictions r SET retained_until = privacy.retained_until(coalesce(%s, now()), $1), basis = $2'
                       '  FROM %s t WHERE r.table_name = $3 AND t.%I = r.row_key',
                       map_time_sql(v_rule.table_name, v_rule.retain_from, 't'), v_rule.table_name, map_key_column(v_rule.table_name))
          USING p_years, btrim(p_basis_en), v_rule.table_name;
    ELSIF p_action = 'delete' AND v_rule.action = 'retain' THEN
        UPDATE erasure_rules SET action = 'delete', retention_years = NULL, basis_en = NULL, basis_de = NULL
         WHERE table_name = v_rule.table_name;
        UPDATE restrictions SET retained_until = current_date - 1 WHERE table_name = v_rule.table_name;
    END IF;
    PERFORM log_access('retention.set', NULL, NULL, 'retention policy',
                       jsonb_build_object('table', p_table, 'from', v_rule.action || coalesce(' ' || v_rule.retention_years, ''),
                                          'to', p_action || coalesce(' ' || p_years, ''), 'released', v_released));
    RETURN jsonb_build_object('table', p_table, 'action', p_action, 'years', p_years, 'released', v_released);
END
$$;

CREATE OR REPLACE FUNCTION privacy.processor_list()
RETURNS TABLE (id integer, name text, category text, contact text, deletion_contact text, dpa_reference text,
               data_categories text[], people bigint)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = privacy, platform, pg_temp AS $$
BEGIN
    PERFORM require_admin();
    RETURN QUERY
        SELECT p.id, p.name, p.category, p.contact, p.deletion_contact, p.dpa_reference, p.data_categories,
               coalesce(l.people, 0)
          FROM processors p LEFT JOIN processor_people() l ON l.processor_id = p.id ORDER BY p.name;
END
$$;

-- Adds (no id) or changes (id) a processor; every field is checked, the change logged.
CREATE OR REPLACE FUNCTION privacy.processor_save(p_id integer, p_name text, p_category text, p_contact text,
                                       p_deletion_contact text, p_dpa_reference text, p_data_categories text[])
RETURNS integer
LANGUAGE plpgsql SECURITY DEFINER SET search_path = privacy, platform, pg_temp AS $$
DECLARE
    v_id integer := p_id;
BEGIN
    PERFORM require_admin();
    IF length(btrim(coalesce(p_name, ''))) NOT BETWEEN 2 AND 200 THEN
        RAISE EXCEPTION 'give the processor a name of 2 to 200 characters'
            USING ERRCODE = 'invalid_parameter_value', HINT = 'fx:admin.processor_name_length';
    END IF;
    IF p_category IS NULL OR p_category NOT IN ('analytics', 'video_hosting', 'payment', 'cloud_cdn', 'communication') THEN
        RAISE EXCEPTION 'the category must be analytics, video_hosting, payment, cloud_cdn or communication'
            USING ERRCODE = 'invalid_parameter_value', HINT = 'fx:admin.processor_category';
    END IF;
    IF length(btrim(coalesce(p_contact, ''))) NOT BETWEEN 3 AND 500
       OR length(coalesce(p_deletion_contact, '')) > 500 OR length(coalesce(p_dpa_reference, '')) > 200 THEN
        RAISE EXCEPTION 'give a contact of 3 to 500 characters; the deletion contact and the agreement reference may be up to 500 and 200'
            USING ERRCODE = 'invalid_parameter_value', HINT = 'fx:admin.processor_contact_length';
    END IF;
    IF EXISTS (SELECT 1 FROM unnest(coalesce(p_data_categories, '{}')) c
                WHERE c NOT IN ('account', 'profile', 'consents', 'education', 'technical', 'communication', 'payment')) THEN
        RAISE EXCEPTION 'unknown data category: use account, profile, consents, education, technical, communication, payment'
            USING ERRCODE = 'invalid_parameter_value', HINT = 'fx:admin.processor_data_category';
    END IF;
    BEGIN
        IF v_id IS NULL THEN
            INSERT INTO processors (id, name, category, contact, deletion_contact, dpa_reference, data_categories)
            VALUES ((SELECT coalesce(max(id), 0) + 1 FROM processors), btrim(p_name), p_category, btrim(p_contact),
                    coalesce(btrim(p_deletion_contact), ''), coalesce(btrim(p_dpa_reference), ''),
                    (SELECT coalesce(array_agg(DISTINCT c ORDER BY c), '{}') FROM unnest(p_data_categories) c))
            RETURNING id INTO v_id;
        ELSE
            UPDATE processors SET name = btrim(p_name), category = p_category, contact = btrim(p_contact),
                                  deletion_contact = coalesce(btrim(p_deletion_contact), ''),
                                  dpa_reference = coalesce(btrim(p_dpa_reference), ''),
                                  data_categories = (SELECT coalesce(array_agg(DISTINCT c ORDER BY c), '{}')
                                                       FROM unnest(p_data_categories) c)
             WHERE id = v_id;
            IF NOT FOUND THEN
                RAISE EXCEPTION 'there is no processor %', v_id
                    USING ERRCODE = 'no_data_found',
                          HINT = 'fx:admin.no_such_processor ' || json_build_object('id', v_id);
            END IF;
        END IF;
    EXCEPTION WHEN unique_violation THEN
        RAISE EXCEPTION 'a processor named % exists already', btrim(p_name)
            USING ERRCODE = 'unique_violation',
                  HINT = 'fx:admin.processor_exists ' || json_build_object('name', btrim(p_name));
    END;
    PERFORM log_access(CASE WHEN p_id IS NULL THEN 'processor.add' ELSE 'processor.edit' END, NULL, NULL, NULL,
                       jsonb_build_object('processor_id', v_id));
    RETURN v_id;
END
$$;

REVOKE EXECUTE ON ALL FUNCTIONS IN SCHEMA privacy FROM PUBLIC;
GRANT EXECUTE ON FUNCTION privacy.request_warn_days() TO fx_support, fx_dpo;
GRANT EXECUTE ON FUNCTION
    privacy.staff_overview(),
    privacy.staff_set_role(text, text),
    privacy.staff_set_enabled(text, boolean),
    privacy.policy_get(),
    privacy.policy_set(text, text),
    privacy.retention_rules(),
    privacy.retention_released(text, text, integer),
    privacy.retention_set(text, text, integer, text, text),
    privacy.processor_list(),
    privacy.processor_save(integer, text, text, text, text, text, text[])
TO fx_admin;
