// SPDX-License-Identifier: GPL-3.0-or-later
// Long jobs run on a connection of their own: a look-up during a verification of the access log
// answers at once, and the verification can be cancelled.
#include "TestDatabase.h"

#include "async/StoreCall.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>
#include <QThread>

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
        bool longDone = false;
        bool lookedUp = false;
        bool lookedUpBeforeLongDone = false;
        // A verification that then holds its connection for three seconds, as one of a large log does.
        StoreCall::call<NoValue>(
            m_session.get(), this,
            [](Stores& stores, NoValue*, QString* error) {
                AuditVerifier verifier;
                const bool verified = stores.verifyChain(verifier, error);
                QThread::sleep(3);
                return verified;
            },
            [&](const Result<NoValue>& result) {
                QVERIFY2(result.ok, qPrintable(result.error));
                longDone = true;
            },
            DbSession::Lane::Long);
        QElapsedTimer clock;
        clock.start();
        StoreCall::call<QList<LookupHit>>(
            m_session.get(), this,
            [](Stores& stores, QList<LookupHit>* hits, QString* error) {
                return stores.users().lookup(QStringLiteral("example"), {QStringLiteral("SUP-1"), QString()}, 10, hits,
                                             error);
            },
            [&](const Result<QList<LookupHit>>& result) {
                QVERIFY2(result.ok, qPrintable(result.error));
                QVERIFY(!result.value.isEmpty());
                lookedUp = true;
                lookedUpBeforeLongDone = !longDone;
            });
        QTRY_VERIFY_WITH_TIMEOUT(lookedUp, 10000);
        QVERIFY(lookedUpBeforeLongDone);
        QVERIFY2(clock.elapsed() < 2000, qPrintable(QString::number(clock.elapsed())));
        QTRY_VERIFY_WITH_TIMEOUT(longDone, 15000);
    }

    void aVerificationCanBeCancelled()
    {
        auto cancel = std::make_shared<std::atomic_bool>(true);
        bool done = false;
        StoreCall::call<NoValue>(
            m_session.get(), this,
            [cancel](Stores& stores, NoValue*, QString* error) {
                AuditVerifier verifier;
                return stores.verifyChain(verifier, error, {}, cancel.get());
            },
            [&](const Result<NoValue>& result) {
                QVERIFY(!result.ok);
                QVERIFY(!result.error.isEmpty());
                done = true;
            },
            DbSession::Lane::Long);
        QTRY_VERIFY_WITH_TIMEOUT(done, 15000);
    }
};

QTEST_GUILESS_MAIN(TestLanes)
#include "tst_lanes.moc"
