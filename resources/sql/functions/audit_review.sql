-- SPDX-License-Identifier: GPL-3.0-or-later
-- Access-log review for the DPO: filtered keyset pages, anomaly flags and their settings.
-- Re-applied by every "fxctl db init" after the migrations (CREATE OR REPLACE); a changed
-- signature needs a DROP FUNCTION in a migration first.
SET LOCAL ROLE fx_owner;

-- Entries the rules look at: access to people's data. Reading or reviewing the log, settings,
-- staff and processor administration, incidents, retention and re-applying erasures after a
-- restore are the console's own housekeeping, not the access the review exists for.
CREATE OR REPLACE FUNCTION privacy.anomaly_relevant(p_action text) RETURNS boolean
LANGUAGE sql IMMUTABLE AS $$
    SELECT p_action NOT LIKE 'audit.%' AND p_action NOT LIKE 'settings.%' AND p_action NOT LIKE 'staff.%'
       AND p_action NOT LIKE 'processor.%' AND p_action NOT LIKE 'incident.%' AND p_action NOT LIKE 'retention.%'
       AND p_action NOT IN ('erasure.reapply', 'refused')
$$;

-- Brings the flags up to the head of the log. Volume is recomputed for every staff member's
-- hours that new entries touch, against their usual (median) hour.
CREATE OR REPLACE FUNCTION privacy.audit_refresh() RETURNS bigint
LANGUAGE plpgsql SECURITY DEFINER SET search_path = privacy, pg_temp SET jit = off AS $$
DECLARE
    v_from      bigint;
    v_to        bigint;
    v_tz        text := setting('work_timezone');
    v_hours     text := setting('work_hours');
    v_days      text := setting('work_days');
    v_start     time := split_part(v_hours, '-', 1)::time;
    v_end       time := split_part(v_hours, '-', 2)::time;
    v_day_from  integer := split_part(v_days, '-', 1)::integer;
    v_day_to    integer := split_part(v_days, '-', 2)::integer;
    v_min       integer := setting('anomaly_min_distinct')::integer;
    v_factor    numeric := setting('anomaly_factor')::numeric;
