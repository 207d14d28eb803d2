// SPDX-License-Identifier: GPL-3.0-or-later
// The Requests page offscreen: open a request from a learner's page, find it in the queue, build
// its encrypted export package with the dialog, and see the queue mark overdue requests in words.
#include "FocusChain.h"
#include "TestDatabase.h"

#include "common/Confirm.h"
#include "core/Languages.h"
#include "core/Settings.h"
#include "db/DbSession.h"
#include "erasure/ErasureDialog.h"
#include "export/ExportApproval.h"
#include "main/MainWindow.h"
#include "requests/ExportDialog.h"
#include "requests/OpenRequestDialog.h"
#include "requests/RequestQueueModel.h"
#include "requests/RequestsPage.h"
#include "users/UserDetailView.h"
#include "users/UsersPage.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>

class TestRequestsPage : public QObject
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
        m_db = TestDatabase::createSeededDatabase(60);
        m_support = TestDatabase::createStaff(m_db, QStringLiteral("support"));
        m_session = std::make_unique<DbSession>();
        QSignalSpy opened(m_session.get(), &DbSession::opened);
        m_session->open(TestDatabase::profile(m_db, m_support), TestDatabase::staffPassword());
        QVERIFY(opened.wait(15000));
    }

    void openRequestThenExportIt()
    {
        Languages languages;
        languages.apply(QStringLiteral("en"));
        Settings settings;
        MainWindow window(m_session.get(), &languages, &settings);
        window.show();
        UsersPage* users = window.usersPage();
        users->setTicket(QStringLiteral("SUP-314"));
        QSignalSpy loaded(users->detail(), &UserDetailView::loaded);
        users->openUser(12);
        QVERIFY(loaded.wait(5000));

        // The learner's page opens the request; the dialog is filled as an agent would.
        QSignalSpy requestOpened(users->detail(), &UserDetailView::requestOpened);
        QTimer::singleShot(0, this, [] {
            auto* dialog = qApp->activeModalWidget()->findChild<QPlainTextEdit*>(QStringLiteral("identityEdit"));
            QVERIFY(dialog);
            QTest::keyClicks(dialog, QStringLiteral("Replied from the account's address"));
            auto* kind = qApp->activeModalWidget()->findChild<QComboBox*>(QStringLiteral("kindComboBox"));
            kind->setCurrentIndex(kind->findData(QStringLiteral("export")));
            qobject_cast<QDialog*>(qApp->activeModalWidget())->accept();
        });
        users->detail()->findChild<QAction*>(QStringLiteral("openRequestAction"))->trigger();
        QVERIFY(requestOpened.wait(5000));
        const qint64 requestId = requestOpened.first().first().toLongLong();
        QVERIFY(requestId > 0);

        // It is in the queue, new, due in a month.
        RequestsPage* page = window.requestsPage();
        QAbstractItemModelTester tester(page->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy refreshed(page, &RequestsPage::refreshed);
        page->refresh();
        QVERIFY(refreshed.wait(5000));
        QVERIFY(page->selectRequest(requestId));
        auto* details = page->findChild<QTextBrowser*>(QStringLiteral("requestDetails"));
        QTRY_VERIFY_WITH_TIMEOUT(details->toPlainText().contains(QLatin1String("Replied from the account")), 5000);
        QVERIFY(details->toPlainText().contains(QLatin1String("SUP-314")));

        // The policy export_needs_approval: a DPO approves first, then the page reloads it.
        {
            const auto dpo = TestDatabase::connectAs(m_db, TestDatabase::createStaff(m_db, QStringLiteral("dpo")));
            RequestDetail approved;
            QString error;
            QVERIFY2(ExportApproval(dpo->database())
                         .approve(requestId, QStringLiteral("identity verified"), &approved, &error),
                     qPrintable(error));
        }
        page->refresh();
        QVERIFY(refreshed.wait(5000));
        QTRY_VERIFY_WITH_TIMEOUT(details->toPlainText().contains(QLatin1String("Approved by")), 5000);

        // Export it, encrypted, into a temporary folder.
        QTemporaryDir folder;
        ExportDialog* dialog = page->openExportDialog();
        QVERIFY(dialog);
        const QString target = folder.filePath(QStringLiteral("package.zip"));
        dialog->setTargetPath(target);
        QVERIFY(dialog->findChild<QCheckBox*>(QStringLiteral("encryptCheckBox"))->isChecked());
        QVERIFY2(FocusChain::unnamed(dialog).isEmpty(), qPrintable(FocusChain::unnamed(dialog).join(QLatin1Char(','))));
        QVERIFY2(FocusChain::backwards(dialog).isEmpty(),
                 qPrintable(FocusChain::backwards(dialog).join(QLatin1Char(','))));
        QSignalSpy finished(dialog, &ExportDialog::exportFinished);
        Confirm::setNextAnswer(true); // building fulfils the request: asked first
        QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("startExportButton")), Qt::LeftButton);
        QVERIFY(finished.wait(15000));
        QVERIFY(finished.first().first().toBool());
        QVERIFY(QFile::exists(target));
        const QString passphrase = dialog->passphrase();
        QVERIFY(passphrase.size() >= 28);
        auto* shown = dialog->findChild<QLineEdit*>(QStringLiteral("passphraseEdit"));
        QVERIFY(shown->isVisible());
        QCOMPARE(shown->text(), passphrase);
        const QString sevenZip = QStandardPaths::findExecutable(QStringLiteral("7z"));
        if (!sevenZip.isEmpty())
            QCOMPARE(QProcess::execute(sevenZip, {QStringLiteral("t"), QStringLiteral("-p") + passphrase, target}), 0);
        const QString shots = qEnvironmentVariable("FX_SCREENSHOT_DIR");
        if (!shots.isEmpty()) { // screenshots for the README and the review, in both languages
            for (const QString& language : {QStringLiteral("en"), QStringLiteral("de")}) {
                languages.apply(language);
                QTest::qWait(100);
                dialog->grab().save(QDir(shots).filePath(QStringLiteral("export_%1.png").arg(language)));
            }
            languages.apply(QStringLiteral("en"));
        }
        Confirm::setNextAnswer(true); // the passphrase was not copied: closing is asked about
        dialog->close();

        // The queue shows it fulfilled (all statuses), with the archive's checksum.
        page->showForLearner(12);
        QTRY_VERIFY_WITH_TIMEOUT(page->selectRequest(requestId), 5000);
        QTRY_VERIFY2_WITH_TIMEOUT(details->toPlainText().contains(QLatin1String("Export SHA-256")),
                                  qPrintable(details->toPlainText()), 5000);
        QVERIFY(details->toPlainText().contains(QLatin1String("Fulfilled")));
        if (!shots.isEmpty()) {
            QString error;
            QVERIFY(window.showPage(Page::Requests, &error));
            for (const QString& language : {QStringLiteral("en"), QStringLiteral("de")}) {
                languages.apply(language);
                QTRY_VERIFY(!details->toPlainText().isEmpty());
                QTest::qWait(200);
                window.grab().save(QDir(shots).filePath(QStringLiteral("request_%1.png").arg(language)));
            }
        }
    }

    void erasurePreviewApproveExecute()
    {
        // Opened by support; the DPO previews, approves as the second person and executes.
        const auto support = TestDatabase::connectAs(m_db, m_support);
        QJsonObject request;
        QString error;
        QVERIFY2(RequestStore(support->database())
                     .open(33, QStringLiteral("erasure"), QStringLiteral("SUP-51"), QStringLiteral("email confirmed"),
                           QDate(), &request, &error),
                 qPrintable(error));
        const qint64 requestId = request.value(QLatin1String("id")).toInteger();
        DbSession dpoSession;
        QSignalSpy opened(&dpoSession, &DbSession::opened);
        dpoSession.open(TestDatabase::profile(m_db, TestDatabase::createStaff(m_db, QStringLiteral("dpo"))),
                        TestDatabase::staffPassword());
        QVERIFY(opened.wait(15000));
        Languages languages;
        languages.apply(QStringLiteral("en"));
        RequestsPage page(&dpoSession);
        QSignalSpy refreshed(&page, &RequestsPage::refreshed);
        page.setSession(dpoSession.info());
        QVERIFY(refreshed.wait(5000));
        QVERIFY(page.findChild<QPushButton*>(QStringLiteral("purgeButton"))->isVisibleTo(&page));
        QVERIFY(page.selectRequest(requestId));
        QTRY_VERIFY(page.findChild<QPushButton*>(QStringLiteral("erasureButton"))->isEnabled());

        ErasureDialog* dialog = page.openErasureDialog();
        QVERIFY(dialog);
        QSignalSpy loaded(dialog, &ErasureDialog::loaded);
        QVERIFY(loaded.wait(5000));
        auto* steps = dialog->findChild<QTableWidget*>(QStringLiteral("erasureStepsTable"));
        QVERIFY(steps->rowCount() >= 5);
        QVERIFY2(FocusChain::unnamed(dialog).isEmpty(), qPrintable(FocusChain::unnamed(dialog).join(QLatin1Char(','))));
        QVERIFY2(FocusChain::backwards(dialog).isEmpty(),
                 qPrintable(FocusChain::backwards(dialog).join(QLatin1Char(','))));
        auto* approve = dialog->findChild<QPushButton*>(QStringLiteral("approveButton"));
        auto* execute = dialog->findChild<QPushButton*>(QStringLiteral("executeButton"));
        QVERIFY(approve->isEnabled());
        QVERIFY(!execute->isEnabled());
        dialog->decide(true, QStringLiteral("identity and request checked"));
        QVERIFY(loaded.wait(5000));
        QVERIFY2(!approve->isEnabled() && execute->isEnabled(), qPrintable(dialog->message()));
        Confirm::setNextAnswer(true);
        QTest::mouseClick(execute, Qt::LeftButton);
        QVERIFY(loaded.wait(5000));
        QVERIFY2(dialog->message().contains(QLatin1String("is erased")), qPrintable(dialog->message()));
        QCOMPARE(dialog->request().status, QStringLiteral("fulfilled"));
        QTemporaryDir folder;
        const QString pdf = folder.filePath(QStringLiteral("certificate.pdf"));
        QVERIFY2(dialog->saveCertificate(pdf, &error), qPrintable(error));
        QFile file(pdf);
        QVERIFY(file.open(QIODevice::ReadOnly) && file.read(5) == "%PDF-");
        const QString shots = qEnvironmentVariable("FX_SCREENSHOT_DIR");
        if (!shots.isEmpty()) {
            for (const QString& language : {QStringLiteral("en"), QStringLiteral("de")}) {
                languages.apply(language);
                QTest::qWait(100);
                dialog->grab().save(QDir(shots).filePath(QStringLiteral("erasure_%1.png").arg(language)));
            }
            languages.apply(QStringLiteral("en"));
        }
        dialog->close();
    }

    void overdueIsSaidInWords()
    {
        const auto connection = TestDatabase::connectAs(m_db, m_support);
        QJsonObject request;
        QString error;
        QVERIFY2(RequestStore(connection->database())
                     .open(30, QStringLiteral("objection"), QStringLiteral("SUP-9"), QStringLiteral("called back"),
                           QDate::currentDate().addDays(-45), &request, &error),
                 qPrintable(error));
        // Due within the week (the policy's default): due soon, in words, amber and with an icon.
        QJsonObject soon;
        QVERIFY2(RequestStore(connection->database())
                     .open(31, QStringLiteral("objection"), QStringLiteral("SUP-10"), QStringLiteral("called back"),
                           QDate::currentDate().addMonths(-1).addDays(3), &soon, &error),
                 qPrintable(error));
        Languages languages;
        languages.apply(QStringLiteral("en"));
        RequestsPage page(m_session.get());
        QSignalSpy refreshed(&page, &RequestsPage::refreshed);
        page.setSession(m_session->info());
        QVERIFY(refreshed.wait(5000));
        RequestQueueModel* model = page.model();
        QVERIFY(model->rowCount() >= 1);
        const QModelIndex days = model->index(0, RequestQueueModel::DaysLeft);
        QCOMPARE(model->row(0)->id, request.value(QLatin1String("id")).toInteger()); // soonest first
        QVERIFY2(model->data(days).toString().contains(QLatin1String("overdue by 14 days")),
                 qPrintable(model->data(days).toString()));
        QVERIFY(model->data(days, Qt::DecorationRole).isValid());
        QVERIFY(model->data(days, Qt::ForegroundRole).isValid());
        const QModelIndex soonDays = model->index(1, RequestQueueModel::DaysLeft);
        QCOMPARE(model->row(1)->id, soon.value(QLatin1String("id")).toInteger());
        QVERIFY(model->row(1)->daysLeft >= 0 && model->row(1)->daysLeft <= 7);
        QVERIFY2(model->data(soonDays).toString().startsWith(QLatin1String("due soon: ")),
                 qPrintable(model->data(soonDays).toString()));
        QVERIFY(model->data(soonDays, Qt::BackgroundRole).isValid());
        QVERIFY(model->data(soonDays, Qt::DecorationRole).isValid());
    }
};

QTEST_MAIN(TestRequestsPage)
#include "tst_requestspage.moc"
