// SPDX-License-Identifier: GPL-3.0-or-later
// Incidents: the 72-hour deadline (also across a change of daylight-saving time), the state rules
// the database enforces, triage and the steps it requires, the finder against brute force, the
// drafts in both languages, who may do what, and a second person at the same time.
#include "PdfText.h"
#include "TestDatabase.h"

#include "core/SubjectLanguage.h"
#include "incidents/ChecklistTemplate.h"
#include "incidents/IncidentDraft.h"
#include "incidents/IncidentStore.h"
#include "incidents/IncidentTexts.h"
#include "privacy/AuditVerifier.h"

#include <QHostAddress>
#include <QJsonArray>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <set>

class TestIncidents : public QObject
{
    Q_OBJECT
private:
    QString m_db;
    QString m_dpo;
    QString m_admin;
    QString m_support;
    std::unique_ptr<DatabaseConnection> m_dpoConnection;
    std::unique_ptr<DatabaseConnection> m_adminConnection;
    QList<ChecklistItem> m_checklist;

    IncidentStore dpo() { return IncidentStore(m_dpoConnection->database()); }

    qint64 openIncident(const QDateTime& aware, QJsonObject* incident = nullptr)
    {
        QJsonObject result;
        QString error;
        if (!dpo().open({QStringLiteral("Course export left readable"), QStringLiteral("found by monitoring"),
                         QStringLiteral("operations"), aware.addSecs(-3600), aware},
                        m_checklist, &result, &error))
            qFatal("%s", qPrintable(error));
        if (incident)
            *incident = result;
        return result.value(QLatin1String("id")).toInteger();
    }

    QJsonObject get(qint64 id)
    {
        QJsonObject incident;
        QString error;
        if (!dpo().get(id, &incident, &error))
            qFatal("%s", qPrintable(error));
        return incident;
    }

    void tickAll(qint64 id, const QString& section = QString())
    {
        for (const QJsonValue& value : get(id).value(QLatin1String("items")).toArray()) {
            const QJsonObject item = value.toObject();
            if (!section.isEmpty() && item.value(QLatin1String("section")).toString() != section)
                continue;
            QString error;
            if (!dpo().tick(item.value(QLatin1String("id")).toInteger(), true, QStringLiteral("done"), &error))
                qFatal("%s", qPrintable(error));
        }
    }

    void describeFully(qint64 id)
    {
        QString error;
        QVERIFY2(dpo().describe(id,
                                {{QStringLiteral("nature"), QStringLiteral("A course export was publicly readable.")},
                                 {QStringLiteral("subject_categories"), QStringLiteral("learners")},
                                 {QStringLiteral("subjects_approx"), 120},
                                 {QStringLiteral("record_categories"), QStringLiteral("names, e-mail addresses")},
                                 {QStringLiteral("records_approx"), 240},
                                 {QStringLiteral("consequences"), QStringLiteral("phishing e-mails")},
                                 {QStringLiteral("measures"), QStringLiteral("access removed, links rotated")}},
                                &error),
                 qPrintable(error));
    }

    QSet<QString> required(const QJsonObject& incident)
    {
        QSet<QString> sections;
        for (const QJsonValue& value : incident.value(QLatin1String("items")).toArray())
            if (value.toObject().value(QLatin1String("required")).toBool())
                sections.insert(value.toObject().value(QLatin1String("section")).toString());
        return sections;
    }

    QStringList requiredNotices(const QJsonObject& incident)
    {
        QStringList kinds;
        for (const QJsonValue& v : incident.value(QLatin1String("required_notices")).toArray())
            kinds << v.toString();
        return kinds;
    }

private slots:
    void initTestCase()
    {
        m_db = TestDatabase::createSeededDatabase(300);
        m_dpo = TestDatabase::createStaff(m_db, QStringLiteral("dpo"));
        m_admin = TestDatabase::createStaff(m_db, QStringLiteral("admin"));
        m_support = TestDatabase::createStaff(m_db, QStringLiteral("support"));
        m_dpoConnection = TestDatabase::connectAs(m_db, m_dpo);
        m_adminConnection = TestDatabase::connectAs(m_db, m_admin);
        QString error;
        QVERIFY2(ChecklistTemplate::loadBuiltIn(&m_checklist, &error), qPrintable(error));
    }