BEGIN
    SELECT scanned_to INTO v_from FROM anomaly_scan FOR UPDATE;
    SELECT last_id INTO v_to FROM access_log_head;
    IF v_to <= v_from THEN
        RETURN 0;
    END IF;

    -- Off hours: an access to a learner's data outside the working hours and days, with both in
    -- the detail.
    INSERT INTO access_log_anomalies (entry_id, rule, detail)
    SELECT l.id, 'off_hours', jsonb_build_object('local_time', to_char(l.at AT TIME ZONE v_tz, 'YYYY-MM-DD"T"HH24:MI'),
                                                 'work_hours', v_hours, 'work_days', v_days, 'timezone', v_tz)
      FROM access_log l
     WHERE l.id > v_from AND l.id <= v_to AND l.subject_id IS NOT NULL AND anomaly_relevant(l.action)
       AND ((l.at AT TIME ZONE v_tz)::time NOT BETWEEN v_start AND v_end
            OR extract(isodow FROM l.at AT TIME ZONE v_tz) NOT BETWEEN v_day_from AND v_day_to);

    INSERT INTO access_log_anomalies (entry_id, rule, detail)
    SELECT l.id, 'sensitive_reveal', jsonb_build_object('field', l.details::jsonb->>'field')
      FROM access_log l
     WHERE l.id > v_from AND l.id <= v_to AND l.action = 'user.reveal'
       AND l.details::jsonb->>'field' <> 'email';

    INSERT INTO access_log_anomalies (entry_id, rule, detail)
    SELECT l.id, 'no_request', '{}'
      FROM access_log l
     WHERE l.id > v_from AND l.id <= v_to AND anomaly_relevant(l.action)
       AND l.subject_id IS NOT NULL AND l.ticket IS NULL
       AND NOT EXISTS (SELECT 1 FROM requests r
                        WHERE r.user_id = l.subject_id AND r.opened_at <= l.at
                          AND (r.closed_at IS NULL OR r.closed_at >= l.at));

    -- Repeated refusals: the third refused operation of a staff member within an hour, and every
    -- one after it.
    INSERT INTO access_log_anomalies (entry_id, rule, detail)
    SELECT l.id, 'refusals', jsonb_build_object('refusals', n.refusals)
      FROM access_log l
     CROSS JOIN LATERAL (SELECT count(*) AS refusals FROM access_log p
                          WHERE p.action = 'refused' AND p.staff = l.staff
                            AND p.at > l.at - interval '1 hour' AND p.at <= l.at) n
     WHERE l.id > v_from AND l.id <= v_to AND l.action = 'refused' AND n.refusals >= 3;

    -- Volume: distinct people per staff member and hour, against their usual (median) hour. Only
    -- the hours new entries touch are counted again, through the (staff, at) index.
    IF EXISTS (SELECT 1 FROM access_log n WHERE n.id > v_from AND n.id <= v_to AND n.subject_id IS NOT NULL
                                            AND anomaly_relevant(n.action)) THEN
        CREATE TEMP TABLE fx_touched ON COMMIT DROP AS
        SELECT DISTINCT n.staff, date_trunc('hour', n.at) AS hour
          FROM access_log n
         WHERE n.id > v_from AND n.id <= v_to AND n.subject_id IS NOT NULL AND anomaly_relevant(n.action);
        -- One pass over the entries from the earliest touched hour on (all of them the first time).
        INSERT INTO access_log_hours (staff, hour, people)
        SELECT l.staff, date_trunc('hour', l.at), count(DISTINCT l.subject_id)
          FROM access_log l
         WHERE l.at >= (SELECT min(t.hour) FROM fx_touched t) AND l.subject_id IS NOT NULL
           AND anomaly_relevant(l.action)
           AND (l.staff, date_trunc('hour', l.at)) IN (SELECT t.staff, t.hour FROM fx_touched t)
         GROUP BY 1, 2
            ON CONFLICT (staff, hour) DO UPDATE SET people = excluded.people;
        CREATE TEMP TABLE fx_usual ON COMMIT DROP AS
        SELECT h.staff, percentile_cont(0.5) WITHIN GROUP (ORDER BY h.people) AS usual
          FROM access_log_hours h
         WHERE h.staff IN (SELECT DISTINCT staff FROM fx_touched)
         GROUP BY h.staff;
        ANALYZE fx_touched;
        -- Flags of touched hours go, driven by the (few) existing volume flags.
        DELETE FROM access_log_anomalies a
         USING access_log l
         WHERE a.rule = 'volume' AND l.id = a.entry_id
           AND EXISTS (SELECT 1 FROM fx_touched t WHERE t.staff = l.staff AND t.hour = date_trunc('hour', l.at));
        -- New flags: first the (few) unusual hours, then their entries through the index.
        INSERT INTO access_log_anomalies (entry_id, rule, detail)
        SELECT e.id, 'volume', jsonb_build_object('people', x.people, 'usual', round(x.usual::numeric, 1),
                                                  'threshold', greatest(v_min, ceil(v_factor * x.usual)))
          FROM (SELECT h.staff, h.hour, h.people, u.usual
                  FROM fx_touched t
                  JOIN access_log_hours h ON h.staff = t.staff AND h.hour = t.hour
                  JOIN fx_usual u ON u.staff = t.staff
                 WHERE h.people > greatest(v_min, ceil(v_factor * u.usual))) x
         CROSS JOIN LATERAL (SELECT l.id FROM access_log l
                              WHERE l.staff = x.staff AND l.at >= x.hour AND l.at < x.hour + interval '1 hour'
                                AND l.subject_id IS NOT NULL AND anomaly_relevant(l.action)
                             OFFSET 0) e;
    END IF;

    UPDATE anomaly_scan SET scanned_to = v_to;
    RETURN v_to - v_from;
END
$$;

