-- Moodle-shaped synthetic learners for a database with Moodle's schema (schema.sql) on the
-- search_path: the site's guest and admin, {{users}} learners (ids from 3), courses with their
-- enrolments, grades, quizzes, assignments, forums, messages, logs, sessions and files, in the
-- columns and shapes Moodle 4.5 writes them. Deterministic for {{seed}}; times are whole seconds
-- before {{asof}}. Every 5000th learner (user ids 7, 5007, …) is a heavy one. Run in one
-- transaction by models/moodle/MoodleSite.cpp.
DROP SCHEMA IF EXISTS fxmseed CASCADE;
CREATE SCHEMA fxmseed;

-- Uniform in [0, 1) for a key and a stream.
CREATE FUNCTION fxmseed.r(k bigint, stream integer) RETURNS double precision
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT (hashint8extended(k, {{seed}}::bigint * 1000003 + stream) & 140737488355327)::double precision
           / 140737488355328.0
$$;
CREATE FUNCTION fxmseed.pick(items text[], k bigint, stream integer) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT items[1 + floor(fxmseed.r(k, stream) * array_length(items, 1))::integer]
$$;
CREATE FUNCTION fxmseed.heavy(n bigint) RETURNS boolean
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$ SELECT n % 5000 = 5 $$; -- user ids 7, 5007, …
CREATE FUNCTION fxmseed.ago(k bigint, stream integer, days integer) RETURNS bigint
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT {{asof}}::bigint - floor(fxmseed.r(k, stream) * days * 86400)::bigint
$$;

CREATE TABLE fxmseed.people AS
SELECT n, n + 2 AS id, g AS german,
       fxmseed.pick(CASE WHEN g THEN '{Anna,Jürgen,Björn,Lena,Jonas,Sophie,Lukas,Marie,Felix,Jörg,Käthe,Sören,Mia,Paul,Hannah,Tim,Jana,Sabine,Uwe,Dörte,Elif,Mehmet,Zoë,André}'::text[]
                         ELSE '{James,Olivia,Oliver,Amelia,Harry,Isla,Jack,Ava,George,Emily,Noah,Grace,Chloé,Siobhán,Seán,Aoife,Priya,Arjun,Mateo,Lucía}'::text[] END,
                    n, 2) AS first,
       fxmseed.pick(CASE WHEN g THEN '{Müller,Schmidt,Schneider,Fischer,Weber,Meyer,Wagner,Becker,Schulz,Hoffmann,Schäfer,Koch,Bauer,Richter,Klein,Wolf,Schröder,Neumann,Krüger,Weiß,Groß,Köhler,Jäger,Öztürk,Yılmaz,Voß}'::text[]
                         ELSE '{Smith,Jones,Taylor,Brown,Williams,Wilson,Johnson,Davies,Robinson,Wright,Evans,Walker,O''Brien,Fitzgerald,MacDonald,Patel,García,Nguyen}'::text[] END,
                    n, 3) AS last
  FROM generate_series(1, {{users}}::bigint) n, LATERAL (SELECT fxmseed.r(n, 1) < 0.7 AS g) x;
ALTER TABLE fxmseed.people ADD PRIMARY KEY (n);
ALTER TABLE fxmseed.people ADD COLUMN login text;
-- A login name as Moodle allows it: lower-case letters, digits and dots.
UPDATE fxmseed.people
   SET login = regexp_replace(translate(lower(first || '.' || last), 'äöüéèáíóúçñëïôâğışøå', 'aoueeaiioucneioagisoa'),
                              '[^a-z.]', '', 'g') || n;

-- The site: its guest and its administrator, as Moodle's installer makes them.
INSERT INTO mdl_user (id, auth, confirmed, mnethostid, username, firstname, lastname, email, lang, timecreated, timemodified)
VALUES (1, 'manual', 1, 1, 'guest', 'Guest user', ' ', 'root@localhost', 'en', 0, {{asof}}),
       (2, 'manual', 1, 1, 'admin', 'Admin', 'User', 'admin@moodle.example', 'en', 0, {{asof}});
