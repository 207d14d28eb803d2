-- One batch of users {{lo}}..{{hi}} with everything that belongs to them. Each step is one
-- set-based statement; Seeder.cpp runs them in order and reports rows per step.
-- @step users
INSERT INTO platform.users (id, public_id, email, first_name, last_name, password_hash, locale, status, created_at,
                            last_login_at)
SELECT n, md5('{{seed}}/user/' || n)::uuid,
       fxseed.email_from(fxseed.name_key(n), fxseed.name_key(n) <> n, fxseed.ascii_part(nm.f), fxseed.ascii_part(nm.l)),
       nm.f, nm.l,
       '$argon2id$v=19$m=65536,t=3,p=4$' || left(md5('{{seed}}/salt/' || n), 22) || '$' || md5('{{seed}}/pw/' || n),
       CASE WHEN fxseed.is_german(n) THEN 'de' ELSE 'en' END,
       CASE WHEN fxseed.r(n, 11) < 0.02 THEN 'locked' ELSE 'active' END,
       fxseed.created(n),
       fxseed.moment(n, 0, 12)
  FROM generate_series({{lo}}::bigint, {{hi}}::bigint) n
 CROSS JOIN LATERAL (SELECT fxseed.first_name(n) AS f, fxseed.last_name(n) AS l) nm;

-- @step social_identities
INSERT INTO platform.social_identities (user_id, provider, subject, profile, linked_at)
SELECT n, p.provider, p.provider || '|' || md5('{{seed}}/sub/' || n),
       jsonb_build_object('display_name', fxseed.first_name(n) || ' ' || fxseed.last_name(n),
                          'avatar_url', 'https://avatars.example/' || md5('{{seed}}/av/' || n) || '.png'),
       fxseed.moment(n, 1, 13)
  FROM generate_series({{lo}}::bigint, {{hi}}::bigint) n
 CROSS JOIN LATERAL (SELECT fxseed.pick('{google,apple,microsoft,github}'::text[], n, 14) AS provider) p
 WHERE fxseed.r(n, 15) < 0.3;

-- @step profiles
INSERT INTO platform.profiles (user_id, picture_path, biography, interests)
SELECT n,
       CASE WHEN fxseed.r(n, 17) < 0.6 THEN 'avatars/' || md5('{{seed}}/user/' || n) || '.jpg' END,
       CASE WHEN fxseed.is_german(n)
            THEN fxseed.pick('{Ich lerne gern am Abend.,Quereinsteigerin in die IT.,Lehrer und lebenslanger Lerner.,Studiere Informatik in Köln.,Möchte mich beruflich weiterbilden.}'::text[], n, 18)
            ELSE fxseed.pick('{Evening learner.,Switching careers into data.,Teacher and lifelong learner.,CS student in Leeds.,Learning for fun.}'::text[], n, 18)
       END,
       ARRAY[fxseed.pick('{Programmierung,Data Science,Design,Sprachen,Finanzen,Fotografie,Marketing}'::text[], n, 19),
             fxseed.pick('{Statistik,Cloud,UX,Projektmanagement,Musik,Recht}'::text[], n, 20)]
  FROM generate_series({{lo}}::bigint, {{hi}}::bigint) n
 WHERE fxseed.r(n, 16) < 0.5;

-- @step consents
INSERT INTO platform.consents (user_id, marketing_opt_in, marketing_changed_at, policy_version, policy_accepted_at)
SELECT n, fxseed.r(n, 21) < 0.35, fxseed.moment(n, 2, 22),
       fxseed.pick('{2023-04,2024-05,2025-11}'::text[], n, 23), fxseed.moment(n, 3, 24)
  FROM generate_series({{lo}}::bigint, {{hi}}::bigint) n;

-- @step consent_events
-- The first entry of each history (the upgrade test seeds a database from before the history).
DO $$
BEGIN
    IF to_regclass('platform.consent_events') IS NOT NULL THEN
        INSERT INTO platform.consent_events (user_id, at, marketing, source, policy_version)
        SELECT user_id, coalesce(marketing_changed_at, policy_accepted_at), marketing_opt_in, 'platform', policy_version
          FROM platform.consents WHERE user_id BETWEEN {{lo}} AND {{hi}};
    END IF;
END
$$;

