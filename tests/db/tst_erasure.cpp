// SPDX-License-Identifier: GPL-3.0-or-later
// Erasure: nothing of the person left but the restricted rows the preview named; preview equals
// execution; four eyes; atomic under a killed connection; one of two executions; retention dates
// and purge; reapplying the ledger after a restore.
#include "TestDatabase.h"

#include "db/LocalCluster.h"
#include "erasure/ErasureStore.h"
#include "privacy/AuditVerifier.h"
#include "requests/RequestStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <future>
#include <thread>

class TestErasure : public QObject
{
    Q_OBJECT
private:
    QString m_db;
    QString m_support;
    QString m_dpo1;
    QString m_dpo2;
    std::unique_ptr<DatabaseConnection> m_supportConnection;
    std::unique_ptr<DatabaseConnection> m_dpo1Connection;
    std::unique_ptr<DatabaseConnection> m_dpo2Connection;

    QVariant scalar(const QString& sql, const QString& database = QString())
    {
        const auto owner = TestDatabase::connectSuperuser(database.isEmpty() ? m_db : database);
        QSqlQuery q(owner->database());
        if (!q.exec(sql) || !q.next())
            qFatal("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
        return q.value(0);
    }

    // An erasure request opened by support, approved by the first DPO.
    qint64 approvedRequest(qint64 userId)
    {
        QJsonObject request;
        QString error;
        if (!RequestStore(m_supportConnection->database())
                 .open(userId, QStringLiteral("erasure"), QStringLiteral("SUP-77"), QStringLiteral("email confirmed"),
                       QDate(), &request, &error))
            qFatal("%s", qPrintable(error));
        const qint64 id = request.value(QLatin1String("id")).toInteger();
        if (!ErasureStore(m_dpo1Connection->database())
                 .decide(id, true, QStringLiteral("identity and request checked"), &request, &error))
            qFatal("%s", qPrintable(error));
        return id;
    }

    // "table.action" -> rows, as the preview states it.
    QMap<QString, qint64> previewCounts(qint64 requestId)
    {
        QJsonObject preview;
        QString error;
        if (!ErasureStore(m_supportConnection->database()).preview(requestId, &preview, &error))
            qFatal("%s", qPrintable(error));
        QMap<QString, qint64> counts;
        for (const ErasureStep& step : ErasureStore::stepsFromJson(preview.value(QLatin1String("tables")).toArray()))
            if (step.rows > 0)
                counts[step.table + QLatin1Char('.') + step.action] += step.rows;
        return counts;
    }

    QMap<QString, qint64> executionCounts(const QJsonObject& result)
    {
        QMap<QString, qint64> counts;
        const QJsonObject c = result.value(QLatin1String("counts")).toObject();
        for (auto it = c.begin(); it != c.end(); ++it)
            if (it.value().toInteger() > 0)
                counts.insert(it.key(), it.value().toInteger());
        return counts;
    }

    // Every text-like value of every platform table that contains one of the needles (texts) or
    // equals one (IP addresses), as "table.column" -> matching row count.
    QMap<QString, qint64> residue(const QStringList& texts, const QString& ipTable, const QString& database)
    {
        const auto owner = TestDatabase::connectSuperuser(database);
        QSqlQuery columns(owner->database());
        columns.exec(QStringLiteral("SELECT c.table_name, c.column_name, c.data_type FROM information_schema.columns c "
                                    "WHERE c.table_schema = 'platform' AND c.data_type IN ('text', 'character', "
                                    "'character varying', 'jsonb', 'json', 'inet', 'uuid', 'ARRAY') "
                                    "ORDER BY 1, 2"));
        QMap<QString, qint64> found;
        while (columns.next()) {
            const QString table = columns.value(0).toString();
            const QString column = columns.value(1).toString();
            QSqlQuery q(owner->database());
            QString sql;
            if (columns.value(2).toString() == QLatin1String("inet")) {
                sql = QStringLiteral("SELECT count(*) FROM platform.%1 t WHERE t.%2 IN (SELECT ip FROM %3)")
                          .arg(table, column, ipTable);
            } else {
                QStringList likes;
                for (const QString& text : texts)
                    likes << QStringLiteral("strpos(lower(t.%1::text), lower('%2')) > 0").arg(column, text);
                likes << QStringLiteral("t.%1::text IN (SELECT host(ip) FROM %2)").arg(column, ipTable);
                sql = QStringLiteral("SELECT count(*) FROM platform.%1 t WHERE %2").arg(table, likes.join(" OR "));
            }
            if (!q.exec(sql) || !q.next())
                qFatal("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
            if (q.value(0).toLongLong() > 0)
                found.insert(table + QLatin1Char('.') + column, q.value(0).toLongLong());
        }
        return found;
    }

private slots:
    void initTestCase()
    {
        m_db = TestDatabase::createSeededDatabase(300);
        m_support = TestDatabase::createStaff(m_db, QStringLiteral("support"));
        m_dpo1 = TestDatabase::createStaff(m_db, QStringLiteral("dpo"));
        m_dpo2 = TestDatabase::createStaff(m_db, QStringLiteral("dpo"));
        m_supportConnection = TestDatabase::connectAs(m_db, m_support);
        m_dpo1Connection = TestDatabase::connectAs(m_db, m_dpo1);
        m_dpo2Connection = TestDatabase::connectAs(m_db, m_dpo2);
    }

    void residueScanAfterErasingTheHeavyLearner()
    {
        // A name nobody else has, wherever the seeder wrote the name.
        QVERIFY(TestDatabase::exec(
            m_db,
            QStringLiteral(
                "UPDATE platform.users SET first_name = 'Quirinella', last_name = 'Zwackelmann' WHERE id = 7;"
                "UPDATE platform.invoices SET billing_name = 'Quirinella Zwackelmann' WHERE user_id = 7;"
                "UPDATE platform.social_identities SET profile = jsonb_build_object('display_name', "
                "'Quirinella Zwackelmann') WHERE user_id = 7;"
                "CREATE TABLE public.needles AS SELECT DISTINCT ip FROM (SELECT ip FROM platform.login_events WHERE "
                "user_id = 7 UNION SELECT ip FROM platform.sessions WHERE user_id = 7) s;")));
        const QStringList texts{
            scalar(QStringLiteral("SELECT email FROM platform.users WHERE id = 7")).toString(),
            scalar(QStringLiteral("SELECT public_id::text FROM platform.users WHERE id = 7")).toString(),
            QStringLiteral("Quirinella"), QStringLiteral("Zwackelmann")};
        QVERIFY(scalar(QStringLiteral("SELECT count(*) FROM public.needles")).toLongLong() > 100);
        const QMap<QString, qint64> before = residue(texts, QStringLiteral("public.needles"), m_db);
        QVERIFY2(before.contains(QStringLiteral("users.email")) && before.contains(QStringLiteral("login_events.ip")),
                 qPrintable(QStringList(before.keys()).join(' ')));

        const qint64 requestId = approvedRequest(7);
        const QMap<QString, qint64> preview = previewCounts(requestId);
        QVERIFY(preview.value(QStringLiteral("usage_events.delete")) >= 48000);
        QJsonObject result;
        QString error;
        QVERIFY2(ErasureStore(m_dpo1Connection->database()).execute(requestId, &result, &error), qPrintable(error));
        QVERIFY(!result.value(QLatin1String("already_done")).toBool());
        QCOMPARE(executionCounts(result), preview);

        // Only the retained, restricted invoices still name the person.
        const QMap<QString, qint64> after = residue(texts, QStringLiteral("public.needles"), m_db);
        const qint64 retained = preview.value(QStringLiteral("invoices.retain"));
        if (retained > 0) {
            QCOMPARE(after.keys(), QStringList{QStringLiteral("invoices.billing_name")});
            QCOMPARE(after.value(QStringLiteral("invoices.billing_name")), retained);
            QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM privacy.restrictions r JOIN platform.invoices i ON "
                                           "i.id = r.row_key WHERE r.table_name = 'platform.invoices'::regclass AND "
                                           "i.user_id = 7 AND r.retained_until >= current_date AND r.basis LIKE "
                                           "'%147 AO%'"))
                         .toLongLong(),
                     retained);
        } else {
            QVERIFY2(after.isEmpty(), qPrintable(QStringList(after.keys()).join(' ')));
        }
        // Not found, cannot sign in, visible to the DPO only.
        QCOMPARE(scalar(QStringLiteral("SELECT status || ':' || (password_hash IS NULL) FROM platform.users WHERE "
                                       "id = 7"))
                     .toString(),
                 QStringLiteral("erased:true"));
        QSqlQuery q(m_supportConnection->database());
        QVERIFY(!q.exec(QStringLiteral("SELECT privacy.user_summary(7, 'SUP-1')")));
        QVERIFY2(q.lastError().text().contains(QLatin1String("data protection officer only")),
                 qPrintable(q.lastError().text()));
        QSqlQuery dpo(m_dpo1Connection->database());
        QVERIFY(dpo.exec(QStringLiteral("SELECT privacy.user_summary(7, NULL, 'erasure check')")));
        // The log keeps its entries about the person but the erasure added no personal data to it.
        QCOMPARE(
            scalar(
                QStringLiteral("SELECT count(*) FROM privacy.access_log WHERE details LIKE '%%1%'").arg(texts.first()))
                .toLongLong(),
            0);
        AuditVerifier verifier;
        QVERIFY2(verifier.verify(m_dpo1Connection->database(), &error), qPrintable(error));
        QVERIFY(verifier.result().intact);
        // One processor task per processor the person was linked to.
        QList<ProcessorTask> tasks;
        QVERIFY2(ErasureStore(m_dpo2Connection->database()).tasks(requestId, &tasks, &error), qPrintable(error));
        QCOMPARE(tasks.size(), preview.value(QStringLiteral("processor_links.delete")));
        QVERIFY(!tasks.isEmpty());
        QVERIFY(!ErasureStore(m_dpo2Connection->database()).taskDone(tasks.first().id, QString(), &error));
        QVERIFY2(ErasureStore(m_dpo2Connection->database())
                     .taskDone(tasks.first().id, QStringLiteral("ticket VEND-81 confirmed"), &error),
                 qPrintable(error));
        QVERIFY(ErasureStore(m_dpo2Connection->database()).tasks(requestId, &tasks, &error));
        QCOMPARE(tasks.first().doneBy, m_dpo2);
    }

    void previewEqualsExecution_data()
    {
        QTest::addColumn<qint64>("user");
        QTest::addColumn<QString>("invoices"); // SQL to shape the learner's invoices first, or empty
        QTest::newRow("light") << qint64(20) << QString();
        QTest::newRow("no invoices") << qint64(21)
                                     << QStringLiteral("DELETE FROM platform.invoices WHERE user_id = 21");
        QTest::newRow("invoices inside and outside retention")
            << qint64(22)
            << QStringLiteral("INSERT INTO platform.invoices (user_id, number, amount_cents, billing_name, "
                              "billing_address, issued_at) VALUES (22, 'FX-2015-900022', 4900, 'x', 'y', "
                              "'2015-03-01'), (22, 'FX-2024-900022', 4900, 'x', 'y', '2024-03-01')");
        QTest::newRow("namesake") << qint64(251) << QString();
    }

    void previewEqualsExecution()
    {
        QFETCH(qint64, user);
        QFETCH(QString, invoices);
        if (!invoices.isEmpty())
            QVERIFY(TestDatabase::exec(m_db, invoices));
        const qint64 requestId = approvedRequest(user);
        const QMap<QString, qint64> preview = previewCounts(requestId);
        QJsonObject result;
        QString error;
        QVERIFY2(ErasureStore(m_dpo2Connection->database()).execute(requestId, &result, &error), qPrintable(error));
        QCOMPARE(executionCounts(result), preview);
        if (user == 22) {
            QCOMPARE(preview.value(QStringLiteral("invoices.retain")) > 0, true);
            QCOMPARE(preview.value(QStringLiteral("invoices.delete")) > 0, true);
        }
        // Done is done: a second execution changes nothing and says so.
        QVERIFY(ErasureStore(m_dpo1Connection->database()).execute(requestId, &result, &error));
        QVERIFY(result.value(QLatin1String("already_done")).toBool());
    }

    void fourEyes()
    {
        QJsonObject request;
        QString error;
        // The DPO who opened the request cannot approve it, called directly as that login.
        QVERIFY(RequestStore(m_dpo1Connection->database())
                    .open(30, QStringLiteral("erasure"), QStringLiteral("SUP-3"), QStringLiteral("email confirmed"),
                          QDate(), &request, &error));
        const qint64 own = request.value(QLatin1String("id")).toInteger();
        QSqlQuery q(m_dpo1Connection->database());
        QVERIFY(!q.exec(QStringLiteral("SELECT privacy.erasure_decide(%1, true, 'looks fine to me')").arg(own)));
        QVERIFY2(q.lastError().text().contains(QLatin1String("second person")), qPrintable(q.lastError().text()));
        // Support can neither decide nor execute.
        QVERIFY(
            !ErasureStore(m_supportConnection->database()).decide(own, true, QStringLiteral("fine"), &request, &error));
        QVERIFY(!ErasureStore(m_supportConnection->database()).execute(own, &request, &error));
        QVERIFY2(error.contains(QLatin1String("refused this for your login")), qPrintable(error));
        // The console notes refusals in the access log, so that repeated ones can be seen.
        QVERIFY(
            scalar(QStringLiteral("SELECT count(*) FROM privacy.access_log WHERE action = 'refused' AND staff = '%1' "
                                  "AND details::jsonb->>'operation' = 'erasure_execute'")
                       .arg(m_support))
                .toLongLong() >= 1);
        // Not approved yet: not executable.
        QVERIFY(!ErasureStore(m_dpo2Connection->database()).execute(own, &request, &error));
        QVERIFY2(error.contains(QLatin1String("only an approved")), qPrintable(error));
        // Rejected: not executable either.
        QVERIFY2(ErasureStore(m_dpo2Connection->database())
                     .decide(own, false, QStringLiteral("identity not confirmed"), &request, &error),
                 qPrintable(error));
        QVERIFY(!ErasureStore(m_dpo2Connection->database()).execute(own, &request, &error));
        QCOMPARE(scalar(QStringLiteral("SELECT status FROM platform.users WHERE id = 30")).toString(),
                 QStringLiteral("active"));
    }

    void killedConnectionChangesNothing_data()
    {
        // The table a blocker holds, so that the execution is stopped there: at its first step,
        // in the middle, at the retained invoices and at its last step.
        QTest::addColumn<qint64>("user");
        QTest::addColumn<QString>("table");
        QTest::newRow("at the first table") << qint64(41) << "social_identities";
        QTest::newRow("in the middle") << qint64(42) << "usage_events";
        QTest::newRow("at the invoices") << qint64(43) << "invoices";
        QTest::newRow("at the last step") << qint64(44) << "users";
    }

    void killedConnectionChangesNothing()
    {
        QFETCH(qint64, user);
        QFETCH(QString, table);
        const qint64 requestId = approvedRequest(user);
        const qint64 rowsBefore =
            scalar(QStringLiteral("SELECT count(*) FROM platform.usage_events WHERE user_id = %1").arg(user))
                .toLongLong();
        const QString statusBefore =
            scalar(QStringLiteral("SELECT status FROM platform.users WHERE id = %1").arg(user)).toString();
        const auto blocker = TestDatabase::connectSuperuser(m_db);
        QVERIFY(blocker->database().transaction());
        QVERIFY(QSqlQuery(blocker->database()).exec(QStringLiteral("LOCK platform.%1 IN EXCLUSIVE MODE").arg(table)));
        // The execution runs on a thread of its own, with a connection of its own.
        std::promise<int> pidPromise;
        auto pidFuture = pidPromise.get_future();
        auto running = std::async(std::launch::async, [&, dpo = m_dpo2, db = m_db] {
            const auto connection = TestDatabase::connectAs(db, dpo);
            QSqlQuery pid(connection->database());
            pid.exec(QStringLiteral("SELECT pg_backend_pid()"));
            pid.next();
            pidPromise.set_value(pid.value(0).toInt());
            QJsonObject result;
            QString error;
            return ErasureStore(connection->database()).execute(requestId, &result, &error);
        });
        const int backend = pidFuture.get();
        QTRY_VERIFY(scalar(QStringLiteral("SELECT count(*) FROM pg_locks WHERE pid = %1 AND NOT granted").arg(backend))
                        .toInt() > 0);
        scalar(QStringLiteral("SELECT pg_terminate_backend(%1)").arg(backend));
        QVERIFY(!running.get());
        blocker->database().rollback();
        QCOMPARE(scalar(QStringLiteral("SELECT status FROM platform.users WHERE id = %1").arg(user)).toString(),
                 statusBefore);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM platform.usage_events WHERE user_id = %1").arg(user))
                     .toLongLong(),
                 rowsBefore);
        QCOMPARE(scalar(QStringLiteral("SELECT status || ':' || (approved_at IS NOT NULL) FROM privacy.requests WHERE "
                                       "id = %1")
                            .arg(requestId))
                     .toString(),
                 QStringLiteral("in_progress:true"));
        AuditVerifier verifier;
        QString error;
        QVERIFY2(verifier.verify(m_dpo1Connection->database(), &error) && verifier.result().intact, qPrintable(error));
        QJsonObject result;
        QVERIFY2(ErasureStore(m_dpo1Connection->database()).execute(requestId, &result, &error), qPrintable(error));
        QCOMPARE(scalar(QStringLiteral("SELECT status FROM platform.users WHERE id = %1").arg(user)).toString(),
                 QStringLiteral("erased"));
    }

    void twoDposAtOnce()
    {
        const qint64 requestId = approvedRequest(70);
        QSqlDatabase first = m_dpo1Connection->database();
        QVERIFY(first.transaction());
        QJsonObject result;
        QString error;
        QVERIFY2(ErasureStore(first).execute(requestId, &result, &error), qPrintable(error));
        auto waiting = std::async(std::launch::async, [&, dpo = m_dpo2, db = m_db] {
            const auto second = TestDatabase::connectAs(db, dpo);
            QJsonObject r;
            QString e;
            const bool ok = ErasureStore(second->database()).execute(requestId, &r, &e);
            return ok && r.value(QLatin1String("already_done")).toBool();
        });
        QTest::qWait(200);
        QVERIFY(first.commit());
        QVERIFY(waiting.get());
    }

    void retentionDatesAndPurge()
    {
        QVERIFY(TestDatabase::exec(
            m_db,
            QStringLiteral(
                "DELETE FROM platform.invoices WHERE user_id = 80;"
                "INSERT INTO platform.invoices (user_id, number, amount_cents, billing_name, billing_address, "
                "issued_at) "
                "VALUES (80, 'FX-2016-800001', 100, 'a', 'b', '2016-07-01'), (80, 'FX-2017-800001', 100, 'a', 'b', "
                "'2017-07-01'), (80, 'FX-2018-800001', 100, 'a', 'b', '2018-07-01');")));
        const auto plan = [&](const QString& on) {
            return scalar(QStringLiteral("SELECT string_agg(action || '=' || rows, ',' ORDER BY action) FROM "
                                         "privacy.erasure_plan(80, '%1') WHERE table_name = 'invoices'")
                              .arg(on))
                .toString();
        };
        QCOMPARE(plan(QStringLiteral("2025-01-01")), QStringLiteral("delete=1,retain=2"));
        QCOMPARE(plan(QStringLiteral("2026-01-01")), QStringLiteral("delete=2,retain=1"));
        QCOMPARE(scalar(QStringLiteral("SELECT privacy.retained_until('2017-07-01', 8)")).toDate(),
                 QDate(2025, 12, 31));

        // Restricted invoices of erased learners, as earlier erasures left them.
        QVERIFY(TestDatabase::exec(
            m_db,
            QStringLiteral(
                "INSERT INTO privacy.restrictions SELECT 'platform.invoices', id, user_id, '2024-12-31', 'x' FROM "
                "platform.invoices WHERE number = 'FX-2016-800001';"
                "INSERT INTO privacy.restrictions SELECT 'platform.invoices', id, user_id, '2025-12-31', 'x' FROM "
                "platform.invoices WHERE number = 'FX-2017-800001';"
                "INSERT INTO privacy.restrictions SELECT 'platform.invoices', id, user_id, '2026-12-31', 'x' FROM "
                "platform.invoices WHERE number = 'FX-2018-800001';")));
        ErasureStore dpo(m_dpo1Connection->database());
        QList<RestrictedRecord> records;
        QString error;
        QVERIFY2(dpo.purge(true, QDate(2025, 1, 1), &records, &error), qPrintable(error));
        QCOMPARE(records.size(), 1);
        QVERIFY(dpo.purge(true, QDate(2026, 1, 1), &records, &error));
        QCOMPARE(records.size(), 2);
        QVERIFY(!dpo.purge(true, QDate::currentDate().addDays(1), &records, &error));
        QVERIFY2(error.contains(QLatin1String("today or an earlier day")), qPrintable(error));
        QVERIFY(!ErasureStore(m_supportConnection->database()).purge(true, QDate(), &records, &error));
        QVERIFY2(dpo.purge(false, QDate(2026, 1, 1), &records, &error), qPrintable(error));
        QCOMPARE(records.size(), 2);
        QCOMPARE(scalar(QStringLiteral("SELECT string_agg(number, ',') FROM platform.invoices WHERE user_id = 80"))
                     .toString(),
                 QStringLiteral("FX-2018-800001"));
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM privacy.access_log WHERE action = 'retention.purge' "
                                       "AND subject_id = 80"))
                     .toLongLong(),
                 1);
    }

    void reapplyAfterRestore()
    {
        QString error;
        const QString bin = LocalCluster::findServerPrograms(&error);
        QVERIFY2(!bin.isEmpty(), qPrintable(error));
        const ConnectionProfile owner = TestDatabase::superuserProfile(m_db);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PGPASSWORD"), TestDatabase::superuserPassword());
        QTemporaryDir dir;
        const QString dump = dir.filePath(QStringLiteral("before.dump"));
        const QStringList connection{QStringLiteral("-h"),        owner.host,           QStringLiteral("-p"),
                                     QString::number(owner.port), QStringLiteral("-U"), owner.user};
        QProcess pgDump;
        pgDump.setProcessEnvironment(env);
        pgDump.start(bin + QStringLiteral("/pg_dump"),
                     connection + QStringList{QStringLiteral("-Fc"), QStringLiteral("-f"), dump, m_db});
        QVERIFY(pgDump.waitForFinished(120000));
        QVERIFY2(pgDump.exitCode() == 0, pgDump.readAllStandardError().constData());

        const QString email = scalar(QStringLiteral("SELECT email FROM platform.users WHERE id = 90")).toString();
        const qint64 requestId = approvedRequest(90);
        QJsonObject result;
        QVERIFY2(ErasureStore(m_dpo1Connection->database()).execute(requestId, &result, &error), qPrintable(error));
        QJsonArray ledger;
        QVERIFY2(ErasureStore(m_dpo1Connection->database()).ledger(&ledger, &error), qPrintable(error));
        QVERIFY(!QJsonDocument(ledger).toJson().contains(email.toUtf8()));

        // The backup from before the erasure, restored as a database of its own.
        const QString restored = m_db + QStringLiteral("_restored");
        QVERIFY(TestDatabase::exec(QStringLiteral("postgres"), QStringLiteral("CREATE DATABASE %1").arg(restored)));
        QProcess pgRestore;
        pgRestore.setProcessEnvironment(env);
        pgRestore.start(bin + QStringLiteral("/pg_restore"),
                        connection + QStringList{QStringLiteral("-d"), restored, dump});
        QVERIFY(pgRestore.waitForFinished(120000));
        QVERIFY2(pgRestore.exitCode() == 0, pgRestore.readAllStandardError().constData());
        QCOMPARE(scalar(QStringLiteral("SELECT status FROM platform.users WHERE id = 90"), restored).toString(),
                 QStringLiteral("active"));

        const auto dpo = TestDatabase::connectAs(restored, m_dpo2);
        QVERIFY2(ErasureStore(dpo->database()).reapply(ledger, &result, &error), qPrintable(error));
        QVERIFY(result.value(QLatin1String("erased_again")).toInt() >= 1);
        QCOMPARE(scalar(QStringLiteral("SELECT status FROM platform.users WHERE id = 90"), restored).toString(),
                 QStringLiteral("erased"));
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM platform.users WHERE email = '%1'").arg(email), restored)
                     .toLongLong(),
                 0);
        QVERIFY(ErasureStore(dpo->database()).reapply({}, &result, &error));
        QCOMPARE(result.value(QLatin1String("erased_again")).toInt(), 0);
    }
};

QTEST_GUILESS_MAIN(TestErasure)
#include "tst_erasure.moc"
