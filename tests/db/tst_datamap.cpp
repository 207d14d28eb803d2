// SPDX-License-Identifier: GPL-3.0-or-later
// The data map: the reference platform runs on its shipped map; "map check" names each kind of
// error and discovers what the map leaves uncovered; a hostile map is refused before any of it
// becomes SQL; applying records the map, logs it and needs confirmation for what it takes away.
#include "MapFindingCodes.h"
#include "TestDatabase.h"

#include "../cli/CliRunner.h"
#include "core/Languages.h"
#include "datamap/DataMapFile.h"
#include "datamap/DataMapStore.h"

#include <QFile>
#include <QJsonArray>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

class TestDataMap : public QObject
{
    Q_OBJECT
private:
    QString m_db;
    std::unique_ptr<DatabaseConnection> m_superuser;
    std::unique_ptr<DatabaseConnection> m_admin;
    std::unique_ptr<DatabaseConnection> m_dpo;
    std::unique_ptr<DatabaseConnection> m_support;
    QString m_adminLogin;
    DataMapFile m_shipped;
    QTemporaryDir m_tmp;

    QVariant scalar(const QString& sql)
    {
        QSqlQuery q(m_superuser->database());
        if (!q.exec(sql) || !q.next())
            qFatal("%s", qPrintable(sql));
        return q.value(0);
    }

    QList<MapFinding> findings(const DataMapFile& file)
    {
        QList<MapFinding> found;
        QString error;
        if (!DataMapStore(m_dpo->database()).check(file, &found, &error))
            qFatal("%s", qPrintable(error));
        return found;
    }

    // The shipped map with one table's entry changed (or removed, for an empty entry).
    DataMapFile withTable(const QString& table, const QJsonObject& entry) const
    {
        DataMapFile file = m_shipped;
        QJsonArray tables;
        for (const QJsonValue& t : file.map.value(QLatin1String("tables")).toArray()) {
            if (t.toObject().value(QLatin1String("table")).toString() != table)
                tables.append(t);
            else if (!entry.isEmpty())
                tables.append(entry);
        }
        if (!entry.isEmpty() && entry.value(QLatin1String("table")).toString() != table)
            tables.append(entry);
        file.map.insert(QStringLiteral("tables"), tables);
        file.sha256 = QString(64, QLatin1Char('1'));
        return file;
    }

    QJsonObject entryOf(const QString& table) const
    {
        for (const QJsonValue& t : m_shipped.map.value(QLatin1String("tables")).toArray())
            if (t.toObject().value(QLatin1String("table")).toString() == table)
                return t.toObject();
        return {};
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        m_db = TestDatabase::createSeededDatabase(30);
        m_superuser = TestDatabase::connectSuperuser(m_db);
        m_adminLogin = TestDatabase::createStaff(m_db, QStringLiteral("admin"));
        m_admin = TestDatabase::connectAs(m_db, m_adminLogin);
        m_dpo = TestDatabase::connectAs(m_db, TestDatabase::createStaff(m_db, QStringLiteral("dpo")));
        m_support = TestDatabase::connectAs(m_db, TestDatabase::createStaff(m_db, QStringLiteral("support")));
        QString error;
        QVERIFY2(DataMapFile::load(QStringLiteral("fluxariont"), &m_shipped, &error), qPrintable(error));
    }