INSERT INTO mdl_user (id, auth, confirmed, mnethostid, username, password, idnumber, firstname, lastname, email, phone1,
                      institution, department, address, city, country, lang, description, firstaccess, lastaccess,
                      lastlogin, currentlogin, lastip, suspended, timecreated, timemodified)
SELECT p.id, 'manual', 1, 1, p.login, '$2y$10$' || md5('pw' || p.n), 'S' || lpad((1000000 + p.n)::text, 8, '0'),
       p.first, p.last, p.login || '@' || CASE WHEN p.german THEN 'uni-beispiel.de' ELSE 'example.ac.uk' END,
       '+49 30 ' || lpad(p.n::text, 7, '0'), 'Fluxariont Academy', fxmseed.pick('{Informatik,Wirtschaft,Pflege,Design}', p.n, 4),
       'Hauptstraße ' || (p.n % 200 + 1), fxmseed.pick('{Berlin,Hamburg,München,Köln,Leipzig,London,Dublin}', p.n, 5),
       CASE WHEN p.german THEN 'DE' ELSE 'GB' END, CASE WHEN p.german THEN 'de' ELSE 'en' END,
       'Hallo, ich bin ' || p.first || ' ' || p.last || '.', c.t, l.t, l.t, l.t,
       '10.' || (p.n >> 16) % 256 || '.' || (p.n >> 8) % 256 || '.' || p.n % 256,
       CASE WHEN fxmseed.r(p.n, 6) < 0.03 THEN 1 ELSE 0 END, c.t, l.t
  FROM fxmseed.people p, LATERAL (SELECT fxmseed.ago(p.n, 7, 5 * 365) AS t) c,
       LATERAL (SELECT greatest(c.t, fxmseed.ago(p.n, 8, 90)) AS t) l;

-- Courses, each with its manual enrolment, its context, a grade item per activity, a forum, a
-- quiz, an assignment, a choice and a group.
CREATE TABLE fxmseed.courses AS
SELECT c AS id, 'Kurs ' || c || ': ' || fxmseed.pick('{Statistik,Datenschutz,Projektmanagement,Python,Pflegeethik,Buchhaltung,Typografie}', c, 10) AS title
  FROM generate_series(2, 1 + greatest(3, least(2000, {{users}} / 40))) c;
INSERT INTO mdl_course (id, category, fullname, shortname, format, startdate, timecreated, timemodified)
VALUES (1, 0, 'Fluxariont Moodle', 'fluxariont', 'site', 0, 0, {{asof}});
INSERT INTO mdl_course (id, category, fullname, shortname, format, startdate, timecreated, timemodified, visible)
SELECT id, 1, title, 'K' || id, 'topics', {{asof}} - 400 * 86400, {{asof}} - 400 * 86400, {{asof}}, 1 FROM fxmseed.courses;
INSERT INTO mdl_enrol (id, enrol, status, courseid, roleid, timecreated, timemodified)
SELECT id, 'manual', 0, id, 5, {{asof}} - 400 * 86400, {{asof}} FROM fxmseed.courses;
INSERT INTO mdl_context (id, contextlevel, instanceid, path, depth) VALUES (1, 10, 0, '/1', 1);
INSERT INTO mdl_context (id, contextlevel, instanceid, path, depth)
SELECT 100 + id, 50, id, '/1/' || (100 + id), 2 FROM fxmseed.courses;
INSERT INTO mdl_grade_items (id, courseid, itemname, itemtype, itemmodule, iteminstance, grademax, timecreated, timemodified)
SELECT 2 * id + k, id, CASE k WHEN 0 THEN 'Abschlusstest' ELSE 'Hausarbeit' END, 'mod', CASE k WHEN 0 THEN 'quiz' ELSE 'assign' END,
       id, 100, {{asof}} - 400 * 86400, {{asof}}
  FROM fxmseed.courses, generate_series(0, 1) k;
