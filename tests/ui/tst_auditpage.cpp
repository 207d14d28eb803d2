// SPDX-License-Identifier: GPL-3.0-or-later
// The Access log page offscreen: it loads when shown, the flag is among the first columns, entries
// read as sentences (no action code, in German too); filter by a learner, scroll pages, verify the
// chain, sign and check a checkpoint, export the CSV report.
#include "PdfText.h"
#include "TestDatabase.h"

#include "audit/AuditLogModel.h"
#include "audit/AuditPage.h"
#include "core/Languages.h"
#include "db/DbSession.h"
#include "export/Csv.h"
#include "privacy/AuditSentence.h"
#include "privacy/UserDirectory.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
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
        // A second DPO looks at a learner without ticket or open request: a flag to review.
        const auto other = TestDatabase::connectAs(m_db, TestDatabase::createStaff(m_db, QStringLiteral("dpo")));
        QJsonObject spotCheck;
        QString spotError;
        QVERIFY2(UserDirectory(other->database())
                     .summary(33, {QString(), QStringLiteral("spot check")}, &spotCheck, &spotError),
                 qPrintable(spotError));
        m_session = std::make_unique<DbSession>();
        QSignalSpy opened(m_session.get(), &DbSession::opened);
        m_session->open(TestDatabase::profile(m_db, TestDatabase::createStaff(m_db, QStringLiteral("dpo"))),
                        TestDatabase::staffPassword());
        QVERIFY(opened.wait(15000));
    }

    void loadsWhenShownInGermanSentences()
    {
        Languages languages;
        languages.apply(QStringLiteral("de"));
        AuditPage page(m_session.get());
        QSignalSpy loaded(page.model(), &AuditLogModel::pageLoaded);
        page.setSession(m_session->info()); // hidden: nothing is read yet
        QCOMPARE(page.model()->rowCount(), 0);
        page.resize(1200, 800);
        page.show();
        QVERIFY2(loaded.wait(5000), "the page did not load when shown");
        QVERIFY(page.model()->rowCount() > 0);
        const auto* table = page.findChild<QTableView*>(QStringLiteral("auditTable"));
        QVERIFY(table->horizontalHeader()->visualIndex(AuditLogModel::Flag) < 3);
        QVERIFY(!table->isColumnHidden(AuditLogModel::Flag));
        QStringList codes = AuditSentence::knownActions();
        codes.removeIf([](const QString& c) { return !c.contains(QLatin1Char('.')); });
        for (int row = 0; row < page.model()->rowCount(); ++row)
            for (int column = 0; column < page.model()->columnCount(); ++column) {
                const QString text = page.model()->index(row, column).data().toString();
                for (const QString& code : std::as_const(codes))
                    QVERIFY2(!text.contains(code), qPrintable(text));
                QVERIFY2(!text.contains(QLatin1String("access-log review")), qPrintable(text));
            }
        // Opened again, it reads the log afresh: its own first query is now in it.
        const qint64 newest = page.model()->entry(0)->id;
        page.hide();
        loaded.clear();
        page.show();
        QVERIFY2(loaded.wait(5000), "the page did not load when opened again");
        QVERIFY(page.model()->entry(0)->id > newest);
        languages.apply(QStringLiteral("en"));
    }

    void reviewAFlag()
    {
        AuditPage page(m_session.get());
        page.resize(1200, 800);
        page.show();
        QSignalSpy loaded(page.model(), &AuditLogModel::pageLoaded);
        page.findChild<QCheckBox*>(QStringLiteral("anomaliesCheckBox"))->setChecked(true);
        page.findChild<QLineEdit*>(QStringLiteral("subjectFilterEdit"))->setText(QStringLiteral("33"));
        page.apply();
        QVERIFY(loaded.wait(5000));
        qint64 flagged = 0;
        for (int row = 0; row < page.model()->rowCount(); ++row)
            if (page.model()->entry(row)->action == QLatin1String("user.view"))
                flagged = page.model()->entry(row)->id;
        QVERIFY2(flagged > 0, "the spot check is not flagged");
        QSignalSpy reviewed(&page, &AuditPage::reviewed);
        page.review(flagged, QStringLiteral("justified"), QStringLiteral("agreed spot check"));
        QVERIFY(reviewed.wait(5000));
        QVERIFY2(reviewed.first().first().toBool(), qPrintable(page.message()));
        for (int row = 0; row < page.model()->rowCount(); ++row)
            QVERIFY(page.model()->entry(row)->id != flagged); // off the open queue
        // With the reviewed ones, it shows its outcome.
        page.findChild<QCheckBox*>(QStringLiteral("withReviewedCheckBox"))->setChecked(true);
        page.apply();
        QVERIFY(loaded.wait(5000));
        bool shown = false;
        for (int row = 0; row < page.model()->rowCount(); ++row)
            if (page.model()->entry(row)->id == flagged) {
                shown = true;
                QVERIFY(page.model()
                            ->index(row, AuditLogModel::Flag)
                            .data()
                            .toString()
                            .contains(QLatin1String("Justified")));
            }
        QVERIFY(shown);
        // Twice is refused, in words.
        reviewed.clear();
        page.review(flagged, QStringLiteral("escalated"), QStringLiteral("again"));
        QVERIFY(reviewed.wait(5000));
        QVERIFY(!reviewed.first().first().toBool());
        QVERIFY2(page.message().contains(QLatin1String("reviewed already")), qPrintable(page.message()));
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