-- The WHERE clause of a filter; values are bound as $1 (the filter), never spliced in.
CREATE OR REPLACE FUNCTION privacy.audit_condition(p_filter privacy.audit_filter) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
    SELECT concat_ws(' AND ', 'true',
        -- Entries are appended in time order, so a time range is also an id range, which the
        -- keyset order can use; the range is found through the index on at.
        CASE WHEN p_filter.since IS NOT NULL THEN 'l.at >= ($1).since AND l.id >= coalesce((SELECT f.id FROM '
            'privacy.access_log f WHERE f.at >= ($1).since ORDER BY f.at LIMIT 1), 0)' END,
        CASE WHEN p_filter.until IS NOT NULL THEN 'l.at < ($1).until AND l.id <= coalesce((SELECT f.id FROM '
            'privacy.access_log f WHERE f.at < ($1).until ORDER BY f.at DESC LIMIT 1), 0)' END,
        CASE WHEN p_filter.staff IS NOT NULL THEN 'l.staff = ($1).staff' END,
        CASE WHEN p_filter.staff_role IS NOT NULL THEN 'l.staff_role = ($1).staff_role' END,
        CASE WHEN p_filter.action IS NOT NULL THEN 'l.action = ($1).action' END,
        CASE WHEN p_filter.subject_id IS NOT NULL THEN 'l.subject_id = ($1).subject_id' END,
        CASE WHEN p_filter.ticket IS NOT NULL THEN 'l.ticket = ($1).ticket' END,
        CASE WHEN p_filter.no_ticket THEN 'l.ticket IS NULL' END,
        -- Flagged entries: the open ones, or with the reviewed ones too.
        CASE WHEN p_filter.anomalies THEN
            'EXISTS (SELECT 1 FROM privacy.access_log_anomalies a WHERE a.entry_id = l.id)' END,
        CASE WHEN p_filter.anomalies AND NOT coalesce(p_filter.with_reviewed, false) THEN
            'NOT EXISTS (SELECT 1 FROM privacy.anomaly_reviews v WHERE v.entry_id = l.id)' END)
$$;

-- One page of the filtered log, newest first below p_before_id, or oldest first above
-- p_after_id (the end of the log). A query's first page is logged; later pages are not, so that
-- reading the log does not write an endless trail about itself.
CREATE OR REPLACE FUNCTION privacy.audit_page(p_since timestamptz, p_until timestamptz, p_staff text, p_role text,
                                   p_action text, p_subject_id bigint, p_ticket text, p_no_ticket boolean,
                                   p_anomalies boolean, p_with_reviewed boolean, p_before_id bigint,
                                   p_after_id bigint, p_limit integer)
RETURNS TABLE (id bigint, at timestamptz, staff text, staff_role text, action text, subject_id bigint, ticket text,
               purpose text, details text, anomalies jsonb, review jsonb)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = privacy, pg_temp SET jit = off AS $$
DECLARE
    p_filter audit_filter := ROW(p_since, p_until, nullif(p_staff, ''), nullif(p_role, ''), nullif(p_action, ''),
                                 p_subject_id, nullif(p_ticket, ''), coalesce(p_no_ticket, false),
                                 coalesce(p_anomalies, false), coalesce(p_with_reviewed, false));
    v_limit integer := least(greatest(coalesce(p_limit, 200), 1), 5000);
    v_ascending boolean := p_after_id IS NOT NULL;
BEGIN
    PERFORM require_dpo();
    IF p_before_id IS NULL AND p_after_id IS NULL OR p_after_id = 0 THEN
        PERFORM log_access('audit.query', p_filter.subject_id, p_filter.ticket, 'access-log review',
                           jsonb_strip_nulls(to_jsonb(p_filter)));
        PERFORM audit_refresh();
    END IF;
    RETURN QUERY EXECUTE format(
        'SELECT l.id, l.at, l.staff, l.staff_role, l.action, l.subject_id, l.ticket, l.purpose, l.details,
                (SELECT jsonb_agg(jsonb_build_object(''rule'', a.rule, ''detail'', a.detail) ORDER BY a.rule)
                   FROM privacy.access_log_anomalies a WHERE a.entry_id = l.id),
                (SELECT to_jsonb(v) FROM privacy.anomaly_reviews v WHERE v.entry_id = l.id)
           FROM privacy.access_log l
          WHERE %s AND %s
          ORDER BY l.id %s
          LIMIT %s',
        audit_condition(p_filter),
        CASE WHEN v_ascending THEN 'l.id > $2' WHEN p_before_id IS NOT NULL THEN 'l.id < $3' ELSE 'true' END,
        CASE WHEN v_ascending THEN 'ASC' ELSE 'DESC' END, v_limit)
        USING p_filter, p_after_id, p_before_id;
END
$$;