INSERT INTO mdl_forum (id, course, type, name, intro, timemodified) SELECT id, id, 'general', 'Forum', '', {{asof}} FROM fxmseed.courses;
INSERT INTO mdl_quiz (id, course, name, intro, timecreated, timemodified) SELECT id, id, 'Abschlusstest', '', {{asof}}, {{asof}} FROM fxmseed.courses;
INSERT INTO mdl_assign (id, course, name, intro, timemodified) SELECT id, id, 'Hausarbeit', '', {{asof}} FROM fxmseed.courses;
INSERT INTO mdl_choice (id, course, name, intro, timemodified) SELECT id, id, 'Termin', '', {{asof}} FROM fxmseed.courses;
INSERT INTO mdl_groups (id, courseid, name, timecreated, timemodified) SELECT id, id, 'Gruppe A', {{asof}}, {{asof}} FROM fxmseed.courses;
INSERT INTO mdl_cohort (id, contextid, name, descriptionformat, timecreated, timemodified)
VALUES (1, 1, 'Jahrgang 2026', 0, {{asof}}, {{asof}});
INSERT INTO mdl_badge (id, name, usercreated, usermodified, message, messagesubject, timecreated, timemodified)
VALUES (1, 'Erste Schritte', 2, 2, 'Glückwunsch!', 'Neue Auszeichnung', {{asof}}, {{asof}});
INSERT INTO mdl_user_info_field (id, shortname, name, datatype) VALUES (1, 'programme', 'Studiengang', 'text');

-- Who is enrolled where: one to six courses, forty for a heavy learner.
CREATE TABLE fxmseed.enrolments AS
SELECT DISTINCT p.n, p.id AS userid,
       (SELECT min(id) FROM fxmseed.courses) + floor(fxmseed.r(p.n * 64 + j, 11) * (SELECT count(*) FROM fxmseed.courses))::bigint AS courseid
  FROM fxmseed.people p,
       generate_series(1, CASE WHEN fxmseed.heavy(p.n) THEN 40 ELSE 1 + floor(fxmseed.r(p.n, 12) * 6)::integer END) j;
ALTER TABLE fxmseed.enrolments ADD COLUMN k bigint;
UPDATE fxmseed.enrolments SET k = n * 100000 + courseid;
INSERT INTO mdl_user_enrolments (status, enrolid, userid, timestart, modifierid, timecreated, timemodified)
SELECT 0, courseid, userid, fxmseed.ago(k, 13, 400), 2, fxmseed.ago(k, 13, 400), fxmseed.ago(k, 13, 400) FROM fxmseed.enrolments;
INSERT INTO mdl_role_assignments (roleid, contextid, userid, timemodified, modifierid)
SELECT 5, 100 + courseid, userid, fxmseed.ago(k, 13, 400), 2 FROM fxmseed.enrolments;
INSERT INTO mdl_user_lastaccess (userid, courseid, timeaccess) SELECT userid, courseid, fxmseed.ago(k, 14, 90) FROM fxmseed.enrolments;
INSERT INTO mdl_groups_members (groupid, userid, timeadded) SELECT courseid, userid, {{asof}} FROM fxmseed.enrolments WHERE fxmseed.r(k, 15) < 0.3;
INSERT INTO mdl_choice_answers (choiceid, userid, optionid, timemodified)
SELECT courseid, userid, 1, fxmseed.ago(k, 16, 300) FROM fxmseed.enrolments WHERE fxmseed.r(k, 16) < 0.3;
INSERT INTO mdl_favourite (component, itemtype, itemid, contextid, userid, timecreated, timemodified)
SELECT 'core_course', 'courses', courseid, 100 + courseid, userid, {{asof}}, {{asof}} FROM fxmseed.enrolments WHERE fxmseed.r(k, 17) < 0.1;

