-- Seeder set-up: deterministic helpers in a scratch schema, then the catalogue (courses,
-- lessons, forum threads, processors). Placeholders {{seed}}, {{users}}, {{asof}} and {{registry}}
-- (the table of processors) are filled in by models/db/Seeder.cpp. Everything is derived from
-- hashes of (seed, key, stream), so the same seed gives the same data whatever the batch size.
DROP SCHEMA IF EXISTS fxseed CASCADE;
CREATE SCHEMA fxseed;

-- Uniform in [0, 1) for a key and a stream.
CREATE FUNCTION fxseed.r(k bigint, stream integer) RETURNS double precision
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT (hashint8extended(k, {{seed}}::bigint * 1000003 + stream) & 140737488355327)::double precision
           / 140737488355328.0
$$;

CREATE FUNCTION fxseed.pick(items text[], k bigint, stream integer) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT items[1 + floor(fxseed.r(k, stream) * array_length(items, 1))::integer]
$$;

-- Exponentially distributed count with the given mean, capped.
CREATE FUNCTION fxseed.count(k bigint, stream integer, mean double precision, cap integer) RETURNS integer
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT least(cap, floor(-ln(1.0 - fxseed.r(k, stream)) * mean)::integer)
$$;

CREATE FUNCTION fxseed.is_heavy(n bigint) RETURNS boolean
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$ SELECT n % 5000 = 7 $$;

-- Homonyms: every 250th user shares the name of the one before, with a near-duplicate email.
CREATE FUNCTION fxseed.name_key(n bigint) RETURNS bigint
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$ SELECT CASE WHEN n % 250 = 1 AND n > 1 THEN n - 1 ELSE n END $$;

CREATE FUNCTION fxseed.is_german(n bigint) RETURNS boolean
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$ SELECT fxseed.r(fxseed.name_key(n), 1) < 0.7 $$;

CREATE FUNCTION fxseed.first_name(n bigint) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT CASE WHEN fxseed.is_german(n) THEN
        fxseed.pick('{Anna,Jürgen,Björn,Lena,Jonas,Sophie,Maximilian,Lukas,Marie,Leonie,Felix,Jörg,Käthe,Günther,Sören,Mia,Emma,Paul,Ben,Hannah,Lea,Tim,Niklas,Jana,Sabine,Thomas,Michael,Stefanie,Katrin,Uwe,Dörte,Malte,Ute,Bärbel,Elif,Mehmet,Zoë,André,Renée,Ömer}'::text[], fxseed.name_key(n), 2)
    ELSE
        fxseed.pick('{James,Olivia,Oliver,Amelia,Harry,Isla,Jack,Ava,George,Emily,Noah,Sophia,Charlie,Grace,Thomas,Chloe,William,Lucy,Daniel,Ella,Zoë,Chloé,Siobhán,Seán,Aoife,Priya,Arjun,Mateo,Lucía,José}'::text[], fxseed.name_key(n), 2)
    END
$$;

CREATE FUNCTION fxseed.last_name(n bigint) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT CASE WHEN fxseed.is_german(n) THEN
        fxseed.pick('{Müller,Schmidt,Schneider,Fischer,Weber,Meyer,Wagner,Becker,Schulz,Hoffmann,Schäfer,Koch,Bauer,Richter,Klein,Wolf,Schröder,Neumann,Schwarz,Zimmermann,Braun,Krüger,Hofmann,Hartmann,Lange,Schmitt,Werner,Krause,Weiß,Groß,Köhler,Strauß,Jäger,Böhm,Öztürk,Yılmaz,Meißner,Voß,Gößling,von der Heide}'::text[], fxseed.name_key(n), 3)
    ELSE
        fxseed.pick('{Smith,Jones,Taylor,Brown,Williams,Wilson,Johnson,Davies,Robinson,Wright,Thompson,Evans,Walker,White,Roberts,Green,Hall,Wood,Jackson,Clarke,O''Brien,Fitzgerald,MacDonald,Patel,García,Nguyen}'::text[], fxseed.name_key(n), 3)
    END
$$;

