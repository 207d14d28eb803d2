// SPDX-License-Identifier: GPL-3.0-or-later
// An incident as the console reads it: after the steps the incident tabs take (open, tick,
// triage, describe, notice), Incident::fromJson of what incident_get returns fills every field the
// widgets, the drafts and fxctl show, and the store's typed calls give the same.
#include "TestDatabase.h"

#include "incidents/ChecklistTemplate.h"
#include "incidents/Incident.h"
#include "incidents/IncidentStore.h"

#include <QJsonObject>
#include <QTest>

#include <memory>

class TestIncidentRecord : public QObject
{
    Q_OBJECT
private:
    QString m_db;
    QString m_dpo;
    std::unique_ptr<DatabaseConnection> m_connection;
    QList<ChecklistItem> m_checklist;

    IncidentStore store() { return IncidentStore(m_connection->database()); }

    static qint64 openMandatory(const Incident& incident)
    {
        qint64 open = 0;
        for (const Incident::Item& item : incident.items)
            if (item.required && !item.isDone())
                ++open;
        return open;
    }

    // The items are the template's, in its order.
    void compareWithTemplate(const Incident& incident)
    {
        QCOMPARE(incident.items.size(), m_checklist.size());
        for (int i = 0; i < m_checklist.size(); ++i) {
            const Incident::Item& item = incident.items.at(i);
            const ChecklistItem& origin = m_checklist.at(i);
            QVERIFY(item.id > 0);
            QCOMPARE(item.section, origin.section);
            QCOMPARE(item.applies, origin.applies);
            QCOMPARE(item.key, origin.key);
            QCOMPARE(item.titleEn, origin.titleEn);
            QCOMPARE(item.titleDe, origin.titleDe);
            QCOMPARE(item.guidanceEn, origin.guidanceEn);
            QCOMPARE(item.guidanceDe, origin.guidanceDe);
            QCOMPARE(item.mandatory, origin.mandatory);
            QCOMPARE(item.required, item.mandatory && item.inEffect);
        }
    }

private slots:
    void initTestCase()
    {
        m_db = TestDatabase::createDatabase();
        m_dpo = TestDatabase::createStaff(m_db, QStringLiteral("dpo"));
        m_connection = TestDatabase::connectAs(m_db, m_dpo);
        QString error;
        QVERIFY2(ChecklistTemplate::loadBuiltIn(&m_checklist, &error), qPrintable(error));
        QVERIFY(m_checklist.size() > 1);
    }