-- @step enrollments
INSERT INTO platform.enrollments (user_id, course_id, enrolled_at, progress_percent, completed_at)
SELECT n, c.course_id, c.enrolled_at, c.progress,
       CASE WHEN c.progress = 100 THEN c.enrolled_at + interval '1 day' * (5 + floor(fxseed.r(n * 64 + k, 27) * 120)) END
  FROM generate_series({{lo}}::bigint, {{hi}}::bigint) n
 CROSS JOIN LATERAL generate_series(1, CASE WHEN fxseed.is_heavy(n) THEN 40 ELSE floor(fxseed.r(n, 25) * 6)::integer END) k
 CROSS JOIN LATERAL (
     SELECT ((floor(fxseed.r(n, 26) * 200)::integer + k * 37) % 200) + 1 AS course_id,
            fxseed.moment(n, 100 + k, 28) AS enrolled_at,
            CASE WHEN fxseed.r(n * 64 + k, 29) < 0.3 THEN 100 ELSE floor(fxseed.r(n * 64 + k, 30) * 100)::integer END
                AS progress) c
 ORDER BY n, k;

-- @step lesson_completions
INSERT INTO platform.lesson_completions (user_id, lesson_id, completed_at)
SELECT e.user_id, e.course_id * 100 + p, e.enrolled_at + interval '1 day' * p
  FROM platform.enrollments e
 CROSS JOIN LATERAL generate_series(1, (e.progress_percent * (8 + e.course_id % 23)) / 100) p
 WHERE e.user_id BETWEEN {{lo}} AND {{hi}}
 ORDER BY e.user_id, e.course_id, p;

-- @step test_results
INSERT INTO platform.test_results (user_id, lesson_id, score, max_score, taken_at)
SELECT lc.user_id, lc.lesson_id, floor(fxseed.r(lc.user_id * 4096 + lc.lesson_id, 31) * 21)::integer, 20,
       lc.completed_at
  FROM platform.lesson_completions lc
 WHERE lc.user_id BETWEEN {{lo}} AND {{hi}} AND lc.lesson_id % 4 = 0
 ORDER BY lc.user_id, lc.lesson_id;

-- @step certificates
INSERT INTO platform.certificates (user_id, course_id, serial, issued_at)
SELECT e.user_id, e.course_id, 'FXC-' || upper(left(md5('{{seed}}/cert/' || e.user_id || '/' || e.course_id), 12)),
       e.completed_at
  FROM platform.enrollments e
 WHERE e.user_id BETWEEN {{lo}} AND {{hi}} AND e.progress_percent = 100
 ORDER BY e.user_id, e.course_id;

-- @step login_events
INSERT INTO platform.login_events (user_id, at, ip, user_agent, browser, device, os, succeeded)
SELECT n, fxseed.moment(n, 1000 + k, 40),
       CASE WHEN fxseed.r(n * 65536 + k, 41) < 0.25
            THEN '2a02:8100::'::inet + (floor(fxseed.r(n * 65536 + k, 42) * 9.0e15))::bigint
            ELSE '5.0.0.0'::inet + (floor(fxseed.r(n * 65536 + k, 42) * 1.5e9))::bigint END,
       a.ua, a.browser, a.device, a.os,
       fxseed.r(n * 65536 + k, 44) > 0.04
  FROM generate_series({{lo}}::bigint, {{hi}}::bigint) n
 CROSS JOIN LATERAL generate_series(1, CASE WHEN fxseed.is_heavy(n) THEN 2000 ELSE 1 + fxseed.count(n, 43, 6, 300) END) k
 CROSS JOIN LATERAL (
     SELECT (ARRAY['Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36',
                   'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15',
                   'Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0',
                   'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148',
                   'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Mobile Safari/537.36'])[i] AS ua,
            (ARRAY['Chrome', 'Safari', 'Firefox', 'Safari', 'Chrome'])[i] AS browser,
            (ARRAY['desktop', 'desktop', 'desktop', 'phone', 'phone'])[i] AS device,
            (ARRAY['Windows 11', 'macOS 14', 'Linux', 'iOS 17', 'Android 14'])[i] AS os
       FROM (SELECT 1 + floor(fxseed.r(n, 45) * 5)::integer AS i) pick) a
 ORDER BY n, k;

