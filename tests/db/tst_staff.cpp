// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestDatabase.h"

#include "db/SessionInfo.h"
#include "db/StaffDirectory.h"

#include <QSqlQuery>
#include <QTest>

class TestStaff : public QObject
{
    Q_OBJECT
private:
    QString m_db;

private slots:
    void initTestCase() { m_db = TestDatabase::createDatabase(); }

    void addedLoginSignsInWithItsRole_data()
    {
        QTest::addColumn<QString>("role");
        QTest::addColumn<int>("expected");
        QTest::newRow("support") << "support" << int(StaffRole::Support);
        QTest::newRow("dpo") << "dpo" << int(StaffRole::Dpo);
        QTest::newRow("admin") << "admin" << int(StaffRole::Admin);
    }

    void addedLoginSignsInWithItsRole()
    {
        QFETCH(QString, role);
        QFETCH(int, expected);
        const QString login = TestDatabase::createStaff(m_db, role);
        // The password was sent as a SCRAM verifier computed here; signing in proves it right.
        const auto connection = TestDatabase::connectAs(m_db, login);
        QSqlDatabase db = connection->database();
        ConnectError error;
        const auto info = SessionInfo::query(db, TestDatabase::profile(m_db, login), &error);
        QVERIFY2(info, qPrintable(error.message));
        QCOMPARE(int(info->role), expected);
        QCOMPARE(info->login, login);
        QCOMPARE(info->database, m_db);
    }

    void passwordIsStoredAsScram()
    {
        const QString login = TestDatabase::createStaff(m_db, QStringLiteral("support"));
        const auto owner = TestDatabase::connectSuperuser(m_db);
        QSqlQuery q(owner->database());
        q.prepare(QStringLiteral("SELECT rolpassword FROM pg_authid WHERE rolname = ?"));
        q.addBindValue(login);
        QVERIFY(q.exec() && q.next());
        QVERIFY(q.value(0).toString().startsWith(QLatin1String("SCRAM-SHA-256$4096:")));
        QVERIFY(!q.value(0).toString().contains(TestDatabase::staffPassword()));
        // ... and the plain password never reached the log's details.
        QVERIFY(q.exec(QStringLiteral("SELECT string_agg(details, ' ') FROM privacy.access_log")) && q.next());
        QVERIFY(!q.value(0).toString().contains(TestDatabase::staffPassword()));
    }

    void wrongPasswordIsRefused()
    {
        const QString login = TestDatabase::createStaff(m_db, QStringLiteral("support"));
        DatabaseConnection connection;
        ConnectError error;
        QVERIFY(!connection.open(TestDatabase::profile(m_db, login), QStringLiteral("wrong password!"), &error));
        QCOMPARE(error.kind, ConnectError::Kind::WrongPassword);
    }

    void adminManagesStaffAndIsLogged()
    {
        const QString admin = TestDatabase::createStaff(m_db, QStringLiteral("admin"));
        const auto connection = TestDatabase::connectAs(m_db, admin);
        StaffDirectory staff(connection->database());
        const QString login = m_db + QStringLiteral("_byadmin");
        QString error;
        QVERIFY2(
            staff.add(login, QStringLiteral("dpo"), TestDatabase::staffPassword(), QStringLiteral("Anna Weiß"), &error),
            qPrintable(error));
        QList<StaffDirectory::Member> members;
        QVERIFY2(staff.list(&members, &error), qPrintable(error));
        bool found = false;
        for (const auto& m : members)
            found = found || (m.login == login && m.role == QLatin1String("dpo") &&
                              m.displayName == QStringLiteral("Anna Weiß"));
        QVERIFY(found);
        QVERIFY(!staff.add(login, QStringLiteral("dpo"), TestDatabase::staffPassword(), QString(), &error));
        QVERIFY2(error.contains(QLatin1String("exists")), qPrintable(error));
        QVERIFY2(staff.remove(login, &error), qPrintable(error));

        const auto owner = TestDatabase::connectSuperuser(m_db);
        QSqlQuery q(owner->database());
        q.prepare(QStringLiteral("SELECT array_agg(action ORDER BY id) FROM privacy.access_log WHERE staff = ?"));
        q.addBindValue(admin);
        QVERIFY(q.exec() && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("{staff.add,staff.remove}"));
    }

    void otherRolesAreRefusedByTheDatabase_data()
    {
        QTest::addColumn<QString>("role");
        QTest::newRow("support") << "support";
        QTest::newRow("dpo") << "dpo";
    }

    void otherRolesAreRefusedByTheDatabase()
    {
        QFETCH(QString, role);
        const QString login = TestDatabase::createStaff(m_db, role);
        const auto connection = TestDatabase::connectAs(m_db, login);
        StaffDirectory staff(connection->database());
        QString error;
        QVERIFY(!staff.add(m_db + QStringLiteral("_x") + role, QStringLiteral("admin"), TestDatabase::staffPassword(),
                           QString(), &error));
        QVERIFY2(error.contains(QLatin1String("refused")), qPrintable(error));
        QList<StaffDirectory::Member> members;
        QVERIFY(!staff.list(&members, &error));
        QVERIFY(!staff.remove(login, &error));
    }

    void guardsAgainstLockingOut()
    {
        const QString db = TestDatabase::createDatabase();
        // Admins of other test databases share the cluster's fx_admin; count only this one.
        const QString admin = TestDatabase::createStaff(db, QStringLiteral("admin"));
        const auto connection = TestDatabase::connectAs(db, admin);
        StaffDirectory staff(connection->database());
        QString error;
        QVERIFY(!staff.remove(admin, &error));
        QVERIFY2(error.contains(QLatin1String("own login")), qPrintable(error));
        QVERIFY(!staff.remove(QStringLiteral("fx_test_owner"), &error));
        QVERIFY(!staff.remove(QStringLiteral("no_such_login"), &error));
    }

    void badInputIsRefusedClearly_data()
    {
        QTest::addColumn<QString>("login");
        QTest::addColumn<QString>("role");
        QTest::addColumn<QString>("expected");
        QTest::newRow("sql") << "x'; DROP ROLE fx_admin; --"
                             << "support"
                             << "invalid login";
        QTest::newRow("upper") << "Anna"
                               << "support"
                               << "invalid login";
        QTest::newRow("reserved") << "fx_owner2"
                                  << "support"
                                  << "invalid login";
        QTest::newRow("long") << QString(100, QLatin1Char('a')) << "support"
                              << "invalid login";
        QTest::newRow("role") << "valid_login"
                              << "root"
                              << "invalid role";
    }

    void badInputIsRefusedClearly()
    {
        QFETCH(QString, login);
        QFETCH(QString, role);
        QFETCH(QString, expected);
        const auto owner = TestDatabase::connectSuperuser(m_db);
        QString error;
        QVERIFY(!StaffDirectory(owner->database()).add(login, role, TestDatabase::staffPassword(), QString(), &error));
        QVERIFY2(error.contains(expected), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestStaff)
#include "tst_staff.moc"
