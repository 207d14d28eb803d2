// SPDX-License-Identifier: GPL-3.0-or-later
// Data-subject requests: deadlines, extension rules, the state machine and concurrent changes,
// all decided by the database.
#include "TestDatabase.h"

#include "requests/RequestStore.h"

#include <QJsonArray>
#include <QSqlQuery>
#include <QTest>

class TestRequests : public QObject
{
    Q_OBJECT
private:
    QString m_db;
    std::unique_ptr<DatabaseConnection> m_support;
    std::unique_ptr<DatabaseConnection> m_support2;
    std::unique_ptr<DatabaseConnection> m_dpo;
    qint64 m_nextUser = 20;

    RequestStore support() { return RequestStore(m_support->database()); }

    QVariant scalar(const QString& sql)
    {
        const auto owner = TestDatabase::connectSuperuser(m_db);
        QSqlQuery q(owner->database());
        if (!q.exec(sql) || !q.next())
            qFatal("%s", qPrintable(sql));
        return q.value(0);
    }

    // A new export request for a learner nobody has used yet.
    qint64 openRequest(const QString& kind = QStringLiteral("export"), const QDate& received = QDate())
    {
        QJsonObject request;
        QString error;
        if (!support().open(m_nextUser++, kind, QStringLiteral("SUP-1"), QStringLiteral("passport seen"), received,
                            &request, &error))
            qFatal("%s", qPrintable(error));
        return request.value(QLatin1String("id")).toInteger();
    }

private slots:
    void initTestCase()
    {
        m_db = TestDatabase::createSeededDatabase(120);
        m_support = TestDatabase::connectAs(m_db, TestDatabase::createStaff(m_db, QStringLiteral("support")));
        m_support2 = TestDatabase::connectAs(m_db, TestDatabase::createStaff(m_db, QStringLiteral("support")));
        m_dpo = TestDatabase::connectAs(m_db, TestDatabase::createStaff(m_db, QStringLiteral("dpo")));
    }

    void deadlines_data()
    {
        QTest::addColumn<QDate>("received");
        QTest::addColumn<int>("extension");
        QTest::addColumn<QDate>("due");
        QTest::newRow("31 Jan, leap year") << QDate(2024, 1, 31) << 0 << QDate(2024, 2, 29);
        QTest::newRow("31 Jan, common year") << QDate(2025, 1, 31) << 0 << QDate(2025, 2, 28);
        QTest::newRow("29 Feb, leap year") << QDate(2024, 2, 29) << 0 << QDate(2024, 3, 29);
        QTest::newRow("28 Feb, common year") << QDate(2025, 2, 28) << 0 << QDate(2025, 3, 28);
        QTest::newRow("31 Mar to 30-day April") << QDate(2025, 3, 31) << 0 << QDate(2025, 4, 30);
        QTest::newRow("30 Apr to 31-day May") << QDate(2025, 4, 30) << 0 << QDate(2025, 5, 30);
        QTest::newRow("15 Dec over the year") << QDate(2025, 12, 15) << 0 << QDate(2026, 1, 15);
        QTest::newRow("31 Jan + 2 months") << QDate(2025, 1, 31) << 2 << QDate(2025, 4, 30);
        QTest::newRow("30 Nov + 2 months") << QDate(2025, 11, 30) << 2 << QDate(2026, 2, 28);
        QTest::newRow("31 Oct + 1 month, leap") << QDate(2027, 10, 31) << 1 << QDate(2027, 12, 31);
    }

    void deadlines()
    {
        QFETCH(QDate, received);
        QFETCH(int, extension);
        QFETCH(QDate, due);
        QSqlQuery q(m_support->database());
        q.prepare(QStringLiteral("SELECT privacy.request_due(?, ?)"));
        q.addBindValue(received);
        q.addBindValue(extension);
        QVERIFY2(q.exec() && q.next(), qPrintable(q.lastError().text()));
        QCOMPARE(q.value(0).toDate(), due);
    }

    void openSetsTheDeadlineAndLogs()
    {
        const qint64 before = scalar(QStringLiteral("SELECT count(*) FROM privacy.access_log")).toLongLong();
        const QDate received = QDate::currentDate().addDays(-3);
        QJsonObject request;
        QString error;
        QVERIFY2(support().open(5, QStringLiteral("erasure"), QStringLiteral("SUP-77"), QStringLiteral("called back"),
                                received, &request, &error),
                 qPrintable(error));
        QCOMPARE(request.value(QLatin1String("status")).toString(), QStringLiteral("new"));
        QCOMPARE(QDate::fromString(request.value(QLatin1String("due_on")).toString(), Qt::ISODate),
                 received.addMonths(1));
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM privacy.access_log")).toLongLong(), before + 1);
        QCOMPARE(scalar(QStringLiteral("SELECT action || ':' || subject_id || ':' || ticket FROM privacy.access_log "
                                       "ORDER BY id DESC LIMIT 1"))
                     .toString(),
                 QStringLiteral("request.open:5:SUP-77"));
        // A second open request of the same kind for the same learner is refused.
        QVERIFY(!support().open(5, QStringLiteral("erasure"), QStringLiteral("SUP-78"), QStringLiteral("called back"),
                                QDate(), &request, &error));
        QVERIFY2(error.contains(QLatin1String("already has an open request")), qPrintable(error));
    }

