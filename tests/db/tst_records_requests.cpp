// SPDX-License-Identifier: GPL-3.0-or-later
// The typed records of requests and erasures, filled from what the real functions return: every
// field the requests page and the erasure dialog show or decide by.
#include "TestDatabase.h"

#include "erasure/ErasureCertificate.h"
#include "erasure/ErasurePreview.h"
#include "erasure/ErasureStore.h"
#include "requests/ExtensionNote.h"
#include "requests/RequestDetail.h"
#include "requests/RequestStore.h"

#include <QJsonArray>
#include <QSqlQuery>
#include <QTest>

class TestRecordsRequests : public QObject
{
    Q_OBJECT
private:
    QString m_db;
    std::unique_ptr<DatabaseConnection> m_support;
    std::unique_ptr<DatabaseConnection> m_dpo1;
    std::unique_ptr<DatabaseConnection> m_dpo2;

    QVariant scalar(const QString& sql)
    {
        const auto owner = TestDatabase::connectSuperuser(m_db);
        QSqlQuery q(owner->database());
        if (!q.exec(sql) || !q.next())
            qFatal("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
        return q.value(0);
    }

    QString column(const QString& name, qint64 requestId)
    {
        return scalar(QStringLiteral("SELECT %1 FROM privacy.requests WHERE id = %2").arg(name).arg(requestId))
            .toString();
    }

    // Today as the server counts it, which decides deadlines.
    QDate serverToday() { return scalar(QStringLiteral("SELECT current_date")).toDate(); }

    static void checkSteps(const QList<ErasureStep>& steps, const QJsonArray& json)
    {
        QCOMPARE(steps.size(), json.size());
        for (qsizetype i = 0; i < steps.size(); ++i) {
            const ErasureStep& step = steps.at(i);
            const QJsonObject o = json.at(i).toObject();
            QCOMPARE(step.table, o.value(QLatin1String("table_name")).toString());
            QCOMPARE(step.category, o.value(QLatin1String("category")).toString());
            QCOMPARE(step.action, o.value(QLatin1String("action")).toString());
            QCOMPARE(step.rows, o.value(QLatin1String("rows")).toInteger());
            QVERIFY(!step.table.isEmpty());
            QVERIFY2(QStringList({QStringLiteral("delete"), QStringLiteral("anonymize"), QStringLiteral("retain")})
                         .contains(step.action),
                     qPrintable(step.action));
            if (step.action == QLatin1String("retain")) {
                QVERIFY(step.retainedUntil.isValid());
                QCOMPARE(step.retainedUntil.toString(Qt::ISODate), o.value(QLatin1String("retained_until")).toString());
                QVERIFY(!step.basisEn.isEmpty());
                QVERIFY(!step.basisDe.isEmpty());
                QCOMPARE(step.basisEn, o.value(QLatin1String("basis_en")).toString());
                QCOMPARE(step.basisDe, o.value(QLatin1String("basis_de")).toString());
            } else {
                QVERIFY(!step.retainedUntil.isValid());
                QVERIFY(step.basisEn.isEmpty() && step.basisDe.isEmpty());
            }
        }
    }

    static QStringList stepKeys(const QList<ErasureStep>& steps)
    {
        QStringList keys;
        for (const ErasureStep& step : steps)
            keys << QStringLiteral("%1.%2=%3").arg(step.table, step.action).arg(step.rows);
        return keys;
    }

private slots:
    void initTestCase()
    {
        m_db = TestDatabase::createSeededDatabase(60);
        m_support = TestDatabase::connectAs(m_db, TestDatabase::createStaff(m_db, QStringLiteral("support")));
        m_dpo1 = TestDatabase::connectAs(m_db, TestDatabase::createStaff(m_db, QStringLiteral("dpo")));
        m_dpo2 = TestDatabase::connectAs(m_db, TestDatabase::createStaff(m_db, QStringLiteral("dpo")));
    }

    void requestDetailFromOpen()
    {
        RequestStore store(m_support->database());
        const QDate received = QDate::currentDate().addDays(-3);
        RequestDetail request;
        QString error;
        QVERIFY2(store.open(11, QStringLiteral("export"), QStringLiteral("SUP-301"), QStringLiteral("passport seen"),
                            received, &request, &error),
                 qPrintable(error));
        QVERIFY(!request.isNull());
        QVERIFY(request.id > 0);
        QCOMPARE(request.userId, qint64(11));
        QCOMPARE(request.kind, QStringLiteral("export"));
        QCOMPARE(request.status, QStringLiteral("new"));
        QVERIFY(request.isOpen());
        QCOMPARE(request.ticket, QStringLiteral("SUP-301"));
        QCOMPARE(request.identityCheck, QStringLiteral("passport seen"));
        QCOMPARE(request.receivedOn, received);
        QCOMPARE(request.dueOn, received.addMonths(1));
        QCOMPARE(request.extendableUntil, received.addMonths(1));
        QCOMPARE(request.daysLeft, int(serverToday().daysTo(request.dueOn)));
        QVERIFY(!request.overdue);
        QCOMPARE(request.extendedMonths, 0);
        QVERIFY(request.extensionReason.isEmpty());
        QCOMPARE(request.openedBy, column(QStringLiteral("opened_by"), request.id));
        QVERIFY(!request.openedBy.isEmpty());
        QVERIFY(request.openedAt.isValid());
        QVERIFY(request.assignee.isEmpty());
        QVERIFY(!request.closedAt.isValid());
        QVERIFY(!request.isApproved());
        QVERIFY(request.exportSha256.isEmpty());
        QCOMPARE(request.language,
                 scalar(QStringLiteral("SELECT locale FROM platform.users WHERE id = 11")).toString());
        QVERIFY(!request.language.isEmpty());
        QVERIFY(request.events.isEmpty()); // only request_get brings the history
    }

    void requestDetailThroughItsLife()
    {
        RequestStore store(m_support->database());
        const QDate received = QDate::currentDate().addDays(-5);
        RequestDetail request;
        QString error;
        QVERIFY2(store.open(12, QStringLiteral("rectification"), QStringLiteral("SUP-302"),
                            QStringLiteral("called back"), received, &request, &error),
                 qPrintable(error));
        const qint64 id = request.id;
        const QString login = column(QStringLiteral("opened_by"), id);

        QVERIFY2(store.setStatus(id, QStringLiteral("in_progress"), QString(), &request, &error), qPrintable(error));
        QCOMPARE(request.id, id);
        QCOMPARE(request.status, QStringLiteral("in_progress"));
        QVERIFY(request.isOpen());
        QCOMPARE(request.assignee, login);

        QVERIFY2(store.assign(id, login, &request, &error), qPrintable(error));
        QCOMPARE(request.assignee, login);

        const QString reason = QStringLiteral("several systems must be checked");
        QVERIFY2(store.extend(id, 1, reason, &request, &error), qPrintable(error));
        QCOMPARE(request.extendedMonths, 1);
        QCOMPARE(request.extensionReason, reason);
        QCOMPARE(request.dueOn, received.addMonths(2));
        QCOMPARE(request.extendableUntil, received.addMonths(1));
        QCOMPARE(request.daysLeft, int(serverToday().daysTo(request.dueOn)));
        // The note for the requester is made from the typed request.
        const QString note = ExtensionNote::text(request);
        QVERIFY2(note.contains(QLatin1String("SUP-302")) && note.contains(reason), qPrintable(note));

        QVERIFY(TestDatabase::exec(
            m_db,
            QStringLiteral("UPDATE privacy.requests SET export_sha256 = repeat('ab', 32) WHERE id = %1").arg(id)));
        QVERIFY2(store.get(id, &request, &error), qPrintable(error));
        QCOMPARE(request.id, id);
        QCOMPARE(request.userId, qint64(12));
        QCOMPARE(request.kind, QStringLiteral("rectification"));
        QCOMPARE(request.ticket, QStringLiteral("SUP-302"));
        QCOMPARE(request.identityCheck, QStringLiteral("called back"));
        QCOMPARE(request.receivedOn, received);
        QCOMPARE(request.openedBy, login);
        QCOMPARE(request.exportSha256, QStringLiteral("ab").repeated(32));
        // The history, oldest first, as the page lists it.
        QStringList events;
        for (const RequestEvent& e : request.events) {
            events << e.event;
            QVERIFY(e.at.isValid());
            QCOMPARE(e.staff, login);
        }
        QCOMPARE(events, QStringList({QStringLiteral("opened"), QStringLiteral("in_progress"),
                                      QStringLiteral("assigned"), QStringLiteral("extended")}));
        for (qsizetype i = 1; i < request.events.size(); ++i)
            QVERIFY(request.events.at(i - 1).at <= request.events.at(i).at);
        QCOMPARE(request.events.at(2).note, login);
        QCOMPARE(request.events.at(3).note, reason);
        QVERIFY(request.events.at(0).note.isEmpty());

        // The JSON the same call returns says the same.
        QJsonObject json;
        QVERIFY2(store.get(id, &json, &error), qPrintable(error));
        const RequestDetail fromJson = RequestDetail::fromJson(json);
        QCOMPARE(fromJson.events.size(), json.value(QLatin1String("events")).toArray().size());
        QCOMPARE(fromJson.dueOn, request.dueOn);

        QVERIFY2(store.setStatus(id, QStringLiteral("fulfilled"), QStringLiteral("name corrected"), &request, &error),
                 qPrintable(error));
        QCOMPARE(request.status, QStringLiteral("fulfilled"));
        QVERIFY(!request.isOpen());
        QVERIFY(!request.overdue);
        QCOMPARE(request.closedBy, login);
        QVERIFY(request.closedAt.isValid());
        QCOMPARE(request.closeReason, QStringLiteral("name corrected"));
    }

    void overdueRequest()
    {
        RequestDetail request;
        QString error;
        QVERIFY2(RequestStore(m_support->database())
                     .open(13, QStringLiteral("objection"), QStringLiteral("SUP-303"), QStringLiteral("called back"),
                           QDate::currentDate().addDays(-45), &request, &error),
                 qPrintable(error));
        QVERIFY(request.overdue);
        QVERIFY(request.daysLeft < 0);
        QCOMPARE(request.daysLeft, int(serverToday().daysTo(request.dueOn)));
        QVERIFY(request.extendableUntil < serverToday());
    }

    void erasurePreviewDecideExecute()
    {
        // A learner with an invoice that must still be kept, so that the preview retains rows.
        const qint64 userId =
            scalar(QStringLiteral("SELECT coalesce(max(i.user_id), 0) FROM platform.invoices i JOIN platform.users u "
                                  "ON u.id = i.user_id WHERE u.status = 'active' AND u.id > 20 AND "
                                  "i.issued_at > now() - interval '5 years'"))
                .toLongLong();
        QVERIFY2(userId > 0, "no learner with a recent invoice in the seeded data");
        RequestDetail opened;
        QString error;
        QVERIFY2(RequestStore(m_support->database())
                     .open(userId, QStringLiteral("erasure"), QStringLiteral("SUP-304"),
                           QStringLiteral("email confirmed"), QDate(), &opened, &error),
                 qPrintable(error));
        const qint64 id = opened.id;
        const QString openedBy = column(QStringLiteral("opened_by"), id);

        ErasurePreview preview;
        QVERIFY2(ErasureStore(m_support->database()).preview(id, &preview, &error), qPrintable(error));
        QCOMPARE(preview.request.id, id);
        QCOMPARE(preview.request.userId, userId);
        QCOMPARE(preview.request.kind, QStringLiteral("erasure"));
        QCOMPARE(preview.request.status, QStringLiteral("new"));
        QVERIFY(preview.request.isOpen());
        QCOMPARE(preview.request.openedBy, openedBy);
        QVERIFY(!preview.request.isApproved());
        QVERIFY(preview.request.approvedBy.isEmpty());
        QVERIFY(preview.request.erasureSummary.plan.isEmpty());
        QJsonObject json;
        QVERIFY2(ErasureStore(m_support->database()).preview(id, &json, &error), qPrintable(error));
        checkSteps(preview.tables, json.value(QLatin1String("tables")).toArray());
        if (QTest::currentTestFailed())
            return;
        bool retained = false;
        bool someRows = false;
        for (const ErasureStep& step : preview.tables) {
            retained = retained || (step.action == QLatin1String("retain") && step.rows > 0);
            someRows = someRows || step.rows > 0;
        }
        QVERIFY(retained);
        QVERIFY(someRows);
        const QJsonArray processors = json.value(QLatin1String("processors")).toArray();
        QVERIFY(!processors.isEmpty());
        QCOMPARE(preview.processors.size(), processors.size());
        QStringList processorNames;
        for (qsizetype i = 0; i < preview.processors.size(); ++i) {
            const ErasureProcessor& p = preview.processors.at(i);
            QVERIFY(!p.processor.isEmpty());
            QVERIFY(!p.category.isEmpty());
            QVERIFY(!p.externalId.isEmpty());
            QCOMPARE(p.processor, processors.at(i).toObject().value(QLatin1String("processor")).toString());
            QCOMPARE(p.externalId, processors.at(i).toObject().value(QLatin1String("external_id")).toString());
            processorNames << p.processor;
        }

        RequestDetail decided;
        QVERIFY2(ErasureStore(m_dpo1->database())
                     .decide(id, true, QStringLiteral("identity and request checked"), &decided, &error),
                 qPrintable(error));
        QCOMPARE(decided.id, id);
        QCOMPARE(decided.status, QStringLiteral("in_progress"));
        QVERIFY(decided.isApproved());
        QCOMPARE(decided.approvedBy, column(QStringLiteral("approved_by"), id));
        QVERIFY(!decided.approvedBy.isEmpty());
        QVERIFY(decided.approvedBy != openedBy);
        QCOMPARE(decided.approvalNote, QStringLiteral("identity and request checked"));
        QVERIFY2(ErasureStore(m_support->database()).preview(id, &preview, &error), qPrintable(error));
        QVERIFY(preview.request.isApproved());
        QCOMPARE(preview.request.approvedBy, decided.approvedBy);

        ErasureExecution execution;
        QVERIFY2(ErasureStore(m_dpo2->database()).execute(id, &execution, &error), qPrintable(error));
        QVERIFY(!execution.alreadyDone);
        QVERIFY(!execution.counts.isEmpty());
        QCOMPARE(execution.request.id, id);
        QCOMPARE(execution.request.status, QStringLiteral("fulfilled"));
        QVERIFY(execution.request.closedAt.isValid());
        QCOMPARE(execution.request.erasureSummary.counts, execution.counts);
        QVERIFY2(ErasureStore(m_dpo2->database()).execute(id, &execution, &error), qPrintable(error));
        QVERIFY(execution.alreadyDone);
        QCOMPARE(execution.request.status, QStringLiteral("fulfilled"));

        // Afterwards the dialog shows what the erasure did, from the request's summary.
        const QList<ErasureStep> planned = preview.tables;
        QVERIFY2(ErasureStore(m_dpo1->database()).preview(id, &preview, &error), qPrintable(error));
        QCOMPARE(preview.request.status, QStringLiteral("fulfilled"));
        QVERIFY(!preview.request.isOpen());
        QCOMPARE(preview.request.userId, userId);
        QVERIFY(preview.request.closedAt.isValid());
        QVERIFY(!preview.request.language.isEmpty());
        QVERIFY2(ErasureStore(m_dpo1->database()).preview(id, &json, &error), qPrintable(error));
        const QJsonObject summary =
            json.value(QLatin1String("request")).toObject().value(QLatin1String("erasure_summary")).toObject();
        checkSteps(preview.request.erasureSummary.plan, summary.value(QLatin1String("plan")).toArray());
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(stepKeys(preview.request.erasureSummary.plan), stepKeys(planned));
        QCOMPARE(preview.request.erasureSummary.processors, processorNames);

        // The certificate reads the same request.
        const QString certificate = ErasureCertificate::text(preview.request, QStringLiteral("en"));
        QVERIFY2(certificate.contains(QLatin1String("SUP-304")), qPrintable(certificate));
        QVERIFY2(certificate.contains(processorNames.first()), qPrintable(certificate));
    }
};

QTEST_GUILESS_MAIN(TestRecordsRequests)
#include "tst_records_requests.moc"