-- @step sessions
INSERT INTO platform.sessions (user_id, created_at, last_seen_at, ip, user_agent)
SELECT n, t.created, t.created + fxseed.r(n * 8 + k, 96) * ('{{asof}}'::timestamptz - t.created),
       '5.0.0.0'::inet + (floor(fxseed.r(n * 8 + k, 97) * 1.5e9))::bigint,
       CASE WHEN k = 1 THEN 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) Firefox/133.0'
            ELSE 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) Mobile/15E148' END
  FROM generate_series({{lo}}::bigint, {{hi}}::bigint) n
 CROSS JOIN LATERAL generate_series(1, CASE WHEN fxseed.r(n, 98) < 0.4 THEN 1 + floor(fxseed.r(n, 99) * 2)::integer ELSE 0 END) k
 CROSS JOIN LATERAL (SELECT '{{asof}}'::timestamptz - fxseed.r(n * 8 + k, 95) * interval '30 days' AS created) t
 ORDER BY n, k;

-- @step usage_events
INSERT INTO platform.usage_events (user_id, at, kind, course_id, lesson_id, duration_seconds)
SELECT n, fxseed.moment(n, 20000 + k, 50), v.kind, v.course_id,
       CASE WHEN v.kind <> 'course_view' THEN v.course_id * 100 + 1 + (k % (8 + v.course_id % 23)) END,
       CASE WHEN v.kind = 'video_play' THEN 30 + floor(fxseed.r(n * 65536 + k, 52) * 1800)::integer END
  FROM generate_series({{lo}}::bigint, {{hi}}::bigint) n
 CROSS JOIN LATERAL generate_series(1, CASE WHEN fxseed.is_heavy(n) THEN 48000 ELSE fxseed.count(n, 51, 12, 400) END) k
 CROSS JOIN LATERAL (
     SELECT ((floor(fxseed.r(n, 26) * 200)::integer + (k % 3) * 37) % 200) + 1 AS course_id,
            (ARRAY['course_view', 'lesson_view', 'lesson_view', 'download', 'video_play', 'video_play'])
                [1 + floor(fxseed.r(n * 65536 + k, 53) * 6)::integer] AS kind) v
 ORDER BY n, k;

-- @step messages
INSERT INTO platform.messages (sender_user_id, recipient_user_id, course_id, sent_at, subject, body)
SELECT s.sender, s.recipient, s.course_id, s.sent_at, s.subject, s.body
  FROM (
      SELECT n AS learner, m AS seq,
             CASE WHEN m % 2 = 1 THEN n ELSE c.instructor_user_id END AS sender,
             CASE WHEN m % 2 = 1 THEN c.instructor_user_id ELSE n END AS recipient,
             c.id AS course_id, fxseed.moment(n, 40000 + m, 60) AS sent_at,
             CASE WHEN c.language = 'de' THEN 'Frage zu ' ELSE 'Question about ' END || c.title AS subject,
             CASE WHEN c.language = 'de'
                  THEN fxseed.pick('{Guten Tag! Ich komme bei Aufgabe 3 nicht weiter. Können Sie mir einen Tipp geben?,Vielen Dank für die schnelle Antwort — jetzt klappt es.,Wann wird das nächste Modul freigeschaltet?,Das Video in Lektion 2 lässt sich nicht abspielen.}'::text[], n * 8 + m, 61)
                  ELSE fxseed.pick('{Hello! I am stuck on exercise 3. Could you give me a hint?,Thanks for the quick answer — it works now.,When will the next module be released?,The video in lesson 2 does not play.}'::text[], n * 8 + m, 61)
             END AS body
        FROM generate_series({{lo}}::bigint, {{hi}}::bigint) n
        JOIN platform.courses c ON c.id = (floor(fxseed.r(n, 26) * 200)::integer % 200) + 1
       CROSS JOIN LATERAL generate_series(1, CASE WHEN fxseed.r(n, 62) < 0.3 THEN 1 + floor(fxseed.r(n, 63) * 4)::integer ELSE 0 END) m
       WHERE c.instructor_user_id IS NOT NULL AND c.instructor_user_id <> n
  ) s
 ORDER BY s.learner, s.seq;

