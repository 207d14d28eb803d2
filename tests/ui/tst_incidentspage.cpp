// SPDX-License-Identifier: GPL-3.0-or-later
// The Incidents page offscreen, as a DPO: open an incident, tick checklist items in the tree,
// assess the risk, fill in Art. 33(3), count and attach the people concerned, record the notice,
// write a draft and the breach register; an overdue clock is red and says so; the support role
// is not offered the page.
#include "FocusChain.h"
#include "Screenshots.h"
#include "TestDatabase.h"

#include "core/Languages.h"
#include "core/Settings.h"
#include "db/DbSession.h"
#include "incidents/ChecklistTab.h"
#include "incidents/ContentTab.h"
#include "incidents/FinderTab.h"
#include "incidents/IncidentListModel.h"
#include "incidents/IncidentView.h"
#include "incidents/IncidentsPage.h"
#include "incidents/TriageTab.h"
#include "main/MainWindow.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

class TestIncidentsPage : public QObject
{
    Q_OBJECT
private:
    QString m_db;
    std::unique_ptr<DbSession> m_session;

    static QTreeWidgetItem* findItem(QTreeWidget* tree, const QString& title)
    {
        const auto found = tree->findItems(title, Qt::MatchExactly | Qt::MatchRecursive, 0);
        return found.isEmpty() ? nullptr : found.first();
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_db = TestDatabase::createSeededDatabase(80);
        const QString dpo = TestDatabase::createStaff(m_db, QStringLiteral("dpo"));
        m_session = std::make_unique<DbSession>();
        QSignalSpy opened(m_session.get(), &DbSession::opened);
        m_session->open(TestDatabase::profile(m_db, dpo), TestDatabase::staffPassword());
        QVERIFY(opened.wait(15000));
    }

