// SPDX-License-Identifier: GPL-3.0-or-later
// A Moodle site under the shipped Moodle map: Moodle's schema filled by the Moodle seeder, the
// indexes and grants the map check asks for made as a DBA would, the map applied. Support finds
// learners by every identity Moodle keeps, sees the picture and runs Moodle's operations; the
// DPO exports and erases, and what is left afterwards, in every text column of every one of
// Moodle's tables, is only what the map says it keeps, in the shape Moodle gives a deleted user.
// With FX_MOODLE_SITE_DUMP (a plain pg_dump of a site Moodle's installer and generators made, see
// resources/moodle/test-real-site.sh) the same checks run on that site instead of the seeder's;
// FX_MOODLE_SITE_ERASED names the file the site is dumped to after the erasure, for Moodle to read.
#include "TestDatabase.h"

#include "datamap/DataMapFile.h"
#include "datamap/DataMapStore.h"
#include "datamap/UncoveredSummary.h"
#include "moodle/MoodleSite.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

class TestMoodleSite : public QObject
{
    Q_OBJECT

    QVariant scalar(const QString& sql)
    {
        QSqlQuery q(m_owner->database());
        if (!q.exec(sql) || !q.next())
            qFatal("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
        return q.value(0);
    }

    QJsonObject json(DatabaseConnection& connection, const QString& sql)
    {
        QSqlQuery q(connection.database());
        if (!q.exec(sql) || !q.next())
            qFatal("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
        return QJsonDocument::fromJson(q.value(0).toByteArray()).object();
    }

    // What look-up finds for a text: "id:matched:label" per learner, in order.
    QStringList lookup(const QString& text)
    {
        QSqlQuery q(m_support->database());
        q.prepare(QStringLiteral("SELECT user_id, matched, matched_label->>'en' FROM privacy.lookup(?, 'SUP-4711')"));
        q.addBindValue(text);
        if (!q.exec())
            qFatal("lookup %s: %s", qPrintable(text), qPrintable(q.lastError().text()));
        QStringList found;
        while (q.next())
            found
                << QStringLiteral("%1:%2:%3").arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString());
        return found;
    }

    // psql with the test cluster's superuser on the test database, for what pg_dump writes.
    bool psql(const QString& program, const QStringList& args)
    {
        const ConnectionProfile p = TestDatabase::superuserProfile(m_db);
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PGPASSWORD"), TestDatabase::superuserPassword());
        process.setProcessEnvironment(env);
        process.start(program, QStringList{QStringLiteral("-h"), p.host, QStringLiteral("-p"), QString::number(p.port),
                                           QStringLiteral("-U"), p.user, QStringLiteral("-d"), m_db} +
                                   args);
        if (!process.waitForFinished(600000) || process.exitCode() != 0) {
            qWarning("%s: %s", qPrintable(program), process.readAllStandardError().left(2000).constData());
            return false;
        }
        return true;
    }

    QString userColumn(qint64 id, const QString& column)
    {
        return scalar(QStringLiteral("SELECT %1::text FROM public.mdl_user WHERE id = %2").arg(column).arg(id))
            .toString();
    }

    // Every value of every text column of every table of the schema that contains one of the
    // needles, as "table.column" -> rows.
    QMap<QString, qint64> residue(const QStringList& needles)
    {
        QSqlQuery columns(m_owner->database());
        columns.exec(QStringLiteral("SELECT c.table_name, c.column_name FROM information_schema.columns c "
                                    "WHERE c.table_schema = 'public' AND c.data_type IN ('text', 'character', "
                                    "'character varying') ORDER BY 1, 2"));
        QMap<QString, qint64> found;
        while (columns.next()) {
            const QString table = columns.value(0).toString();
            const QString column = columns.value(1).toString();
            QStringList likes;
            for (const QString& needle : needles)
                likes << QStringLiteral("strpos(lower(t.%1), lower($fx$%2$fx$)) > 0").arg(column, needle);
            const qint64 rows = scalar(QStringLiteral("SELECT count(*) FROM public.%1 t WHERE %2")
                                           .arg(table, likes.join(QStringLiteral(" OR "))))
                                    .toLongLong();
            if (rows > 0)
                found.insert(table + QLatin1Char('.') + column, rows);
        }
        return found;
    }

private slots:
    void initTestCase()
    {
        m_db = TestDatabase::createDatabase();
        m_owner = TestDatabase::connectSuperuser(m_db);
        QString error;
        MoodleSite site(m_owner->database());
        const QString dump = qEnvironmentVariable("FX_MOODLE_SITE_DUMP");
        m_realSite = !dump.isEmpty();
        m_asOf = QDateTime::currentSecsSinceEpoch();
        if (m_realSite) {
            QVERIFY(psql(QStringLiteral("psql"), {QStringLiteral("-q"), QStringLiteral("-v"),
                                                  QStringLiteral("ON_ERROR_STOP=1"), QStringLiteral("-f"), dump}));
            QVERIFY(TestDatabase::exec(m_db, QStringLiteral("GRANT USAGE ON SCHEMA public TO fx_owner; ANALYZE")));
        } else {
            QVERIFY2(site.create(&error), qPrintable(error));
            QVERIFY2(site.seed(300, 1, m_asOf, &error), qPrintable(error));
        }
        // The learner with the most activity, and another one with as many identities as any.
        m_heavy = scalar(QStringLiteral("SELECT u.id FROM public.mdl_user u LEFT JOIN public.mdl_logstore_standard_log "
                                        "l ON l.userid = u.id WHERE u.deleted = 0 AND u.username NOT IN ('guest', "
                                        "'admin') GROUP BY u.id ORDER BY count(l.id) DESC, u.id LIMIT 1"))
                      .toLongLong();
        m_typical = scalar(QStringLiteral("SELECT id FROM public.mdl_user WHERE deleted = 0 AND username NOT IN "
                                          "('guest', 'admin') AND id <> %1 ORDER BY idnumber <> '' DESC, lastip NOT "
                                          "IN ('', '0.0.0.0') DESC, id DESC LIMIT 1")
                               .arg(m_heavy))
                        .toLongLong();
        if (!m_realSite)
            QCOMPARE(m_heavy, qint64(7));
        DataMapFile map;
        QVERIFY2(DataMapFile::load(QStringLiteral("moodle"), &map, &error), qPrintable(error));
        QStringList done;
        QVERIFY2(site.prepare(map, &done, &error), qPrintable(error));
        QVERIFY(done.size() > 9);
        // What a DPO of this site would have to add to the map: the columns with rows that look
        // like a learner's key or personal data, outside the map.
        if (m_realSite) {
            QList<MapFinding> found;
            QVERIFY2(DataMapStore(m_owner->database()).check(map, &found, &error), qPrintable(error));
            for (const QString& line : UncoveredSummary::lines(found))
                qInfo("uncovered on this site: %s", qPrintable(line));
        }
        const auto admin = TestDatabase::connectAs(m_db, TestDatabase::createStaff(m_db, QStringLiteral("admin")));
        MapApplying applied;
        QVERIFY2(DataMapStore(admin->database()).apply(map, true, &applied, &error), qPrintable(error));
        QVERIFY(applied.applied);
        m_support = TestDatabase::connectAs(m_db, TestDatabase::createStaff(m_db, QStringLiteral("support")));
        m_dpo = TestDatabase::connectAs(m_db, TestDatabase::createStaff(m_db, QStringLiteral("dpo")));
        m_dpo2 = TestDatabase::connectAs(m_db, TestDatabase::createStaff(m_db, QStringLiteral("dpo")));
    }

    void theSeederWritesMoodlesShapes()
    {
        if (m_realSite)
            QSKIP("a site made by Moodle's generators");
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM public.mdl_user")).toInt(), 302);
        QCOMPARE(userColumn(2, QStringLiteral("username")), QStringLiteral("admin"));
        // A learner writes in many of Moodle's tables.
        QVERIFY(scalar(QStringLiteral("SELECT count(*) FROM pg_stat_user_tables WHERE schemaname = 'public' "
                                      "AND n_live_tup > 0"))
                    .toInt() >= 40);
        QVERIFY(
            scalar(QStringLiteral("SELECT count(*) FROM public.mdl_logstore_standard_log WHERE userid = 7")).toInt() >
            50);
    }

    void lookupByEveryIdentity()
    {
        const qint64 id = m_typical;
        const QString hit = QStringLiteral("%1:").arg(id);
        QCOMPARE(lookup(userColumn(id, QStringLiteral("email"))).value(0), hit + QStringLiteral("email:"));
        QCOMPARE(lookup(userColumn(id, QStringLiteral("username"))).value(0),
                 hit + QStringLiteral("reference:Username"));
        const QString idnumber = userColumn(id, QStringLiteral("idnumber"));
        QVERIFY(m_realSite || !idnumber.isEmpty());
        if (!idnumber.isEmpty()) {
            QCOMPARE(lookup(idnumber).value(0), hit + QStringLiteral("reference:ID number"));
            // The ID number in capitals or not, as typed.
            QCOMPARE(lookup(idnumber.toLower()).value(0), hit + QStringLiteral("reference:ID number"));
        }
        QVERIFY(lookup(userColumn(id, QStringLiteral("firstname")) + QLatin1Char(' ') +
                       userColumn(id, QStringLiteral("lastname")))
                    .contains(hit + QStringLiteral("name:")));
        // The last address of the account, of a session and of the log, all kept as text.
        const QString lastIp = userColumn(id, QStringLiteral("lastip"));
        QVERIFY(m_realSite || !lastIp.isEmpty());
        // Moodle's "no address known" is nobody's address.
        QVERIFY(lookup(QStringLiteral("0.0.0.0")).isEmpty());
        if (!lastIp.isEmpty())
            QVERIFY(lookup(lastIp).contains(hit + QStringLiteral("ip:")));
        const QString sessionIp = scalar(QStringLiteral("SELECT coalesce(max(lastip), '') FROM public.mdl_sessions "
                                                        "WHERE userid = %1")
                                             .arg(m_heavy))
                                      .toString();
        QVERIFY(m_realSite || !sessionIp.isEmpty());
        if (!sessionIp.isEmpty())
            QVERIFY(lookup(sessionIp).contains(QStringLiteral("%1:ip:").arg(m_heavy)));
        const QString logIp =
            scalar(QStringLiteral("SELECT coalesce(max(ip), '') FROM public.mdl_logstore_standard_log "
                                  "WHERE userid = %1 AND ip NOT IN ('', '0.0.0.0')")
                       .arg(m_heavy))
                .toString();
        QVERIFY(m_realSite || !logIp.isEmpty());
        if (!logIp.isEmpty())
            QVERIFY(lookup(logIp).contains(QStringLiteral("%1:ip:").arg(m_heavy)));
        if (!m_realSite) {
            QVERIFY(lookup(QStringLiteral("192.0.2.0/24")).size() > 10);
            QVERIFY(lookup(QStringLiteral("10.255.0.1")).contains(QStringLiteral("2:ip:"))); // the grader, in the log
        }
        QVERIFY(lookup(QStringLiteral("203.0.113.9")).isEmpty());
    }

    void thePictureShowsMoodlesDataUnderThePolicysCategories()
    {
        const QJsonObject picture =
            json(*m_support, QStringLiteral("SELECT privacy.user_summary(%1, 'SUP-4711')").arg(m_heavy));
        const QJsonObject account = picture.value(QLatin1String("account")).toObject();
        QVERIFY(account.value(QLatin1String("email_masked")).toBool());
        QVERIFY(
            !account.value(QLatin1String("email")).toString().contains(userColumn(m_heavy, QStringLiteral("email"))));
        // Moodle counts seconds; the picture shows a time.
        QVERIFY(QDateTime::fromString(account.value(QLatin1String("created_at")).toString(), Qt::ISODate).isValid());
        QStringList shown;
        QDateTime lastAccess;
        for (const QJsonValue f : picture.value(QLatin1String("fields")).toArray()) {
            const QJsonObject field = f.toObject();
            shown << field.value(QLatin1String("column")).toString();
            if (field.value(QLatin1String("column")).toString() == QLatin1String("lastip"))
                QVERIFY(field.value(QLatin1String("masked")).toBool());
            // Moodle's seconds as times, its 0 ("never") as none.
            if (field.value(QLatin1String("column")).toString() == QLatin1String("lastaccess"))
                lastAccess = QDateTime::fromString(field.value(QLatin1String("value")).toString(), Qt::ISODate);
            if (field.value(QLatin1String("column")).toString() == QLatin1String("picture"))
                QCOMPARE(field.value(QLatin1String("value")).toInt(), 0);
        }
        QVERIFY(shown.contains(QStringLiteral("city")));
        QVERIFY(lastAccess.isValid());
        QSqlQuery rows(m_support->database());
        QVERIFY(rows.exec(QStringLiteral("SELECT data FROM privacy.user_rows(%1, 'mdl_logstore_standard_log', 0, 5, "
                                         "'SUP-4711')")
                              .arg(m_heavy)));
        QVERIFY(rows.next());
        const QJsonObject row = QJsonDocument::fromJson(rows.value(0).toByteArray()).object();
        QVERIFY2(QDateTime::fromString(row.value(QLatin1String("timecreated")).toString(), Qt::ISODate).isValid(),
                 QJsonDocument(row).toJson().constData());
        QVERIFY(!shown.contains(QStringLiteral("password")) && !shown.contains(QStringLiteral("secret")));
        QMap<QString, QString> categories;
        for (const QJsonValue t : picture.value(QLatin1String("tables")).toArray())
            categories.insert(t.toObject().value(QLatin1String("table")).toString(),
                              t.toObject().value(QLatin1String("category")).toString());
        // On a generated site the learner may have no messages or grades; the seeder's has all.
        for (const auto& [table, category] : {std::pair{"mdl_grade_grades", "education"},
                                              {"mdl_logstore_standard_log", "technical"},
                                              {"mdl_messages", "communication"}})
            if (!m_realSite || categories.contains(QLatin1String(table)))
                QCOMPARE(categories.value(QLatin1String(table)), QLatin1String(category));
    }

    void moodlesOperations()
    {
        const qint64 id = m_typical;
        QVERIFY(TestDatabase::exec(m_db, QStringLiteral("INSERT INTO public.mdl_sessions (state, sid, userid, "
                                                        "timecreated, timemodified) VALUES (0, 'op-test', %1, 1, 1)")
                                             .arg(id)));
        json(*m_support, QStringLiteral("SELECT privacy.user_lock(%1, 'SUP-4711')").arg(id));
        QCOMPARE(userColumn(id, QStringLiteral("suspended")), QStringLiteral("1"));
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM public.mdl_sessions WHERE userid = %1").arg(id)).toInt(),
                 0);
        json(*m_support, QStringLiteral("SELECT privacy.user_unlock(%1, 'SUP-4711')").arg(id));
        QCOMPARE(userColumn(id, QStringLiteral("suspended")), QStringLiteral("0"));
        // Moodle's own flag for a forced password change, added once, set again when cleared.
        for (int i = 0; i < 2; ++i)
            json(*m_support, QStringLiteral("SELECT privacy.user_force_password_reset(%1, 'SUP-4711')").arg(id));
        const QString flag = QStringLiteral("SELECT string_agg(value, ',') FROM public.mdl_user_preferences WHERE "
                                            "userid = %1 AND name = 'auth_forcepasswordchange'")
                                 .arg(id);
        QCOMPARE(scalar(flag).toString(), QStringLiteral("1"));
        QVERIFY(TestDatabase::exec(m_db, QStringLiteral("UPDATE public.mdl_user_preferences SET value = '0' WHERE "
                                                        "name = 'auth_forcepasswordchange'")));
        json(*m_support, QStringLiteral("SELECT privacy.user_force_password_reset(%1, 'SUP-4711')").arg(id));
        QCOMPARE(scalar(flag).toString(), QStringLiteral("1"));
        // Marketing consent is not something Moodle keeps: refused, and said so.
        QSqlQuery q(m_support->database());
        QVERIFY(!q.exec(QStringLiteral("SELECT privacy.user_withdraw_marketing(%1, 'SUP-4711')").arg(id)));
        QVERIFY(q.lastError().text().contains(QLatin1String("binds no such")));
    }

