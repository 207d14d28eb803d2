// SPDX-License-Identifier: GPL-3.0-or-later
// The home page offscreen: each role sees its sections (support its own requests, the DPO
// approvals, clocks and the access log's state, the administrator roles to confirm); an empty
// day says so; activating an item names where it is handled and the main window goes there;
// the page speaks German. From the home page an administrator confirms a role, and making
// someone DPO is asked first.
#include "TestDatabase.h"

#include "admin/AdminPage.h"
#include "admin/StaffTab.h"
#include "common/Confirm.h"

#include "core/Languages.h"
#include "core/Settings.h"
#include "db/DbSession.h"
#include "home/HomePage.h"
#include "main/MainWindow.h"

#include <QListWidget>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTest>

#include <memory>

using HomeRows::Section;

class TestHomePage : public QObject
{
    Q_OBJECT
private:
    QString m_db;
    QString m_support, m_idleSupport, m_dpo, m_admin, m_oldLogin;
    qint64 m_ownRequest = 0, m_erasure = 0, m_incident = 0;

    qint64 scalar(const QString& sql)
    {
        const auto owner = TestDatabase::connectSuperuser(m_db);
        QSqlQuery q(owner->database());
        if (!q.exec(sql) || !q.next())
            qFatal("%s: %s", qPrintable(sql.left(80)), qPrintable(q.lastError().text()));
        return q.value(0).toLongLong();
    }

    qint64 addRequest(const QString& kind, const QString& openedBy, int days)
    {
        return scalar(QStringLiteral("INSERT INTO privacy.requests (user_id, kind, ticket, identity_check, "
                                     "received_on, due_on, opened_by) SELECT min(id), '%1', 'SUP-1', 'email', "
                                     "current_date - 3, current_date + %2, '%3' FROM platform.users RETURNING id")
                          .arg(kind)
                          .arg(days)
                          .arg(openedBy));
    }

    std::unique_ptr<DbSession> open(const QString& login)
    {
        auto session = std::make_unique<DbSession>();
        QSignalSpy opened(session.get(), &DbSession::opened);
        session->open(TestDatabase::profile(m_db, login), TestDatabase::staffPassword());
        if (!opened.wait(15000))
            qFatal("cannot sign in as %s", qPrintable(login));
        return session;
    }

    // A home page of its own, shown and read once.
    std::unique_ptr<HomePage> page(DbSession* session)
    {
        auto home = std::make_unique<HomePage>(session);
        QSignalSpy refreshed(home.get(), &HomePage::refreshed);
        home->setSession(session->info());
        home->resize(900, 700);
        home->show();
        if (!refreshed.wait(10000))
            qFatal("home page not read");
        return home;
    }

    static QStringList texts(QListWidget* list)
    {
        QStringList all;
        for (int i = 0; list && i < list->count(); ++i)
            all << list->item(i)->text();
        return all;
    }

    static HomeTarget activate(HomePage* home, Section section, int row)
    {
        QListWidget* list = home->list(section);
        QSignalSpy activated(home, &HomePage::itemActivated);
        list->setFocus();
        list->setCurrentRow(row);
        QTest::keyClick(list, Qt::Key_Return);
        if (activated.count() != 1)
            qFatal("no activation");
        return activated.first().first().value<HomeTarget>();
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        qRegisterMetaType<HomeTarget>();
        m_db = TestDatabase::createSeededDatabase(20);
        m_support = TestDatabase::createStaff(m_db, QStringLiteral("support"));
        m_idleSupport = TestDatabase::createStaff(m_db, QStringLiteral("support"));
        m_dpo = TestDatabase::createStaff(m_db, QStringLiteral("dpo"));
        m_admin = TestDatabase::createStaff(m_db, QStringLiteral("admin"));
        m_oldLogin = TestDatabase::createStaff(m_db, QStringLiteral("support"));
        m_ownRequest = addRequest(QStringLiteral("export"), m_support, -1);
        m_erasure = addRequest(QStringLiteral("erasure"), m_support, 20);
        m_incident = scalar(QStringLiteral(
            "INSERT INTO privacy.incidents (title, detected_at, aware_at, authority_deadline, opened_by) "
            "SELECT 'Lost laptop', t, t, t + interval '72 hours', 'someone' FROM (SELECT now() - interval '60 hours' "
            "AS t) s RETURNING id"));
        QVERIFY(TestDatabase::exec(m_db, QStringLiteral("UPDATE privacy.staff SET created_at = now() - interval "
                                                        "'200 days' WHERE login = '%1'")
                                             .arg(m_oldLogin)));
    }

