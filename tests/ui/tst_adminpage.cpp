// SPDX-License-Identifier: GPL-3.0-or-later
// The Administration page offscreen: add a staff member with a generated password (shown once,
// and it signs in), change the role, disable and enable, be refused one's own login; change a
// policy and see a wrong value refused without losing what was typed.
#include "FocusChain.h"
#include "PdfText.h"
#include "Screenshots.h"
#include "TestDatabase.h"

#include "admin/AdminPage.h"
#include "admin/PoliciesTab.h"
#include "admin/ProcessorsTab.h"
#include "admin/RetentionTab.h"
#include "admin/StaffTab.h"
#include "core/Languages.h"
#include "core/Settings.h"
#include "db/DbSession.h"
#include "main/MainWindow.h"

#include <QDialog>
#include <QDir>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

class TestAdminPage : public QObject
{
    Q_OBJECT
private:
    QString m_db;
    QString m_admin;
    std::unique_ptr<DbSession> m_session;

    static const StaffDirectory::Member* member(StaffTab* staff, const QString& login)
    {
        for (const auto& m : staff->members())
            if (m.login == login)
                return &m;
        return nullptr;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_db = TestDatabase::createSeededDatabase(40);
        // Two invoices restricted as an erasure leaves them, issued 2019 and 2024.
        QVERIFY(TestDatabase::exec(
            m_db, QStringLiteral(
                      "UPDATE platform.invoices SET issued_at = CASE WHEN id = "
                      "(SELECT min(id) FROM platform.invoices) THEN '2019-06-01'::timestamptz "
                      "ELSE '2024-06-01' END WHERE id IN (SELECT id FROM platform.invoices ORDER BY id LIMIT 2)")));
        QVERIFY(TestDatabase::exec(
            m_db, QStringLiteral("INSERT INTO privacy.restrictions SELECT 'platform.invoices', id, user_id, "
                                 "privacy.retained_until(issued_at, 8), 'booking voucher' FROM platform.invoices "
                                 "WHERE id IN (SELECT id FROM platform.invoices ORDER BY id LIMIT 2)")));
        m_admin = TestDatabase::createStaff(m_db, QStringLiteral("admin"));
        m_session = std::make_unique<DbSession>();
        QSignalSpy opened(m_session.get(), &DbSession::opened);
        m_session->open(TestDatabase::profile(m_db, m_admin), TestDatabase::staffPassword());
        QVERIFY(opened.wait(15000));
    }