    void theExportHoldsEveryMappedRow()
    {
        const qint64 id = m_heavy;
        const QJsonObject opened =
            json(*m_support,
                 QStringLiteral("SELECT privacy.request_open(%1, 'export', 'SUP-4711', 'email confirmed')").arg(id));
        const qint64 request = opened.value(QLatin1String("id")).toInteger();
        json(*m_dpo, QStringLiteral("SELECT privacy.export_approve(%1, 'identity checked')").arg(request));
        QVERIFY(m_support->database().transaction());
        const QJsonObject begun = json(*m_support, QStringLiteral("SELECT privacy.export_begin(%1)").arg(request));
        int tables = 0;
        for (const QJsonValue v : begun.value(QLatin1String("tables")).toArray()) {
            const QJsonObject t = v.toObject();
            const QString table = t.value(QLatin1String("table")).toString();
            if (!table.startsWith(QLatin1String("mdl_")))
                continue;
            ++tables;
            QSqlQuery rows(m_support->database());
            QVERIFY(rows.exec(
                QStringLiteral("SELECT count(*) FROM privacy.export_rows(%1, '%2')").arg(request).arg(table)));
            QVERIFY(rows.next());
            QCOMPARE(rows.value(0).toLongLong(), t.value(QLatin1String("rows")).toInteger());
        }
        QVERIFY(m_support->database().rollback());
        QCOMPARE(tables, 36);
        // Against the tables themselves: the learner's grades, and the messages of their conversations.
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM public.mdl_grade_grades WHERE userid = %1 OR usermodified "
                                       "= %1")
                            .arg(id))
                     .toLongLong(),
                 [&] {
                     for (const QJsonValue v : begun.value(QLatin1String("tables")).toArray())
                         if (v.toObject().value(QLatin1String("table")).toString() == QLatin1String("mdl_grade_grades"))
                             return v.toObject().value(QLatin1String("rows")).toInteger();
                     return qint64(-1);
                 }());
    }

    void erasureLeavesOnlyWhatTheMapKeeps()
    {
        const qint64 id = m_heavy;
        const QString where = QStringLiteral("userid = %1").arg(id);
        QVERIFY(TestDatabase::exec(m_db, QStringLiteral("UPDATE public.mdl_user SET firstname = 'Quirinella', "
                                                        "lastname = 'Zwackelmann' WHERE id = %1")
                                             .arg(id)));
        const QString username = userColumn(id, QStringLiteral("username"));
        QStringList identities{username, userColumn(id, QStringLiteral("email"))};
        if (const QString idnumber = userColumn(id, QStringLiteral("idnumber")); !idnumber.isEmpty())
            identities << idnumber;
        QStringList needles{QStringLiteral("Quirinella"), QStringLiteral("Zwackelmann")};
        // What is the learner's alone (an address others share would be found in their rows).
        for (const char* column : {"email", "username", "idnumber", "phone1", "phone2", "address"})
            if (const QString value = userColumn(id, QLatin1String(column));
                value.size() >= 4 && scalar(QStringLiteral("SELECT count(*) FROM public.mdl_user WHERE %1 = $fx$%2$fx$")
                                                .arg(QLatin1String(column), value))
                                             .toInt() == 1)
                needles << value;
        // The learner signs their posts and messages with their name, and their files carry it.
        QVERIFY(TestDatabase::exec(
            m_db, QStringLiteral("UPDATE public.mdl_forum_posts SET message = message || ' Quirinella' WHERE %1;"
                                 "UPDATE public.mdl_messages SET fullmessage = fullmessage || ' Zwackelmann' WHERE "
                                 "useridfrom = %2;"
                                 "UPDATE public.mdl_files SET author = 'Quirinella Zwackelmann', filename = "
                                 "regexp_replace(filename, '_[^_.]+\\.', '_Zwackelmann.') WHERE %1")
                      .arg(where)
                      .arg(id)));
        const QMap<QString, qint64> before = residue(needles);
        QVERIFY(before.contains(QStringLiteral("mdl_user.email")) &&
                before.contains(QStringLiteral("mdl_user.username")));
        if (!m_realSite)
            for (const char* expected : {"mdl_forum_posts.message", "mdl_messages.fullmessage",
                                         "mdl_logstore_standard_log.other", "mdl_files.author"})
                QVERIFY2(before.contains(QLatin1String(expected)), expected);
        const qint64 posts =
            scalar(QStringLiteral("SELECT count(*) FROM public.mdl_forum_posts WHERE %1").arg(where)).toLongLong();

        const QJsonObject opened =
            json(*m_support,
                 QStringLiteral("SELECT privacy.request_open(%1, 'erasure', 'SUP-4712', 'email confirmed')").arg(id));
        const qint64 request = opened.value(QLatin1String("id")).toInteger();
        json(*m_dpo, QStringLiteral("SELECT privacy.erasure_decide(%1, true, 'identity checked')").arg(request));
        const QString recentGrades =
            QStringLiteral("SELECT count(*) FROM public.mdl_grade_grades WHERE %1 AND "
                           "privacy.retained_until(to_timestamp(timemodified), 5) >= current_date")
                .arg(where);
        const qint64 grades =
            scalar(QStringLiteral("SELECT count(*) FROM public.mdl_grade_grades WHERE %1").arg(where)).toLongLong();
        const qint64 recent = scalar(recentGrades).toLongLong();
        QVERIFY(m_realSite || (recent > 0 && recent < grades));
        json(*m_dpo2, QStringLiteral("SELECT privacy.erasure_execute(%1)").arg(request));

        const QMap<QString, qint64> after = residue(needles);
        QVERIFY2(after.isEmpty(), qPrintable(QStringList(after.keys()).join(QLatin1Char(' '))));

        // Moodle's deleted user: the row stays, deleted, its login name freed, its address the
        // hash of the old login name, nothing else of the person.
        QCOMPARE(userColumn(id, QStringLiteral("deleted")), QStringLiteral("1"));
        QVERIFY(QRegularExpression(QStringLiteral("^%1\\.[0-9]{10}$").arg(id))
                    .match(userColumn(id, QStringLiteral("username")))
                    .hasMatch());
        QCOMPARE(userColumn(id, QStringLiteral("email")),
                 QString::fromLatin1(QCryptographicHash::hash(username.toUtf8(), QCryptographicHash::Md5).toHex()));
        for (const char* blank : {"idnumber", "firstname", "lastname", "phone1", "city", "lastip", "description"})
            QVERIFY2(userColumn(id, QLatin1String(blank)).isEmpty(), blank);
        QCOMPARE(userColumn(id, QStringLiteral("picture")), QStringLiteral("0"));
        // Moodle's pages list the users that are not deleted, and still show the erased one's posts.
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM public.mdl_user WHERE deleted = 0 AND id = %1").arg(id))
                     .toInt(),
                 0);
        QVERIFY(m_realSite || posts > 0);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM public.mdl_forum_posts p JOIN public.mdl_user u ON "
                                       "u.id = p.userid WHERE u.id = %1 AND p.message = '' AND p.deleted = 1")
                            .arg(id))
                     .toLongLong(),
                 posts);

        // Grades within five years are kept and restricted; older ones and everything else went.
        QCOMPARE(
            scalar(QStringLiteral("SELECT count(*) FROM public.mdl_grade_grades WHERE %1").arg(where)).toLongLong(),
            recent);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM privacy.restrictions WHERE user_id = %1 AND "
                                       "table_name = 'public.mdl_grade_grades'::regclass")
                            .arg(id))
                     .toLongLong(),
                 recent);
        for (const QString& gone :
             {QStringLiteral("mdl_logstore_standard_log WHERE %1 OR relateduserid = %2").arg(where).arg(id),
              QStringLiteral("mdl_sessions WHERE ") + where, QStringLiteral("mdl_user_enrolments WHERE ") + where,
              QStringLiteral("mdl_files WHERE ") + where, QStringLiteral("mdl_grade_grades_history WHERE ") + where,
              QStringLiteral("mdl_message_conversation_members WHERE ") + where})
            QVERIFY2(scalar(QStringLiteral("SELECT count(*) FROM public.") + gone).toInt() == 0, qPrintable(gone));
        // Support no longer finds the person by any identity (others with a similar one, yes).
        for (const QString& identity : identities)
            for (const QString& found : lookup(identity))
                QVERIFY2(!found.startsWith(QStringLiteral("%1:").arg(id)), qPrintable(identity));

        // For Moodle itself to read (resources/moodle/test-real-site.sh): the erased site.
        if (const QString erased = qEnvironmentVariable("FX_MOODLE_SITE_ERASED"); !erased.isEmpty()) {
            QVERIFY(psql(QStringLiteral("pg_dump"), {QStringLiteral("--no-owner"), QStringLiteral("--no-privileges"),
                                                     QStringLiteral("--schema=public"), QStringLiteral("-f"), erased}));
            QFile idFile(erased + QStringLiteral(".id"));
            QVERIFY(idFile.open(QIODevice::WriteOnly));
            idFile.write(QByteArray::number(id));
        }
    }

    void theFinderSearchesMoodlesLogAndSessions()
    {
        const auto window = [&](const QString& network) {
            return json(*m_dpo, QStringLiteral("SELECT privacy.incident_find('{\"from\": \"%1\", \"to\": \"%2\", "
                                               "\"network\": \"%3\"}')")
                                    .arg(QDateTime::fromSecsSinceEpoch(m_asOf - 365 * 86400).toString(Qt::ISODate),
                                         QDateTime::fromSecsSinceEpoch(m_asOf + 60).toString(Qt::ISODate), network));
        };
        const QJsonObject all = window(QStringLiteral("0.0.0.0/0"));
        QVERIFY2(all.value(QLatin1String("people")).toInteger() > (m_realSite ? 0 : 250),
                 QJsonDocument(all).toJson().constData());
        const QString address = userColumn(m_typical, QStringLiteral("lastip"));
        if (!address.isEmpty() && !m_realSite)
            QCOMPARE(window(address).value(QLatin1String("people")).toInteger(), 1);
    }

private:
    QString m_db;
    bool m_realSite = false;
    qint64 m_asOf = 0;
    qint64 m_heavy = 0;
    qint64 m_typical = 0;
    std::unique_ptr<DatabaseConnection> m_owner;
    std::unique_ptr<DatabaseConnection> m_support;
    std::unique_ptr<DatabaseConnection> m_dpo;
    std::unique_ptr<DatabaseConnection> m_dpo2;
};

QTEST_GUILESS_MAIN(TestMoodleSite)
#include "tst_moodlesite.moc"
