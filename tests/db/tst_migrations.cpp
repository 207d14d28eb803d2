// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestDatabase.h"

#include "db/Migrator.h"

#include <QDateTime>
#include <QSqlQuery>
#include <QTest>

class TestMigrations : public QObject
{
    Q_OBJECT
private slots:
    void freshInitThenNoOp()
    {
        const QString name = TestDatabase::createDatabase(false);
        const auto owner = TestDatabase::connectSuperuser(name);
        Migrator migrator(owner->database());
        Migrator::Result result;
        QString error;
        QVERIFY2(migrator.migrate(&result, &error), qPrintable(error));
        QCOMPARE(result.applied, int(Migrator::shipped().size()));
        QCOMPARE(result.alreadyApplied, 0);

        QVERIFY2(migrator.migrate(&result, &error), qPrintable(error));
        QCOMPARE(result.applied, 0);
        QCOMPARE(result.alreadyApplied, int(Migrator::shipped().size()));

        QSqlQuery q(owner->database());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM fxmeta.schema_migrations")) && q.next());
        QCOMPARE(q.value(0).toInt(), int(Migrator::shipped().size()));
        QVERIFY(q.exec(QStringLiteral("SELECT nspowner::regrole::text FROM pg_namespace WHERE nspname = 'privacy'")) &&
                q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("fx_owner"));
    }

    void tamperedHistoryIsRefused()
    {
        const QString name = TestDatabase::createDatabase(true);
        QVERIFY(TestDatabase::exec(
            name, QStringLiteral("UPDATE fxmeta.schema_migrations SET sha256 = 'x' WHERE version = 2")));
        const auto owner = TestDatabase::connectSuperuser(name);
        Migrator::Result result;
        QString error;
        QVERIFY(!Migrator(owner->database()).migrate(&result, &error));
        QVERIFY2(error.contains(QLatin1String("migration 2")) && error.contains(QLatin1String("does not match")),
                 qPrintable(error));
    }

    void newerDatabaseIsRefused()
    {
        const QString name = TestDatabase::createDatabase(true);
        QVERIFY(TestDatabase::exec(
            name, QStringLiteral(
                      "INSERT INTO fxmeta.schema_migrations (version, name, sha256) VALUES (999, 'future', 'x')")));
        const auto owner = TestDatabase::connectSuperuser(name);
        Migrator::Result result;
        QString error;
        QVERIFY(!Migrator(owner->database()).migrate(&result, &error));
        QVERIFY2(error.contains(QLatin1String("newer console")), qPrintable(error));
    }

    void nonSuperuserIsToldWhatToDo()
    {
        const QString name = TestDatabase::createDatabase(true);
        const QString admin = TestDatabase::createStaff(name, QStringLiteral("admin"));
        const auto connection = TestDatabase::connectAs(name, admin);
        Migrator::Result result;
        QString error;
        QVERIFY(!Migrator(connection->database()).migrate(&result, &error));
        QVERIFY2(error.contains(QLatin1String("superuser")), qPrintable(error));
    }

    // Function files are applied in any order, then every body is checked: a broken one fails the
    // whole set-up, which leaves the database as it was.
    void brokenFunctionBodyIsRefused()
    {
        const QString name = TestDatabase::createDatabase(true);
        const auto owner = TestDatabase::connectSuperuser(name);
        QSqlQuery q(owner->database());
        QVERIFY(q.exec(QStringLiteral("SET check_function_bodies = off")));
        QVERIFY(q.exec(QStringLiteral(
            "CREATE FUNCTION privacy.broken_body() RETURNS integer LANGUAGE plpgsql AS $$ BEGIN RETRUN 1; END $$")));
        QVERIFY(q.exec(QStringLiteral("RESET check_function_bodies")));
        QVERIFY(q.exec(QStringLiteral("SELECT max(applied_at) FROM fxmeta.function_files")) && q.next());
        const QDateTime before = q.value(0).toDateTime();
        Migrator::Result result;
        QString error;
        QVERIFY(!Migrator(owner->database()).migrate(&result, &error));
        QVERIFY2(error.contains(QLatin1String("could not be checked")), qPrintable(error));
        QVERIFY(q.exec(QStringLiteral("SELECT max(applied_at) FROM fxmeta.function_files")) && q.next());
        QCOMPARE(q.value(0).toDateTime(), before);
    }

    void failedMigrationLeavesNothingBehind()
    {
        // A database where migration 2 must fail: schema platform exists already.
        const QString name = TestDatabase::createDatabase(false);
        QVERIFY(TestDatabase::exec(name, QStringLiteral("CREATE SCHEMA platform")));
        const auto owner = TestDatabase::connectSuperuser(name);
        Migrator::Result result;
        QString error;
        QVERIFY(!Migrator(owner->database()).migrate(&result, &error));
        QVERIFY2(error.contains(QLatin1String("Migration 2")), qPrintable(error));
        QSqlQuery q(owner->database());
        // One transaction: not even migration 1, which worked, stays.
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM fxmeta.schema_migrations")) && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
        QVERIFY(q.exec(QStringLiteral("SELECT to_regnamespace('privacy') IS NULL")) && q.next());
        QVERIFY(q.value(0).toBool());
        QVERIFY(q.exec(QStringLiteral("SELECT to_regclass('platform.users') IS NULL")) && q.next());
        QVERIFY(q.value(0).toBool());
    }
};

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"
