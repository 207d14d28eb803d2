// SPDX-License-Identifier: GPL-3.0-or-later
// The Users page offscreen: type a query, open a learner, page a category, run an operation.
#include "FocusChain.h"
#include "TestDatabase.h"

#include "common/Confirm.h"
#include "common/MessageBanner.h"
#include "core/Languages.h"
#include "db/DbSession.h"
#include "items/CategoryRowsModel.h"
#include "items/LookupResultsModel.h"
#include "users/UserDetailView.h"
#include "users/UsersPage.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QToolBar>

class TestUsersPage : public QObject
{
    Q_OBJECT
private:
    QString m_db;
    QString m_support;
    std::unique_ptr<DbSession> m_session;

    qint64 logEntries() const
    {
        const auto owner = TestDatabase::connectSuperuser(m_db);
        QSqlQuery q(owner->database());
        q.prepare(QStringLiteral("SELECT count(*) FROM privacy.access_log WHERE staff = ?"));
        q.addBindValue(m_support);
        return q.exec() && q.next() ? q.value(0).toLongLong() : -1;
    }

    QString lastTicketOf(qint64 userId, const QString& action) const
    {
        const auto owner = TestDatabase::connectSuperuser(m_db);
        QSqlQuery q(owner->database());
        q.prepare(
            QStringLiteral("SELECT ticket FROM privacy.access_log WHERE staff = ? AND subject_id = ? AND action = ? "
                           "ORDER BY id DESC LIMIT 1"));
        q.addBindValue(m_support);
        q.addBindValue(userId);
        q.addBindValue(action);
        return q.exec() && q.next() ? q.value(0).toString() : QString();
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_db = TestDatabase::createSeededDatabase(300);
        m_support = TestDatabase::createStaff(m_db, QStringLiteral("support"));
        m_session = std::make_unique<DbSession>();
        QSignalSpy opened(m_session.get(), &DbSession::opened);
        m_session->open(TestDatabase::profile(m_db, m_support), TestDatabase::staffPassword());
        QVERIFY(opened.wait(15000));
    }

