// SPDX-License-Identifier: GPL-3.0-or-later
// Long jobs run on a connection of their own: a look-up during a verification of the access log
// answers at once, and the verification can be cancelled.
#include "TestDatabase.h"

#include "async/StoreCall.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>
#include <QThread>

#include <optional>

class TestLanes : public QObject
{
    Q_OBJECT
private:
    QString m_db;
    std::unique_ptr<DbSession> m_session;

private slots:
    void initTestCase()
    {
        m_db = TestDatabase::createSeededDatabase(40);
        m_session = std::make_unique<DbSession>();
        QSignalSpy opened(m_session.get(), &DbSession::opened);
        m_session->open(TestDatabase::profile(m_db, TestDatabase::createStaff(m_db, QStringLiteral("dpo"))),
                        TestDatabase::staffPassword());
        QVERIFY(opened.wait(15000));
    }

    void aLookUpAnswersWhileALongJobRuns()
    {
        struct Seen {
            bool longDone = false;
            QString longError;
            bool lookedUp = false;
            qsizetype hits = 0;
            QString lookUpError;
            bool lookedUpBeforeLongDone = false;
        };
        auto seen = std::make_shared<Seen>();
        // A verification that then holds its connection for three seconds, as one of a large log does.
        StoreCall::call<NoValue>(
            m_session.get(), this,
            [](Stores& stores, NoValue*, QString* error) {
                AuditVerifier verifier;
                const bool verified = stores.verifyChain(verifier, error);
                QThread::sleep(3);
                return verified;
            },
            [seen](const Result<NoValue>& result) {
                seen->longError = result.ok ? QString() : result.error;
                seen->longDone = true;
            },
            DbSession::Lane::Long);
        QElapsedTimer clock;
        clock.start();
        StoreCall::call<QList<LookupHit>>(
            m_session.get(), this,
            [](Stores& stores, QList<LookupHit>* hits, QString* error) {
                return stores.users().lookup(QStringLiteral("7"), {QStringLiteral("SUP-1"), QString()}, 10, hits,
                                             error);
            },
            [seen](const Result<QList<LookupHit>>& result) {
                seen->lookUpError = result.ok ? QString() : result.error;
                seen->hits = result.value.size();
                seen->lookedUp = true;
                seen->lookedUpBeforeLongDone = !seen->longDone;
            });
        QTRY_VERIFY_WITH_TIMEOUT(seen->lookedUp, 10000);
        const qint64 answeredAfter = clock.elapsed();
        QTRY_VERIFY_WITH_TIMEOUT(seen->longDone, 15000);
        QVERIFY2(seen->lookUpError.isEmpty(), qPrintable(seen->lookUpError));
        QVERIFY2(seen->longError.isEmpty(), qPrintable(seen->longError));
        QVERIFY(seen->hits > 0);
        QVERIFY(seen->lookedUpBeforeLongDone);
        QVERIFY2(answeredAfter < 2000, qPrintable(QString::number(answeredAfter)));
    }

    void aVerificationCanBeCancelled()
    {
        auto cancel = std::make_shared<std::atomic_bool>(true);
        auto outcome = std::make_shared<std::optional<Result<NoValue>>>();
        StoreCall::call<NoValue>(
            m_session.get(), this,
            [cancel](Stores& stores, NoValue*, QString* error) {
                AuditVerifier verifier;
                return stores.verifyChain(verifier, error, {}, cancel.get());
            },
            [outcome](const Result<NoValue>& result) { *outcome = result; }, DbSession::Lane::Long);
        QTRY_VERIFY_WITH_TIMEOUT(outcome->has_value(), 15000);
        QVERIFY(!(*outcome)->ok);
        QCOMPARE((*outcome)->error, QStringLiteral("Verification was cancelled."));
    }
};

QTEST_GUILESS_MAIN(TestLanes)
#include "tst_lanes.moc"