    void supportSeesOwnRequests()
    {
        Languages languages;
        languages.apply(QStringLiteral("en"));
        const auto session = open(m_support);
        const auto home = page(session.get());
        // Both requests the support login opened, the overdue one first.
        QCOMPARE(home->list(Section::Requests)->count(), 2);
        const QString text = home->list(Section::Requests)->item(0)->text();
        QVERIFY2(text.contains(QStringLiteral("#%1").arg(m_ownRequest)), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("was due")), qPrintable(text));
        QVERIFY(home->list(Section::Approvals)->isHidden());
        QVERIFY(home->list(Section::Incidents)->isHidden());
        QVERIFY(home->emptyText().isEmpty());
        const HomeTarget target = activate(home.get(), Section::Requests, 0);
        QCOMPARE(target.kind, HomeTarget::Kind::Request);
        QCOMPARE(target.id, m_ownRequest);
    }

    void anEmptyDaySaysSo()
    {
        Languages languages;
        languages.apply(QStringLiteral("en"));
        const auto session = open(m_idleSupport);
        const auto home = page(session.get());
        QCOMPARE(home->emptyText(), QStringLiteral("Nothing needs you today"));
        for (Section section : HomeRows::order())
            QVERIFY(home->list(section)->isHidden());
    }

    void dpoSeesApprovalsClocksAndTheLog()
    {
        Languages languages;
        languages.apply(QStringLiteral("en"));
        const auto session = open(m_dpo);
        const auto home = page(session.get());
        QVERIFY(texts(home->list(Section::Requests)).join(QLatin1Char('\n')).contains(QString::number(m_ownRequest)));
        QCOMPARE(home->list(Section::Approvals)->count(), 1);
        QCOMPARE(home->list(Section::Incidents)->count(), 1);
        QVERIFY(home->list(Section::Incidents)->item(0)->text().contains(QStringLiteral("left")));
        // Never verified, never signed: both said, in warning colours.
        QCOMPARE(home->list(Section::AccessLog)->count(), 2);
        QVERIFY(home->list(Section::AccessLog)->item(1)->data(Qt::BackgroundRole).isValid());

        HomeTarget target = activate(home.get(), Section::Approvals, 0);
        QCOMPARE(target.kind, HomeTarget::Kind::Approval);
        QCOMPARE(target.id, m_erasure);
        target = activate(home.get(), Section::Incidents, 0);
        QCOMPARE(target.kind, HomeTarget::Kind::Incident);
        QCOMPARE(target.id, m_incident);
        QCOMPARE(activate(home.get(), Section::AccessLog, 0).kind, HomeTarget::Kind::AccessLog);
    }

    void adminSeesRolesToConfirm()
    {
        Languages languages;
        languages.apply(QStringLiteral("en"));
        const auto session = open(m_admin);
        const auto home = page(session.get());
        QCOMPARE(home->list(Section::Incidents)->count(), 1);
        QVERIFY(texts(home->list(Section::Recertification)).join(QLatin1Char('\n')).contains(m_oldLogin));
        QVERIFY(texts(home->list(Section::StaleLogins)).join(QLatin1Char('\n')).contains(m_oldLogin));
        QVERIFY(home->list(Section::Requests)->isHidden());
        const int row =
            int(texts(home->list(Section::Recertification))
                    .indexOf(QRegularExpression(QStringLiteral("^%1 .*").arg(QRegularExpression::escape(m_oldLogin)))));
        QVERIFY(row >= 0);
        const HomeTarget target = activate(home.get(), Section::Recertification, row);
        QCOMPARE(target.kind, HomeTarget::Kind::Staff);
        QCOMPARE(target.login, m_oldLogin);
    }

    void theMainWindowOpensWhereAnItemIsHandled()
    {
        Languages languages;
        languages.apply(QStringLiteral("en"));
        Settings settings;
        const auto session = open(m_dpo);
        MainWindow window(session.get(), &languages, &settings);
        window.show();
        HomePage* home = window.homePage();
        QSignalSpy refreshed(home, &HomePage::refreshed);
        QVERIFY(refreshed.count() > 0 || refreshed.wait(10000));
        QCOMPARE(window.currentPageKey(), QStringLiteral("overview"));
        activate(home, Section::Incidents, 0);
        QCOMPARE(window.currentPageKey(), QStringLiteral("incidents"));
        QString error;
        QVERIFY(window.showPage(Page::Overview, &error));
        activate(home, Section::Requests, 0);
        QCOMPARE(window.currentPageKey(), QStringLiteral("requests"));
    }

    void speaksGerman()
    {
        Languages languages;
        languages.apply(QStringLiteral("de"));
        const auto session = open(m_support);
        const auto home = page(session.get());
        const QString text = home->list(Section::Requests)->item(0)->text();
        // German dates: 24.12.2026.
        const QString due = QDate::currentDate().addDays(-1).toString(QStringLiteral("dd.MM.yyyy"));
        QVERIFY2(text.contains(due), qPrintable(text));
        QVERIFY2(text.startsWith(QStringLiteral("Anfrage")), qPrintable(text));
        QVERIFY2(home->heading().startsWith(QStringLiteral("Heute")), qPrintable(home->heading()));
        languages.apply(QStringLiteral("en"));
        QTRY_VERIFY2(home->heading().startsWith(QStringLiteral("Today")), qPrintable(home->heading()));
    }

    // Last: it changes the old login's role.
    void adminConfirmsARoleFromHome()
    {
        Languages languages;
        languages.apply(QStringLiteral("en"));
        Settings settings;
        const auto session = open(m_admin);
        MainWindow window(session.get(), &languages, &settings);
        window.show();
        HomePage* home = window.homePage();
        QSignalSpy refreshed(home, &HomePage::refreshed);
        QVERIFY(refreshed.wait(10000));
        const int row =
            int(texts(home->list(Section::Recertification))
                    .indexOf(QRegularExpression(QStringLiteral("^%1 .*").arg(QRegularExpression::escape(m_oldLogin)))));
        QVERIFY(row >= 0);
        activate(home, Section::Recertification, row);
        QCOMPARE(window.currentPageKey(), QStringLiteral("admin"));
        StaffTab* staff = window.adminPage()->staff();
        auto* table = staff->findChild<QTableWidget*>(QStringLiteral("staffTable"));
        QTRY_VERIFY(table->currentRow() >= 0 && table->item(table->currentRow(), 0)->text() == m_oldLogin);
        QVERIFY(!staff->lastConfirmed(m_oldLogin).isValid());
        staff->findChild<QPushButton*>(QStringLiteral("confirmRoleButton"))->click();
        QTRY_VERIFY(staff->lastConfirmed(m_oldLogin).isValid());
        QVERIFY(table->item(table->currentRow(), 6)->text() != QStringLiteral("never"));

        const auto roleOf = [staff](const QString& login) {
            for (const auto& m : staff->members())
                if (m.login == login)
                    return m.role;
            return QString();
        };
        QSignalSpy staffRefreshed(staff, &StaffTab::refreshed);
        Confirm::setNextAnswer(false);
        staff->changeRole(m_oldLogin, QStringLiteral("dpo"));
        QVERIFY(!staffRefreshed.wait(1000)); // declined: nothing asked of the database
        QCOMPARE(roleOf(m_oldLogin), QStringLiteral("support"));
        Confirm::setNextAnswer(true);
        staff->changeRole(m_oldLogin, QStringLiteral("dpo"));
        QTRY_COMPARE(roleOf(m_oldLogin), QStringLiteral("dpo"));
        // The new role is not confirmed yet.
        QVERIFY(!staff->lastConfirmed(m_oldLogin).isValid());
    }
};

QTEST_MAIN(TestHomePage)
#include "tst_homepage.moc"