-- Grades over eight years, so that some are within five years and some past them; each with
-- the history row Moodle writes.
INSERT INTO mdl_grade_grades (itemid, userid, rawgrade, finalgrade, usermodified, feedback, timecreated, timemodified)
SELECT 2 * courseid + g, userid, r, r, 2, 'Gut strukturiert.', t, t
  FROM fxmseed.enrolments, generate_series(0, 1) g,
       LATERAL (SELECT round((40 + fxmseed.r(k * 2 + g, 18) * 60)::numeric, 2) AS r, fxmseed.ago(k * 2 + g, 19, 8 * 365) AS t) x;
INSERT INTO mdl_grade_grades_history (action, oldid, source, timemodified, loggeduser, itemid, userid, rawgrade, finalgrade,
                                      usermodified, feedback)
SELECT 1, id, 'mod/quiz', timemodified, 2, itemid, userid, rawgrade, finalgrade, usermodified, feedback FROM mdl_grade_grades;

-- Quiz attempts, each through its question usage, one answered question and two steps.
CREATE TABLE fxmseed.attempts AS SELECT row_number() OVER (ORDER BY k) AS id, * FROM fxmseed.enrolments WHERE fxmseed.r(k, 20) < 0.5;
INSERT INTO mdl_question_usages (id, contextid, component, preferredbehaviour) SELECT id, 100 + courseid, 'mod_quiz', 'deferredfeedback' FROM fxmseed.attempts;
INSERT INTO mdl_quiz_attempts (quiz, userid, attempt, uniqueid, layout, state, timestart, timefinish, timemodified, sumgrades)
SELECT courseid, userid, 1, id, '1,0', 'finished', fxmseed.ago(k, 21, 300), fxmseed.ago(k, 21, 300) + 1200, fxmseed.ago(k, 21, 300) + 1200, 1 FROM fxmseed.attempts;
INSERT INTO mdl_question_attempts (id, questionusageid, slot, behaviour, questionid, maxmark, minfraction, questionsummary, rightanswer, responsesummary, timemodified)
SELECT id, id, 1, 'deferredfeedback', 1, 1, 0, 'Was ist ein Median?', 'Der mittlere Wert', 'Der mittlere Wert', fxmseed.ago(k, 21, 300) FROM fxmseed.attempts;
INSERT INTO mdl_question_attempt_steps (questionattemptid, sequencenumber, state, fraction, timecreated, userid)
SELECT id, s, CASE s WHEN 0 THEN 'todo' ELSE 'gradedright' END, CASE s WHEN 1 THEN 1 END, fxmseed.ago(k, 21, 300) + 60 * s, userid
  FROM fxmseed.attempts, generate_series(0, 1) s;

-- Assignment submissions, their grades and flags.
INSERT INTO mdl_assign_submission (assignment, userid, timecreated, timemodified, status, groupid, attemptnumber, latest)
SELECT courseid, userid, fxmseed.ago(k, 22, 300), fxmseed.ago(k, 22, 300), 'submitted', 0, 0, 1 FROM fxmseed.enrolments WHERE fxmseed.r(k, 23) < 0.4;
INSERT INTO mdl_assign_grades (assignment, userid, timecreated, timemodified, grader, grade, attemptnumber)
SELECT assignment, userid, timemodified + 86400, timemodified + 86400, 2, 75, 0 FROM mdl_assign_submission;
INSERT INTO mdl_assign_user_flags (userid, assignment, locked, mailed, extensionduedate, workflowstate, allocatedmarker)
SELECT userid, assignment, 0, 1, 0, '', 2 FROM mdl_assign_submission WHERE fxmseed.r(id, 24) < 0.2;