CREATE FUNCTION fxseed.ascii_part(s text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT regexp_replace(
        translate(replace(replace(replace(replace(lower(s), 'ä', 'ae'), 'ö', 'oe'), 'ü', 'ue'), 'ß', 'ss'),
                  'éèëçñıóúíáã', 'eeecniouiaa'),
        '[^a-z0-9]', '', 'g')
$$;

-- The address is built from the parts of name_key(n); a homonym (n <> name_key) gets the next
-- domain, so it differs from its twin's address only there.
CREATE FUNCTION fxseed.email_from(k bigint, homonym boolean, f text, l text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT CASE WHEN fxseed.r(k, 6) < 0.03 THEN initcap(addr) ELSE addr END
      FROM (SELECT CASE floor(fxseed.r(k, 5) * 5)::integer
                       WHEN 0 THEN f || '.' || l || k
                       WHEN 1 THEN f || l || k
                       WHEN 2 THEN left(f, 1) || '.' || l || k
                       WHEN 3 THEN l || '.' || f || k
                       ELSE f || '_' || left(l, 1) || k
                   END || '@'
                   || ('{example.org,example.com,example.net,mail.example,post.example,uni.example}'::text[])
                      [1 + (floor(fxseed.r(k, 4) * 6)::integer + homonym::integer) % 6] AS addr) a
$$;

-- Timestamp arithmetic is STABLE, so these are too: PostgreSQL inlines a SQL function only
-- when its declared volatility is honest, and inlining makes the seeder several times faster.
CREATE FUNCTION fxseed.created(n bigint) RETURNS timestamptz
LANGUAGE sql STABLE PARALLEL SAFE AS $$
    SELECT '{{asof}}'::timestamptz - fxseed.r(n, 10) * interval '4380 days' - interval '1 day'
$$;

-- A moment in the user's life on the platform.
CREATE FUNCTION fxseed.moment(n bigint, k bigint, stream integer) RETURNS timestamptz
LANGUAGE sql STABLE PARALLEL SAFE AS $$
    SELECT fxseed.created(n) + fxseed.r(n * 65536 + k, stream) * ('{{asof}}'::timestamptz - fxseed.created(n))
$$;

-- The catalogue
INSERT INTO {{registry}} (id, name, category, contact) VALUES
    (1, 'Matomo Cloud', 'analytics', 'privacy@matomo.example'),
    (2, 'Vimeo', 'video_hosting', 'privacy@vimeo.example'),
    (3, 'Stripe', 'payment', 'privacy@stripe.example'),
    (4, 'PayPal', 'payment', 'datenschutz@paypal.example'),
    (5, 'Amazon Web Services', 'cloud_cdn', 'aws-eu-privacy@amazon.example'),
    (6, 'Cloudflare', 'cloud_cdn', 'privacyquestions@cloudflare.example'),
    (7, 'Brevo', 'communication', 'dpo@brevo.example'),
    (8, 'Zoom', 'communication', 'privacy@zoom.example');

INSERT INTO platform.courses (id, title, language, price_cents, instructor_user_id)
SELECT c,
       CASE WHEN c % 3 = 0 THEN
           fxseed.pick('{Python,Statistics,Machine Learning,Web Design,Project Management,Photography,Accounting,Spanish,UX Research,Cloud Computing}'::text[], c, 30)
           || ' — ' || fxseed.pick('{for Beginners,Advanced,in Practice,Masterclass,Crash Course}'::text[], c, 31)
       ELSE
           fxseed.pick('{Python,Statistik,Maschinelles Lernen,Webdesign,Projektmanagement,Fotografie,Buchhaltung,Englisch,Datenschutz,Excel}'::text[], c, 30)
           || ' — ' || fxseed.pick('{für Einsteiger,für Fortgeschrittene,in der Praxis,Grundkurs,Intensivkurs}'::text[], c, 31)
       END || ' (' || c || ')',
       CASE WHEN c % 3 = 0 THEN 'en' ELSE 'de' END,
       CASE WHEN fxseed.r(c, 32) < 0.4 THEN 0 ELSE (19 + floor(fxseed.r(c, 33) * 13) * 10)::integer * 100 - 1 END,
       ((c - 1) % least({{users}}, 200)) + 1
  FROM generate_series(1, 200) c;

INSERT INTO platform.lessons (id, course_id, position, title)
SELECT c * 100 + p, c, p, CASE WHEN c % 3 = 0 THEN 'Lesson ' ELSE 'Lektion ' END || p
  FROM generate_series(1, 200) c, generate_series(1, 8 + c % 23) p;

INSERT INTO platform.forum_threads (id, course_id, author_user_id, title, created_at)
SELECT c * 10 + t, c, ((c - 1) % least({{users}}, 200)) + 1,
       fxseed.pick('{Fragen zur Lektion,Hausaufgabe,Question about the exercise,Zertifikat,Study group,Fehler im Video,Welcome!,Literaturtipps}'::text[], c * 10 + t, 34),
       '{{asof}}'::timestamptz - fxseed.r(c * 10 + t, 35) * interval '3000 days'
  FROM generate_series(1, 200) c, generate_series(1, 5) t;