    void openRefusesBadInput_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("ticket");
        QTest::addColumn<QString>("identity");
        QTest::addColumn<QDate>("received");
        QTest::addColumn<QString>("expected");
        QTest::newRow("kind") << "delete"
                              << "SUP-1"
                              << "passport" << QDate() << "kind of request";
        QTest::newRow("no ticket") << "export"
                                   << ""
                                   << "passport" << QDate() << "ticket reference is required";
        QTest::newRow("bad ticket") << "export"
                                    << "x; DROP TABLE"
                                    << "passport" << QDate() << "agreed form";
        QTest::newRow("identity short") << "export"
                                        << "SUP-1"
                                        << "ok" << QDate() << "identity";
        QTest::newRow("future") << "export"
                                << "SUP-1"
                                << "passport" << QDate::currentDate().addDays(2) << "not in the future";
        QTest::newRow("too old") << "export"
                                 << "SUP-1"
                                 << "passport" << QDate::currentDate().addYears(-2) << "within the last year";
    }

    void openRefusesBadInput()
    {
        QFETCH(QString, kind);
        QFETCH(QString, ticket);
        QFETCH(QString, identity);
        QFETCH(QDate, received);
        QFETCH(QString, expected);
        QJsonObject request;
        QString error;
        QVERIFY(!support().open(9, kind, ticket, identity, received, &request, &error));
        QVERIFY2(error.contains(expected), qPrintable(error));
    }

    void extensionInsideTheFirstMonth()
    {
        const QDate received = QDate::currentDate().addDays(-10);
        const qint64 id = openRequest(QStringLiteral("export"), received);
        QJsonObject request;
        QString error;
        QVERIFY(!support().extend(id, 1, QStringLiteral("busy"), &request, &error));
        QVERIFY2(error.contains(QLatin1String("reason of 10 to 1000")), qPrintable(error));
        QVERIFY(!support().extend(id, 3, QStringLiteral("the request covers many years"), &request, &error));
        QVERIFY2(error.contains(QLatin1String("at most two further months")), qPrintable(error));
        QVERIFY2(support().extend(id, 1, QStringLiteral("the request covers many years"), &request, &error),
                 qPrintable(error));
        QCOMPARE(QDate::fromString(request.value(QLatin1String("due_on")).toString(), Qt::ISODate),
                 received.addMonths(2));
        QVERIFY2(support().extend(id, 1, QStringLiteral("and many processors"), &request, &error), qPrintable(error));
        QCOMPARE(QDate::fromString(request.value(QLatin1String("due_on")).toString(), Qt::ISODate),
                 received.addMonths(3));
        QVERIFY(!support().extend(id, 1, QStringLiteral("one more month please"), &request, &error));
        QVERIFY2(error.contains(QLatin1String("at most two further months")), qPrintable(error));
    }

    void extensionAfterTheFirstMonthIsRefused()
    {
        const qint64 id = openRequest(QStringLiteral("export"), QDate::currentDate().addMonths(-1).addDays(-1));
        QJsonObject request;
        QString error;
        QVERIFY(!support().extend(id, 2, QStringLiteral("the request covers many years"), &request, &error));
        QVERIFY2(error.contains(QLatin1String("first month has passed")), qPrintable(error));
        // The overdue flag comes from the database as well.
        QVERIFY(support().get(id, &request, &error));
        QVERIFY(request.value(QLatin1String("overdue")).toBool());
        QList<RequestRow> rows;
        QVERIFY(support().list({QString(), QStringLiteral("open"), QString(), 0}, &rows, &error));
        QVERIFY(!rows.isEmpty());
        QCOMPARE(rows.first().id, id); // soonest deadline first
        QVERIFY(rows.first().overdue);
    }

    void stateMachine()
    {
        const qint64 id = openRequest(QStringLiteral("rectification"));
        QJsonObject request;
        QString error;
        QVERIFY(!support().setStatus(id, QStringLiteral("new"), QString(), &request, &error));
        QVERIFY2(error.contains(QLatin1String("not allowed")), qPrintable(error));
        QVERIFY2(support().setStatus(id, QStringLiteral("in_progress"), QString(), &request, &error),
                 qPrintable(error));
        QVERIFY(!support().setStatus(id, QStringLiteral("in_progress"), QString(), &request, &error));
        QVERIFY(!support().setStatus(id, QStringLiteral("fulfilled"), QString(), &request, &error));
        QVERIFY2(error.contains(QLatin1String("needs a note")), qPrintable(error));
        QVERIFY2(
            support().setStatus(id, QStringLiteral("fulfilled"), QStringLiteral("name corrected"), &request, &error),
            qPrintable(error));
        QCOMPARE(request.value(QLatin1String("status")).toString(), QStringLiteral("fulfilled"));
        for (const QString& status : {QStringLiteral("rejected"), QStringLiteral("withdrawn")}) {
            QVERIFY(!support().setStatus(id, status, QStringLiteral("changed my mind"), &request, &error));
            QVERIFY2(error.contains(QLatin1String("already closed")), qPrintable(error));
        }
        QVERIFY(support().get(id, &request, &error));
        QCOMPARE(request.value(QLatin1String("events")).toArray().size(), 3);

        const qint64 exportId = openRequest();
        QVERIFY(!support().setStatus(exportId, QStringLiteral("fulfilled"), QStringLiteral("sent by mail"), &request,
                                     &error));
        QVERIFY2(error.contains(QLatin1String("fulfilled by running them")), qPrintable(error));
        QVERIFY(support().setStatus(exportId, QStringLiteral("withdrawn"), QStringLiteral("requester withdrew"),
                                    &request, &error));
    }

    void twoAgentsCannotBothClose()
    {
        const qint64 id = openRequest(QStringLiteral("objection"));
        QSqlDatabase first = m_support->database();
        QVERIFY(first.transaction());
        QJsonObject request;
        QString error;
        QVERIFY2(RequestStore(first).setStatus(id, QStringLiteral("rejected"), QStringLiteral("no grounds given"),
                                               &request, &error),
                 qPrintable(error));
        // While the first agent's change is not committed, the second is told to wait …
        QVERIFY(
            !RequestStore(m_support2->database())
                 .setStatus(id, QStringLiteral("withdrawn"), QStringLiteral("requester withdrew"), &request, &error));
        QVERIFY2(error.contains(QLatin1String("someone else is working on this request")), qPrintable(error));
        QVERIFY(first.commit());
        // … and afterwards finds it closed.
        QVERIFY(
            !RequestStore(m_support2->database())
                 .setStatus(id, QStringLiteral("withdrawn"), QStringLiteral("requester withdrew"), &request, &error));
        QVERIFY2(error.contains(QLatin1String("already closed")), qPrintable(error));
        QCOMPARE(scalar(QStringLiteral("SELECT status FROM privacy.requests WHERE id = %1").arg(id)).toString(),
                 QStringLiteral("rejected"));
    }

    void assignAndFilter()
    {
        const qint64 id = openRequest(QStringLiteral("restriction"));
        const QString login =
            scalar(QStringLiteral("SELECT opened_by FROM privacy.requests WHERE id = %1").arg(id)).toString();
        QJsonObject request;
        QString error;
        QVERIFY(!support().assign(id, QStringLiteral("postgres"), &request, &error));
        QVERIFY2(error.contains(QLatin1String("only be assigned")), qPrintable(error));
        QVERIFY2(support().assign(id, login, &request, &error), qPrintable(error));
        QList<RequestRow> rows;
        QVERIFY(support().list({QStringLiteral("restriction"), QString(), login, 0}, &rows, &error));
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first().assignee, login);
        QVERIFY(support().list({QStringLiteral("restriction"), QString(), QStringLiteral("-"), 0}, &rows, &error));
        QVERIFY(rows.isEmpty());
    }

    void otherRolesAreRefused()
    {
        const QString admin = TestDatabase::createStaff(m_db, QStringLiteral("admin"));
        const auto connection = TestDatabase::connectAs(m_db, admin);
        QList<RequestRow> rows;
        QString error;
        QVERIFY(!RequestStore(connection->database()).list({}, &rows, &error));
        QVERIFY2(error.contains(QLatin1String("refused this for your login")), qPrintable(error));
        QSqlQuery q(m_support->database());
        QVERIFY(!q.exec(QStringLiteral("SELECT * FROM privacy.requests")));
        QVERIFY(!q.exec(QStringLiteral("SELECT privacy.export_rows(1, 'users')")));
        QVERIFY2(q.lastError().text().contains(QLatin1String("start the export first")),
                 qPrintable(q.lastError().text()));
    }
};

QTEST_GUILESS_MAIN(TestRequests)
#include "tst_requests.moc"