    void everyFieldTheTabsShowIsRead()
    {
        using Field = Incident::Content::Field;
        const QDateTime aware = QDateTime::currentDateTimeUtc().addSecs(-2 * 3600);
        const QDateTime detected = aware.addSecs(-1800);
        const QString title = QStringLiteral("Course export left readable");
        QString error;

        // Opened: the incident alone, its clock running.
        Incident opened;
        QVERIFY2(
            store().open({title, QStringLiteral("found by monitoring"), QStringLiteral("operations"), detected, aware},
                         m_checklist, &opened, &error),
            qPrintable(error));
        const qint64 id = opened.id;
        QVERIFY(id > 0);
        QVERIFY(!opened.isNull());
        QCOMPARE(opened.title, title);
        QCOMPARE(opened.status, QStringLiteral("open"));
        QVERIFY(opened.isOpen());
        QCOMPARE(opened.awareAt, aware);
        QCOMPARE(opened.detectedAt, detected);
        QCOMPARE(opened.authorityDeadline, aware.addSecs(72 * 3600));
        QCOMPARE(opened.authorityState, QStringLiteral("undecided"));
        QVERIFY(opened.risk.isEmpty());
        QVERIFY(opened.requiredNotices.isEmpty());
        QVERIFY(opened.items.isEmpty());
        QVERIFY(opened.openMandatory > 0);
        QVERIFY(opened.serverNow.isValid());
        QCOMPARE(opened.raw.value(QLatin1String("id")).toInteger(), id);

        // Read back before the triage: only the sections that always apply are in effect.
        Incident fresh;
        QVERIFY2(store().get(id, &fresh, &error), qPrintable(error));
        compareWithTemplate(fresh);
        if (QTest::currentTestFailed())
            return;
        for (const Incident::Item& item : fresh.items) {
            QCOMPARE(item.inEffect, item.applies == QLatin1String("always"));
            QVERIFY(!item.isDone());
            QVERIFY(item.doneBy.isEmpty());
            QVERIFY(item.note.isEmpty());
        }
        QCOMPARE(fresh.openMandatory, openMandatory(fresh));
        QCOMPARE(fresh.missingAuthority,
                 QStringList({QStringLiteral("nature"), QStringLiteral("subject_categories"),
                              QStringLiteral("subjects_approx"), QStringLiteral("record_categories"),
                              QStringLiteral("records_approx"), QStringLiteral("consequences"),
                              QStringLiteral("measures")}));
        QCOMPARE(fresh.missingSubjects,
                 QStringList({QStringLiteral("nature"), QStringLiteral("consequences"), QStringLiteral("measures")}));
        QVERIFY(!fresh.content.dpoContact.isEmpty()); // the organisation's, from the settings
        QVERIFY(!fresh.content.subjectsApprox);
        QCOMPARE(fresh.content.text(Field::SubjectsApprox), QString());

        // Tick the first item with a note, as the checklist tab does: the change, then the incident.
        const Incident::Item first = fresh.items.first();
        const QString tickNote = QStringLiteral("evidence in the ticket");
        Incident ticked;
        QVERIFY2(
            store().changeAndGet(
                id, [&](IncidentStore& s, QString* e) { return s.tick(first.id, true, tickNote, e); }, &ticked, &error),
            qPrintable(error));
        QCOMPARE(ticked.id, id);
        QVERIFY(ticked.items.first().isDone());
        QCOMPARE(ticked.items.first().doneBy, m_dpo);
        QCOMPARE(ticked.items.first().note, tickNote);
        QCOMPARE(ticked.openMandatory, openMandatory(ticked));

        // High risk under Art. 34(3)(c): the authority and a public communication.
        const QString reasoning = QStringLiteral("names and e-mail addresses of learners");
        const QString exceptionReasoning = QStringLiteral("telling each of thousands would take months");
        QVERIFY2(
            store().triage(id, QStringLiteral("high_risk"), reasoning, QStringLiteral("c"), exceptionReasoning, &error),
            qPrintable(error));

        Incident::Content content;
        content.nature = QStringLiteral("A course export was publicly readable.");
        content.subjectCategories = QStringLiteral("learners");
        content.subjectsApprox = 120;
        content.recordCategories = QStringLiteral("names, e-mail addresses");
        content.recordsApprox = 240;
        content.dpoContact = QStringLiteral("privacy@fluxariont.example");
        content.consequences = QStringLiteral("phishing e-mails");
        content.measures = QStringLiteral("access removed, links rotated");
        QVERIFY(Incident::Content::fromJson(content.toJson()) == content);
        QVERIFY2(store().describe(id, content, &error), qPrintable(error));

        Incident::Notice notice;
        QVERIFY2(store().notify(id, QStringLiteral("authority"), QStringLiteral("LDA-2026-17"),
                                QStringLiteral("first phase"), {}, &notice, &error),
                 qPrintable(error));
        QVERIFY(notice.id > 0);
        QCOMPARE(notice.kind, QStringLiteral("authority"));
        QCOMPARE(notice.phase, qint64(1));

        // A change refused (the people are not told one by one under (c)): the incident is read
        // all the same, and the reason kept.
        Incident afterRefusal;
        QString refusal;
        QVERIFY(!store().changeAndGet(
            id,
            [id](IncidentStore& s, QString* e) {
                Incident::Notice n;
                return s.notify(id, QStringLiteral("subjects"), {}, {}, {}, &n, e);
            },
            &afterRefusal, &refusal));
        QVERIFY(!refusal.isEmpty());
        QCOMPARE(afterRefusal.id, id);
        QCOMPARE(afterRefusal.notices.size(), qsizetype(1));

        // What incident_get returns, read once.
        QJsonObject json;
        QVERIFY2(store().get(id, &json, &error), qPrintable(error));
        const Incident incident = Incident::fromJson(json);
        QCOMPARE(incident.raw, json);

        QCOMPARE(incident.id, id);
        QCOMPARE(incident.title, title);
        QVERIFY(incident.isOpen());
        QCOMPARE(incident.detectedAt, detected);
        QCOMPARE(incident.awareAt, aware);
        QCOMPARE(incident.authorityDeadline, aware.addSecs(72 * 3600));
        QCOMPARE(incident.risk, QStringLiteral("high_risk"));
        QCOMPARE(incident.riskReasoning, reasoning);
        QCOMPARE(incident.subjectException, QStringLiteral("c"));
        QCOMPARE(incident.exceptionReasoning, exceptionReasoning);
        QVERIFY(incident.content == content);
        QCOMPARE(incident.content.text(Field::SubjectsApprox), QStringLiteral("120"));
        QCOMPARE(incident.content.text(Field::RecordsApprox), QStringLiteral("240"));
        QCOMPARE(incident.content.text(Field::Nature), content.nature);

        // The clock, by the server's time.
        QVERIFY(incident.serverNow.isValid());
        QVERIFY(qAbs(incident.serverNow.secsTo(QDateTime::currentDateTimeUtc())) < 300);
        QVERIFY2(qAbs(incident.secondsLeft - incident.serverNow.secsTo(incident.authorityDeadline)) <= 1,
                 qPrintable(QString::number(incident.secondsLeft)));
        QVERIFY(incident.secondsLeft > 69 * 3600 && incident.secondsLeft <= 70 * 3600);
        QCOMPARE(incident.authorityState, QStringLiteral("notified"));
        QCOMPARE(incident.requiredNotices, QStringList({QStringLiteral("authority"), QStringLiteral("public")}));
        QVERIFY(incident.missingAuthority.isEmpty());
        QVERIFY(incident.missingSubjects.isEmpty());

        // The checklist: every section applies now; the ticked item says by whom, when, and why.
        compareWithTemplate(incident);
        if (QTest::currentTestFailed())
            return;
        for (const Incident::Item& item : incident.items) {
            QVERIFY(item.inEffect);
            QCOMPARE(item.required, item.mandatory);
            if (item.id == first.id)
                continue;
            QVERIFY(!item.isDone());
            QVERIFY(item.doneBy.isEmpty());
        }
        const Incident::Item& done = incident.items.first();
        QCOMPARE(done.id, first.id);
        QVERIFY(done.isDone());
        QVERIFY(done.doneAt <= incident.serverNow);
        QCOMPARE(done.doneBy, m_dpo);
        QCOMPARE(done.note, tickNote);
        QCOMPARE(incident.openMandatory, openMandatory(incident));
        QVERIFY(incident.openMandatory > 0);

        // The notice as recorded.
        QCOMPARE(incident.notices.size(), qsizetype(1));
        const Incident::Notice& sent = incident.notices.first();
        QCOMPARE(sent.id, notice.id);
        QCOMPARE(sent.kind, QStringLiteral("authority"));
        QCOMPARE(sent.phase, qint64(1));
        QVERIFY(sent.sentAt.isValid());
        QCOMPARE(sent.sentAt, notice.sentAt);
        QCOMPARE(sent.sentBy, m_dpo);
        QCOMPARE(sent.reference, QStringLiteral("LDA-2026-17"));
        QCOMPARE(sent.note, QStringLiteral("first phase"));
        QVERIFY(!sent.late);
        QVERIFY(sent.delayReasons.isEmpty());

        QVERIFY(incident.findings.isEmpty());

        // The timeline, each step by its details.
        QStringList codes;
        for (const Incident::Event& event : incident.events) {
            codes << event.event;
            QCOMPARE(event.staff, m_dpo);
            QVERIFY(event.at.isValid());
        }
        QCOMPARE(codes, QStringList({QStringLiteral("open"), QStringLiteral("tick"), QStringLiteral("triage"),
                                     QStringLiteral("describe"), QStringLiteral("notify")}));
        for (int i = 1; i < incident.events.size(); ++i)
            QVERIFY(incident.events.at(i - 1).at <= incident.events.at(i).at);
        const Incident::Event& tick = incident.events.at(1);
        QCOMPARE(tick.item, first.section + QLatin1Char('.') + first.key);
        QCOMPARE(tick.note, tickNote);
        const Incident::Event& triage = incident.events.at(2);
        QCOMPARE(triage.risk, QStringLiteral("high_risk"));
        QCOMPARE(triage.note, reasoning);
        const Incident::Event& notify = incident.events.at(4);
        QCOMPARE(notify.kind, QStringLiteral("authority"));
        QCOMPARE(notify.phase, qint64(1));
        QCOMPARE(notify.note, QStringLiteral("first phase"));

        // The store's typed read is the same incident.
        Incident typed;
        QVERIFY2(store().get(id, &typed, &error), qPrintable(error));
        QCOMPARE(typed.id, id);
        QCOMPARE(typed.items.size(), incident.items.size());
        QCOMPARE(typed.events.size(), incident.events.size());
        QVERIFY(typed.content == incident.content);
    }
};

QTEST_GUILESS_MAIN(TestIncidentRecord)
#include "tst_incidentrecord.moc"