    void typingFindsAndOpensALearner()
    {
        UsersPage page(m_session.get());
        page.setSession(m_session->info());
        page.show();
        QAbstractItemModelTester resultsTester(page.results(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        auto* ticket = page.findChild<QLineEdit*>(QStringLiteral("ticketLineEdit"));
        auto* search = page.findChild<QLineEdit*>(QStringLiteral("searchLineEdit"));
        QTest::keyClicks(ticket, QStringLiteral("SUP-100"));
        QSignalSpy finished(&page, &UsersPage::searchFinished);
        QTest::keyClicks(search, QStringLiteral("7"));
        QVERIFY(finished.wait(5000)); // after the typing delay
        QCOMPARE(page.results()->rowCount(), 1);
        QCOMPARE(page.results()->hit(0)->userId, 7);
        QVERIFY(page.results()
                    ->data(page.results()->index(0, LookupResultsModel::Email))
                    .toString()
                    .contains(QLatin1String("***@")));

        auto* table = page.findChild<QTableView*>(QStringLiteral("resultsTableView"));
        QSignalSpy loaded(page.detail(), &UserDetailView::loaded);
        table->setFocus();
        table->setCurrentIndex(page.results()->index(0, 0));
        QTest::keyClick(table, Qt::Key_Return);
        QVERIFY(loaded.wait(5000));
        auto* tabs = page.findChild<QTabWidget*>(QStringLiteral("categoryTabWidget"));
        QCOMPARE(tabs->count(), 9); // the account, the policy's seven other categories the map uses, requests
        // The learner's page by keyboard: every tab's controls named, in reading order.
        for (int i = 0; i < tabs->count(); ++i) {
            tabs->setCurrentIndex(i);
            QTest::qWait(20);
            QVERIFY2(FocusChain::unnamed(&page).isEmpty(),
                     qPrintable(FocusChain::unnamed(&page).join(QLatin1Char(','))));
            QVERIFY2(FocusChain::backwards(&page).isEmpty(),
                     qPrintable(FocusChain::backwards(&page).join(QLatin1Char(','))));
        }
        tabs->setCurrentIndex(0);
        QVERIFY(page.findChild<QLabel*>(QStringLiteral("learnerHeadingLabel"))
                    ->text()
                    .contains(QLatin1String("learner 7")));

        // User 7 is a heavy user: the usage tab pages on demand, the model stays consistent.
        auto* usage = tabs->findChild<QTableView*>(QStringLiteral("usage_eventsTableView"));
        auto* model = qobject_cast<CategoryRowsModel*>(usage->model());
        QVERIFY(model->total() >= 20000);
        QAbstractItemModelTester usageTester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTRY_COMPARE(model->rowCount(), CategoryRowsModel::PageSize);
        model->fetchMore({});
        QTRY_COMPARE(model->rowCount(), 2 * CategoryRowsModel::PageSize);
        QVERIFY(model->rowId(CategoryRowsModel::PageSize) > model->rowId(CategoryRowsModel::PageSize - 1));
        auto* caption = usage->parentWidget()->findChild<QLabel*>();
        QVERIFY(caption->text().contains(QLocale().toString(model->total())));
        QVERIFY(
            tabs->tabText(tabs->indexOf(usage->parentWidget()->parentWidget())).startsWith(QLatin1String("Technical")));
    }

    // Moving through the results is not looking at anyone: only Return, a double-click or Open opens.
    void arrowingThroughResultsLogsNothing()
    {
        UsersPage page(m_session.get());
        page.setSession(m_session->info());
        page.setTicket(QStringLiteral("SUP-150"));
        page.show();
        QSignalSpy finished(&page, &UsersPage::searchFinished);
        page.search(QStringLiteral("0.0.0.0/0")); // everyone who signed in over IPv4
        QVERIFY(finished.wait(5000));
        QVERIFY2(page.results()->rowCount() >= 20, qPrintable(QString::number(page.results()->rowCount())));
        const qint64 before = logEntries();
        auto* table = page.findChild<QTableView*>(QStringLiteral("resultsTableView"));
        auto* open = page.findChild<QPushButton*>(QStringLiteral("openLearnerButton"));
        QVERIFY(!open->isEnabled());
        table->setFocus();
        QSignalSpy loaded(page.detail(), &UserDetailView::loaded);
        for (int i = 0; i < 20; ++i)
            QTest::keyClick(table, Qt::Key_Down);
        QVERIFY(!loaded.wait(1000));
        QCOMPARE(page.detail()->userId(), 0);
        QCOMPARE(logEntries(), before);
        QVERIFY(open->isEnabled());
        const qint64 current = page.results()->hit(table->currentIndex().row())->userId;
        QTest::keyClick(table, Qt::Key_Return);
        QVERIFY(loaded.wait(5000));
        QCOMPARE(page.detail()->userId(), current);
        QVERIFY(logEntries() > before);
        // The button opens too, and a double-click.
        QTest::keyClick(table, Qt::Key_Up);
        open->click();
        QVERIFY(loaded.wait(5000));
        QCOMPARE(page.detail()->userId(), page.results()->hit(table->currentIndex().row())->userId);
        QTest::keyClick(table, Qt::Key_Up);
        const QRect cell = table->visualRect(table->currentIndex());
        // As a window system sends it: press, release, then the double-click.
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
        QVERIFY(!loaded.wait(300)); // a single click only selects
        QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, cell.center());
        QVERIFY(loaded.wait(5000));
        QCOMPARE(page.detail()->userId(), page.results()->hit(table->currentIndex().row())->userId);
    }

    // An operation runs under the ticket the learner view shows: the field's, never an earlier one.
    void operationsUseTheTicketShown()
    {
        UsersPage page(m_session.get());
        page.setSession(m_session->info());
        page.setTicket(QStringLiteral("SUP-300"));
        QSignalSpy loaded(page.detail(), &UserDetailView::loaded);
        page.openUser(13);
        QVERIFY(loaded.wait(5000));
        auto* shown = page.detail()->findChild<QLabel*>(QStringLiteral("ticketContextLabel"));
        QVERIFY2(shown->text().contains(QLatin1String("SUP-300")), qPrintable(shown->text()));

        page.setTicket(QStringLiteral("SUP-301"));
        QVERIFY2(shown->text().contains(QLatin1String("SUP-301")), qPrintable(shown->text()));
        Confirm::setNextAnswer(true);
        page.detail()->findChild<QAction*>(QStringLiteral("lockAction"))->trigger();
        QVERIFY(loaded.wait(5000));
        QCOMPARE(lastTicketOf(13, QStringLiteral("user.lock")), QStringLiteral("SUP-301"));

        // Emptied: nothing runs under an invisible ticket; the view says what is missing.
        page.setTicket(QString());
        QVERIFY2(shown->text().contains(QLatin1String("No ticket")), qPrintable(shown->text()));
        QVERIFY(!page.detail()->findChild<QToolBar*>(QStringLiteral("operationsToolBar"))->isEnabled());
        Confirm::setNextAnswer(true);
        page.detail()->findChild<QAction*>(QStringLiteral("unlockAction"))->trigger();
        QVERIFY(!loaded.wait(1000));
        QCOMPARE(lastTicketOf(13, QStringLiteral("user.unlock")), QString()); // never ran
        auto* banner = page.detail()->findChild<MessageBanner*>(QStringLiteral("detailBanner"));
        QVERIFY2(banner->text().contains(QLatin1String("Enter the ticket")), qPrintable(banner->text()));
        const auto owner = TestDatabase::connectSuperuser(m_db);
        QSqlQuery q(owner->database());
        QVERIFY(q.exec(QStringLiteral("SELECT status FROM platform.users WHERE id = 13")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("locked"));
    }

    void missingTicketIsSaidInline()
    {
        UsersPage page(m_session.get());
        page.setSession(m_session->info());
        page.show();
        QSignalSpy finished(&page, &UsersPage::searchFinished);
        page.search(QStringLiteral("Müller"));
        QVERIFY(finished.wait(5000));
        auto* banner = page.findChild<MessageBanner*>(QStringLiteral("messageBanner"));
        QVERIFY(banner->isVisible());
        QVERIFY2(banner->text().contains(QLatin1String("ticket reference is required")), qPrintable(banner->text()));
        QCOMPARE(page.results()->rowCount(), 0);
    }

    void lockAfterConfirmation()
    {
        UsersPage page(m_session.get());
        page.setSession(m_session->info());
        page.setTicket(QStringLiteral("SUP-200"));
        QSignalSpy loaded(page.detail(), &UserDetailView::loaded);
        page.openUser(12);
        QVERIFY(loaded.wait(5000));
        auto* lock = page.detail()->findChild<QAction*>(QStringLiteral("lockAction"));
        Confirm::setNextAnswer(false);
        lock->trigger();
        QVERIFY(!loaded.wait(500)); // declined: nothing happens
        Confirm::setNextAnswer(true);
        lock->trigger();
        QVERIFY(loaded.wait(5000));
        const auto owner = TestDatabase::connectSuperuser(m_db);
        QSqlQuery q(owner->database());
        QVERIFY(q.exec(QStringLiteral("SELECT status FROM platform.users WHERE id = 12")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("locked"));
        QVERIFY(!lock->isEnabled());
        QVERIFY(page.detail()->findChild<QAction*>(QStringLiteral("unlockAction"))->isEnabled());
    }
};

QTEST_MAIN(TestUsersPage)
#include "tst_userspage.moc"
