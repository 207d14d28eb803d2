// SPDX-License-Identifier: GPL-3.0-or-later
// The database enforces: staff roles hold no privilege on any table, and every function of the
// API is safe to run as its owner.
#include "TestDatabase.h"

#include <QSqlQuery>
#include <QTest>

class TestCatalog : public QObject
{
    Q_OBJECT
private:
    QString m_db;

private slots:
    void initTestCase() { m_db = TestDatabase::createDatabase(true); }

    void staffRolesHoldNoTablePrivilege_data()
    {
        QTest::addColumn<QString>("role");
        QTest::newRow("support") << "fx_support";
        QTest::newRow("dpo") << "fx_dpo";
        QTest::newRow("admin") << "fx_admin";
    }

    void staffRolesHoldNoTablePrivilege()
    {
        QFETCH(QString, role);
        const auto owner = TestDatabase::connectSuperuser(m_db);
        QSqlQuery q(owner->database());
        q.prepare(QStringLiteral(
            "SELECT c.oid::regclass::text, p.privilege FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
            "CROSS JOIN unnest(ARRAY['SELECT','INSERT','UPDATE','DELETE','TRUNCATE','REFERENCES','TRIGGER']) "
            "p(privilege) "
            "WHERE n.nspname IN ('platform','privacy','fxmeta','public') AND c.relkind IN ('r','p','v','m','f') "
            "AND has_table_privilege(?, c.oid, p.privilege)"));
        q.addBindValue(role);
        QVERIFY(q.exec());
        QStringList granted;
        while (q.next())
            granted << q.value(0).toString() + QLatin1Char(':') + q.value(1).toString();
        QVERIFY2(granted.isEmpty(), qPrintable(granted.join(QStringLiteral(", "))));

        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
                                      "WHERE n.nspname IN ('platform','privacy') AND c.relkind = 'r'")) &&
                q.next());
        QVERIFY(q.value(0).toInt() >= 20); // the check looked at the real tables
    }

    void staffRolesCannotUsePlatformSchema()
    {
        const auto owner = TestDatabase::connectSuperuser(m_db);
        QSqlQuery q(owner->database());
        QVERIFY(q.exec(QStringLiteral("SELECT bool_or(has_schema_privilege(r, 'platform', 'USAGE')) "
                                      "FROM unnest(ARRAY['fx_support','fx_dpo','fx_admin']) r")) &&
                q.next());
        QVERIFY(!q.value(0).toBool());
    }

    void securityDefinerFunctionsArePinned()
    {
        const auto owner = TestDatabase::connectSuperuser(m_db);
        QSqlQuery q(owner->database());
        QVERIFY(
            q.exec(QStringLiteral("SELECT p.oid::regprocedure::text, coalesce(array_to_string(p.proconfig, '|'), '') "
                                  "FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace "
                                  "WHERE n.nspname IN ('privacy','platform') AND p.prosecdef")));
        int definers = 0;
        QStringList unpinned;
        while (q.next()) {
            ++definers;
            const QString config = q.value(1).toString();
            // One of the settings pins the search path, with pg_temp last.
            const QStringList settings = config.split(QLatin1Char('|'));
            const bool pinned = std::any_of(settings.begin(), settings.end(), [](const QString& setting) {
                return setting.startsWith(QLatin1String("search_path=")) && setting.endsWith(QLatin1String("pg_temp"));
            });
            if (!pinned)
                unpinned << q.value(0).toString() + QLatin1String(" [") + config + QLatin1Char(']');
        }
        QVERIFY(definers >= 8);
        QVERIFY2(unpinned.isEmpty(), qPrintable(unpinned.join(QStringLiteral("; "))));
    }

    void noFunctionIsExecutableByPublic()
    {
        const auto owner = TestDatabase::connectSuperuser(m_db);
        QSqlQuery q(owner->database());
        // A NULL proacl means the default, which grants EXECUTE to PUBLIC.
        QVERIFY(q.exec(QStringLiteral(
            "SELECT p.oid::regprocedure::text FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace "
            "WHERE n.nspname IN ('privacy','platform') AND (p.proacl IS NULL OR EXISTS ("
            "  SELECT 1 FROM aclexplode(p.proacl) a WHERE a.grantee = 0 AND a.privilege_type = 'EXECUTE'))")));
        QStringList open;
        while (q.next())
            open << q.value(0).toString();
        QVERIFY2(open.isEmpty(), qPrintable(open.join(QStringLiteral(", "))));
    }

    void staffCannotWriteTheLogDirectly()
    {
        const QString support = TestDatabase::createStaff(m_db, QStringLiteral("support"));
        const auto connection = TestDatabase::connectAs(m_db, support);
        QSqlQuery q(connection->database());
        QVERIFY(!q.exec(QStringLiteral("SELECT privacy.log_access('user.view', 1, 'T-1', NULL, '{}')")));
        QCOMPARE(q.lastError().nativeErrorCode(), QStringLiteral("42501"));
        QVERIFY(!q.exec(QStringLiteral("SELECT count(*) FROM platform.users")));
        QCOMPARE(q.lastError().nativeErrorCode(), QStringLiteral("42501"));
        QVERIFY(!q.exec(QStringLiteral("SELECT count(*) FROM privacy.access_log")));
        QCOMPARE(q.lastError().nativeErrorCode(), QStringLiteral("42501"));
    }
};

QTEST_GUILESS_MAIN(TestCatalog)
#include "tst_catalog.moc"
