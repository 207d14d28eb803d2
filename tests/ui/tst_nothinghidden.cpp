// SPDX-License-Identifier: GPL-3.0-or-later
// Nothing hidden, nothing swallowed: codes are shown as words in English and German, every action
// is in sight (the reveal, the Users page's Page menu, Ctrl+E on the Requests page, why a decision
// is not yours) and typed input is never dropped unseen (a login, a long search, a capped result).
#include "TestDatabase.h"

#include "admin/AddStaffDialog.h"
#include "common/MessageBanner.h"
#include "core/Languages.h"
#include "core/Settings.h"
#include "db/DbSession.h"
#include "erasure/ErasureDialog.h"
#include "incidents/ChecklistTab.h"
#include "incidents/Incident.h"
#include "incidents/IncidentTexts.h"
#include "items/CategoryRowsModel.h"
#include "items/ItemLabels.h"
#include "items/LookupResultsModel.h"
#include "main/MainWindow.h"
#include "requests/RequestStore.h"
#include "requests/RequestsPage.h"
#include "users/ReasonDialog.h"
#include "users/UserDetailView.h"
#include "users/UsersPage.h"

#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QToolBar>
#include <QTreeWidget>

class TestNothingHidden : public QObject
{
    Q_OBJECT
private:
    QString m_db;
    QString m_support;
    std::unique_ptr<DbSession> m_session;
    Languages m_languages;

    // The placeholder of the reason dialog that the next action opens; the dialog is cancelled.
    QString placeholderOfNextReasonDialog(const std::function<void()>& trigger)
    {
        QString placeholder;
        QTimer::singleShot(0, this, [&placeholder] {
            auto* dialog = qobject_cast<QDialog*>(qApp->activeModalWidget());
            if (!dialog)
                return;
            if (auto* edit = dialog->findChild<QPlainTextEdit*>(QStringLiteral("reasonTextEdit")))
                placeholder = edit->placeholderText();
            dialog->reject();
        });
        trigger();
        return placeholder;
    }

    static Incident incidentWithChecklist()
    {
        const QJsonObject item{
            {QStringLiteral("id"), 11},
            {QStringLiteral("section"), QStringLiteral("containment")},
            {QStringLiteral("key"), QStringLiteral("stop_breach")},
            {QStringLiteral("title_en"), QStringLiteral("Stop the breach and secure the systems")},
            {QStringLiteral("title_de"), QStringLiteral("Die Verletzung beenden und die betroffenen Systeme sichern")},
            {QStringLiteral("mandatory"), true},
            {QStringLiteral("in_effect"), true},
            {QStringLiteral("required"), true},
            {QStringLiteral("done_by"), QStringLiteral("dpo1")},
            {QStringLiteral("done_at"), QStringLiteral("2026-11-30T10:00:00Z")},
            {QStringLiteral("note"), QString(QStringLiteral("access keys rotated, bucket "
                                                            "closed, logs kept; ")
                                                 .repeated(4))}};
        return Incident::fromJson({{QStringLiteral("id"), 3},
                                   {QStringLiteral("status"), QStringLiteral("open")},
                                   {QStringLiteral("items"), QJsonArray{item}}});
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_db = TestDatabase::createSeededDatabase(120);
        m_support = TestDatabase::createStaff(m_db, QStringLiteral("support"));
        m_session = std::make_unique<DbSession>();
        QSignalSpy opened(m_session.get(), &DbSession::opened);
        m_session->open(TestDatabase::profile(m_db, m_support), TestDatabase::staffPassword());
        QVERIFY(opened.wait(15000));
        m_languages.apply(QStringLiteral("en"));
    }

    void cleanup() { m_languages.apply(QStringLiteral("en")); }

