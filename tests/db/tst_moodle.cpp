// SPDX-License-Identifier: GPL-3.0-or-later
// A Moodle 4.5 site database: the schema as Moodle's installer creates it on PostgreSQL
// (resources/moodle/schema.sql, no foreign keys at all), described by the shipped Moodle map.
// The map is correct against Moodle's catalog once the indexes it asks for are made, and a
// plugin's table with a user column that the map does not list is found, with its rows.
#include "MapFindingCodes.h"
#include "TestDatabase.h"

#include "datamap/DataMapFile.h"
#include "datamap/DataMapStore.h"
#include "datamap/UncoveredSummary.h"

#include <QFile>
#include <QSqlQuery>
#include <QTest>

class TestMoodle : public QObject
{
    Q_OBJECT

    QList<MapFinding> check()
    {
        QList<MapFinding> found;
        QString error;
        [&] { QVERIFY2(DataMapStore(m_admin->database()).check(m_map, &found, &error), qPrintable(error)); }();
        return found;
    }

private slots:
    void initTestCase()
    {
        m_db = TestDatabase::createDatabase();
        QFile schema(QStringLiteral(":/moodle/schema.sql"));
        QVERIFY(schema.open(QIODevice::ReadOnly));
        // Moodle's tables live in schema public, where its installer puts them.
        QVERIFY(TestDatabase::exec(m_db,
                                   QStringLiteral("SET search_path = public;") + QString::fromUtf8(schema.readAll())));
        QVERIFY(TestDatabase::exec(m_db, QStringLiteral("GRANT USAGE ON SCHEMA public TO fx_owner; GRANT SELECT, "
                                                        "UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO fx_owner")));
        m_admin = TestDatabase::connectAs(m_db, TestDatabase::createStaff(m_db, QStringLiteral("admin")));
        QString error;
        QVERIFY2(DataMapFile::load(QStringLiteral("moodle"), &m_map, &error), qPrintable(error));
    }