-- The learner's own account data: a profile field, preferences, sessions, a private key,
-- a cohort, a badge, a file and a privacy request now and then.
INSERT INTO mdl_user_info_data (userid, fieldid, data, dataformat)
SELECT id, 1, fxmseed.pick('{Informatik B.Sc.,Wirtschaftsinformatik,Pflegemanagement,Kommunikationsdesign}', n, 30), 0 FROM fxmseed.people;
INSERT INTO mdl_user_preferences (userid, name, value)
SELECT id, x.name, x.value FROM fxmseed.people, (VALUES ('email_bounce_count', '0'), ('core_message_migrate_data', '1')) x(name, value);
INSERT INTO mdl_sessions (state, sid, userid, sessdata, timecreated, timemodified, firstip, lastip)
SELECT 0, md5('sid' || n || ':' || s), id, NULL, fxmseed.ago(n * 4 + s, 31, 2), {{asof}} - s * 600,
       '10.' || (n >> 16) % 256 || '.' || (n >> 8) % 256 || '.' || n % 256, '192.0.2.' || (n + s) % 250 + 1
  FROM fxmseed.people, generate_series(0, CASE WHEN fxmseed.heavy(n) THEN 3 ELSE 0 END) s
 WHERE fxmseed.heavy(n) OR fxmseed.r(n, 32) < 0.3;
INSERT INTO mdl_user_private_key (script, value, userid, instance, validuntil, timecreated)
SELECT 'rss', md5('key' || n), id, 0, 0, {{asof}} FROM fxmseed.people WHERE fxmseed.r(n, 33) < 0.05;
INSERT INTO mdl_cohort_members (cohortid, userid, timeadded) SELECT 1, id, {{asof}} FROM fxmseed.people WHERE fxmseed.r(n, 34) < 0.5;
INSERT INTO mdl_badge_issued (badgeid, userid, uniquehash, dateissued, issuernotified, visible)
SELECT 1, id, encode(sha256(('badge' || n)::bytea), 'hex'), fxmseed.ago(n, 35, 300), 0, 1 FROM fxmseed.people WHERE fxmseed.r(n, 35) < 0.2;
INSERT INTO mdl_files (contenthash, pathnamehash, contextid, component, filearea, itemid, filepath, filename, userid, filesize,
                       mimetype, author, license, timecreated, timemodified)
SELECT encode(sha256(('content' || n)::bytea), 'hex')::varchar(40), md5('path' || n), 1, 'user', 'private', 0, '/',
       'Lebenslauf_' || last || '.pdf', id, 48213, 'application/pdf', first || ' ' || last, 'allrightsreserved',
       fxmseed.ago(n, 36, 300), fxmseed.ago(n, 36, 300)
  FROM fxmseed.people WHERE fxmseed.heavy(n) OR fxmseed.r(n, 36) < 0.3;
INSERT INTO mdl_tool_dataprivacy_request (type, comments, commentsformat, userid, requestedby, status, dpo, dpocomment,
                                          dpocommentformat, usermodified, timecreated, timemodified, creationmethod)
SELECT 1, 'Bitte senden Sie mir meine Daten.', 0, id, id, 5, 2, '', 0, 2, fxmseed.ago(n, 37, 300), {{asof}}, 0
  FROM fxmseed.people WHERE fxmseed.r(n, 37) < 0.02;

-- What learners write: forum discussions and replies, blog entries, comments, and messages in
-- conversations of two, each signed by its author only.
INSERT INTO mdl_forum_discussions (id, course, forum, name, firstpost, userid, groupid, timemodified, usermodified, timestart)
SELECT e.n, e.courseid, e.courseid, 'Frage zu ' || c.title, 0, e.userid, -1, fxmseed.ago(e.n, 40, 300), e.userid, 0
  FROM (SELECT DISTINCT ON (n) n, userid, courseid FROM fxmseed.enrolments ORDER BY n, courseid) e
  JOIN fxmseed.courses c ON c.id = e.courseid
 WHERE e.n % 5 = 0 OR fxmseed.heavy(e.n);