    void codesHaveWordsInBothLanguages_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QStringList>("words");
        QTest::newRow("en") << "en" << QStringList{"Lesson viewed", "Video played",
                                                   "Course viewed", "File downloaded",
                                                   "Phone",         "German",
                                                   "English",       "received",
                                                   "Video hosting", "Data protection officer"};
        QTest::newRow("de") << "de" << QStringList{"Lektion angesehen", "Video abgespielt",
                                                   "Kurs angesehen",    "Datei heruntergeladen",
                                                   "Telefon",           "Deutsch",
                                                   "Englisch",          "empfangen",
                                                   "Video-Hosting",     "Datenschutzbeauftragte(r)"};
    }

    void codesHaveWordsInBothLanguages()
    {
        QFETCH(QString, language);
        QFETCH(QStringList, words);
        m_languages.apply(language);
        const QStringList shown{ItemLabels::usageKind(QStringLiteral("lesson_view")),
                                ItemLabels::usageKind(QStringLiteral("video_play")),
                                ItemLabels::usageKind(QStringLiteral("course_view")),
                                ItemLabels::usageKind(QStringLiteral("download")),
                                ItemLabels::device(QStringLiteral("phone")),
                                ItemLabels::language(QStringLiteral("de")),
                                ItemLabels::language(QStringLiteral("en")),
                                ItemLabels::messageDirection(QStringLiteral("received")),
                                ItemLabels::processorCategory(QStringLiteral("video_hosting")),
                                ItemLabels::role(QStringLiteral("dpo"))};
        QCOMPARE(shown, words);
        // A code this console does not know yet is shown as it is, not dropped.
        QCOMPARE(ItemLabels::usageKind(QStringLiteral("quiz_start")), QStringLiteral("quiz_start"));
        // The timeline names a ticked item by its title in the console's language.
        const QString title =
            IncidentTexts::itemTitle(incidentWithChecklist(), QStringLiteral("containment.stop_breach"));
        QVERIFY2(title.startsWith(language == QLatin1String("de") ? QLatin1String("Die Verletzung")
                                                                  : QLatin1String("Stop the breach")),
                 qPrintable(title));
    }

    void aSocialLoginReadsAsWords()
    {
        const auto owner = TestDatabase::connectSuperuser(m_db);
        QSqlQuery q(owner->database());
        QVERIFY(q.exec(QStringLiteral("SELECT user_id FROM platform.social_identities ORDER BY user_id LIMIT 1")) &&
                q.next());
        UsersPage page(m_session.get());
        page.setSession(m_session->info());
        page.setTicket(QStringLiteral("SUP-705"));
        page.show();
        QSignalSpy loaded(page.detail(), &UserDetailView::loaded);
        page.openUser(q.value(0).toLongLong());
        QVERIFY(loaded.wait(5000));
        auto* social = qobject_cast<CategoryRowsModel*>(
            page.findChild<QTableView*>(QStringLiteral("social_identitiesTableView"))->model());
        QTRY_VERIFY_WITH_TIMEOUT(social->rowCount() > 0, 5000);
        for (int row = 0; row < social->rowCount(); ++row)
            for (int column = 0; column < social->columnCount(); ++column) {
                const QString shown = social->index(row, column).data().toString();
                QVERIFY2(!shown.contains(QLatin1Char('{')) && !shown.contains(QLatin1Char('"')), qPrintable(shown));
            }
    }

    void theLearnersPageShowsNoCodes()
    {
        UsersPage page(m_session.get());
        page.setSession(m_session->info());
        page.setTicket(QStringLiteral("SUP-700"));
        page.resize(1100, 700);
        page.show();
        QSignalSpy loaded(page.detail(), &UserDetailView::loaded);
        page.openUser(7); // a heavy user: usage events of every kind
        QVERIFY(loaded.wait(5000));
        const QString account = page.findChild<QLabel*>(QStringLiteral("accountLabel"))->text();
        QVERIFY2(account.contains(QLatin1String("German")) || account.contains(QLatin1String("English")),
                 qPrintable(account));
        auto* usage = page.findChild<QTableView*>(QStringLiteral("usage_eventsTableView"));
        QVERIFY(usage);
        auto* model = qobject_cast<CategoryRowsModel*>(usage->model());
        QTRY_VERIFY_WITH_TIMEOUT(model->rowCount() > 0, 5000);
        int kind = 0;
        while (model->column(kind) != QLatin1String("kind"))
            ++kind;
        const QStringList codes{"course_view", "lesson_view", "download", "video_play"};
        for (int row = 0; row < model->rowCount(); ++row) {
            const QString shown = model->index(row, kind).data().toString();
            QVERIFY2(!codes.contains(shown), qPrintable(shown));
        }
        // A course shows by its title, not by its number.
        int course = 0;
        while (model->column(course) != QLatin1String("course_id"))
            ++course;
        int titled = 0;
        for (int row = 0; row < model->rowCount(); ++row) {
            const QString shown = model->index(row, course).data().toString();
            bool number = false;
            shown.toLongLong(&number);
            QVERIFY2(!number, qPrintable(shown));
            titled += shown.isEmpty() ? 0 : 1;
        }
        QVERIFY(titled > 0);
        // The reveal is beside the masked email, not in a toolbar overflow, and keeps its shortcut.
        auto* reveal = page.findChild<QPushButton*>(QStringLiteral("revealEmailButton"));
        QVERIFY(reveal && reveal->isVisible() && reveal->isEnabled());
        QVERIFY(page.findChild<QLabel*>(QStringLiteral("emailLabel"))->text().contains(QLatin1String("***@")));
        auto* action = page.findChild<QAction*>(QStringLiteral("revealEmailAction"));
        QCOMPARE(action->shortcut(), UserDetailView::revealShortcut());
        for (const char* bar : {"operationsToolBar", "moreOperationsToolBar", "linksToolBar"})
            QVERIFY(!page.findChild<QToolBar*>(QString::fromLatin1(bar))->actions().contains(action));
        // Its reason dialog has its own example; the erasure's and the incident note's differ.
        const QString revealExample = placeholderOfNextReasonDialog([reveal] { reveal->click(); });
        QVERIFY2(revealExample.contains(QLatin1String("customer's question")), qPrintable(revealExample));
        page.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&page));
        const QString byShortcut = placeholderOfNextReasonDialog(
            [&page] { QTest::keyClick(&page, Qt::Key_R, Qt::ControlModifier | Qt::ShiftModifier); });
        QCOMPARE(byShortcut, revealExample);
        ChecklistTab checklist;
        checklist.showIncident(incidentWithChecklist());
        auto* tree = checklist.findChild<QTreeWidget*>(QStringLiteral("checklistTree"));
        tree->setCurrentItem(tree->topLevelItem(0)->child(0));
        const QString noteExample = placeholderOfNextReasonDialog(
            [&checklist] { checklist.findChild<QPushButton*>(QStringLiteral("tickWithNoteButton"))->click(); });
        QVERIFY(!noteExample.isEmpty());
        QVERIFY2(!noteExample.contains(QLatin1String("customer's question")), qPrintable(noteExample));
    }

    void aLongGermanChecklistItemStaysReadable()
    {
        m_languages.apply(QStringLiteral("de"));
        ChecklistTab checklist;
        checklist.resize(900, 500); // the incident view's share of the default window
        checklist.show();
        checklist.showIncident(incidentWithChecklist());
        QVERIFY(QTest::qWaitForWindowExposed(&checklist));
        auto* tree = checklist.findChild<QTreeWidget*>(QStringLiteral("checklistTree"));
        QTreeWidgetItem* item = tree->topLevelItem(0)->child(0);
        QVERIFY(item->text(0).startsWith(QLatin1String("Die Verletzung")));
        // The title keeps most of the width; the long note is limited and in full in its tooltip.
        QVERIFY2(tree->header()->sectionSize(0) >= 350, qPrintable(QString::number(tree->header()->sectionSize(0))));
        QVERIFY(tree->header()->sectionSize(4) < tree->header()->sectionSize(0));
        QCOMPARE(item->toolTip(4), item->text(4));
    }

    void searchesAreNeitherCutNorMiscounted()
    {
        UsersPage page(m_session.get());
        page.setSession(m_session->info());
        page.setTicket(QStringLiteral("SUP-701"));
        page.show();
        auto* search = page.findChild<QLineEdit*>(QStringLiteral("searchLineEdit"));
        // A pasted text over the limit stays as it is and is refused with the limit.
        QSignalSpy finished(&page, &UsersPage::searchFinished);
        search->setText(QString(300, QLatin1Char('a')));
        QCOMPARE(search->text().size(), 300);
        page.search(search->text());
        QVERIFY(finished.wait(5000));
        auto* banner = page.findChild<MessageBanner*>(QStringLiteral("messageBanner"), Qt::FindDirectChildrenOnly);
        QVERIFY2(banner->text().contains(QLatin1String("300")) && banner->text().contains(QLatin1String("200")),
                 qPrintable(banner->text()));
        // The same for a ticket reference longer than its limit.
        auto* ticket = page.findChild<QLineEdit*>(QStringLiteral("ticketLineEdit"));
        ticket->setText(QStringLiteral("SUP-") + QString(96, QLatin1Char('7')));
        QCOMPARE(ticket->text().size(), 100);
        page.search(QStringLiteral("Müller"));
        QVERIFY(finished.wait(5000));
        QVERIFY2(banner->text().contains(QLatin1String("100")) && banner->text().contains(QLatin1String("64")),
                 qPrintable(banner->text()));
        page.setTicket(QStringLiteral("SUP-701"));

        // At the result cap the page says it shows the first ones, not that this many were found.
        QVERIFY(TestDatabase::exec(m_db, QStringLiteral("UPDATE privacy.settings SET value = '3' "
                                                        "WHERE key = 'lookup_max_results'")));
        UsersPage capped(m_session.get());
        capped.setSession(m_session->info());
        capped.setTicket(QStringLiteral("SUP-702"));
        capped.show();
        QTest::qWait(300); // the limit arrives
        QSignalSpy cappedFinished(&capped, &UsersPage::searchFinished);
        capped.search(QStringLiteral("0.0.0.0/0")); // everyone who signed in over IPv4
        QVERIFY(cappedFinished.wait(5000));
        const QString count = capped.findChild<QLabel*>(QStringLiteral("resultCountLabel"))->text();
        QVERIFY(TestDatabase::exec(m_db, QStringLiteral("UPDATE privacy.settings SET value = '50' "
                                                        "WHERE key = 'lookup_max_results'")));
        QCOMPARE(capped.results()->rowCount(), 3);
        QCOMPARE(count, QStringLiteral("Showing the first 3 — refine the search"));
    }

    void aLoginIsRefusedOrProposedNeverCut()
    {
        AddStaffDialog dialog;
        dialog.show();
        auto* login = dialog.findChild<QLineEdit*>(QStringLiteral("loginLineEdit"));
        QTest::keyClicks(login, QStringLiteral("Jana Becker"));
        QCOMPARE(login->text(), QStringLiteral("Jana Becker"));
        QVERIFY(!dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->isEnabled());
        const QString problem = dialog.findChild<QLabel*>(QStringLiteral("loginProblemLabel"))->text();
        QVERIFY2(problem.contains(QLatin1String("jana.becker")), qPrintable(problem));
        auto* use = dialog.findChild<QPushButton*>(QStringLiteral("useSuggestedLoginButton"));
        QVERIFY(use->isVisible());
        use->click();
        QCOMPARE(dialog.login(), QStringLiteral("jana.becker"));
        QVERIFY(dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->isEnabled());
        QCOMPARE(AddStaffDialog::suggestedLogin(QStringLiteral("Jürgen Weiß")), QStringLiteral("jurgen.weiss"));
    }

    void theMainWindowHidesNoAction()
    {
        Settings settings;
        MainWindow window(m_session.get(), &m_languages, &settings);
        window.resize(1280, 800);
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QString error;
        // The Users page has Page menu actions.
        QVERIFY(window.showPage(Page::Users, &error));
        auto* pageMenu = window.findChild<QMenu*>(QStringLiteral("pageMenu"));
        QVERIFY(pageMenu->isEnabled());
        QVERIFY(pageMenu->actions().size() >= 3);

        // Ctrl+E on the Requests page without an export request says why on the page.
        QVERIFY(window.showPage(Page::Requests, &error));
        RequestsPage* requests = window.requestsPage();
        QSignalSpy refreshed(requests, &RequestsPage::refreshed);
        requests->refresh();
        QVERIFY(refreshed.wait(5000));
        QTest::keyClick(&window, Qt::Key_E, Qt::ControlModifier);
        auto* banner = requests->findChild<MessageBanner*>(QStringLiteral("requestsBanner"));
        QTRY_VERIFY2_WITH_TIMEOUT(banner->text().contains(QLatin1String("export request")), qPrintable(banner->text()),
                                  2000);

        // An export request waiting for its approval: support reads why it cannot approve, beside the button.
        const auto support = TestDatabase::connectAs(m_db, m_support);
        RequestDetail opened;
        QVERIFY2(RequestStore(support->database())
                     .open(30, QStringLiteral("export"), QStringLiteral("SUP-703"), QStringLiteral("passport seen"),
                           QDate(), &opened, &error),
                 qPrintable(error));
        requests->refresh();
        // Another refresh (the page's own, on showing) may answer first: wait for the one with it.
        QTRY_VERIFY_WITH_TIMEOUT(requests->selectRequest(opened.id), 5000);
        auto* why = requests->findChild<QLabel*>(QStringLiteral("approveWhyLabel"));
        QTRY_VERIFY_WITH_TIMEOUT(why->isVisible(), 5000);
        QVERIFY2(why->text().contains(QLatin1String("data protection officer")), qPrintable(why->text()));
        QTest::keyClick(&window, Qt::Key_E, Qt::ControlModifier);
        QTRY_VERIFY2_WITH_TIMEOUT(banner->text().contains(QLatin1String("approval")), qPrintable(banner->text()), 2000);

        // The erasure dialog says on the dialog why support does not decide.
        RequestDetail erasure;
        QVERIFY(RequestStore(support->database())
                    .open(31, QStringLiteral("erasure"), QStringLiteral("SUP-704"), QStringLiteral("passport seen"),
                          QDate(), &erasure, &error));
        ErasureDialog dialog(m_session.get(), m_session->info(), erasure.id);
        QSignalSpy dialogLoaded(&dialog, &ErasureDialog::loaded);
        dialog.show();
        QVERIFY(dialogLoaded.wait(5000));
        auto* decision = dialog.findChild<QLabel*>(QStringLiteral("decisionWhyLabel"));
        QVERIFY(decision->isVisible());
        QVERIFY2(decision->text().contains(QLatin1String("Only the data protection officer")),
                 qPrintable(decision->text()));
    }
};

QTEST_MAIN(TestNothingHidden)
#include "tst_nothinghidden.moc"
