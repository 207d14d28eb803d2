// SPDX-License-Identifier: GPL-3.0-or-later
// The nasty strings (NastyStrings.h) through the GUI. The learner search, ticket and purpose
// explain each refusal in the page's banner. Then every editable text field of every page, for
// each role, gets every string and Return: nothing crashes, and every message shown -- banner or
// dialog -- is a readable reason, without control characters or the 100 kB echoed back.
#include "NastyStrings.h"
#include "TestDatabase.h"
#include "common/MessageBanner.h"
#include "core/Languages.h"
#include "core/Settings.h"
#include "db/DbSession.h"
#include "main/MainWindow.h"
#include "users/UsersPage.h"

#include <QApplication>
#include <QDir>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>

namespace {

// Empty if a message is fit to show, otherwise what is wrong with it.
QString unfit(const QString& message)
{
    if (message.size() > 2000)
        return QStringLiteral("%1 characters").arg(message.size());
    for (QChar c : message)
        if ((c.unicode() < 0x20 && c != QLatin1Char('\n')) || c.unicode() == 0x202E || c.unicode() == 0x2066 ||
            c.unicode() == 0)
            return QStringLiteral("control character U+%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
    return QString();
}

} // namespace

class TestHostileGui : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_db = TestDatabase::createSeededDatabase(30);
    }

    void searchExplainsEachRefusal_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        for (const NastyString& s : nastyStrings())
            QTest::newRow(s.name) << s.text << s.validIdentifier;
    }

    void searchExplainsEachRefusal()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        DbSession session;
        open(session, QStringLiteral("support"));
        UsersPage page(&session);
        page.setSession(session.info());
        page.setTicket(QStringLiteral("SUP-7"));
        page.show();
        QSignalSpy finished(&page, &UsersPage::searchFinished);
        page.search(text);
        QVERIFY(finished.wait(10000));
        auto* banner = page.findChild<MessageBanner*>();
        // The field cuts nothing unseen: a text over 200 characters is refused with the limit.
        const bool fits = valid && text.size() <= 200;
        QCOMPARE(banner->isVisible(), !fits);
        if (!fits) {
            QVERIFY2(banner->text().startsWith(QLatin1String("Search text refused")), qPrintable(banner->text()));
            QVERIFY2(unfit(banner->text()).isEmpty(), qPrintable(unfit(banner->text())));
        }

        // The same text as the ticket reference.
        page.setTicket(text);
        page.search(QStringLiteral("example"));
        QVERIFY(finished.wait(10000));
        QVERIFY2(unfit(banner->text()).isEmpty(), qPrintable(unfit(banner->text())));
        if (text.contains(QChar(0)) || text.contains(QChar(0x202E)))
            QVERIFY2(banner->text().startsWith(QLatin1String("Ticket reference refused")), qPrintable(banner->text()));
    }

    // What a refused search looks like, in both languages (screenshots with FX_SCREENSHOT_DIR).
    void refusalReadsWellInBothLanguages()
    {
        const QString folder = qEnvironmentVariable("FX_SCREENSHOT_DIR");
        Languages languages;
        for (const QString& language : {QStringLiteral("en"), QStringLiteral("de")}) {
            languages.apply(language);
            DbSession session;
            open(session, QStringLiteral("support"));
            UsersPage page(&session);
            page.setSession(session.info());
            page.setTicket(QStringLiteral("SUP-7"));
            page.resize(1000, 420);
            page.show();
            QSignalSpy finished(&page, &UsersPage::searchFinished);
            page.search(QStringLiteral("anna\x1b[2J@example.org"));
            QVERIFY(finished.wait(10000));
            const QString shown = page.findChild<MessageBanner*>()->text();
            QVERIFY2(shown.contains(QLatin1String("U+001B")), qPrintable(shown));
            if (!folder.isEmpty())
                page.grab().save(QDir(folder).filePath(QStringLiteral("hostile_search_%1.png").arg(language)));
        }
        languages.apply(QStringLiteral("en"));
    }

    void everyFieldOfEveryPage_data()
    {
        QTest::addColumn<QString>("role");
        QTest::newRow("support") << QStringLiteral("support");
        QTest::newRow("dpo") << QStringLiteral("dpo");
        QTest::newRow("admin") << QStringLiteral("admin");
    }

    void everyFieldOfEveryPage()
    {
        QFETCH(QString, role);
        DbSession session;
        open(session, role);
        Languages languages;
        languages.apply(QStringLiteral("en"));
        Settings settings;
        MainWindow window(&session, &languages, &settings);
        window.show();

        // A dialog opened by Return is read and closed, so the test never waits on it.
        QStringList problems;
        QTimer closer;
        connect(&closer, &QTimer::timeout, this, [&problems] {
            if (QWidget* modal = QApplication::activeModalWidget()) {
                if (auto* box = qobject_cast<QMessageBox*>(modal); box && !unfit(box->text()).isEmpty())
                    problems << QStringLiteral("dialog: ") + unfit(box->text());
                modal->close();
            }
        });
        closer.start(50);

        // Every page is built for the role; fields on tabs or views not shown yet are included.
        int fields = 0;
        for (const Page page : window.offeredPages()) {
            QString error;
            QVERIFY(window.showPage(page, &error));
            QTest::qWait(300); // the page loads
        }
        {
            QList<QWidget*> editors;
            for (QLineEdit* e : window.findChildren<QLineEdit*>())
                if (!e->isReadOnly() && e->echoMode() == QLineEdit::Normal)
                    editors << e;
            for (QPlainTextEdit* e : window.findChildren<QPlainTextEdit*>())
                if (!e->isReadOnly())
                    editors << e;
            for (QWidget* editor : editors) {
                ++fields;
                for (const NastyString& s : nastyStrings()) {
                    if (auto* line = qobject_cast<QLineEdit*>(editor)) {
                        line->setText(s.text);
                        QTest::keyClick(line, Qt::Key_Return);
                    } else {
                        static_cast<QPlainTextEdit*>(editor)->setPlainText(s.text);
                    }
                    QTest::qWait(5);
                }
                QTest::qWait(100);
                for (MessageBanner* banner : window.findChildren<MessageBanner*>())
                    if (banner->isVisible() && !unfit(banner->text()).isEmpty())
                        problems << editor->objectName() + QStringLiteral(": ") + unfit(banner->text());
                if (auto* line = qobject_cast<QLineEdit*>(editor))
                    line->clear();
                else
                    static_cast<QPlainTextEdit*>(editor)->clear();
            }
        }
        QTest::qWait(500); // answers still on their way
        qInfo("%s: %d text fields of %lld pages, each given %lld nasty strings", qPrintable(role), fields,
              qlonglong(window.offeredPages().size()), qlonglong(nastyStrings().size()));
        QVERIFY(fields > 0);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

private:
    void open(DbSession& session, const QString& role)
    {
        if (!m_logins.contains(role))
            m_logins.insert(role, TestDatabase::createStaff(m_db, role));
        QSignalSpy opened(&session, &DbSession::opened);
        session.open(TestDatabase::profile(m_db, m_logins.value(role)), TestDatabase::staffPassword());
        QVERIFY(opened.wait(15000));
    }

    QString m_db;
    QMap<QString, QString> m_logins;
};

QTEST_MAIN(TestHostileGui)
#include "tst_hostilegui.moc"
