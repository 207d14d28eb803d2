// SPDX-License-Identifier: GPL-3.0-or-later
// The finder's records as read from the server: counts against a count of our own, the choices
// against the tables, and attached findings as the incident holds them.
#include "TestDatabase.h"

#include "db/PrivacyCall.h"
#include "incidents/ChecklistTemplate.h"
#include "incidents/FinderRecords.h"
#include "incidents/IncidentStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QTimeZone>

Q_DECLARE_METATYPE(FinderCriteria)

class TestFinderRecords : public QObject
{
    Q_OBJECT
private:
    QString m_db;
    QString m_dpo;
    std::unique_ptr<DatabaseConnection> m_dpoConnection;
    QList<ChecklistItem> m_checklist;

    IncidentStore dpo() { return IncidentStore(m_dpoConnection->database()); }

    // One number, counted as superuser; the arguments are bound in order.
    qint64 scalar(const QString& sql, const QVariantList& args = {})
    {
        const auto owner = TestDatabase::connectSuperuser(m_db);
        QSqlQuery q(owner->database());
        q.prepare(sql);
        for (const QVariant& arg : args)
            q.addBindValue(arg);
        if (!q.exec() || !q.next())
            qFatal("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
        return q.value(0).toLongLong();
    }

    // The people a condition on platform.users u selects, as the finder counts them.
    qint64 people(const QString& condition, const QVariantList& args = {})
    {
        return scalar(
            QStringLiteral("SELECT count(*) FROM platform.users u WHERE u.status <> 'erased' AND (%1)").arg(condition),
            args);
    }

    qint64 openIncident()
    {
        const QDateTime aware = QDateTime::currentDateTimeUtc().addSecs(-600);
        const QString items =
            QString::fromUtf8(QJsonDocument(ChecklistTemplate::toJson(m_checklist)).toJson(QJsonDocument::Compact));
        QJsonObject incident;
        QString error;
        if (!PrivacyCall::json(m_dpoConnection->database(), QStringLiteral("incident_open"),
                               {QStringLiteral("Course export left readable"), QStringLiteral("found by monitoring"),
                                aware.addSecs(-3600).toString(Qt::ISODateWithMs), aware.toString(Qt::ISODateWithMs),
                                QStringLiteral("operations"), items},
                               &incident, &error))
            qFatal("%s", qPrintable(error));
        return FinderIncident::fromJson(incident).id;
    }

    FinderIncident get(qint64 id)
    {
        QJsonObject incident;
        QString error;
        if (!PrivacyCall::json(m_dpoConnection->database(), QStringLiteral("incident_get"), {id}, &incident, &error))
            qFatal("%s", qPrintable(error));
        return FinderIncident::fromJson(incident);
    }

    static qint64 category(const FinderCount& count, const QString& name)
    {
        for (const FinderCategoryCount& c : count.categories)
            if (c.category == name)
                return c.people;
        return -1;
    }

private slots:
    void initTestCase()
    {
        m_db = TestDatabase::createSeededDatabase(300);
        m_dpo = TestDatabase::createStaff(m_db, QStringLiteral("dpo"));
        m_dpoConnection = TestDatabase::connectAs(m_db, m_dpo);
        QString error;
        QVERIFY2(ChecklistTemplate::loadBuiltIn(&m_checklist, &error), qPrintable(error));
    }

    void criteriaCarryOnlyWhatIsGiven()
    {
        QCOMPARE(FinderCriteria().toJson(), QJsonObject());
        FinderCriteria all;
        all.from = QDateTime(QDate(2026, 3, 28), QTime(10, 0, 0, 250), QTimeZone(3600));
        all.to = QDateTime(QDate(2026, 3, 29), QTime(10, 0), QTimeZone::utc());
        all.network = QStringLiteral("203.0.113.0/24");
        all.courseId = 7;
        all.payment = true;
        all.processorId = 2;
        const QJsonObject json = all.toJson();
        QStringList keys = json.keys();
        keys.sort();
        QCOMPARE(keys, (QStringList{QStringLiteral("course_id"), QStringLiteral("from"), QStringLiteral("network"),
                                    QStringLiteral("payment"), QStringLiteral("processor_id"), QStringLiteral("to")}));
        QCOMPARE(json.value(QLatin1String("from")).toString(), QStringLiteral("2026-03-28T09:00:00.250Z"));
        QCOMPARE(json.value(QLatin1String("course_id")).toInteger(), qint64(7));
        const FinderCriteria back = FinderCriteria::fromJson(json);
        QCOMPARE(back.from, all.from);
        QCOMPARE(back.to, all.to);
        QCOMPARE(back.network, all.network);
        QCOMPARE(back.courseId.value_or(-1), qint64(7));
        QCOMPARE(back.payment, true);
        QCOMPARE(back.processorId.value_or(-1), qint64(2));
        const FinderCriteria none = FinderCriteria::fromJson({});
        QVERIFY(!none.from.isValid() && !none.to.isValid() && none.network.isEmpty());
        QVERIFY(!none.courseId && !none.processorId && !none.payment);
    }

    void choicesAreTheCoursesAndProcessors()
    {
        FinderChoices choices;
        QString error;
        QVERIFY2(dpo().finderChoices(&choices, &error), qPrintable(error));
        QVERIFY(!choices.courses.isEmpty());
        QVERIFY(!choices.processors.isEmpty());
        QCOMPARE(qint64(choices.courses.size()), scalar(QStringLiteral("SELECT count(*) FROM platform.courses")));
        QCOMPARE(qint64(choices.processors.size()), scalar(QStringLiteral("SELECT count(*) FROM privacy.processors")));
        for (const FinderCourse& c : choices.courses) {
            QVERIFY(c.id > 0);
            QVERIFY(!c.title.isEmpty());
            QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM platform.courses WHERE id = ? AND title = ?"),
                            {c.id, c.title}),
                     qint64(1));
        }
        for (const FinderProcessor& p : choices.processors) {
            QVERIFY(p.id > 0);
            QVERIFY(!p.name.isEmpty());
            QCOMPARE(scalar(QStringLiteral(
                                "SELECT count(*) FROM privacy.processors WHERE id = ? AND name = ? AND category = ?"),
                            {p.id, p.name, p.category}),
                     qint64(1));
        }
    }

    void countMatchesOurOwn_data()
    {
        QTest::addColumn<FinderCriteria>("criteria");
        QTest::addColumn<QString>("condition");
        QTest::addColumn<QVariantList>("args");
        const auto owner = TestDatabase::connectSuperuser(m_db);
        QSqlQuery q(owner->database());
        QVERIFY(q.exec(QStringLiteral("SELECT min(at), max(at) FROM platform.login_events")) && q.next());
        const QDateTime first = q.value(0).toDateTime();
        const qint64 span = first.secsTo(q.value(1).toDateTime());
        const QDateTime from = first.addSecs(span / 3);
        const QDateTime to = first.addSecs(2 * span / 3);
        QVERIFY(q.exec(QStringLiteral("SELECT course_id FROM platform.enrollments GROUP BY 1 ORDER BY count(*) DESC, 1 "
                                      "LIMIT 1")) &&
                q.next());
        const qint64 course = q.value(0).toLongLong();
        QVERIFY(q.exec(QStringLiteral("SELECT processor_id FROM platform.processor_links GROUP BY 1 "
                                      "ORDER BY count(*) DESC, 1 LIMIT 1")) &&
                q.next());
        const qint64 processor = q.value(0).toLongLong();

        FinderCriteria window;
        window.from = from;
        window.to = to;
        QTest::newRow("window") << window
                                << QStringLiteral("u.id IN (SELECT user_id FROM platform.login_events "
                                                  "WHERE at >= ?::timestamptz AND at < ?::timestamptz)")
                                << QVariantList{from.toUTC().toString(Qt::ISODateWithMs),
                                                to.toUTC().toString(Qt::ISODateWithMs)};
        FinderCriteria network;
        network.network = QStringLiteral("0.0.0.0/0");
        QTest::newRow("every IPv4 address")
            << network << QStringLiteral("u.id IN (SELECT user_id FROM platform.login_events WHERE family(ip) = 4)")
            << QVariantList{};
        FinderCriteria enrolled;
        enrolled.courseId = course;
        QTest::newRow("course") << enrolled
                                << QStringLiteral("u.id IN (SELECT user_id FROM platform.enrollments "
                                                  "WHERE course_id = ?)")
                                << QVariantList{course};
        FinderCriteria payment;
        payment.payment = true;
        QTest::newRow("payment") << payment
                                 << QStringLiteral("u.id IN (SELECT user_id FROM platform.payment_references)")
                                 << QVariantList{};
        FinderCriteria held;
        held.processorId = processor;
        QTest::newRow("processor") << held
                                   << QStringLiteral("u.id IN (SELECT user_id FROM platform.processor_links "
                                                     "WHERE processor_id = ?)")
                                   << QVariantList{processor};
        FinderCriteria both = payment;
        both.processorId = processor;
        QTest::newRow("payment and processor")
            << both
            << QStringLiteral("u.id IN (SELECT user_id FROM platform.payment_references) AND u.id IN "
                              "(SELECT user_id FROM platform.processor_links WHERE processor_id = ?)")
            << QVariantList{processor};
    }

    void countMatchesOurOwn()
    {
        QFETCH(FinderCriteria, criteria);
        QFETCH(QString, condition);
        QFETCH(QVariantList, args);
        FinderCount count;
        QString error;
        QVERIFY2(dpo().find(criteria, &count, &error), qPrintable(error));
        const qint64 expected = people(condition, args);
        QVERIFY2(expected > 0, "the criteria should select somebody in the seeded data");
        QCOMPARE(count.people, expected);
        QVERIFY(!count.estimated); // 300 people, below the sample size
        QVERIFY(!count.categories.isEmpty());
        QCOMPARE(category(count, QStringLiteral("account")), expected); // everyone has an account
        if (criteria.payment)
            QCOMPARE(category(count, QStringLiteral("payment")), expected);
        for (const FinderCategoryCount& c : count.categories) {
            QVERIFY2(!c.category.isEmpty(), "a category without a name");
            QVERIFY2(c.people > 0 && c.people <= expected, qPrintable(c.category));
        }
    }

    void estimatedCountsSaySo()
    {
        FinderCriteria criteria;
        criteria.network = QStringLiteral("0.0.0.0/0");
        QVERIFY(TestDatabase::exec(m_db, QStringLiteral("UPDATE privacy.settings SET value = '40' "
                                                        "WHERE key = 'finder_sample'")));
        FinderCount count;
        QString error;
        const bool ok = dpo().find(criteria, &count, &error);
        QVERIFY(TestDatabase::exec(m_db, QStringLiteral("UPDATE privacy.settings SET value = '5000' "
                                                        "WHERE key = 'finder_sample'")));
        QVERIFY2(ok, qPrintable(error));
        QVERIFY(count.people > 40);
        QVERIFY(count.estimated);
        QCOMPARE(count.people,
                 people(QStringLiteral("u.id IN (SELECT user_id FROM platform.login_events WHERE family(ip) = 4)")));
    }

    void refusalComesBackAsError()
    {
        FinderCount count;
        QString error;
        QVERIFY(!dpo().find(FinderCriteria(), &count, &error));
        QVERIFY2(error.contains(QLatin1String("at least one criterion")), qPrintable(error));
        FinderCriteria bad;
        bad.network = QStringLiteral("10.0.0.0/33");
        QVERIFY(!dpo().find(bad, &count, &error));
        QVERIFY2(error.contains(QLatin1String("CIDR")), qPrintable(error));
    }

    void attachedFindingsReadBack()
    {
        const qint64 id = openIncident();
        QVERIFY(id > 0);
        QString error;
        FinderCriteria byProcessor;
        byProcessor.processorId = scalar(QStringLiteral("SELECT processor_id FROM platform.processor_links "
                                                        "GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT 1"));
        AttachedFinding first;
        QVERIFY2(dpo().attachFinding(id, byProcessor, &first, &error), qPrintable(error));
        QVERIFY(first.id > 0);
        QCOMPARE(first.people, people(QStringLiteral("u.id IN (SELECT user_id FROM platform.processor_links "
                                                     "WHERE processor_id = ?)"),
                                      {*byProcessor.processorId}));
        QVERIFY(first.people > 0);
        QCOMPARE(first.foundBy, m_dpo);
        QVERIFY(first.foundAt.isValid());
        QVERIFY(qAbs(first.foundAt.secsTo(QDateTime::currentDateTimeUtc())) < 300);
        QCOMPARE(first.criteria.processorId.value_or(-1), *byProcessor.processorId);
        QVERIFY(!first.criteria.courseId && !first.criteria.payment && first.criteria.network.isEmpty());
        QVERIFY(!first.criteria.from.isValid() && !first.criteria.to.isValid());

        FinderCriteria window;
        window.from = QDateTime::currentDateTime().addDays(-3650);
        window.to = QDateTime::currentDateTime().addSecs(60);
        window.network = QStringLiteral("0.0.0.0/0");
        window.payment = true;
        AttachedFinding second;
        QVERIFY2(dpo().attachFinding(id, window, &second, &error), qPrintable(error));
        QVERIFY(second.id > first.id);
        QCOMPARE(second.criteria.from, window.from);
        QCOMPARE(second.criteria.to, window.to);
        QCOMPARE(second.criteria.network, window.network);
        QVERIFY(second.criteria.payment);
        QVERIFY(!second.criteria.processorId);

        const FinderIncident incident = get(id);
        QCOMPARE(incident.id, id);
        QVERIFY(incident.open);
        QCOMPARE(incident.findings.size(), qsizetype(2));
        const AttachedFinding& held = incident.findings.at(0);
        QCOMPARE(held.id, first.id);
        QCOMPARE(held.people, first.people);
        QCOMPARE(held.foundBy, first.foundBy);
        QCOMPARE(held.foundAt, first.foundAt);
        QCOMPARE(held.criteria.processorId.value_or(-1), *byProcessor.processorId);
        QCOMPARE(incident.findings.at(1).id, second.id);
        QCOMPARE(incident.findings.at(1).criteria.from, window.from);
        QCOMPARE(incident.findings.at(1).people, second.people);
    }
};

QTEST_GUILESS_MAIN(TestFinderRecords)
#include "tst_finderrecords.moc"
