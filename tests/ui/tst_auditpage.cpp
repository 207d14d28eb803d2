// SPDX-License-Identifier: GPL-3.0-or-later
// The Access log page offscreen: filter by a learner, scroll pages, verify the chain, sign and
// check a checkpoint, export the CSV report.
#include "PdfText.h"
#include "TestDatabase.h"

#include "audit/AuditLogModel.h"
#include "audit/AuditPage.h"
#include "core/Languages.h"
#include "db/DbSession.h"
#include "export/Csv.h"
#include "privacy/UserDirectory.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

class TestAuditPage : public QObject
{
    Q_OBJECT
private:
    QString m_db;
    std::unique_ptr<DbSession> m_session;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_db = TestDatabase::createSeededDatabase(40);
        // Some history: support views learners for tickets.
        const auto support = TestDatabase::connectAs(m_db, TestDatabase::createStaff(m_db, QStringLiteral("support")));
        for (int i = 0; i < 1200; ++i) {
            QJsonObject summary;
            QString error;
            QVERIFY2(UserDirectory(support->database())
                         .summary(1 + i % 30, {QStringLiteral("SUP-%1").arg(i % 17), QString()}, &summary, &error),
                     qPrintable(error));
        }
        m_session = std::make_unique<DbSession>();
        QSignalSpy opened(m_session.get(), &DbSession::opened);
        m_session->open(TestDatabase::profile(m_db, TestDatabase::createStaff(m_db, QStringLiteral("dpo"))),
                        TestDatabase::staffPassword());
        QVERIFY(opened.wait(15000));
    }

    void filterScrollVerifySignExport()
    {
        Languages languages;
        languages.apply(QStringLiteral("en"));
        AuditPage page(m_session.get());
        page.resize(1200, 800);
        page.show();
        QAbstractItemModelTester tester(page.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy loaded(page.model(), &AuditLogModel::pageLoaded);
        page.setSession(m_session->info());
        QVERIFY(loaded.wait(5000));
        QCOMPARE(page.model()->rowCount(), AuditLogModel::PageSize);
        // Scrolling fetches the next page.
        page.model()->fetchMore({});
        QVERIFY(loaded.wait(5000));
        QCOMPARE(page.model()->rowCount(), 2 * AuditLogModel::PageSize);
        QVERIFY(page.model()->entry(0)->id > page.model()->entry(1)->id); // newest first

        // Only one learner.
        page.findChild<QLineEdit*>(QStringLiteral("subjectFilterEdit"))->setText(QStringLiteral("7"));
        page.apply();
        QVERIFY(loaded.wait(5000));
        QVERIFY(page.model()->rowCount() >= 40);
        for (int i = 0; i < page.model()->rowCount(); ++i)
            QCOMPARE(page.model()->entry(i)->subjectId, 7);

        QSignalSpy verified(&page, &AuditPage::verified);
        QTest::mouseClick(page.findChild<QPushButton*>(QStringLiteral("verifyButton")), Qt::LeftButton);
        QVERIFY(verified.wait(10000));
        QVERIFY(verified.first().first().toBool());
        QVERIFY(
            page.findChild<QLabel*>(QStringLiteral("verifyStatusLabel"))->text().startsWith(QLatin1String("Intact")));

        QTemporaryDir folder;
        const QString key = folder.filePath(QStringLiteral("dpo.key"));
        QString error;
        QVERIFY2(page.createKey(key, QStringLiteral("a long passphrase"), &error), qPrintable(error));
        QSignalSpy written(&page, &AuditPage::checkpointWritten);
        const QString checkpoint = folder.filePath(QStringLiteral("checkpoint.json"));
        page.signCheckpoint(key, QStringLiteral("a long passphrase"), checkpoint);
        QVERIFY(written.wait(10000));
        QVERIFY2(written.first().first().toBool(), qPrintable(page.message()));
        verified.clear();
        page.verify(checkpoint, key + QStringLiteral(".pub"));
        QVERIFY(verified.wait(10000));
        QVERIFY2(verified.first().first().toBool(),
                 qPrintable(page.findChild<QLabel*>(QStringLiteral("verifyStatusLabel"))->text()));

        QSignalSpy exported(&page, &AuditPage::exported);
        const QString csv = folder.filePath(QStringLiteral("log.csv"));
        page.exportCsv(csv);
        QVERIFY(exported.wait(10000));
        QVERIFY2(exported.first().first().toBool(), qPrintable(page.message()));
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QList<QStringList> records;
        QVERIFY(Csv::parse(file.readAll(), &records));
        QVERIFY(records.size() > 40);
        QCOMPARE(records.first().first(), QStringLiteral("id"));

        // The PDF review report holds the counts (read back with pdftotext).
        exported.clear();
        const QString pdf = folder.filePath(QStringLiteral("review.pdf"));
        page.exportPdf(pdf);
        QVERIFY(exported.wait(15000));
        QVERIFY2(exported.first().first().toBool(), qPrintable(page.message()));
        QProcess text;
        text.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
        QVERIFY2(text.waitForFinished(30000) && text.exitCode() == 0, "pdftotext (poppler-utils) is needed");
        const QString report = QString::fromUtf8(text.readAllStandardOutput());
        QVERIFY2(report.contains(QLatin1String("Access-log review")), qPrintable(report.left(300)));
        QCOMPARE(PdfText::ligatures(report), QString());
        const QRegularExpressionMatch counts =
            QRegularExpression(QStringLiteral("Entries: ([0-9,]+)\\. Unusual entries: ([0-9,]+)\\.")).match(report);
        QVERIFY2(counts.hasMatch(), qPrintable(report.left(600)));
        QVERIFY(counts.captured(1).remove(QLatin1Char(',')).toLongLong() >= 40);
        QVERIFY(report.contains(QLatin1String("intact up to entry")));

        const QString shots = qEnvironmentVariable("FX_SCREENSHOT_DIR");
        if (!shots.isEmpty()) {
            page.findChild<QLineEdit*>(QStringLiteral("subjectFilterEdit"))->clear();
            QSignalSpy chart(&page, &AuditPage::chartUpdated);
            page.apply();
            QVERIFY(loaded.wait(5000));
            QVERIFY(chart.wait(5000) || chart.count() > 0);
            for (const QString& language : {QStringLiteral("en"), QStringLiteral("de")}) {
                languages.apply(language);
                QTest::qWait(200);
                page.grab().save(QDir(shots).filePath(QStringLiteral("audit_%1.png").arg(language)));
            }
        }
    }
};

QTEST_MAIN(TestAuditPage)
#include "tst_auditpage.moc"