-- Entries per day or hour and staff member, with the anomalous ones counted, for the chart.
CREATE OR REPLACE FUNCTION privacy.audit_activity(p_since timestamptz, p_until timestamptz, p_staff text, p_role text,
                                       p_action text, p_subject_id bigint, p_ticket text, p_no_ticket boolean,
                                       p_anomalies boolean, p_with_reviewed boolean, p_bucket text)
RETURNS TABLE (bucket timestamptz, staff text, entries bigint, anomalies bigint)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = privacy, pg_temp AS $$
DECLARE
    p_filter audit_filter := ROW(p_since, p_until, nullif(p_staff, ''), nullif(p_role, ''), nullif(p_action, ''),
                                 p_subject_id, nullif(p_ticket, ''), coalesce(p_no_ticket, false),
                                 coalesce(p_anomalies, false), coalesce(p_with_reviewed, false));
BEGIN
    PERFORM require_dpo();
    IF p_bucket NOT IN ('day', 'hour') THEN
        RAISE EXCEPTION 'the chart shows entries per day or per hour'
            USING ERRCODE = 'invalid_parameter_value', HINT = 'fx:audit.chart_bucket';
    END IF;
    RETURN QUERY EXECUTE format(
        'SELECT date_trunc(%L, l.at), l.staff, count(*),
                count(*) FILTER (WHERE EXISTS (SELECT 1 FROM privacy.access_log_anomalies a WHERE a.entry_id = l.id))
           FROM privacy.access_log l WHERE %s GROUP BY 1, 2 ORDER BY 1, 2',
        p_bucket, audit_condition(p_filter))
        USING p_filter;
END
$$;

-- Thresholds and working hours: the DPO changes them, the change is logged, and the flags are
-- computed again under the new rules.
CREATE OR REPLACE FUNCTION privacy.audit_set_setting(p_key text, p_value text) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = privacy, pg_temp AS $$
BEGIN
    PERFORM require_dpo();
    IF p_key NOT IN ('anomaly_min_distinct', 'anomaly_factor', 'work_hours', 'work_days', 'work_timezone') THEN
        RAISE EXCEPTION 'this setting is not one of the access-log review''s'
            USING ERRCODE = 'invalid_parameter_value', HINT = 'fx:audit.unknown_setting';
    END IF;
    IF (p_key = 'anomaly_min_distinct' AND p_value !~ '^[1-9][0-9]{0,4}$')
       OR (p_key = 'anomaly_factor' AND p_value !~ '^[0-9]{1,3}(\.[0-9]{1,2})?$')
       OR (p_key = 'work_hours' AND p_value !~ '^([01][0-9]|2[0-3]):[0-5][0-9]-([01][0-9]|2[0-3]):[0-5][0-9]$')
       OR (p_key = 'work_days' AND p_value !~ '^[1-7]-[1-7]$')
       OR (p_key = 'work_timezone' AND NOT EXISTS (SELECT 1 FROM pg_timezone_names WHERE name = p_value)) THEN
        RAISE EXCEPTION 'this value does not fit the setting'
            USING ERRCODE = 'invalid_parameter_value', HINT = 'fx:audit.setting_value';
    END IF;
    UPDATE settings SET value = p_value WHERE key = p_key;
    DELETE FROM access_log_anomalies;
    UPDATE anomaly_scan SET scanned_to = 0;
    PERFORM log_access('settings.change', NULL, NULL, 'access-log review',
                       jsonb_build_object('key', p_key, 'value', p_value));
END
$$;

CREATE OR REPLACE FUNCTION privacy.audit_settings() RETURNS jsonb
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = privacy, pg_temp AS $$
BEGIN
    PERFORM require_dpo();
    RETURN (SELECT jsonb_object_agg(key, value) FROM settings
             WHERE key IN ('anomaly_min_distinct', 'anomaly_factor', 'work_hours', 'work_days', 'work_timezone'));
END
$$;

-- The console reports an operation the database refused (the refusal itself rolled back with its
-- transaction). Only what a client reports can be counted; a client that does not report is not.
CREATE OR REPLACE FUNCTION privacy.log_refusal(p_operation text, p_sqlstate text) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = privacy, pg_temp AS $$
BEGIN
    IF staff_role_of(session_user) IS NULL OR p_operation !~ '^[a-z_]{1,40}$' OR p_sqlstate !~ '^[0-9A-Z]{5}$' THEN
        RETURN;
    END IF;
    PERFORM log_access('refused', NULL, NULL, NULL,
                       jsonb_build_object('operation', p_operation, 'sqlstate', p_sqlstate));