    void deadlineIsSeventyTwoRealHours_data()
    {
        QTest::addColumn<QDateTime>("aware");
        QTest::addColumn<QString>("deadlineUtc");
        QTest::addColumn<QString>("berlin");
        // Clocks go forward on 29 March 2026 and back on 25 October 2026 in Europe/Berlin.
        QTest::newRow("spring") << QDateTime::fromString(QStringLiteral("2026-03-28T10:00:00+01:00"), Qt::ISODate)
                                << QStringLiteral("2026-03-31T09:00:00Z")
                                << QStringLiteral("31.03.2026 11:00 MESZ (09:00 UTC)");
        QTest::newRow("autumn") << QDateTime::fromString(QStringLiteral("2026-10-24T10:00:00+02:00"), Qt::ISODate)
                                << QStringLiteral("2026-10-27T08:00:00Z")
                                << QStringLiteral("27.10.2026 09:00 MEZ (08:00 UTC)");
        QTest::newRow("no change") << QDateTime::fromString(QStringLiteral("2026-06-10T23:30:00+02:00"), Qt::ISODate)
                                   << QStringLiteral("2026-06-13T21:30:00Z")
                                   << QStringLiteral("13.06.2026 23:30 MESZ (21:30 UTC)");
    }

    void deadlineIsSeventyTwoRealHours()
    {
        QFETCH(QDateTime, aware);
        QFETCH(QString, deadlineUtc);
        QFETCH(QString, berlin);
        // The session's own time zone must not matter: days would, hours do not.
        QSqlQuery q(m_dpoConnection->database());
        QVERIFY(q.exec(QStringLiteral("SET TimeZone = 'Europe/Berlin'")));
        QJsonObject incident;
        openIncident(aware, &incident);
        QVERIFY(q.exec(QStringLiteral("RESET TimeZone")));
        const QDateTime deadline =
            QDateTime::fromString(incident.value(QLatin1String("authority_deadline")).toString(), Qt::ISODateWithMs);
        QCOMPARE(deadline.toUTC(), QDateTime::fromString(deadlineUtc, Qt::ISODate));
        QCOMPARE(aware.secsTo(deadline), 72 * 3600);
        const SubjectLanguage german(QStringLiteral("de"));
        QVERIFY2(IncidentTexts::localTime(deadline, QTimeZone("Europe/Berlin"), &german).endsWith(berlin),
                 qPrintable(IncidentTexts::localTime(deadline, QTimeZone("Europe/Berlin"), &german)));
        // Overdue by the server's clock: the awareness lies in the past.
        QVERIFY(incident.value(QLatin1String("seconds_left")).toInteger() < 0);
        QCOMPARE(IncidentTexts::clock(QStringLiteral("open"), QStringLiteral("undecided"),
                                      incident.value(QLatin1String("seconds_left")).toInteger()),
                 IncidentTexts::Clock::Overdue);
    }

    void clockStates()
    {
        using IncidentTexts::Clock;
        QCOMPARE(IncidentTexts::clock(QStringLiteral("open"), QStringLiteral("pending"), 25 * 3600), Clock::Running);
        QCOMPARE(IncidentTexts::clock(QStringLiteral("open"), QStringLiteral("pending"), 23 * 3600), Clock::Soon);
        QCOMPARE(IncidentTexts::clock(QStringLiteral("open"), QStringLiteral("pending"), -1), Clock::Overdue);
        QCOMPARE(IncidentTexts::clock(QStringLiteral("open"), QStringLiteral("notified"), -1), Clock::Notified);
        QCOMPARE(IncidentTexts::clock(QStringLiteral("closed"), QStringLiteral("not_required"), 5), Clock::NotRequired);
        QCOMPARE(IncidentTexts::clockText(Clock::Running, 2 * 86400 + 3 * 3600 + 5 * 60),
                 QStringLiteral("2 d 03 h 05 min left"));
        QCOMPARE(IncidentTexts::clockText(Clock::Overdue, -(5 * 3600 + 60)), QStringLiteral("overdue by 5 h 01 min"));
    }

    void awarenessCannotLieInTheFuture()
    {
        QJsonObject result;
        QString error;
        QVERIFY(!dpo().open({QStringLiteral("Future"), {}, {}, {}, QDateTime::currentDateTimeUtc().addDays(1)},
                            m_checklist, &result, &error));
        QVERIFY2(error.contains(QLatin1String("future")), qPrintable(error));
        QVERIFY(!dpo().open({QStringLiteral("Detected after aware"),
                             {},
                             {},
                             QDateTime::currentDateTimeUtc(),
                             QDateTime::currentDateTimeUtc().addSecs(-60)},
                            m_checklist, &result, &error));
        QVERIFY(!dpo().open({QStringLiteral("No list"), {}, {}, {}, {}}, {}, &result, &error));
        QVERIFY2(error.contains(QLatin1String("checklist")), qPrintable(error));
    }

