-- SPDX-License-Identifier: GPL-3.0-or-later
-- The home page: what needs the signed-in staff member today, one function per role. Only ids,
-- counts and deadlines, never a learner's data, so reading it writes no access-log entry.
-- Re-applied by every "fxctl db init" after the migrations (CREATE OR REPLACE); a changed
-- signature needs a DROP FUNCTION in a migration first.
SET LOCAL ROLE fx_owner;

-- Open requests with their deadline state; p_mine: only those assigned to or opened by the caller.
CREATE OR REPLACE FUNCTION privacy.home_requests(p_mine boolean) RETURNS jsonb
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = privacy, pg_temp AS $$
DECLARE
    v_warn integer := request_warn_days();
BEGIN
    RETURN coalesce((
        SELECT jsonb_agg(jsonb_build_object(
                   'id', r.id, 'kind', r.kind, 'status', r.status, 'due_on', r.due_on,
                   'overdue', r.due_on < current_date, 'due_soon', r.due_on <= current_date + v_warn)
                   ORDER BY r.due_on, r.id) -- the overdue first
          FROM requests r
         WHERE r.status IN ('new', 'in_progress')
           AND CASE WHEN p_mine THEN session_user IN (r.assignee, r.opened_by)
                    ELSE r.due_on <= current_date + v_warn END), '[]');
END
$$;

-- Open incidents with the time left to the authority's 72-hour deadline.
CREATE OR REPLACE FUNCTION privacy.home_incidents() RETURNS jsonb
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = privacy, pg_temp AS $$
BEGIN
    RETURN coalesce((
        SELECT jsonb_agg(jsonb_build_object(
                   'id', i.id, 'authority_deadline', i.authority_deadline,
                   'seconds_left', floor(extract(epoch FROM i.authority_deadline - now())),
                   'authority_state', incident_authority_state(i))
                   ORDER BY i.authority_deadline, i.id)
          FROM incidents i
         WHERE i.status = 'open'), '[]');
END
$$;

CREATE OR REPLACE FUNCTION privacy.home_support() RETURNS jsonb
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = privacy, pg_temp AS $$
BEGIN
    RETURN jsonb_build_object('role', 'support', 'server_now', now(), 'requests', home_requests(true));
END
$$;

-- The DPO's day: deadlines, approvals (never of a request the DPO opened: four eyes), incident
-- clocks, flags nobody has reviewed, processors still to be told, records due for purge, and how
-- fresh the last verification of the access log and its last signed checkpoint are.
CREATE OR REPLACE FUNCTION privacy.home_dpo() RETURNS jsonb
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = privacy, platform, pg_temp AS $$
DECLARE
    v_warn_days integer := coalesce(setting('checkpoint_warn_days')::integer, 7);
    v_verified  access_log;
    v_signed    access_log;
    v_age       integer;
BEGIN
    PERFORM require_dpo();
    SELECT * INTO v_verified FROM access_log WHERE action = 'audit.verified' ORDER BY id DESC LIMIT 1;
    SELECT * INTO v_signed FROM access_log WHERE action = 'audit.checkpoint' ORDER BY id DESC LIMIT 1;
    v_age := floor(extract(epoch FROM now() - v_signed.at) / 86400);
    RETURN jsonb_build_object(
        'role', 'dpo',
        'server_now', now(),
        'requests', home_requests(false),
        'approvals', coalesce((
            SELECT jsonb_agg(jsonb_build_object('id', r.id, 'due_on', r.due_on,
                                                'overdue', r.due_on < current_date)
                             ORDER BY r.due_on, r.id)
              FROM requests r
             WHERE r.kind = 'erasure' AND r.status IN ('new', 'in_progress') AND r.approved_at IS NULL
               AND r.opened_by <> session_user), '[]'),
        'incidents', home_incidents(),
        'unreviewed_flags', (SELECT count(DISTINCT a.entry_id) FROM access_log_anomalies a
                              WHERE NOT EXISTS (SELECT 1 FROM anomaly_reviews v WHERE v.entry_id = a.entry_id)),
        'processor_tasks', coalesce((
            SELECT jsonb_agg(jsonb_build_object('request_id', t.request_id, 'open', t.n_open) ORDER BY t.request_id)
              FROM (SELECT request_id, count(*) AS n_open FROM processor_tasks WHERE done_at IS NULL
                     GROUP BY request_id) t), '[]'),
        'purge', (SELECT jsonb_build_object('records', count(*), 'learners', count(DISTINCT r.user_id),
                                            'since', min(r.retained_until))
                    FROM restrictions r WHERE r.retained_until < current_date),
        'chain', jsonb_build_object(
            'verified_at', v_verified.at,
            'verified_entries', (v_verified.details::jsonb ->> 'entries')::bigint,
            'intact', (v_verified.details::jsonb ->> 'intact')::boolean,
            'checkpoint_at', v_signed.at,
            'checkpoint_age_days', v_age,
            'warn_days', v_warn_days,
            'warning', v_signed.id IS NULL OR v_age >= v_warn_days));