    void manageStaffAndPolicies()
    {
        Languages languages;
        languages.apply(QStringLiteral("en"));
        Settings settings;
        MainWindow window(m_session.get(), &languages, &settings);
        window.resize(1150, 760);
        window.show();
        QString error;
        QVERIFY2(window.showPage(Page::Admin, &error), qPrintable(error));
        AdminPage* page = window.adminPage();
        StaffTab* staff = page->staff();
        QSignalSpy refreshed(staff, &StaffTab::refreshed);
        QSignalSpy generated(staff, &StaffTab::passwordGenerated);
        QVERIFY(refreshed.wait(5000));
        QVERIFY(member(staff, m_admin));

        // Add with a generated password: shown once in a dialog, and it signs in.
        const QString login = m_db + QStringLiteral("_new");
        staff->addStaff(login, QStringLiteral("Anna Weiß"), QStringLiteral("support"), QString());
        QVERIFY(refreshed.wait(5000));
        QCOMPARE(generated.size(), 1);
        const QString password = generated.first().at(1).toString();
        auto* dialog = staff->findChild<QDialog*>(QStringLiteral("initialPasswordDialog"));
        QVERIFY(dialog && dialog->isVisible());
        QCOMPARE(dialog->findChild<QLabel*>(QStringLiteral("passwordLabel"))->text(), password);
        dialog->close();
        QVERIFY2(member(staff, login), qPrintable(page->message()));
        QCOMPARE(member(staff, login)->role, QStringLiteral("support"));
        DatabaseConnection fresh;
        ConnectError connectError;
        QVERIFY2(fresh.open(TestDatabase::profile(m_db, login), password, &connectError),
                 qPrintable(connectError.message));
        fresh.close();

        // A set password must meet the policy.
        staff->addStaff(m_db + QStringLiteral("_weak"), {}, QStringLiteral("dpo"), QStringLiteral("password"));
        QVERIFY(page->message().contains(QLatin1String("12 characters")));

        staff->setRole(login, QStringLiteral("dpo"));
        QVERIFY(refreshed.wait(5000));
        QCOMPARE(member(staff, login)->role, QStringLiteral("dpo"));
        staff->setLoginEnabled(login, false);
        QVERIFY(refreshed.wait(5000));
        QVERIFY(!member(staff, login)->canLogin);
        staff->setLoginEnabled(login, true);
        QVERIFY(refreshed.wait(5000));
        QVERIFY(member(staff, login)->canLogin);
        staff->setRole(m_admin, QStringLiteral("support"));
        QVERIFY(refreshed.wait(5000));
        QVERIFY2(page->message().contains(QLatin1String("your own login")), qPrintable(page->message()));
        Screenshots::both(&window, languages, QStringLiteral("admin_staff"));

        // Policies: a good value is saved, a wrong one refused and kept on screen.
        PoliciesTab* policies = page->policies();
        QSignalSpy saved(policies, &PoliciesTab::saved);
        policies->setValue(QStringLiteral("work_hours"), QStringLiteral("08:00-18:00"));
        policies->save();
        QVERIFY(saved.wait(5000));
        QVERIFY2(saved.last().first().toBool(), qPrintable(page->message()));
        policies->setValue(QStringLiteral("lookup_max_results"), QStringLiteral("100000"));
        policies->save();
        QVERIFY(saved.wait(5000));
        QVERIFY(!saved.last().first().toBool());
        QVERIFY2(page->message().startsWith(QLatin1String("Search results at most")), qPrintable(page->message()));
        QCOMPARE(policies->value(QStringLiteral("lookup_max_results")), QStringLiteral("100000"));
        QCOMPARE(policies->value(QStringLiteral("work_hours")), QStringLiteral("08:00-18:00"));
        page->findChild<QTabWidget*>()->setCurrentIndex(3);
        Screenshots::both(&window, languages, QStringLiteral("admin_policies"));

        // Retention: a shorter period says first what it releases, then saves.
        RetentionTab* retention = page->retention();
        QSignalSpy shown(retention, &RetentionTab::releasedShown);
        QSignalSpy retentionSaved(retention, &RetentionTab::saved);
        page->findChild<QTabWidget*>()->setCurrentIndex(1);
        retention->select(QStringLiteral("invoices"));
        retention->setPeriod(5, QStringLiteral("booking voucher, five years (test)"),
                             QStringLiteral("Buchungsbeleg, fünf Jahre (Test)"));
        retention->findChild<QPushButton*>(QStringLiteral("saveRetentionButton"))->click();
        QVERIFY(shown.wait(5000));
        QVERIFY2(retention->releasedText().contains(QLatin1String("releases 1 restricted record")),
                 qPrintable(retention->releasedText()));
        Screenshots::both(&window, languages, QStringLiteral("admin_retention"));
        retention->save();
        QVERIFY(retentionSaved.wait(5000));
        QVERIFY2(retentionSaved.last().first().toBool(), qPrintable(page->message()));
        QVERIFY2(page->message().contains(QLatin1String("1 restricted record(s) released")) ||
                     page->message().contains(QLatin1String("1 restricted record released")),
                 qPrintable(page->message()));
        QSignalSpy reloaded(retention, &RetentionTab::refreshed);
        QVERIFY(reloaded.wait(5000));
        const auto rules = retention->rules();
        QVERIFY(std::any_of(rules.begin(), rules.end(),
                            [](const auto& r) { return r.table == QLatin1String("invoices") && r.years == 5; }));

        // Processors: add one with the data it receives, then change it.
        ProcessorsTab* processors = page->processors();
        QSignalSpy processorSaved(processors, &ProcessorsTab::saved);
        QSignalSpy processorsLoaded(processors, &ProcessorsTab::refreshed);
        page->findChild<QTabWidget*>()->setCurrentIndex(2);
        ProcessorRegistry::Processor p;
        p.name = QStringLiteral("Mailjet");
        p.category = QStringLiteral("communication");
        p.contact = QStringLiteral("dpo@mailjet.example");
        p.dpaReference = QStringLiteral("AVV-2026-03");
        p.dataCategories = {QStringLiteral("account"), QStringLiteral("communication")};
        processors->edit(p);
        processors->save();
        QVERIFY(processorSaved.wait(5000));
        QVERIFY2(processorSaved.last().first().toBool(), qPrintable(page->message()));
        QVERIFY(processorsLoaded.wait(5000));
        const auto stored = processors->processors();
        QVERIFY(std::any_of(stored.begin(), stored.end(), [](const auto& x) {
            return x.name == QLatin1String("Mailjet") && x.dataCategories.size() == 2;
        }));
        QCOMPARE(processors->form().name, QStringLiteral("Mailjet"));
        QVERIFY(processors->form().id > 0);
        Screenshots::both(&window, languages, QStringLiteral("admin_processors"));

        // The records of processing, with the processor just added, written off the GUI thread.
        QTemporaryDir folder;
        QSignalSpy recordsWritten(page, &AdminPage::processingRecordsWritten);
        page->writeProcessingRecords(folder.filePath(QStringLiteral("records.pdf")));
        QVERIFY(recordsWritten.wait(15000));
        QVERIFY2(recordsWritten.last().first().toBool(), qPrintable(page->message()));
        const QString records = PdfText::read(folder.filePath(QStringLiteral("records.pdf")));
        QVERIFY2(records.contains(QLatin1String("Records of processing activities")) &&
                     records.contains(QLatin1String("AVV-2026-03")),
                 qPrintable(records.left(400)));

        // Every tab by keyboard: named controls, reading order.
        auto* tabs = page->findChild<QTabWidget*>();
        for (int i = 0; i < tabs->count(); ++i) {
            tabs->setCurrentIndex(i);
            QTest::qWait(50);
            const QStringList unnamed = FocusChain::unnamed(&window);
            QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QLatin1Char('\n'))));
            const QStringList backwards = FocusChain::backwards(&window);
            QVERIFY2(backwards.isEmpty(), qPrintable(backwards.join(QLatin1Char('\n'))));
        }
    }
};

QTEST_MAIN(TestAdminPage)
#include "tst_adminpage.moc"
