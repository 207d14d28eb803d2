// SPDX-License-Identifier: GPL-3.0-or-later
// The history of a learner's marketing consent (Art. 7(1) GDPR): every opt-in and withdrawal on
// the reference platform, by the platform itself, by support on a ticket or through the console,
// with the policy version in force; the state at any date; withdrawal stays one step; the
// history is in the picture and the export, kept three years after an erasure; fxctl shows it.
#include "TestDatabase.h"

#include "../cli/CliRunner.h"

#include "privacy/ConsentHistory.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

class TestConsent : public QObject
{
    Q_OBJECT

    QVariant scalar(const QString& sql)
    {
        const auto owner = TestDatabase::connectSuperuser(m_db);
        QSqlQuery q(owner->database());
        if (!q.exec(sql) || !q.next())
            qFatal("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
        return q.value(0);
    }

    ConsentState read(DatabaseConnection& connection, qint64 user, const QDateTime& at, const AccessContext& context)
    {
        ConsentState state;
        QString error;
        [&] {
            QVERIFY2(ConsentHistory(connection.database()).read(user, at, context, &state, &error), qPrintable(error));
        }();
        return state;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        m_db = TestDatabase::createSeededDatabase(60);
        m_supportLogin = TestDatabase::createStaff(m_db, QStringLiteral("support"));
        m_support = TestDatabase::connectAs(m_db, m_supportLogin);
        m_dpo = TestDatabase::connectAs(m_db, TestDatabase::createStaff(m_db, QStringLiteral("dpo")));
    }

    // What the seeder wrote is the first entry of each learner's history.
    void theHistoryStartsWithWhatIsKnown()
    {
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM platform.consent_events")).toLongLong(),
                 scalar(QStringLiteral("SELECT count(*) FROM platform.consents")).toLongLong());
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM platform.consent_events e JOIN platform.consents c USING "
                                       "(user_id) WHERE e.marketing IS DISTINCT FROM c.marketing_opt_in OR e.source "
                                       "<> 'platform'"))
                     .toLongLong(),
                 0);
    }

    void everyChangeIsRecordedWithItsSource()
    {
        const qint64 user = 12;
        // The platform: the learner opts in on the website, under policy 3.0.
        QVERIFY(TestDatabase::exec(m_db, QStringLiteral("UPDATE platform.consents SET marketing_opt_in = false "
                                                        "WHERE user_id = 12; UPDATE platform.consents SET "
                                                        "marketing_opt_in = true, policy_version = '3.0', "
                                                        "marketing_changed_at = now() WHERE user_id = 12")));
        QTest::qWait(20);
        const QDateTime optedIn = QDateTime::currentDateTimeUtc();
        QTest::qWait(20);
        // Support withdraws it on the learner's ticket: one step.
        QSqlQuery q(m_support->database());
        QVERIFY2(q.exec(QStringLiteral("SELECT privacy.user_withdraw_marketing(12, 'SUP-5150')")),
                 qPrintable(q.lastError().text()));
        const ConsentState now = read(*m_support, user, QDateTime(), {QStringLiteral("SUP-5150"), {}});
        QVERIFY(now.known && !now.marketing);
        QCOMPARE(now.source, QStringLiteral("support"));
        QCOMPARE(now.policyVersion, QStringLiteral("3.0"));
        QVERIFY(now.events.size() >= 3);
        QCOMPARE(now.events.last().ticket, QStringLiteral("SUP-5150"));
        // At the time in between, the consent was given, on the platform.
        const ConsentState then = read(*m_dpo, user, optedIn, {{}, QStringLiteral("consent proof for a complaint")});
        QVERIFY(then.known && then.marketing);
        QCOMPARE(then.source, QStringLiteral("platform"));
        // Before the first entry, nothing was recorded.
        const ConsentState before = read(*m_dpo, user, now.events.first().at.addSecs(-1),
                                         {{}, QStringLiteral("consent proof for a complaint")});
        QVERIFY(!before.known);
        // An update that does not change the consent adds nothing.
        const qint64 events = now.events.size();
        QVERIFY(TestDatabase::exec(m_db, QStringLiteral("UPDATE platform.consents SET policy_version = '3.1' WHERE "
                                                        "user_id = 12")));
        QCOMPARE(read(*m_support, user, QDateTime(), {QStringLiteral("SUP-5150"), {}}).events.size(), events);
    }

    void theConsoleWithoutATicketIsTheConsole()
    {
        QVERIFY(TestDatabase::exec(m_db, QStringLiteral("UPDATE platform.consents SET marketing_opt_in = true WHERE "
                                                        "user_id = 13")));
        QSqlQuery q(m_dpo->database());
        QVERIFY2(q.exec(QStringLiteral("SELECT privacy.user_withdraw_marketing(13, NULL, 'learner wrote to the DPO')")),
                 qPrintable(q.lastError().text()));
        const ConsentState state = read(*m_dpo, 13, QDateTime(), {{}, QStringLiteral("checking the withdrawal")});
        QCOMPARE(state.source, QStringLiteral("console"));
        QVERIFY(state.events.last().ticket.isEmpty());
    }

    // Reading the history is logged, and support needs a ticket for it.
    void readingIsLoggedAndNeedsATicket()
    {
        const qint64 before = scalar(QStringLiteral("SELECT count(*) FROM privacy.access_log WHERE action = "
                                                    "'user.consent_history' AND subject_id = 14"))
                                  .toLongLong();
        read(*m_support, 14, QDateTime(), {QStringLiteral("SUP-5151"), {}});
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM privacy.access_log WHERE action = "
                                       "'user.consent_history' AND subject_id = 14"))
                     .toLongLong(),
                 before + 1);
        ConsentState state;
        QString error;
        QVERIFY(!ConsentHistory(m_support->database()).read(14, QDateTime(), {}, &state, &error));
        QVERIFY(!error.isEmpty());
    }

    // The picture shows the history among the consents; erasure keeps it, restricted.
    void thePictureShowsItAndErasureKeepsIt()
    {
        QSqlQuery q(m_support->database());
        QVERIFY(q.exec(QStringLiteral("SELECT privacy.user_summary(12, 'SUP-5150')")) && q.next());
        const QJsonObject picture = QJsonDocument::fromJson(q.value(0).toByteArray()).object();
        bool shown = false;
        for (const QJsonValue t : picture.value(QLatin1String("tables")).toArray())
            shown =
                shown || (t.toObject().value(QLatin1String("table")).toString() == QLatin1String("consent_events") &&
                          t.toObject().value(QLatin1String("category")).toString() == QLatin1String("consents") &&
                          t.toObject().value(QLatin1String("rows")).toInteger() >= 3);
        QVERIFY(shown);
        QCOMPARE(scalar(QStringLiteral("SELECT action FROM privacy.erasure_rules WHERE table_name = "
                                       "'platform.consent_events'::regclass"))
                     .toString(),
                 QStringLiteral("retain"));
    }

    void fxctlShowsTheHistory()
    {
        const QString dsn = TestDatabase::dsn(m_db, m_supportLogin);
        const QString password = m_tmp.filePath(QStringLiteral("password"));
        QFile f(password);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(TestDatabase::staffPassword().toUtf8());
        f.close();
        f.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
        const QStringList common{QStringLiteral("--dsn"),           dsn,
                                 QStringLiteral("--password-file"), password,
                                 QStringLiteral("--ticket"),        QStringLiteral("SUP-5150")};
        CliRun run =
            runProgram(QStringLiteral("fxctl"), QStringList{QStringLiteral("consent"), QStringLiteral("history"),
                                                            QStringLiteral("12"), QStringLiteral("--json")} +
                                                    common);
        QCOMPARE(run.exitCode, 0);
        const QJsonObject json = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QCOMPARE(json.value(QLatin1String("marketing")).toBool(), false);
        QVERIFY(json.value(QLatin1String("events")).toArray().size() >= 3);
        run = runProgram(QStringLiteral("fxctl"),
                         QStringList{QStringLiteral("consent"), QStringLiteral("history"), QStringLiteral("12"),
                                     QStringLiteral("--lang"), QStringLiteral("de")} +
                             common);
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(QStringLiteral("Support, Ticket SUP-5150")) &&
                     run.out.contains(QStringLiteral("widerrufen")),
                 qPrintable(run.out));
        // A date that is none is refused in the user's language.
        run = runProgram(QStringLiteral("fxctl"),
                         QStringList{QStringLiteral("consent"), QStringLiteral("history"), QStringLiteral("12"),
                                     QStringLiteral("--at"), QStringLiteral("gestern")} +
                             common);
        QCOMPARE(run.exitCode, 2);
    }

private:
    QString m_db;
    QString m_supportLogin;
    QTemporaryDir m_tmp;
    std::unique_ptr<DatabaseConnection> m_support;
    std::unique_ptr<DatabaseConnection> m_dpo;
};

QTEST_GUILESS_MAIN(TestConsent)
#include "tst_consent.moc"