    void triageDecidesTheRequiredSteps()
    {
        const qint64 id = openIncident(QDateTime::currentDateTimeUtc().addSecs(-600));
        QJsonObject incident = get(id);
        QCOMPARE(incident.value(QLatin1String("authority_state")).toString(), QStringLiteral("undecided"));
        QCOMPARE(required(incident), (QSet<QString>{QStringLiteral("containment"), QStringLiteral("assessment"),
                                                    QStringLiteral("documentation"), QStringLiteral("lessons")}));
        QString error;
        const QString why = QStringLiteral("reasoning of enough length");
        QVERIFY2(dpo().triage(id, QStringLiteral("none"), why, {}, {}, &error), qPrintable(error));
        incident = get(id);
        QCOMPARE(incident.value(QLatin1String("authority_state")).toString(), QStringLiteral("not_required"));
        QVERIFY(requiredNotices(incident).isEmpty());

        QVERIFY(dpo().triage(id, QStringLiteral("risk"), why, {}, {}, &error));
        incident = get(id);
        QCOMPARE(requiredNotices(incident), QStringList{QStringLiteral("authority")});
        QVERIFY(required(incident).contains(QStringLiteral("authority")));
        QVERIFY(!required(incident).contains(QStringLiteral("subjects")));

        QVERIFY(dpo().triage(id, QStringLiteral("high_risk"), why, {}, {}, &error));
        incident = get(id);
        QCOMPARE(requiredNotices(incident), (QStringList{QStringLiteral("authority"), QStringLiteral("subjects")}));
        QVERIFY(required(incident).contains(QStringLiteral("subjects")));

        QVERIFY(dpo().triage(id, QStringLiteral("high_risk"), why, QStringLiteral("a"),
                             QStringLiteral("AES-256, the key stayed in the HSM"), &error));
        incident = get(id);
        QCOMPARE(requiredNotices(incident), QStringList{QStringLiteral("authority")});
        QVERIFY(!required(incident).contains(QStringLiteral("subjects")));

        QVERIFY(dpo().triage(id, QStringLiteral("high_risk"), why, QStringLiteral("c"),
                             QStringLiteral("no contact data for most of them"), &error));
        QCOMPARE(requiredNotices(get(id)), (QStringList{QStringLiteral("authority"), QStringLiteral("public")}));

        // Refused: no reasoning, an exception without a high risk or without its reasons.
        QVERIFY(!dpo().triage(id, QStringLiteral("risk"), QStringLiteral("short"), {}, {}, &error));
        QVERIFY(!dpo().triage(id, QStringLiteral("risk"), why, QStringLiteral("a"), why, &error));
        QVERIFY(!dpo().triage(id, QStringLiteral("high_risk"), why, QStringLiteral("b"), {}, &error));
        QVERIFY(!dpo().triage(id, QStringLiteral("extreme"), why, {}, {}, &error));
    }

    void noticeNeedsTheContentOfArticle33()
    {
        const qint64 id = openIncident(QDateTime::currentDateTimeUtc().addSecs(-600));
        QString error;
        QJsonObject notice;
        QVERIFY(!dpo().notify(id, QStringLiteral("authority"), {}, {}, {}, &notice, &error));
        QVERIFY2(error.contains(QLatin1String("assess the risk")), qPrintable(error));
        QVERIFY(dpo().triage(id, QStringLiteral("risk"), QStringLiteral("names and e-mails exposed"), {}, {}, &error));
        QVERIFY(!dpo().notify(id, QStringLiteral("authority"), {}, {}, {}, &notice, &error));
        for (const char* field :
             {"the nature of the breach", "the categories of people concerned",
              "the approximate number of people concerned", "the categories of records",
              "the approximate number of records", "the likely consequences", "the measures taken or proposed"})
            QVERIFY2(error.contains(QLatin1String(field)), qPrintable(error));
        QVERIFY(!get(id).value(QLatin1String("missing_authority")).toArray().isEmpty());
        // Each of (a)-(d) on its own is still not enough.
        QVERIFY(dpo().describe(id, {{QStringLiteral("nature"), QStringLiteral("readable export")}}, &error));
        QVERIFY(!dpo().notify(id, QStringLiteral("authority"), {}, {}, {}, &notice, &error));
        QVERIFY(!error.contains(QLatin1String("the nature of the breach")));
        describeFully(id);
        QVERIFY(get(id).value(QLatin1String("missing_authority")).toArray().isEmpty());
        // The people are told only when the risk is high.
        QVERIFY(!dpo().notify(id, QStringLiteral("subjects"), {}, {}, {}, &notice, &error));
        QVERIFY2(dpo().notify(id, QStringLiteral("authority"), QStringLiteral("LDA-2026-17"), QStringLiteral("first"),
                              {}, &notice, &error),
                 qPrintable(error));
        QCOMPARE(notice.value(QLatin1String("phase")).toInt(), 1);
        QCOMPARE(notice.value(QLatin1String("late")).toBool(), false);
        QCOMPARE(notice.value(QLatin1String("content")).toObject().value(QLatin1String("records_approx")).toInt(), 240);
        QVERIFY(
            dpo().notify(id, QStringLiteral("authority"), {}, QStringLiteral("root cause added"), {}, &notice, &error));
        QCOMPARE(notice.value(QLatin1String("phase")).toInt(), 2);
        QCOMPARE(get(id).value(QLatin1String("authority_state")).toString(), QStringLiteral("notified"));
        // Bad numbers are refused.
        QVERIFY(!dpo().describe(id, {{QStringLiteral("subjects_approx"), -3}}, &error));
        QVERIFY(!dpo().describe(id, {{QStringLiteral("salary"), QStringLiteral("x")}}, &error));
    }

