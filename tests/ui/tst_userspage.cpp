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
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

class TestUsersPage : public QObject
{
    Q_OBJECT
private:
    QString m_db;
    QString m_support;
    std::unique_ptr<DbSession> m_session;

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
        table->setCurrentIndex(page.results()->index(0, 0));
        QVERIFY(loaded.wait(5000));
        auto* tabs = page.findChild<QTabWidget*>(QStringLiteral("categoryTabWidget"));
        QCOMPARE(tabs->count(), 1 + int(UserDirectory::categories().size()));
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
        QVERIFY(tabs->tabText(tabs->indexOf(usage->parentWidget())).contains(QLocale().toString(model->total())));
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