    void theReferencePlatformRunsOnItsShippedMap()
    {
        QJsonObject current;
        QString error;
        QVERIFY2(DataMapStore(m_dpo->database()).show(&current, &error), qPrintable(error));
        QCOMPARE(current.value(QLatin1String("name")).toString(), QStringLiteral("fluxariont"));
        QCOMPARE(current.value(QLatin1String("sha256")).toString(), m_shipped.sha256);
        QCOMPARE(current.value(QLatin1String("map")).toObject(), m_shipped.map);
        const QList<MapFinding> found = findings(m_shipped);
        QVERIFY2(found.isEmpty(),
                 qPrintable(mapFindingCodes(found, MapFinding::Severity::Error).join(QLatin1Char(' ')) +
                            mapFindingCodes(found, MapFinding::Severity::Uncovered).join(QLatin1Char(' '))));
        // Compiled: every mapped table is exported and has an erasure rule; the console's own
        // requests come last.
        const int tables = int(m_shipped.map.value(QLatin1String("tables")).toArray().size());
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM privacy.export_tables")).toInt(), tables + 1);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM privacy.erasure_rules")).toInt(), tables);
        QCOMPARE(scalar(QStringLiteral("SELECT table_name::text FROM privacy.export_tables ORDER BY position DESC "
                                       "LIMIT 1"))
                     .toString(),
                 QStringLiteral("privacy.requests"));
        QCOMPARE(scalar(QStringLiteral("SELECT table_name::text FROM privacy.erasure_rules ORDER BY position DESC "
                                       "LIMIT 1"))
                     .toString(),
                 QStringLiteral("platform.users"));
        QCOMPARE(scalar(QStringLiteral("SELECT value FROM privacy.erasure_columns WHERE table_name = "
                                       "'platform.users'::regclass AND column_name = 'status'"))
                     .toString(),
                 QStringLiteral("erased"));
        QCOMPARE(scalar(QStringLiteral("SELECT only_where FROM privacy.erasure_columns WHERE table_name = "
                                       "'platform.messages'::regclass AND column_name = 'body'"))
                     .toString(),
                 QStringLiteral("sender_user_id"));
    }

    void eachKindOfErrorIsNamed_data()
    {
        QTest::addColumn<QString>("table");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("code");
        QTest::newRow("unknown table") << "sessions"
                                       << "table" << QJsonValue("sessionz") << "unknown_table";
        QTest::newRow("quote in a table name")
            << "sessions"
            << "table" << QJsonValue("sessions\"; DROP TABLE platform.users; --") << "not_a_name";
        QTest::newRow("expression as a column") << "sessions"
                                                << "subject" << QJsonValue("lower(user_agent)") << "not_a_name";
        QTest::newRow("unknown column") << "sessions"
                                        << "subject" << QJsonValue("owner_id") << "unknown_column";
        QTest::newRow("subject of another type") << "sessions"
                                                 << "subject" << QJsonValue("ip") << "wrong_type";
        QTest::newRow("subject column without index")
            << "enrollments"
            << "subject" << QJsonValue(QJsonArray{"user_id", "course_id"}) << "missing_index";
        QTest::newRow("unknown category") << "sessions"
                                          << "category" << QJsonValue("hobbies") << "unknown_category";
        QTest::newRow("unknown origin") << "sessions"
                                        << "origin" << QJsonValue("guessed") << "unknown_origin";
        QTest::newRow("unknown erasure") << "sessions"
                                         << "erasure" << QJsonValue("shred") << "unknown_erasure";
        QTest::newRow("learners' table deleted") << "users"
                                                 << "erasure" << QJsonValue("delete") << "subject_erasure";
        QTest::newRow("NOT NULL column blanked")
            << "sessions"
            << "erasure" << QJsonValue(QJsonObject{{"action", "anonymize"}, {"set", QJsonObject{{"ip", QJsonValue()}}}})
            << "not_nullable";
        QTest::newRow("generator on a text column")
            << "sessions"
            << "erasure"
            << QJsonValue(QJsonObject{{"action", "anonymize"},
                                      {"set", QJsonObject{{"user_agent", QJsonObject{{"generate", "uuid"}}}}}})
            << "unknown_generator";
        QTest::newRow("expression as a value key")
            << "sessions"
            << "erasure" << QJsonValue(QJsonObject{{"action", "anonymize"}, {"set", QJsonObject{{"ip = ip; --", "x"}}}})
            << "not_a_name";
        QTest::newRow("retention without a single whole-number key")
            << "lesson_completions"
            << "erasure"
            << QJsonValue(QJsonObject{
                   {"action", "retain"},
                   {"years", "3"},
                   {"from", "completed_at"},
                   {"basis", QJsonObject{{"en", "security log, 3 years"}, {"de", "Sicherheitsprotokoll, 3 Jahre"}}}})
            << "retention_unsupported";
        QTest::newRow("retention from a text column")
            << "invoices"
            << "erasure"
            << QJsonValue(QJsonObject{
                   {"action", "retain"},
                   {"years", "8"},
                   {"from", "number"},
                   {"basis", QJsonObject{{"en", "booking voucher, 8 years"}, {"de", "Buchungsbeleg, 8 Jahre"}}}})
            << "wrong_type";
        QTest::newRow("retention of 99 years")
            << "invoices"
            << "erasure"
            << QJsonValue(QJsonObject{
                   {"action", "retain"},
                   {"years", "99"},
                   {"from", "issued_at"},
                   {"basis", QJsonObject{{"en", "booking voucher, 8 years"}, {"de", "Buchungsbeleg, 8 Jahre"}}}})
            << "retention_years";
        QTest::newRow("title of an unknown column")
            << "sessions"
            << "column_titles"
            << QJsonValue(QJsonObject{{"owner\"; --", QJsonObject{{"en", "Owner"}, {"de", "Besitzer"}}}})
            << "unknown_column";
        QTest::newRow("column title in one language")
            << "sessions"
            << "column_titles" << QJsonValue(QJsonObject{{"ip", QJsonObject{{"en", "Address"}}}}) << "structure";
        const auto shownBy = [](const char* column, const char* table, const char* title) {
            return QJsonValue(QJsonObject{{column, QJsonObject{{"table", table}, {"column", title}}}});
        };
        QTest::newRow("display not a mapping") << "enrollments"
                                               << "display" << QJsonValue("course_id") << "structure";
        QTest::newRow("display of an unknown column")
            << "enrollments"
            << "display" << shownBy("course", "courses", "title") << "unknown_column";
        QTest::newRow("display from a smuggled table")
            << "enrollments"
            << "display" << shownBy("course_id", "courses c; DROP TABLE platform.users; --", "title") << "not_a_name";
        QTest::newRow("display of an expression")
            << "enrollments"
            << "display" << shownBy("course_id", "courses", "(SELECT password_hash FROM users)") << "not_a_name";
        QTest::newRow("display from an unknown table")
            << "enrollments"
            << "display" << shownBy("course_id", "lectures", "title") << "unknown_table";
        QTest::newRow("display of text by its key")
            << "sessions"
            << "display" << shownBy("user_agent", "courses", "title") << "display_key";
        QTest::newRow("display of another learner's name")
            << "messages"
            << "display" << shownBy("sender_user_id", "users", "first_name") << "display_personal";
        QTest::newRow("display of a masked column")
            << "enrollments"
            << "display" << shownBy("user_id", "invoices", "billing_address") << "display_personal";
    }

    void eachKindOfErrorIsNamed()
    {
        QFETCH(QString, table);
        QFETCH(QString, field);
        QFETCH(QJsonValue, value);
        QFETCH(QString, code);
        QJsonObject entry = entryOf(table);
        entry.insert(field, value);
        const QList<MapFinding> found = findings(withTable(table, entry));
        const QStringList errors = mapFindingCodes(found, MapFinding::Severity::Error);
        QVERIFY2(errors.size() >= 1 && errors.first().startsWith(code + QLatin1Char(':')),
                 qPrintable(errors.join(QLatin1Char(' '))));
        for (const MapFinding& f : found)
            QVERIFY(!f.text().isEmpty());
        if (code == QLatin1String("missing_index"))
            QVERIFY2(found.first().text().contains(QLatin1String("CREATE INDEX ON platform.enrollments (course_id);")),
                     qPrintable(found.first().text()));
        // Nothing of it was applied.
        MapApplying applying;
        QString error;
        QVERIFY(!DataMapStore(m_admin->database()).apply(withTable(table, entry), true, &applying, &error));
        QVERIFY2(error.contains(QLatin1String("fxctl map check")), qPrintable(error));
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM privacy.data_maps")).toInt(), 1);
        QVERIFY(scalar(QStringLiteral("SELECT to_regclass('platform.users') IS NOT NULL")).toBool());
    }

    // The finder's sections: when an address was seen, the courses, the processors' links.
    void eachLinkErrorIsNamed_data()
    {
        QTest::addColumn<QString>("section");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("text");
        const QJsonObject members{{"table", "enrollments"}, {"subject", "user_id"}, {"course", "course_id"}};
        const QJsonObject courses{{"table", "courses"}, {"key", "id"}, {"title", "title"}, {"members", members}};
        QTest::newRow("address time of text") << "at" << QJsonValue("user_agent") << "wrong_type"
                                              << "seconds since 1970";
        QTest::newRow("address time unknown") << "at" << QJsonValue("seen") << "unknown_column"
                                              << "no column seen";
        QTest::newRow("not personal, unknown table")
            << "discovery" << QJsonValue(QJsonObject{{"not_personal", QJsonArray{"nope"}}}) << "unknown_table"
            << "no table nope";
        QTest::newRow("not personal, yet mapped")
            << "discovery" << QJsonValue(QJsonObject{{"not_personal", QJsonArray{"invoices"}}}) << "duplicate_table"
            << "listed twice";
        QTest::newRow("not personal not a list")
            << "discovery" << QJsonValue(QJsonObject{{"not_personal", "invoices"}}) << "structure"
            << "discovery.not_personal";
        QTest::newRow("seconds not a list") << "seconds" << QJsonValue("time%") << "structure"
                                            << "seconds";
        QTest::newRow("seconds of a number") << "seconds" << QJsonValue(QJsonArray{5}) << "structure"
                                             << "seconds";
        QTest::newRow("courses not a mapping") << "courses" << QJsonValue("courses") << "structure"
                                               << "{table, key, title, members: {table, subject, course}}";
        QJsonObject badTitle = courses;
        badTitle.insert("title", "name\"; --");
        QTest::newRow("course title not a name") << "courses" << QJsonValue(badTitle) << "not_a_name"
                                                 << "courses.title";
        QJsonObject badMembers = courses;
        badMembers.insert(
            "members", QJsonObject{{"table", "enrollments"}, {"subject", "progress_percent"}, {"course", "course_id"}});
        QTest::newRow("members without index on the learner")
            << "courses" << QJsonValue(badMembers) << "missing_index"
            << "CREATE INDEX ON platform.enrollments (progress_percent);";
        QTest::newRow("processor links of an unknown table")
            << "processors"
            << QJsonValue(QJsonObject{{"table", "links"}, {"subject", "user_id"}, {"processor", "processor_id"}})
            << "unknown_table"
            << "no table links";
        QTest::newRow("processor of text")
            << "processors"
            << QJsonValue(
                   QJsonObject{{"table", "processor_links"}, {"subject", "user_id"}, {"processor", "external_id"}})
            << "wrong_type"
            << "whole number";
    }

    void eachLinkErrorIsNamed()
    {
        QFETCH(QString, section);
        QFETCH(QJsonValue, value);
        QFETCH(QString, code);
        QFETCH(QString, text);
        QJsonObject map = m_shipped.map;
        if (section == QLatin1String("at")) {
            QJsonObject identity = map.value(QLatin1String("identity")).toObject();
            QJsonArray addresses = identity.value(QLatin1String("addresses")).toArray();
            QJsonObject first = addresses.first().toObject();
            first.insert(QStringLiteral("at"), value);
            addresses.replace(0, first);
            identity.insert(QStringLiteral("addresses"), addresses);
            map.insert(QStringLiteral("identity"), identity);
        } else {
            map.insert(section, value);
        }
        DataMapFile file = m_shipped;
        file.map = map;
        const QList<MapFinding> found = findings(file);
        const QStringList errors = mapFindingCodes(found, MapFinding::Severity::Error);
        QVERIFY2(errors.size() == 1 && errors.first().startsWith(code + QLatin1Char(':')),
                 qPrintable(errors.join(QLatin1Char(' '))));
        QVERIFY2(found.first().text().contains(text), qPrintable(found.first().text()));
    }

    void discoveryFindsWhatTheMapLeavesOut()
    {
        QVERIFY(TestDatabase::exec(m_db,
                                   QStringLiteral("ALTER TABLE platform.enrollments ADD COLUMN tutor_user_id bigint")));
        QVERIFY(TestDatabase::exec(
            m_db, QStringLiteral("SET ROLE fx_owner; CREATE TABLE platform.newsletter (id integer PRIMARY KEY, "
                                 "email text NOT NULL, note text);"
                                 "INSERT INTO platform.newsletter VALUES (1, 'a@b.example', "
                                 "'x'), (2, 'c@d.example', NULL)")));
        QVERIFY(TestDatabase::exec(m_db, QStringLiteral("CREATE TABLE platform.badges (id integer PRIMARY KEY, owner "
                                                        "bigint REFERENCES platform.users, label text)")));
        const QList<MapFinding> found = findings(m_shipped);
        const QStringList uncovered = mapFindingCodes(found, MapFinding::Severity::Uncovered);
        QVERIFY2(mapFindingCodes(found, MapFinding::Severity::Error).isEmpty(),
                 qPrintable(mapFindingCodes(found, MapFinding::Severity::Error).join(' ')));
        QVERIFY2(uncovered.contains(QStringLiteral("subject_key:enrollments.tutor_user_id")),
                 qPrintable(uncovered.join(' ')));
        QVERIFY2(uncovered.contains(QStringLiteral("email:newsletter.email")), qPrintable(uncovered.join(' ')));
        QVERIFY2(uncovered.contains(QStringLiteral("subject_key:badges.owner")), qPrintable(uncovered.join(' ')));
        QVERIFY2(uncovered.contains(QStringLiteral("free_text:badges.label")), qPrintable(uncovered.join(' ')));
        QVERIFY(!uncovered.contains(QStringLiteral("free_text:newsletter.note"))); // no learner key beside it
        for (const MapFinding& f : found)
            if (f.table == QLatin1String("newsletter"))
                QCOMPARE(f.detail.value(QLatin1String("rows")).toInt(), 2);
        // The command line: exit 0 (no errors), the uncovered list in --json.
        const QString dsn = TestDatabase::dsn(m_db, m_adminLogin);
        const QString password = m_tmp.filePath(QStringLiteral("password"));
        QFile f(password);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(TestDatabase::staffPassword().toUtf8());
        f.close();
        f.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
        CliRun run = runProgram(QStringLiteral("fxctl"),
                                {QStringLiteral("map"), QStringLiteral("check"), QStringLiteral("--map"),
                                 QStringLiteral("fluxariont"), QStringLiteral("--json"), QStringLiteral("--dsn"), dsn,
                                 QStringLiteral("--password-file"), password});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(run.json().object().value(QLatin1String("uncovered")).toArray().size(), uncovered.size());
        // A broken map: exit 1, the error named.
        const QString broken = m_tmp.filePath(QStringLiteral("broken.yaml"));
        QFile b(broken);
        QVERIFY(b.open(QIODevice::WriteOnly));
        b.write("name: broken\nversion: \"1\"\nschema: platform\nsubject: {table: users, key: id}\n"
                "tables:\n  - {table: users, category: account, origin: provided, subject: id, erasure: anonymize}\n"
                "  - {table: nowhere, category: account, origin: provided, subject: user_id, erasure: delete}\n");
        b.close();
        run = runProgram(QStringLiteral("fxctl"),
                         {QStringLiteral("map"), QStringLiteral("check"), QStringLiteral("--map"), broken,
                          QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--dsn"), dsn,
                          QStringLiteral("--password-file"), password});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.out.contains(QLatin1String("there is no table nowhere")), qPrintable(run.out));
        QVERIFY(TestDatabase::exec(m_db, QStringLiteral("ALTER TABLE platform.enrollments DROP COLUMN tutor_user_id;"
                                                        "DROP TABLE platform.newsletter, platform.badges")));
    }

    void onlyTheRolesThatAnswerForTheMapMayUseIt()
    {
        QList<MapFinding> found;
        MapApplying applying;
        QString error;
        QVERIFY(!DataMapStore(m_support->database()).check(m_shipped, &found, &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!DataMapStore(m_dpo->database()).apply(m_shipped, true, &applying, &error));
        QVERIFY(!error.isEmpty());
        QJsonObject current;
        QVERIFY(!DataMapStore(m_support->database()).show(&current, &error));
    }

    void applyingRecordsLogsAndAsksBeforeTakingAway()
    {
        DataMapStore store(m_admin->database());
        MapApplying applying;
        QString error;
        // The map in force again: nothing happens.
        QVERIFY2(store.apply(m_shipped, false, &applying, &error), qPrintable(error));
        QVERIFY(applying.unchanged);
        // Without sessions, and messages kept instead of blanked: listed, not applied.
        DataMapFile smaller = withTable(QStringLiteral("sessions"), {});
        QJsonObject posts = entryOf(QStringLiteral("forum_posts"));
        posts.insert(QStringLiteral("erasure"), QJsonObject{{"action", "anonymize"}});
        DataMapFile weaker = smaller;
        {
            QJsonArray tables;
            for (const QJsonValue& t : smaller.map.value(QLatin1String("tables")).toArray())
                tables.append(t.toObject().value(QLatin1String("table")).toString() == QLatin1String("forum_posts")
                                  ? QJsonValue(posts)
                                  : t);
            weaker.map.insert(QStringLiteral("tables"), tables);
            weaker.map.insert(QStringLiteral("version"), QStringLiteral("1.1"));
        }
        const qint64 logBefore = scalar(QStringLiteral("SELECT count(*) FROM privacy.access_log")).toLongLong();
        QVERIFY2(store.apply(weaker, false, &applying, &error), qPrintable(error));
        QVERIFY(!applying.applied);
        QStringList changes;
        for (const QJsonValue& c : std::as_const(applying.changes))
            changes << c.toObject().value(QLatin1String("change")).toString() + QLatin1Char(':') +
                           c.toObject().value(QLatin1String("table")).toString();
        QVERIFY2(changes.contains(QStringLiteral("table_dropped:sessions")), qPrintable(changes.join(' ')));
        QVERIFY2(changes.contains(QStringLiteral("erasure_weakened:forum_posts")), qPrintable(changes.join(' ')));
        for (const QJsonValue& c : std::as_const(applying.changes))
            QVERIFY(!MapApplying::changeText(c.toObject()).isEmpty());
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM privacy.data_maps")).toInt(), 1);
        QVERIFY(scalar(QStringLiteral("SELECT count(*) = 1 FROM privacy.export_tables WHERE table_name = "
                                      "'platform.sessions'::regclass"))
                    .toBool());
        // Confirmed: recorded with its hash, logged once, and the rules follow it.
        QVERIFY2(store.apply(weaker, true, &applying, &error), qPrintable(error));
        QVERIFY(applying.applied);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM privacy.access_log")).toLongLong(), logBefore + 1);
        QCOMPARE(scalar(QStringLiteral("SELECT action || ' ' || (details::jsonb ->> 'sha256') || ' ' || staff FROM "
                                       "privacy.access_log ORDER BY id DESC LIMIT 1"))
                     .toString(),
                 QStringLiteral("map.apply %1 %2").arg(weaker.sha256, m_adminLogin));
        QCOMPARE(scalar(QStringLiteral("SELECT version || ' ' || applied_by FROM privacy.data_maps ORDER BY id DESC "
                                       "LIMIT 1"))
                     .toString(),
                 QStringLiteral("1.1 ") + m_adminLogin);
        QVERIFY(scalar(QStringLiteral("SELECT count(*) = 0 FROM privacy.export_tables WHERE table_name = "
                                      "'platform.sessions'::regclass"))
                    .toBool());
        QVERIFY(scalar(QStringLiteral("SELECT count(*) = 0 FROM privacy.erasure_columns WHERE table_name = "
                                      "'platform.forum_posts'::regclass"))
                    .toBool());
        // Back to the shipped map: it only adds, so it needs no confirmation.
        QVERIFY2(store.apply(m_shipped, false, &applying, &error), qPrintable(error));
        QVERIFY(applying.applied);
        QVERIFY(scalar(QStringLiteral("SELECT count(*) = 1 FROM privacy.erasure_columns WHERE table_name = "
                                      "'platform.forum_posts'::regclass"))
                    .toBool());
    }

    void aHostileFileIsRefusedBeforeTheDatabase_data()
    {
        QTest::addColumn<QByteArray>("yaml");
        QByteArray bomb = "a: &a [x, x, x, x, x, x, x, x, x, x]\n";
        for (char c = 'b'; c <= 'j'; ++c)
            bomb += QByteArray(1, c) + ": &" + QByteArray(1, c) + " [*" + QByteArray(1, char(c - 1)) + ", *" +
                    QByteArray(1, char(c - 1)) + ", *" + QByteArray(1, char(c - 1)) + ", *" +
                    QByteArray(1, char(c - 1)) + ", *" + QByteArray(1, char(c - 1)) + ", *" +
                    QByteArray(1, char(c - 1)) + "]\n";
        QTest::newRow("alias bomb") << bomb;
        QTest::newRow("brackets 100000 deep") << QByteArray("a: ") + QByteArray(100000, '[');
        QTest::newRow("not YAML") << QByteArray("name: [unclosed\n  - :\n\t}");
        QTest::newRow("a list, not a map") << QByteArray("- a\n- b\n");
        QTest::newRow("a key twice") << QByteArray("name: a\nname: b\n");
        QTest::newRow("binary") << QByteArray("name: a\0b", 9);
        QTest::newRow("over 1 MiB") << QByteArray("# ") + QByteArray(DataMapFile::MaxBytes, 'x');
    }

    void aHostileFileIsRefusedBeforeTheDatabase()
    {
        QFETCH(QByteArray, yaml);
        DataMapFile file;
        QString error;
        QVERIFY(!DataMapFile::parse(yaml, &file, &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(error.size() < 300);
    }

    void commentsAndTheShippedMapsParse()
    {
        DataMapFile file;
        QString error;
        QVERIFY2(DataMapFile::parse("# a comment\nname: x # and another\nversion: '2'\n", &file, &error),
                 qPrintable(error));
        QCOMPARE(file.map.value(QLatin1String("version")).toString(), QStringLiteral("2"));
        QVERIFY(DataMapFile::shippedNames().contains(QStringLiteral("fluxariont")));
        QVERIFY(!DataMapFile::load(QStringLiteral("/nonexistent/map.yaml"), &file, &error));
        QVERIFY2(error.contains(QLatin1String("fluxariont")), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestDataMap)
#include "tst_datamap.moc"
