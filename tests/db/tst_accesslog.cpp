// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestDatabase.h"

#include "privacy/AuditVerifier.h"

#include <QSqlQuery>
#include <QTest>

#include <atomic>
#include <thread>
#include <vector>

namespace {

bool append(QSqlDatabase db, int subject, QString* error)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT privacy.log_access('test.append', ?, 'T-42', 'test', '{\"n\": 1}')"));
    q.addBindValue(subject);
    if (!q.exec()) {
        *error = q.lastError().text();
        return false;
    }
    return true;
}

AuditVerifier::Result verify(const QString& database)
{
    const auto connection = TestDatabase::connectSuperuser(database);
    AuditVerifier verifier;
    QString error;
    if (!verifier.verify(connection->database(), &error))
        qWarning("verify: %s", qPrintable(error));
    return verifier.result();
}

} // namespace

class TestAccessLog : public QObject
{
    Q_OBJECT
private slots:
    void changesAreRefusedEvenForTheSuperuser_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::newRow("update") << "UPDATE privacy.access_log SET ticket = 'X'";
        QTest::newRow("delete") << "DELETE FROM privacy.access_log";
        QTest::newRow("truncate") << "TRUNCATE privacy.access_log";
        QTest::newRow("head delete") << "DELETE FROM privacy.access_log_head";
    }

    void changesAreRefusedEvenForTheSuperuser()
    {
        QFETCH(QString, sql);
        const QString db = TestDatabase::createDatabase();
        const auto owner = TestDatabase::connectSuperuser(db);
        QString error;
        QVERIFY2(append(owner->database(), 1, &error), qPrintable(error));
        QSqlQuery q(owner->database());
        QVERIFY(!q.exec(sql));
        QVERIFY2(q.lastError().text().contains(QLatin1String("append-only")), qPrintable(q.lastError().text()));
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM privacy.access_log")) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
    }

    void concurrentAppendsFormOneChain()
    {
        const QString db = TestDatabase::createDatabase();
        constexpr int Sessions = 8;
        constexpr int Appends = 500;
        std::atomic_int failures{0};
        std::vector<std::thread> threads;
        for (int s = 0; s < Sessions; ++s) {
            threads.emplace_back([&, s] {
                DatabaseConnection connection; // one connection per thread
                ConnectError connectError;
                if (!connection.open(TestDatabase::superuserProfile(db), TestDatabase::superuserPassword(),
                                     &connectError)) {
                    ++failures;
                    return;
                }
                QString error;
                for (int i = 0; i < Appends; ++i) {
                    if (!append(connection.database(), s * 1000 + i, &error))
                        ++failures;
                }
            });
        }
        for (auto& t : threads)
            t.join();
        QCOMPARE(failures.load(), 0);
        const auto r = verify(db);
        QVERIFY2(r.intact, qPrintable(r.message));
        QCOMPARE(r.entriesChecked, qint64(Sessions * Appends));
        const auto owner = TestDatabase::connectSuperuser(db);
        QSqlQuery q(owner->database());
        QVERIFY(q.exec(QStringLiteral("SELECT count(DISTINCT prev_hash), count(*) FROM privacy.access_log")) &&
                q.next());
        QCOMPARE(q.value(0).toInt(), q.value(1).toInt()); // no two entries share a predecessor: no fork
    }

    void tamperingIsNamed_data()
    {
        QTest::addColumn<QString>("tamper");
        QTest::addColumn<int>("problem");
        QTest::addColumn<int>("badId");
        QTest::newRow("changed byte") << "UPDATE privacy.access_log SET details = '{\"n\": 2}' WHERE id = 7"
                                      << int(AuditVerifier::Problem::Changed) << 7;
        QTest::newRow("changed time") << "UPDATE privacy.access_log SET at = at + interval '1 microsecond' WHERE id = 3"
                                      << int(AuditVerifier::Problem::Changed) << 3;
        QTest::newRow("deleted row") << "DELETE FROM privacy.access_log WHERE id = 5"
                                     << int(AuditVerifier::Problem::Missing) << 5;
        QTest::newRow("deleted tail") << "DELETE FROM privacy.access_log WHERE id > 8"
                                      << int(AuditVerifier::Problem::Missing) << 9;
        QTest::newRow("swapped pair") << "UPDATE privacy.access_log SET id = -id WHERE id IN (4, 5); "
                                         "UPDATE privacy.access_log SET id = CASE id WHEN -4 THEN 5 ELSE 4 END "
                                         "WHERE id IN (-4, -5)"
                                      << int(AuditVerifier::Problem::Reordered) << 4;
    }

    void tamperingIsNamed()
    {
        QFETCH(QString, tamper);
        QFETCH(int, problem);
        QFETCH(int, badId);
        const QString db = TestDatabase::createDatabase();
        {
            const auto owner = TestDatabase::connectSuperuser(db);
            QString error;
            for (int i = 1; i <= 10; ++i)
                QVERIFY2(append(owner->database(), i, &error), qPrintable(error));
        }
        QVERIFY(verify(db).intact);
        // What an attacker with superuser rights would do: switch the guard off and edit.
        QVERIFY(TestDatabase::exec(db, QStringLiteral("ALTER TABLE privacy.access_log DISABLE TRIGGER USER; ") +
                                           tamper +
                                           QStringLiteral("; ALTER TABLE privacy.access_log ENABLE TRIGGER USER")));
        const auto r = verify(db);
        QVERIFY(!r.intact);
        QCOMPARE(int(r.problem), problem);
        QCOMPARE(r.badId, qint64(badId));
        QVERIFY(!r.message.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestAccessLog)
#include "tst_accesslog.moc"