-- @step forum_posts
INSERT INTO platform.forum_posts (thread_id, author_user_id, body, posted_at)
SELECT (((floor(fxseed.r(n, 26) * 200)::integer) % 200) + 1) * 10 + 1 + (p % 5), n,
       CASE WHEN fxseed.is_german(n)
            THEN fxseed.pick('{Hat jemand die Lösung für Übung 4?,Danke für die Erklärung!,Ich habe das gleiche Problem.,Hier ist mein Ansatz: erst normalisieren und dann filtern.}'::text[], n * 8 + p, 71)
            ELSE fxseed.pick('{Does anyone have the solution to exercise 4?,Thanks for the explanation!,I have the same problem.,Here is my approach: normalise first and then filter.}'::text[], n * 8 + p, 71)
       END,
       fxseed.moment(n, 50000 + p, 72)
  FROM generate_series({{lo}}::bigint, {{hi}}::bigint) n
 CROSS JOIN LATERAL generate_series(1, CASE WHEN fxseed.r(n, 70) < 0.4 THEN 1 + floor(fxseed.r(n, 73) * 4)::integer ELSE 0 END) p
 ORDER BY n, p;

-- @step invoices
INSERT INTO platform.invoices (user_id, number, amount_cents, currency, billing_name, billing_address, issued_at)
SELECT e.user_id,
       'FX-' || to_char(e.enrolled_at AT TIME ZONE 'UTC', 'YYYY') || '-' || lpad(e.id::text, 9, '0'),
       c.price_cents, c.currency, u.first_name || ' ' || u.last_name,
       CASE WHEN u.locale = 'de'
            THEN fxseed.pick('{Hauptstraße,Bahnhofstraße,Gartenweg,Schillerstraße,Am Mühlbach,Königsallee}'::text[], e.user_id, 80)
                 || ' ' || (1 + e.user_id % 120) || E'\n' || lpad((10000 + e.user_id % 89999)::text, 5, '0') || ' '
                 || fxseed.pick('{Berlin,München,Köln,Düsseldorf,Nürnberg,Würzburg,Lübeck,Görlitz}'::text[], e.user_id, 81)
            ELSE (1 + e.user_id % 120) || ' ' || fxseed.pick('{High Street,Station Road,Church Lane,Mill Road}'::text[], e.user_id, 80)
                 || E'\n' || fxseed.pick('{London,Manchester,Dublin,Edinburgh,Bristol}'::text[], e.user_id, 81)
       END,
       e.enrolled_at
  FROM platform.enrollments e
  JOIN platform.courses c ON c.id = e.course_id AND c.price_cents > 0
  JOIN platform.users u ON u.id = e.user_id
 WHERE e.user_id BETWEEN {{lo}} AND {{hi}}
 ORDER BY e.id;

-- @step payment_references
INSERT INTO platform.payment_references (user_id, provider, token_encrypted, last4, created_at)
SELECT i.user_id, CASE WHEN fxseed.r(i.user_id, 90) < 0.7 THEN 'stripe' ELSE 'paypal' END,
       sha256(convert_to('{{seed}}/token/' || i.user_id, 'UTF8')),
       lpad(floor(fxseed.r(i.user_id, 91) * 10000)::integer::text, 4, '0'), min(i.issued_at)
  FROM platform.invoices i
 WHERE i.user_id BETWEEN {{lo}} AND {{hi}}
 GROUP BY i.user_id
 ORDER BY i.user_id;

-- @step processor_links
INSERT INTO platform.processor_links (processor_id, user_id, external_id, since)
SELECT l.processor_id, l.user_id, left(md5('{{seed}}/ext/' || l.processor_id || '/' || l.user_id), 16), l.since
  FROM (
      SELECT 5 AS processor_id, u.id AS user_id, u.created_at AS since FROM platform.users u
       WHERE u.id BETWEEN {{lo}} AND {{hi}}
      UNION ALL
      SELECT 1, c.user_id, c.policy_accepted_at FROM platform.consents c
       WHERE c.user_id BETWEEN {{lo}} AND {{hi}} AND fxseed.r(c.user_id, 92) < 0.6
      UNION ALL
      SELECT 7, c.user_id, c.marketing_changed_at FROM platform.consents c
       WHERE c.user_id BETWEEN {{lo}} AND {{hi}} AND c.marketing_opt_in
      UNION ALL
      SELECT CASE WHEN p.provider = 'stripe' THEN 3 ELSE 4 END, p.user_id, p.created_at FROM platform.payment_references p
       WHERE p.user_id BETWEEN {{lo}} AND {{hi}}
      UNION ALL
      SELECT 2, e.user_id, min(e.enrolled_at) FROM platform.enrollments e
       WHERE e.user_id BETWEEN {{lo}} AND {{hi}}
       GROUP BY e.user_id
  ) l
 ORDER BY l.user_id, l.processor_id;