END
$$;

-- Exporting a report of the log is itself logged.
CREATE OR REPLACE FUNCTION privacy.audit_note_report(p_format text, p_entries bigint, p_filter jsonb) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = privacy, pg_temp AS $$
BEGIN
    PERFORM require_dpo();
    PERFORM log_access('audit.report', NULL, NULL, 'access-log review',
                       jsonb_build_object('format', p_format, 'entries', p_entries, 'filter', coalesce(p_filter, '{}')));
END
$$;

-- The DPO's verdict on a flagged entry: justified, followed up or escalated, with a note. Never on
-- one's own access (four eyes), once per entry; logged.
CREATE OR REPLACE FUNCTION privacy.anomaly_review(p_entry_id bigint, p_outcome text, p_note text) RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = privacy, pg_temp AS $$
DECLARE
    v_note   text := btrim(p_note);
    v_staff  text;
    v_review anomaly_reviews;
BEGIN
    PERFORM require_dpo();
    IF p_outcome IS NULL OR p_outcome NOT IN ('justified', 'followed_up', 'escalated') THEN
        RAISE EXCEPTION 'the outcome of a review is justified, followed up or escalated'
            USING ERRCODE = 'invalid_parameter_value', HINT = 'fx:audit.review_outcome';
    END IF;
    IF v_note IS NULL OR v_note = '' OR length(v_note) > 2000 THEN
        RAISE EXCEPTION 'a review needs a note of at most 2000 characters'
            USING ERRCODE = 'invalid_parameter_value', HINT = 'fx:audit.review_note';
    END IF;
    PERFORM audit_refresh();
    SELECT l.staff INTO v_staff FROM access_log l
     WHERE l.id = p_entry_id AND EXISTS (SELECT 1 FROM access_log_anomalies a WHERE a.entry_id = l.id);
    IF NOT FOUND THEN
        RAISE EXCEPTION 'entry % is not flagged', p_entry_id
            USING ERRCODE = 'no_data_found',
                  HINT = 'fx:audit.review_not_flagged ' || json_build_object('entry', p_entry_id);
    END IF;
    IF v_staff = session_user THEN
        RAISE EXCEPTION 'entry % is your own access; another data protection officer reviews it', p_entry_id
            USING ERRCODE = 'insufficient_privilege',
                  HINT = 'fx:audit.review_own_entry ' || json_build_object('entry', p_entry_id);
    END IF;
    INSERT INTO anomaly_reviews (entry_id, outcome, note, reviewed_by)
    VALUES (p_entry_id, p_outcome, v_note, session_user)
        ON CONFLICT (entry_id) DO NOTHING
    RETURNING * INTO v_review;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'entry % has been reviewed already', p_entry_id
            USING ERRCODE = 'unique_violation',
                  HINT = 'fx:audit.review_done ' || json_build_object('entry', p_entry_id);
    END IF;
    PERFORM log_access('audit.review', NULL, NULL, 'access-log review',
                       jsonb_build_object('entry_id', p_entry_id, 'outcome', p_outcome));
    RETURN to_jsonb(v_review);
END
$$;

REVOKE EXECUTE ON ALL FUNCTIONS IN SCHEMA privacy FROM PUBLIC;
GRANT EXECUTE ON FUNCTION
    privacy.audit_refresh(),
    privacy.audit_page(timestamptz, timestamptz, text, text, text, bigint, text, boolean, boolean, boolean, bigint,
                       bigint, integer),
    privacy.audit_activity(timestamptz, timestamptz, text, text, text, bigint, text, boolean, boolean, boolean, text),
    privacy.anomaly_review(bigint, text, text),
    privacy.audit_set_setting(text, text),
    privacy.audit_settings(),
    privacy.audit_note_report(text, bigint, jsonb)
TO fx_dpo;
GRANT EXECUTE ON FUNCTION privacy.log_refusal(text, text) TO fx_support, fx_dpo, fx_admin;