INSERT INTO mdl_forum_posts (discussion, parent, userid, created, modified, subject, message, messageformat)
SELECT d.id, 0, d.userid, d.timemodified, d.timemodified, d.name,
       'Hallo zusammen, wie ist die Aufgabe gemeint? Viele Grüße, ' || p.first || ' ' || p.last, 1
  FROM mdl_forum_discussions d JOIN fxmseed.people p ON p.id = d.userid;
UPDATE mdl_forum_discussions d SET firstpost = f.id FROM mdl_forum_posts f WHERE f.discussion = d.id AND f.parent = 0;
-- Who posted follows the forum and the discussion, and has read what they answered.
INSERT INTO mdl_forum_subscriptions (userid, forum)
SELECT DISTINCT userid, forum FROM mdl_forum_discussions;
INSERT INTO mdl_forum_discussion_subs (forum, userid, discussion, preference)
SELECT forum, userid, id, timemodified FROM mdl_forum_discussions;
INSERT INTO mdl_forum_digests (userid, forum, maildigest)
SELECT DISTINCT userid, forum, 1 FROM mdl_forum_discussions WHERE userid % 4 = 0;
INSERT INTO mdl_forum_posts (discussion, parent, userid, created, modified, subject, message, messageformat)
SELECT d.id, d.id, p.id, d.timemodified + 3600, d.timemodified + 3600, 'Re: ' || d.name,
       'Ich verstehe es so: zuerst die Daten ordnen. ' || p.first || ' ' || p.last, 1
  FROM mdl_forum_discussions d JOIN fxmseed.people p ON p.n = d.id + 1;
INSERT INTO mdl_post (module, userid, courseid, subject, summary, content, publishstate, created, lastmodified, usermodified)
SELECT 'blog', id, 0, 'Mein Lernweg', 'Was ich gelernt habe, von ' || first || ' ' || last, '', 'site',
       fxmseed.ago(n, 41, 300), fxmseed.ago(n, 41, 300), id
  FROM fxmseed.people WHERE fxmseed.r(n, 41) < 0.1;
INSERT INTO mdl_comments (contextid, component, commentarea, itemid, content, format, userid, timecreated)
SELECT 1, 'block_comments', 'page_comments', 0, 'Danke für die Folien! – ' || first, 0, id, fxmseed.ago(n, 42, 300)
  FROM fxmseed.people WHERE fxmseed.r(n, 42) < 0.1;
INSERT INTO mdl_message_conversations (id, type, convhash, enabled, timecreated, timemodified)
SELECT n, 1, encode(sha256((id || '-' || id + 1)::text::bytea), 'hex')::varchar(40), 1, fxmseed.ago(n, 43, 200), {{asof}}
  FROM fxmseed.people WHERE (n % 3 = 0 OR fxmseed.heavy(n)) AND n < {{users}};
INSERT INTO mdl_message_conversation_members (conversationid, userid, timecreated)
SELECT c.id, c.id + 2 + m, c.timecreated FROM mdl_message_conversations c, generate_series(0, 1) m;
INSERT INTO mdl_messages (useridfrom, conversationid, subject, fullmessage, fullmessageformat, fullmessagehtml, smallmessage,
                          timecreated)
SELECT p.id, c.id, NULL, x.t, 0, '<p>' || x.t || '</p>', x.t, c.timecreated + 600 * m
  FROM mdl_message_conversations c, generate_series(0, 3) m, fxmseed.people p,
       LATERAL (SELECT 'Hast du die Folien von heute? ' || p.first AS t) x
 WHERE p.id = c.id + 2 + m % 2;
INSERT INTO mdl_notifications (useridfrom, useridto, subject, fullmessage, fullmessageformat, smallmessage, component,
                               eventtype, timecreated)