    void lateNoticeNeedsReasons()
    {
        const qint64 id = openIncident(QDateTime::currentDateTimeUtc().addDays(-4));
        QString error;
        QJsonObject notice;
        QVERIFY(dpo().triage(id, QStringLiteral("risk"), QStringLiteral("names and e-mails exposed"), {}, {}, &error));
        describeFully(id);
        QVERIFY(!dpo().notify(id, QStringLiteral("authority"), {}, {}, {}, &notice, &error));
        QVERIFY2(error.contains(QLatin1String("reasons for the delay")), qPrintable(error));
        QVERIFY2(dpo().notify(id, QStringLiteral("authority"), {}, {},
                              QStringLiteral("the processor told us only on day four"), &notice, &error),
                 qPrintable(error));
        QVERIFY(notice.value(QLatin1String("late")).toBool());
        // A later phase adds information; the delay was explained with the first.
        QVERIFY2(dpo().notify(id, QStringLiteral("authority"), {}, QStringLiteral("phase two"), {}, &notice, &error),
                 qPrintable(error));
        QVERIFY(!notice.value(QLatin1String("late")).toBool());
    }

    void closingNeedsMandatoryItemsAndNotices()
    {
        const qint64 id = openIncident(QDateTime::currentDateTimeUtc().addSecs(-600));
        QString error;
        QVERIFY(!dpo().close(id, QStringLiteral("all handled well"), &error));
        QVERIFY2(error.contains(QLatin1String("assess the risk")), qPrintable(error));
        QVERIFY(dpo().triage(id, QStringLiteral("high_risk"), QStringLiteral("payment data exposed"), {}, {}, &error));
        for (const QString& section :
             {QStringLiteral("containment"), QStringLiteral("assessment"), QStringLiteral("documentation"),
              QStringLiteral("lessons"), QStringLiteral("authority")})
            tickAll(id, section);
        QVERIFY(!dpo().close(id, QStringLiteral("all handled well"), &error));
        QVERIFY2(error.contains(QLatin1String("mandatory checklist items")), qPrintable(error));
        QVERIFY2(error.contains(QLatin1String("Identify the people to tell")), qPrintable(error));
        tickAll(id, QStringLiteral("subjects"));
        QVERIFY(!dpo().close(id, QStringLiteral("all handled well"), &error));
        QVERIFY2(error.contains(QLatin1String("notice to the authority")), qPrintable(error));
        describeFully(id);
        QJsonObject notice;
        QVERIFY(dpo().notify(id, QStringLiteral("authority"), {}, {}, {}, &notice, &error));
        QVERIFY(!dpo().close(id, QStringLiteral("all handled well"), &error));
        QVERIFY2(error.contains(QLatin1String("notice to the people concerned")), qPrintable(error));
        QVERIFY(dpo().notify(id, QStringLiteral("subjects"), {}, {}, {}, &notice, &error));
        QVERIFY(!dpo().close(id, QStringLiteral("ok"), &error));
        QVERIFY2(dpo().close(id, QStringLiteral("all handled well"), &error), qPrintable(error));
        QCOMPARE(get(id).value(QLatin1String("status")).toString(), QStringLiteral("closed"));
        // Closed means closed.
        QVERIFY(!dpo().describe(id, {{QStringLiteral("measures"), QStringLiteral("more")}}, &error));
        QVERIFY2(error.contains(QLatin1String("closed")), qPrintable(error));

        // Optional items may stay open; an unticked mandatory one blocks again.
        const qint64 other = openIncident(QDateTime::currentDateTimeUtc().addSecs(-60));
        QVERIFY(dpo().triage(other, QStringLiteral("none"), QStringLiteral("only test accounts concerned"), {}, {},
                             &error));
        for (const QJsonValue& value : get(other).value(QLatin1String("items")).toArray())
            if (value.toObject().value(QLatin1String("required")).toBool())
                QVERIFY(dpo().tick(value.toObject().value(QLatin1String("id")).toInteger(), true, {}, &error));
        QVERIFY2(dpo().close(other, QStringLiteral("not notifiable: test accounts only"), &error), qPrintable(error));
    }