END
$$;

-- The administrator's day: incident clocks, logins nobody has used for 90 days (the last
-- access-log entry of the login, or since it was created), and roles not confirmed within the
-- recertification period (the latest confirmation of the present role, or since the login was
-- created). One's own login is left out: another administrator confirms it.
CREATE OR REPLACE FUNCTION privacy.home_admin() RETURNS jsonb
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = privacy, pg_temp AS $$
DECLARE
    v_days integer := coalesce(setting('recertify_days')::integer, 180);
BEGIN
    PERFORM require_admin();
    RETURN jsonb_build_object(
        'role', 'admin',
        'server_now', now(),
        'recertify_days', v_days,
        'incidents', home_incidents(),
        'stale_logins', coalesce((
            SELECT jsonb_agg(jsonb_build_object('login', o.login, 'last_seen', o.last_seen)
                             ORDER BY o.last_seen NULLS FIRST, o.login)
              FROM staff_overview() o
             WHERE o.can_login AND o.login <> session_user
               AND coalesce(o.last_seen, o.created_at, '-infinity') < now() - interval '90 days'), '[]'),
        'recertification', coalesce((
            SELECT jsonb_agg(jsonb_build_object('login', c.login, 'staff_role', c.staff_role,
                                                'confirmed_at', c.confirmed_at,
                                                'due_at', coalesce(c.confirmed_at, s.created_at) + make_interval(days => v_days))
                             ORDER BY coalesce(c.confirmed_at, s.created_at) NULLS FIRST, c.login)
              FROM staff_confirmations() c
              LEFT JOIN staff s ON s.login = c.login
             WHERE c.login <> session_user
               AND coalesce(c.confirmed_at, s.created_at, '-infinity') < now() - make_interval(days => v_days)), '[]'));
END
$$;

-- A verification of the whole access log, noted by the client that did it, so that the home page
-- knows when the chain was last checked.
CREATE OR REPLACE FUNCTION privacy.audit_note_verified(p_entries bigint, p_intact boolean) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = privacy, pg_temp AS $$
BEGIN
    PERFORM require_dpo();
    IF p_entries IS NULL OR p_entries < 0 OR p_intact IS NULL THEN
        RAISE EXCEPTION 'a verification is noted with its number of entries and whether the chain is intact'
            USING ERRCODE = 'invalid_parameter_value', HINT = 'fx:audit.verification_note';
    END IF;
    PERFORM log_access('audit.verified', NULL, NULL, 'access-log verification',
                       jsonb_build_object('entries', p_entries, 'intact', p_intact));
END
$$;

-- A signed checkpoint, noted by the client that signed it (the key never enters the database).
CREATE OR REPLACE FUNCTION privacy.audit_note_checkpoint(p_last_id bigint, p_fingerprint text) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = privacy, pg_temp AS $$
BEGIN
    PERFORM require_dpo();
    IF p_last_id IS NULL OR p_last_id < 0 OR p_fingerprint IS NULL OR p_fingerprint !~ '^[0-9a-f]{16}$' THEN
        RAISE EXCEPTION 'a checkpoint is noted with its last entry and the fingerprint of its key'
            USING ERRCODE = 'invalid_parameter_value', HINT = 'fx:audit.checkpoint_note';
    END IF;
    PERFORM log_access('audit.checkpoint', NULL, NULL, 'access-log checkpoint',
                       jsonb_build_object('last_id', p_last_id, 'key', p_fingerprint));
END
$$;

REVOKE EXECUTE ON ALL FUNCTIONS IN SCHEMA privacy FROM PUBLIC;
GRANT EXECUTE ON FUNCTION privacy.home_support() TO fx_support;
GRANT EXECUTE ON FUNCTION privacy.home_dpo(), privacy.audit_note_verified(bigint, boolean),
                          privacy.audit_note_checkpoint(bigint, text) TO fx_dpo;
GRANT EXECUTE ON FUNCTION privacy.home_admin() TO fx_admin;
