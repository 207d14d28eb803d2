-- SPDX-License-Identifier: GPL-3.0-or-later
-- The records of processing activities (Art. 30(1) GDPR), from the data map in force, the
-- processor registry and the policies: what an authority may ask for at any time.
-- Re-applied by every "fxctl db init" after the migrations (CREATE OR REPLACE); a changed
-- signature needs a DROP FUNCTION in a migration first.
SET LOCAL ROLE fx_owner;

-- No learner's data: the tables the map names with their rules, counts of rows by the planner's
-- estimate, and the processors. For the administrator and the data protection officer.
CREATE OR REPLACE FUNCTION privacy.processing_records() RETURNS jsonb
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = privacy, pg_temp AS $$
DECLARE
    v_map data_maps;
BEGIN
    IF coalesce(staff_role_of(session_user), '') NOT IN ('admin', 'dpo', 'superuser') THEN
        RAISE EXCEPTION 'only an administrator or the data protection officer may work with the data map'
            USING ERRCODE = 'insufficient_privilege', HINT = 'fx:map.admin_only';
    END IF;
    SELECT * INTO v_map FROM data_maps ORDER BY id DESC LIMIT 1;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'no data map has been applied to this database yet'
            USING ERRCODE = 'object_not_in_prerequisite_state', HINT = 'fx:map.none';
    END IF;
    RETURN jsonb_build_object(
        'controller', coalesce(setting('controller'), ''),
        'dpo', coalesce(setting('dpo_contact'), ''),
        'policy_version', coalesce(setting('privacy_policy_version'), ''),
        'map', jsonb_build_object('name', v_map.name, 'version', v_map.version, 'sha256', v_map.sha256,
                                  'applied_at', date_trunc('seconds', v_map.applied_at)),
        'subjects', (SELECT greatest(c.reltuples, 0)::bigint FROM map_subject s JOIN pg_class c ON c.oid = s.table_name),
        'tables', (SELECT coalesce(jsonb_agg(jsonb_build_object(
                              'table', c.relname, 'category', t.category, 'origin', t.origin, 'purposes', t.purposes,
                              'erasure', r.action, 'years', r.retention_years, 'from', r.retain_from,
                              'basis_en', r.basis_en, 'basis_de', r.basis_de) ORDER BY t.position), '[]')
                     FROM export_tables t
                     JOIN pg_class c ON c.oid = t.table_name
                     LEFT JOIN erasure_rules r ON r.table_name = t.table_name
                    WHERE t.table_name <> 'privacy.requests'::regclass),
        'processors', (SELECT coalesce(jsonb_agg(jsonb_build_object(
                                  'name', p.name, 'category', p.category, 'contact', p.contact,
                                  'dpa_reference', p.dpa_reference, 'data_categories', to_jsonb(p.data_categories))
                              ORDER BY p.name), '[]')
                         FROM processors p));
END
$$;

REVOKE EXECUTE ON ALL FUNCTIONS IN SCHEMA privacy FROM PUBLIC;
GRANT EXECUTE ON FUNCTION privacy.processing_records() TO fx_admin, fx_dpo;