    void timelineAndAccessLogRecordEveryChange()
    {
        const qint64 id = openIncident(QDateTime::currentDateTimeUtc().addSecs(-600));
        QString error;
        QVERIFY(dpo().triage(id, QStringLiteral("risk"), QStringLiteral("names and e-mails exposed"), {}, {}, &error));
        tickAll(id, QStringLiteral("containment"));
        QStringList events;
        for (const QJsonValue& v : get(id).value(QLatin1String("events")).toArray())
            events << v.toObject().value(QLatin1String("event")).toString();
        QCOMPARE(events.mid(0, 3),
                 (QStringList{QStringLiteral("open"), QStringLiteral("triage"), QStringLiteral("tick")}));
        const auto owner = TestDatabase::connectSuperuser(m_db);
        QSqlQuery q(owner->database());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM privacy.access_log WHERE action LIKE 'incident.%' "
                                      "AND (details::jsonb->>'incident_id')::bigint = %1")
                           .arg(id)) &&
                q.next());
        QCOMPARE(q.value(0).toInt(), events.size());
        AuditVerifier verifier;
        QVERIFY2(verifier.verify(m_dpoConnection->database(), &error), qPrintable(error));
        QVERIFY2(verifier.result().intact, qPrintable(verifier.result().message));
    }

    void finderMatchesBruteForce_data()
    {
        QTest::addColumn<QJsonObject>("criteria");
        const auto owner = TestDatabase::connectSuperuser(m_db);
        QSqlQuery q(owner->database());
        QVERIFY(q.exec(QStringLiteral("SELECT min(at), max(at) FROM platform.login_events")) && q.next());
        const QDateTime first = q.value(0).toDateTime();
        const QDateTime last = q.value(1).toDateTime();
        const qint64 span = first.secsTo(last);
        const QString from = first.addSecs(span / 3).toUTC().toString(Qt::ISODateWithMs);
        const QString to = first.addSecs(2 * span / 3).toUTC().toString(Qt::ISODateWithMs);
        QVERIFY(q.exec(QStringLiteral("SELECT id FROM platform.courses ORDER BY id LIMIT 1")) && q.next());
        const int course = q.value(0).toInt();
        QTest::newRow("window + IPv4 range") << QJsonObject{{QStringLiteral("from"), from},
                                                            {QStringLiteral("to"), to},
                                                            {QStringLiteral("network"), QStringLiteral("64.0.0.0/2")}};
        QTest::newRow("IPv6 range") << QJsonObject{{QStringLiteral("network"), QStringLiteral("2a00::/12")}};
        QTest::newRow("window") << QJsonObject{{QStringLiteral("from"), from}, {QStringLiteral("to"), to}};
        QTest::newRow("course") << QJsonObject{{QStringLiteral("course_id"), course}};
        QTest::newRow("payment") << QJsonObject{{QStringLiteral("payment"), true}};
        QTest::newRow("processor") << QJsonObject{{QStringLiteral("processor_id"), 3}};
        QTest::newRow("all together") << QJsonObject{{QStringLiteral("from"), from},
                                                     {QStringLiteral("network"), QStringLiteral("0.0.0.0/1")},
                                                     {QStringLiteral("payment"), true},
                                                     {QStringLiteral("processor_id"), 1}};
    }

    void finderMatchesBruteForce()
    {
        QFETCH(QJsonObject, criteria);
        // Every row read once, every criterion checked here in C++.
        const auto owner = TestDatabase::connectSuperuser(m_db);
        QSqlQuery q(owner->database());
        std::set<qint64> users;
        QVERIFY(q.exec(QStringLiteral("SELECT id FROM platform.users WHERE status <> 'erased'")));
        while (q.next())
            users.insert(q.value(0).toLongLong());
        const auto keep = [&](const std::set<qint64>& matching) {
            std::set<qint64> both;
            for (qint64 id : users)
                if (matching.count(id))
                    both.insert(id);
            users = both;
        };
        const QDateTime from =
            QDateTime::fromString(criteria.value(QLatin1String("from")).toString(), Qt::ISODateWithMs);
        const QDateTime to = QDateTime::fromString(criteria.value(QLatin1String("to")).toString(), Qt::ISODateWithMs);
        const auto network = QHostAddress::parseSubnet(criteria.value(QLatin1String("network")).toString());
        if (from.isValid() || to.isValid() || criteria.contains(QLatin1String("network"))) {
            std::set<qint64> signedIn;
            QVERIFY(q.exec(QStringLiteral("SELECT user_id, at, host(ip) FROM platform.login_events")));
            while (q.next()) {
                const QDateTime at = q.value(1).toDateTime();
                if ((from.isValid() && at < from) || (to.isValid() && at >= to))
                    continue;
                if (criteria.contains(QLatin1String("network")) &&
                    !QHostAddress(q.value(2).toString()).isInSubnet(network))
                    continue;
                signedIn.insert(q.value(0).toLongLong());
            }
            keep(signedIn);
        }
        const auto byTable = [&](const QString& sql) {
            std::set<qint64> ids;
            QVERIFY2(q.exec(sql), qPrintable(q.lastError().text()));
            while (q.next())
                ids.insert(q.value(0).toLongLong());
            keep(ids);
        };
        if (criteria.contains(QLatin1String("course_id")))
            byTable(QStringLiteral("SELECT user_id FROM platform.enrollments WHERE course_id = %1")
                        .arg(criteria.value(QLatin1String("course_id")).toInt()));
        if (criteria.value(QLatin1String("payment")).toBool())
            byTable(QStringLiteral("SELECT user_id FROM platform.payment_references"));
        if (criteria.contains(QLatin1String("processor_id")))
            byTable(QStringLiteral("SELECT user_id FROM platform.processor_links WHERE processor_id = %1")
                        .arg(criteria.value(QLatin1String("processor_id")).toInt()));

        QJsonObject result;
        QString error;
        QVERIFY2(dpo().find(criteria, &result, &error), qPrintable(error));
        QCOMPARE(result.value(QLatin1String("people")).toInteger(), qint64(users.size()));
        QVERIFY2(users.size() > 0, "the criteria should select somebody in the seeded data");
        const QJsonObject categories = result.value(QLatin1String("categories")).toObject();
        QCOMPARE(categories.value(QLatin1String("account")).toInteger(), qint64(users.size()));
        if (criteria.value(QLatin1String("payment")).toBool())
            QCOMPARE(categories.value(QLatin1String("payment")).toInteger(), qint64(users.size()));
    }

    void finderEstimatesCategoriesFromAnEvenSample()
    {
        // The sample size is a setting; at 40 the 300 seeded learners are sampled.
        const QJsonObject criteria{{QStringLiteral("network"), QStringLiteral("0.0.0.0/0")}};
        QJsonObject exact;
        QString error;
        QVERIFY2(dpo().find(criteria, &exact, &error), qPrintable(error));
        QVERIFY(!exact.value(QLatin1String("categories_estimated")).toBool());
        QVERIFY(TestDatabase::exec(m_db, QStringLiteral("UPDATE privacy.settings SET value = '40' "
                                                        "WHERE key = 'finder_sample'")));
        QJsonObject estimated;
        QVERIFY2(dpo().find(criteria, &estimated, &error), qPrintable(error));
        QVERIFY(TestDatabase::exec(m_db, QStringLiteral("UPDATE privacy.settings SET value = '5000' "
                                                        "WHERE key = 'finder_sample'")));
        QVERIFY(estimated.value(QLatin1String("categories_estimated")).toBool());
        const qint64 people = exact.value(QLatin1String("people")).toInteger();
        QVERIFY(people > 40);
        QCOMPARE(estimated.value(QLatin1String("people")).toInteger(), people); // the count stays exact
        const QJsonObject e = estimated.value(QLatin1String("categories")).toObject();
        const QJsonObject x = exact.value(QLatin1String("categories")).toObject();
        QCOMPARE(e.value(QLatin1String("account")).toInteger(), people); // everyone has an account
        for (auto it = x.begin(); it != x.end(); ++it) {
            // Within a third of the people: a sample of 40 says roughly, not exactly.
            const qint64 diff = qAbs(e.value(it.key()).toInteger() - it.value().toInteger());
            QVERIFY2(diff <= people / 3, qPrintable(it.key()));
        }
    }

    void finderRefusesNonsense()
    {
        QJsonObject result;
        QString error;
        QVERIFY(!dpo().find({}, &result, &error));
        QVERIFY2(error.contains(QLatin1String("at least one criterion")), qPrintable(error));
        QVERIFY(!dpo().find({{QStringLiteral("network"), QStringLiteral("10.0.0.0/33")}}, &result, &error));
        QVERIFY2(error.contains(QLatin1String("CIDR")), qPrintable(error));
        QVERIFY(!dpo().find({{QStringLiteral("network"), QStringLiteral("'; DROP TABLE platform.users; --")}}, &result,
                            &error));
        QVERIFY(!dpo().find({{QStringLiteral("from"), QStringLiteral("2026-05-01T00:00:00Z")},
                             {QStringLiteral("to"), QStringLiteral("2026-04-01T00:00:00Z")}},
                            &result, &error));
        QVERIFY(!dpo().find({{QStringLiteral("everyone"), true}}, &result, &error));
    }

    void attachedFindingAndTheListOnlyForTheDpo()
    {
        const qint64 id = openIncident(QDateTime::currentDateTimeUtc().addSecs(-600));
        const QJsonObject criteria{{QStringLiteral("processor_id"), 2}};
        QJsonObject finding;
        QString error;
        QVERIFY2(IncidentStore(m_adminConnection->database()).attachFinding(id, criteria, &finding, &error),
                 qPrintable(error));
        const qint64 people = finding.value(QLatin1String("people")).toInteger();
        QVERIFY(people > 0);
        QCOMPARE(get(id).value(QLatin1String("findings")).toArray().size(), 1);
        QList<AffectedPerson> list;
        QVERIFY(!IncidentStore(m_adminConnection->database())
                     .affected(finding.value(QLatin1String("id")).toInteger(), &list, &error));
        QVERIFY2(dpo().affected(finding.value(QLatin1String("id")).toInteger(), &list, &error), qPrintable(error));
        QCOMPARE(qint64(list.size()), people);
        QVERIFY(list.first().email.contains(QLatin1Char('@')));
        QVERIFY2(list.first().name.contains(QLatin1Char(' ')), qPrintable(list.first().name)); // first and last
        QVERIFY(!list.first().language.isEmpty());
        const auto owner = TestDatabase::connectSuperuser(m_db);
        QSqlQuery q(owner->database());
        QVERIFY(q.exec(QStringLiteral("SELECT details::jsonb->>'people' FROM privacy.access_log "
                                      "WHERE action = 'incident.affected_export' ORDER BY id DESC LIMIT 1")) &&
                q.next());
        QCOMPARE(q.value(0).toLongLong(), people);
    }

    void onlyDpoAndAdminHandleIncidents()
    {
        const auto support = TestDatabase::connectAs(m_db, m_support);
        IncidentStore supportStore(support->database());
        QList<IncidentSummary> incidents;
        QJsonObject result;
        QString error;
        QVERIFY(!supportStore.list(&incidents, &error));
        QVERIFY(!supportStore.open({QStringLiteral("Not mine"), {}, {}, {}, {}}, m_checklist, &result, &error));
        QVERIFY(!supportStore.find({{QStringLiteral("payment"), true}}, &result, &error));
        QList<QJsonObject> entries;
        QVERIFY(!supportStore.breachRegister(&entries, &error));
        // A login outside the fx_ roles reaches nothing at all.
        QVERIFY(TestDatabase::exec(
            m_db,
            QStringLiteral("CREATE ROLE %1_nobody LOGIN PASSWORD '%2'").arg(m_db, TestDatabase::staffPassword())));
        const auto nobody = TestDatabase::connectAs(m_db, m_db + QStringLiteral("_nobody"));
        QVERIFY(!IncidentStore(nobody->database()).list(&incidents, &error));
        // Admin and DPO both see the list and the register; the admin may open.
        IncidentStore admin(m_adminConnection->database());
        QVERIFY2(admin.open({QStringLiteral("Admin opened"), {}, {}, {}, {}}, m_checklist, &result, &error),
                 qPrintable(error));
        QVERIFY(admin.list(&incidents, &error));
        QVERIFY(dpo().breachRegister(&entries, &error));
        QCOMPARE(entries.size(), incidents.size());
        // No table is reachable directly.
        QSqlQuery q(m_adminConnection->database());
        QVERIFY(!q.exec(QStringLiteral("SELECT * FROM privacy.incidents")));
        QVERIFY(!q.exec(QStringLiteral("UPDATE privacy.incidents SET authority_deadline = now() + interval '1 year'")));
    }

    void aSecondPersonIsToldToWait()
    {
        const qint64 id = openIncident(QDateTime::currentDateTimeUtc().addSecs(-600));
        const QJsonArray items = get(id).value(QLatin1String("items")).toArray();
        QSqlDatabase first = m_adminConnection->database();
        QVERIFY(first.transaction());
        QString error;
        QVERIFY(
            IncidentStore(first).tick(items.at(0).toObject().value(QLatin1String("id")).toInteger(), true, {}, &error));
        QVERIFY(!dpo().tick(items.at(1).toObject().value(QLatin1String("id")).toInteger(), true, {}, &error));
        QVERIFY2(error.contains(QLatin1String("someone else")), qPrintable(error));
        QVERIFY(first.commit());
        QVERIFY(dpo().tick(items.at(1).toObject().value(QLatin1String("id")).toInteger(), true, {}, &error));
    }

    void draftsHoldEveryRequiredElement_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << QStringLiteral("en");
        QTest::newRow("de") << QStringLiteral("de");
    }

    void draftsHoldEveryRequiredElement()
    {
        QFETCH(QString, language);
        const qint64 id = openIncident(QDateTime::currentDateTimeUtc().addSecs(-600));
        QString error;
        QVERIFY(dpo().triage(id, QStringLiteral("high_risk"), QStringLiteral("passwords of learners exposed"), {}, {},
                             &error));
        describeFully(id);
        const QJsonObject incident = get(id);
        const SubjectLanguage t(language);
        QTemporaryDir dir;
        const QString authorityPdf = dir.filePath(QStringLiteral("authority.pdf"));
        QVERIFY2(IncidentDraft::write(Incident::fromJson(incident), IncidentDraft::Kind::Authority, language,
                                      authorityPdf, &error),
                 qPrintable(error));
        const QString authority = PdfText::read(authorityPdf);
        QCOMPARE(PdfText::ligatures(authority), QString());
        // Art. 33(3)(a)-(d), each heading and each value, in the draft's language.
        for (const char* heading : {"(a) Nature of the breach", "(b) Data protection officer or other contact point",
                                    "(c) Likely consequences", "(d) Measures taken or proposed", "Timeline"})
            QVERIFY2(authority.contains(t.translate("IncidentDraft", heading)), heading);
        for (const char* field : {"subject_categories", "subjects_approx", "record_categories", "records_approx"})
            QVERIFY2(authority.contains(IncidentTexts::field(QString::fromLatin1(field), &t)), field);
        for (const QString& value :
             {QStringLiteral("A course export was publicly readable."), QStringLiteral("names, e-mail addresses"),
              QStringLiteral("privacy@fluxariont.example"), QStringLiteral("phishing e-mails"),
              QStringLiteral("access removed, links rotated"), QStringLiteral("120"), QStringLiteral("240"),
              QStringLiteral("passwords of learners exposed")})
            QVERIFY2(authority.contains(value), qPrintable(value));
        QVERIFY(!authority.contains(QLatin1String("[")));
        if (language == QLatin1String("de")) {
            QVERIFY(authority.contains(QLatin1String("Art der Verletzung")));
            QVERIFY(authority.contains(QLatin1String("Meldung")));
        }

        const QString subjectsPdf = dir.filePath(QStringLiteral("subjects.pdf"));
        QVERIFY(IncidentDraft::write(Incident::fromJson(incident), IncidentDraft::Kind::Subjects, language, subjectsPdf,
                                     &error));
        const QString subjects = PdfText::read(subjectsPdf);
        QCOMPARE(PdfText::ligatures(subjects), QString());
        for (const char* heading :
             {"What happened", "What this may mean for you", "What we have done", "What you can do", "Contact"})
            QVERIFY2(subjects.contains(t.translate("IncidentDraft", heading)), heading);
        for (const QString& value :
             {QStringLiteral("A course export was publicly readable."), QStringLiteral("phishing e-mails"),
              QStringLiteral("access removed, links rotated"), QStringLiteral("privacy@fluxariont.example")})
            QVERIFY2(subjects.contains(value), qPrintable(value));
        if (language == QLatin1String("de"))
            QVERIFY(subjects.contains(QLatin1String("Was ist passiert")));

        // What is missing is marked, not silently left out.
        const qint64 bare = openIncident(QDateTime::currentDateTimeUtc().addSecs(-60));
        const QString text =
            IncidentDraft::text(Incident::fromJson(get(bare)), IncidentDraft::Kind::Authority, language);
        QVERIFY(text.contains(t.translate("IncidentDraft", "[missing: to be completed]")));
    }
};

QTEST_MAIN(TestIncidents)
#include "tst_incidents.moc"