    void theSchemaIsMoodles()
    {
        const auto owner = TestDatabase::connectSuperuser(m_db);
        QSqlQuery q(owner->database());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*), count(*) FILTER (WHERE EXISTS (SELECT 1 FROM pg_constraint k "
                                      "WHERE k.conrelid = c.oid AND k.contype = 'f')) FROM pg_class c "
                                      "WHERE c.relnamespace = 'public'::regnamespace AND c.relkind = 'r'")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 494);
        QCOMPARE(q.value(1).toInt(), 0); // Moodle declares its relations in install.xml only
    }

    // Moodle indexes most user columns; map check names the ones it does not, each with the
    // statement a DBA runs, and then has nothing more to say.
    void theMapIsCorrectOnceItsIndexesAreMade()
    {
        QStringList missing;
        QStringList grants;
        for (const MapFinding& f : check()) {
            QVERIFY2(f.severity != MapFinding::Severity::Error || f.code == QLatin1String("missing_index") ||
                         f.code == QLatin1String("missing_privilege"),
                     qPrintable(f.text()));
            if (f.code == QLatin1String("missing_index")) {
                missing << f.table + QLatin1Char('.') + f.column;
                QVERIFY(TestDatabase::exec(m_db, f.detail.value(QLatin1String("create_index")).toString()));
            } else if (f.code == QLatin1String("missing_privilege")) {
                grants << f.detail.value(QLatin1String("grant")).toString();
                QVERIFY(TestDatabase::exec(m_db, grants.last()));
            }
        }
        missing.sort();
        // Four user columns without an index, the login name (indexed only after the host), the
        // folded names and the trigram index a typo in a name needs, the address by its beginning
        // and its letters, and the IP addresses Moodle keeps as unindexed text.
        QCOMPARE(missing, QStringList({"mdl_assign_grades.grader", "mdl_assign_user_flags.allocatedmarker",
                                       "mdl_logstore_standard_log.ip", "mdl_post.userid",
                                       "mdl_role_assignments.modifierid", "mdl_sessions.firstip", "mdl_sessions.lastip",
                                       "mdl_user.email", "mdl_user.email", "mdl_user.firstname", "mdl_user.firstname",
                                       "mdl_user.lastip", "mdl_user.lastname", "mdl_user.username"}));
        // Forcing a new password adds Moodle's preference row where there is none.
        grants.sort();
        QCOMPARE(grants, QStringList({"GRANT INSERT ON public.mdl_user_preferences TO fx_owner;",
                                      "GRANT USAGE ON SEQUENCE public.mdl_user_preferences_id_seq TO fx_owner;"}));
        const QList<MapFinding> found = check();
        const QStringList errors = mapFindingCodes(found, MapFinding::Severity::Error);
        QVERIFY2(errors.isEmpty(), qPrintable(errors.join(QLatin1Char(' '))));
        // What the map lists is not reported as uncovered.
        const QStringList uncovered = mapFindingCodes(found, MapFinding::Severity::Uncovered);
        QVERIFY(!uncovered.contains(QStringLiteral("subject_key:mdl_user_preferences.userid")));
        QVERIFY(!uncovered.contains(QStringLiteral("subject_key:mdl_logstore_standard_log.relateduserid")));
    }

    void aPluginTableWithAUserColumnIsFound()
    {
        QVERIFY(TestDatabase::exec(
            m_db, QStringLiteral("CREATE TABLE public.mdl_local_coachnotes (id bigserial PRIMARY KEY, "
                                 "userid bigint NOT NULL, note text NOT NULL);"
                                 "INSERT INTO public.mdl_local_coachnotes (userid, note) VALUES "
                                 "(2, 'call back'), (2, 'sent the form'), (3, 'asked for a refund')")));
        bool found = false;
        for (const MapFinding& f : check()) {
            if (f.severity != MapFinding::Severity::Uncovered || f.table != QLatin1String("mdl_local_coachnotes"))
                continue;
            QCOMPARE(f.detail.value(QLatin1String("rows")).toInt(), 3);
            found = found || (f.code == QLatin1String("subject_key") && f.column == QLatin1String("userid"));
        }
        QVERIFY(found);
        // As the DPO reads it: the plugin's table first, as it holds rows, its columns by kind;
        // the site's own administration, which the map says holds no learner's data, not at all.
        const QStringList lines = UncoveredSummary::lines(check());
        QVERIFY2(!lines.isEmpty() && lines.first().startsWith(QLatin1String("mdl_local_coachnotes (3 rows)")) &&
                     lines.first().contains(QLatin1String("learner's key: userid")) &&
                     lines.first().contains(QLatin1String("free text: note")),
                 qPrintable(lines.value(0)));
        QVERIFY(lines.last().contains(QLatin1String("tables without rows on this site")));
        QVERIFY(!lines.join(QLatin1Char(' ')).contains(QLatin1String("mdl_config_log")));
    }

    // A site installed with another prefix ($CFG->prefix) is checked with the same map.
    void anotherTablePrefixIsASetting()
    {
        QFile schema(QStringLiteral(":/moodle/schema.sql"));
        QVERIFY(schema.open(QIODevice::ReadOnly));
        QVERIFY(TestDatabase::exec(
            m_db, QStringLiteral("SET search_path = public;") +
                      QString::fromUtf8(schema.readAll()).replace(QLatin1String("mdl_"), QLatin1String("m45_"))));
        QVERIFY(TestDatabase::exec(m_db, QStringLiteral("GRANT SELECT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public "
                                                        "TO fx_owner")));
        DataMapFile map = m_map;
        QString error;
        QVERIFY2(map.setTablePrefix(QStringLiteral("m45_"), &error), qPrintable(error));
        QList<MapFinding> found;
        QVERIFY2(DataMapStore(m_admin->database()).check(map, &found, &error), qPrintable(error));
        int indexes = 0;
        for (const MapFinding& f : found) {
            if (f.severity != MapFinding::Severity::Error)
                continue;
            QVERIFY2(f.code == QLatin1String("missing_index") || f.code == QLatin1String("missing_privilege"),
                     qPrintable(f.text()));
            QVERIFY2(f.table.startsWith(QLatin1String("m45_")), qPrintable(f.text()));
            indexes += f.code == QLatin1String("missing_index") ? 1 : 0;
        }
        QCOMPARE(indexes, 14);
        // A prefix that is no plain name is refused, in words.
        QVERIFY(!map.setTablePrefix(QStringLiteral("m45; DROP"), &error));
        QVERIFY(error.contains(QLatin1String("m45; DROP")));
    }

private:
    QString m_db;
    std::unique_ptr<DatabaseConnection> m_admin;
    DataMapFile m_map;
};

QTEST_GUILESS_MAIN(TestMoodle)
#include "tst_moodle.moc"