SELECT -10, id, 'Neue Bewertung', 'Ihre Hausarbeit wurde bewertet.', 0, 'Ihre Hausarbeit wurde bewertet.', 'mod_assign',
       'assign_notification', fxmseed.ago(n, 44, 200)
  FROM fxmseed.people WHERE fxmseed.r(n, 44) < 0.5;

-- The standard log: course views, a graded event about the learner, and logins, with the
-- address they came from.
INSERT INTO mdl_forum_read (userid, forumid, discussionid, postid, firstread, lastread)
SELECT p.userid, d.forum, d.id, d.firstpost, p.created, p.created
  FROM mdl_forum_posts p JOIN mdl_forum_discussions d ON d.id = p.discussion WHERE p.parent <> 0;
INSERT INTO mdl_block_recentlyaccesseditems (courseid, cmid, userid, timeaccess)
SELECT e.courseid, e.courseid, e.userid, fxmseed.ago(e.k, 52, 60) FROM fxmseed.enrolments e;
INSERT INTO mdl_my_pages (userid, name, private, sortorder)
SELECT id, '__default', 1, 0 FROM fxmseed.people WHERE fxmseed.r(n, 53) < 0.2;

INSERT INTO mdl_logstore_standard_log (eventname, component, action, target, crud, edulevel, contextid, contextlevel,
                                       contextinstanceid, userid, courseid, relateduserid, anonymous, other, timecreated,
                                       origin, ip)
SELECT '\core\event\course_viewed', 'core', 'viewed', 'course', 'r', 2, 100 + e.courseid, 50, e.courseid, e.userid,
       e.courseid, NULL, 0, 'null', fxmseed.ago(e.k * 16 + v, 50, 365), 'web',
       '10.' || (e.n >> 16) % 256 || '.' || (e.n >> 8) % 256 || '.' || e.n % 256
  FROM fxmseed.enrolments e, generate_series(1, CASE WHEN fxmseed.heavy(e.n) THEN 200 ELSE 3 END) v;
INSERT INTO mdl_logstore_standard_log (eventname, component, action, target, objecttable, objectid, crud, edulevel, contextid,
                                       contextlevel, contextinstanceid, userid, courseid, relateduserid, anonymous, other,
                                       timecreated, origin, ip)
SELECT '\mod_assign\event\submission_graded', 'mod_assign', 'graded', 'submission', 'assign_grades', g.id, 'u', 1,
       100 + g.assignment, 50, g.assignment, 2, g.assignment, g.userid, 0, '{"assignid":' || g.assignment || '}',
       g.timemodified, 'web', '10.255.0.1'
  FROM mdl_assign_grades g;
INSERT INTO mdl_logstore_standard_log (eventname, component, action, target, crud, edulevel, contextid, contextlevel,
                                       contextinstanceid, userid, courseid, anonymous, other, timecreated, origin, ip)
SELECT '\core\event\user_loggedin', 'core', 'loggedin', 'user', 'r', 0, 1, 10, 0, id, 0, 0,
       '{"username":"' || login || '"}', fxmseed.ago(n * 8 + v, 51, 90), 'web', '192.0.2.' || (n + v) % 250 + 1
  FROM fxmseed.people, generate_series(1, CASE WHEN fxmseed.heavy(n) THEN 2000 ELSE 2 END) v;

-- The sequences continue after the rows written here, as Moodle's next insert expects.
DO $$
DECLARE
    v_table text;
BEGIN
    FOR v_table IN SELECT c.relname FROM pg_class c
                    WHERE c.relnamespace = current_schema()::regnamespace AND c.relkind = 'r' AND c.relname LIKE 'mdl\_%'
                      AND pg_get_serial_sequence(quote_ident(c.relname), 'id') IS NOT NULL LOOP
        EXECUTE format('SELECT setval(pg_get_serial_sequence(%L, ''id''), coalesce(max(id), 0) + 1, false) FROM %I',
                       quote_ident(v_table), v_table);
    END LOOP;
END
$$;
DROP SCHEMA fxmseed CASCADE;