    void handleAnIncidentFromOpeningToDraft()
    {
        Languages languages;
        languages.apply(QStringLiteral("en"));
        Settings settings;
        MainWindow window(m_session.get(), &languages, &settings);
        window.resize(1200, 820);
        window.show();
        QString error;
        QVERIFY2(window.showPage(Page::Incidents, &error), qPrintable(error));
        IncidentsPage* page = window.incidentsPage();
        QAbstractItemModelTester tester(page->model());
        IncidentView* view = page->view();
        QSignalSpy refreshed(page, &IncidentsPage::refreshed);
        QSignalSpy loaded(view, &IncidentView::loaded);

        // An incident the organisation learnt of three days and a bit ago: overdue, in red and words.
        page->openIncident(
            {QStringLiteral("Lost laptop"), {}, {}, {}, QDateTime::currentDateTime().addSecs(-73 * 3600)});
        QVERIFY(refreshed.wait(5000));
        QVERIFY(loaded.wait(5000));
        const QModelIndex clock = page->model()->index(0, IncidentListModel::Clock);
        QVERIFY2(clock.data().toString().startsWith(QLatin1String("overdue by")), qPrintable(clock.data().toString()));
        QVERIFY(clock.data(Qt::BackgroundRole).isValid());
        QVERIFY(!clock.data(Qt::DecorationRole).isNull());
        QVERIFY(view->findChild<QLabel*>(QStringLiteral("incidentClock"))->text().contains(QLatin1String("overdue")));

        page->openIncident({QStringLiteral("Course export left readable"),
                            QStringLiteral("found by monitoring"),
                            QStringLiteral("operations"),
                            {},
                            QDateTime::currentDateTime().addSecs(-3600)});
        QVERIFY(refreshed.wait(5000));
        QVERIFY(loaded.wait(5000));
        QCOMPARE(view->incident().title, QStringLiteral("Course export left readable"));
        QCOMPARE(page->model()->rowCount(), 2);

        // Tick two items by their boxes, as a user clicks them.
        auto* tree = view->findChild<QTreeWidget*>(QStringLiteral("checklistTree"));
        for (const QString& title :
             {QStringLiteral("Stop the breach or close the way in"), QStringLiteral("Preserve evidence")}) {
            QTreeWidgetItem* item = findItem(tree, title);
            QVERIFY2(item, qPrintable(title));
            item->setCheckState(0, Qt::Checked);
            QVERIFY(loaded.wait(5000));
        }
        QVERIFY2(view->message().contains(QLatin1String("ticked")), qPrintable(view->message()));
        QVERIFY(!findItem(tree, QStringLiteral("Preserve evidence"))->text(2).isEmpty());
        const qint64 openBefore = view->incident().openMandatory;

        // High risk: the authority and subject sections become mandatory.
        view->triage()->save(QStringLiteral("high_risk"), QStringLiteral("e-mail addresses and names of learners"));
        QVERIFY(loaded.wait(5000));
        QVERIFY2(view->incident().openMandatory > openBefore, qPrintable(view->message()));
        QCOMPARE(findItem(tree, QStringLiteral("Identify the people to tell"))->text(1), QStringLiteral("mandatory"));

        // The notice is refused while Art. 33(3) is incomplete, and the message says what is missing.
        view->content()->recordNotice(QStringLiteral("authority"), {}, {}, {});
        QVERIFY(loaded.wait(5000));
        QVERIFY2(view->message().contains(QLatin1String("consequences")), qPrintable(view->message()));
        ContentTab* content = view->content();
        content->setField(QStringLiteral("nature"), QStringLiteral("A course export was publicly readable."));
        content->setField(QStringLiteral("subject_categories"), QStringLiteral("learners"));
        content->setField(QStringLiteral("subjects_approx"), QStringLiteral("80"));
        content->setField(QStringLiteral("record_categories"), QStringLiteral("names, e-mail addresses"));
        content->setField(QStringLiteral("records_approx"), QStringLiteral("160"));
        content->setField(QStringLiteral("consequences"), QStringLiteral("phishing e-mails"));
        content->setField(QStringLiteral("measures"), QStringLiteral("access removed, links rotated"));
        content->recordNotice(QStringLiteral("authority"), QStringLiteral("LDA-2026-17"), QStringLiteral("first"), {});
        QVERIFY(loaded.wait(5000));
        QVERIFY2(view->message().contains(QLatin1String("recorded")), qPrintable(view->message()));
        QCOMPARE(view->incident().authorityState, QStringLiteral("notified"));
        QVERIFY(view->findChild<QLabel*>(QStringLiteral("incidentClock"))->text().contains(QLatin1String("notified")));

        // Count the people concerned, then attach the result.
        auto* tabs = view->findChild<QTabWidget*>();
        tabs->setCurrentIndex(3);
        FinderTab* finder = view->finder();
        QSignalSpy counted(finder, &FinderTab::counted);
        view->findChild<QLineEdit*>(QStringLiteral("networkEdit"))->setText(QStringLiteral("0.0.0.0/0"));
        finder->findChild<QCheckBox*>()->setChecked(false); // no time window: every sign-in from IPv4
        finder->count();
        QVERIFY(counted.wait(5000));
        QVERIFY2(finder->result().contains(QLatin1String("people match")), qPrintable(finder->result()));
        finder->attach();
        QVERIFY(loaded.wait(5000));
        QCOMPARE(view->incident().findings.size(), qsizetype(1));
        Screenshots::both(view, languages, QStringLiteral("incident_finder"));

        // Drafts and the register.
        QTemporaryDir folder;
        const QString pdf = folder.filePath(QStringLiteral("authority-de.pdf"));
        QVERIFY2(view->saveDraft(QStringLiteral("authority"), QStringLiteral("de"), pdf, &error), qPrintable(error));
        QFile file(pdf);
        QVERIFY(file.open(QIODevice::ReadOnly) && file.read(5) == "%PDF-");
        QSignalSpy saved(page, &IncidentsPage::registerSaved);
        const QString csv = folder.filePath(QStringLiteral("register.csv"));
        page->saveRegister(csv);
        QVERIFY(saved.wait(5000));
        QVERIFY2(saved.first().first().toBool(), qPrintable(page->message()));
        QFile registerFile(csv);
        QVERIFY(registerFile.open(QIODevice::ReadOnly));
        QVERIFY(registerFile.readAll().contains("Course export left readable"));

        tabs->setCurrentIndex(0);
        Screenshots::both(&window, languages, QStringLiteral("incidents"));
        tabs->setCurrentIndex(1);
        Screenshots::both(view, languages, QStringLiteral("incident_risk"));
        tabs->setCurrentIndex(2);
        Screenshots::both(view, languages, QStringLiteral("incident_notification"));
        tabs->setCurrentIndex(4);
        Screenshots::both(view, languages, QStringLiteral("incident_timeline"));

        // Every tab by keyboard: named controls, reading order.
        for (int i = 0; i < tabs->count(); ++i) {
            tabs->setCurrentIndex(i);
            QTest::qWait(50);
            const QStringList unnamed = FocusChain::unnamed(&window);
            QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QLatin1Char('\n'))));
            const QStringList backwards = FocusChain::backwards(&window);
            QVERIFY2(backwards.isEmpty(), qPrintable(backwards.join(QLatin1Char('\n'))));
        }
    }

    void supportIsNotOfferedThePage()
    {
        const QString support = TestDatabase::createStaff(m_db, QStringLiteral("support"));
        DbSession session;
        QSignalSpy opened(&session, &DbSession::opened);
        session.open(TestDatabase::profile(m_db, support), TestDatabase::staffPassword());
        QVERIFY(opened.wait(15000));
        Languages languages;
        Settings settings;
        MainWindow window(&session, &languages, &settings);
        QString error;
        QVERIFY(!window.showPage(Page::Incidents, &error));
        QVERIFY(!window.offeredPages().contains(Page::Incidents));
    }
};

QTEST_MAIN(TestIncidentsPage)
#include "tst_incidentspage.moc"
