// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestDatabase.h"

#include "common/MessageBanner.h"
#include "core/AppInfo.h"
#include "core/Languages.h"
#include "core/Settings.h"
#include "core/UserGuide.h"
#include "db/DbSession.h"
#include "main/HelpDialog.h"
#include "main/MainWindow.h"
#include "main/PreferencesDialog.h"

#include <QAccessible>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTabBar>
#include <QTest>

class TestMainWindow : public QObject
{
    Q_OBJECT
private:
    QString m_db;

    void open(DbSession& session, const QString& login)
    {
        QSignalSpy opened(&session, &DbSession::opened);
        session.open(TestDatabase::profile(m_db, login), TestDatabase::staffPassword());
        QVERIFY(opened.wait(15000));
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_db = TestDatabase::createDatabase();
    }

    void offersWhatTheRoleMayUse_data()
    {
        QTest::addColumn<QString>("role");
        QTest::addColumn<QString>("roleName");
        QTest::addColumn<QString>("forbiddenPage");
        QTest::addColumn<QList<Page>>("offered");
        QTest::newRow("support") << "support"
                                 << "Support"
                                 << "audit" << QList<Page>{Page::Overview, Page::Users, Page::Requests};
        QTest::newRow("dpo") << "dpo"
                             << "Data protection officer"
                             << "admin"
                             << QList<Page>{Page::Overview, Page::Users, Page::Requests, Page::Audit, Page::Incidents};
        QTest::newRow("admin") << "admin"
                               << "Administrator"
                               << "users" << QList<Page>{Page::Overview, Page::Incidents, Page::Admin};
    }

    void offersWhatTheRoleMayUse()
    {
        QFETCH(QString, role);
        QFETCH(QString, roleName);
        QFETCH(QString, forbiddenPage);
        QFETCH(QList<Page>, offered);
        const QString login = TestDatabase::createStaff(m_db, role);
        DbSession session;
        open(session, login);
        Languages languages;
        languages.apply(QStringLiteral("en"));
        Settings settings;
        MainWindow window(&session, &languages, &settings);
        window.show();
        QCOMPARE(window.offeredPages(), offered);
        QVERIFY(window.findChild<QLabel*>(QStringLiteral("loginLabel"))->text().contains(login));
        QVERIFY(window.findChild<QLabel*>(QStringLiteral("roleLabel"))->text().contains(roleName));
        QVERIFY(window.findChild<QLabel*>(QStringLiteral("tlsLabel"))->text().startsWith(QLatin1String("TLS: off")));
        QString error;
        QVERIFY(!window.showPage(*SessionInfo::pageFromKey(forbiddenPage), &error));
        QVERIFY2(error.contains(QLatin1String("may not use")), qPrintable(error));
        QVERIFY(window.showPage(Page::Overview, &error));
    }

    // After a reconnect, the fate of a change whose COMMIT the lost connection cut off, in words.
    void aCutOffChangeIsExplained()
    {
        DbSession session;
        open(session, TestDatabase::createStaff(m_db, QStringLiteral("support")));
        Languages languages;
        Settings settings;
        MainWindow window(&session, &languages, &settings);
        window.show();
        auto* banner = window.findChild<MessageBanner*>(QStringLiteral("connectionBanner"));
        const QString folder = qEnvironmentVariable("FX_SCREENSHOT_DIR");
        for (const QString& language : {QStringLiteral("en"), QStringLiteral("de")}) {
            languages.apply(language);
            QTest::qWait(150); // the window retranslates
            emit session.uncertainChangeChecked(QStringLiteral("user_lock"), true, true);
            QVERIFY(banner->isVisible() && banner->text().contains(QLatin1String("user_lock")));
            if (!folder.isEmpty())
                window.grab().save(QDir(folder).filePath(QStringLiteral("commit_saved_%1.png").arg(language)));
        }
        languages.apply(QStringLiteral("en"));
        emit session.uncertainChangeChecked(QStringLiteral("user_lock"), true, true);
        QVERIFY2(banner->text().contains(QLatin1String("was saved before")), qPrintable(banner->text()));
        emit session.uncertainChangeChecked(QStringLiteral("user_lock"), true, false);
        QVERIFY2(banner->text().contains(QLatin1String("was not saved")), qPrintable(banner->text()));
        emit session.uncertainChangeChecked(QStringLiteral("user_lock"), false, false);
        QVERIFY2(banner->text().contains(QLatin1String("can no longer tell")), qPrintable(banner->text()));
    }

    void preferencesApplyAndKeepNoSecret()
    {
        DbSession session;
        open(session, TestDatabase::createStaff(m_db, QStringLiteral("support")));
        Languages languages;
        languages.apply(QStringLiteral("en"));
        Settings settings;
        PreferencesDialog dialog(&settings, &languages);
        QSignalSpy checked(&dialog, &PreferencesDialog::keychainChecked);
        QVERIFY(checked.wait(10000));
        // Where no keychain service runs (CI), the option is off and says why.
        if (!dialog.keychainOffered()) {
            QVERIFY(!dialog.findChild<QCheckBox*>(QStringLiteral("keychainCheckBox"))->isChecked());
            QVERIFY2(dialog.keychainNote().contains(QLatin1String("keychain")), qPrintable(dialog.keychainNote()));
        }
        if (const QString shots = qEnvironmentVariable("FX_SCREENSHOT_DIR"); !shots.isEmpty()) {
            for (const QString& language : {QStringLiteral("en"), QStringLiteral("de")}) {
                languages.apply(language);
                PreferencesDialog shown(&settings, &languages);
                QSignalSpy shownChecked(&shown, &PreferencesDialog::keychainChecked);
                QVERIFY(shownChecked.wait(10000));
                shown.grab().save(QDir(shots).filePath(QStringLiteral("preferences_%1.png").arg(language)));
            }
            languages.apply(QStringLiteral("en"));
        }
        auto* theme = dialog.findChild<QComboBox*>(QStringLiteral("themeCombo"));
        theme->setCurrentIndex(theme->findData(QStringLiteral("dark")));
        auto* level = dialog.findChild<QComboBox*>(QStringLiteral("logLevelCombo"));
        level->setCurrentIndex(level->findData(QStringLiteral("debug")));
        dialog.apply();
        QCOMPARE(Settings().theme(), QStringLiteral("dark"));
        QCOMPARE(Settings().logLevel(), QStringLiteral("debug"));
        QVERIFY(QApplication::palette().color(QPalette::Window).lightness() < 80);
        theme->setCurrentIndex(theme->findData(QStringLiteral("system")));
        level->setCurrentIndex(level->findData(QStringLiteral("info")));
        dialog.apply();
        QVERIFY(QApplication::palette().color(QPalette::Window).lightness() > 150);
        QFile file(QSettings().fileName());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains(TestDatabase::staffPassword().toUtf8()));
    }

    void everyPageHasAGuideInBothLanguages()
    {
        for (Page page : {Page::Overview, Page::Users, Page::Requests, Page::Audit, Page::Incidents, Page::Admin}) {
            const QString key = SessionInfo::pageKey(page);
            const QString en = UserGuide::html(key, QStringLiteral("en"));
            const QString de = UserGuide::html(key, QStringLiteral("de"));
            QVERIFY2(en.contains(QLatin1String("<h1>")) && de.contains(QLatin1String("<h1>")), qPrintable(key));
            QVERIFY2(en.contains(QLatin1String("lang=\"en\"")) && de.contains(QLatin1String("lang=\"de\"")),
                     qPrintable(key));
            QVERIFY2(en != de, qPrintable(key));
        }
        QVERIFY(UserGuide::html(QStringLiteral("nonsense"), QStringLiteral("en")).isEmpty());
    }

    void helpAndAboutFromTheMenu()
    {
        DbSession session;
        open(session, TestDatabase::createStaff(m_db, QStringLiteral("dpo")));
        Languages languages;
        languages.apply(QStringLiteral("de"));
        Settings settings;
        MainWindow window(&session, &languages, &settings);
        QString error;
        QVERIFY(window.showPage(Page::Incidents, &error));
        QCOMPARE(window.currentPageKey(), QStringLiteral("incidents"));
        // The page's main actions are in the Page menu with their shortcuts.
        auto* pageMenu = window.findChild<QMenu*>(QStringLiteral("pageMenu"));
        QVERIFY(pageMenu);
        const auto actions = pageMenu->actions();
        QVERIFY(std::any_of(actions.begin(), actions.end(), [](const QAction* a) {
            return a->shortcut() == QKeySequence(QKeySequence::New) && !a->text().isEmpty();
        }));
        QVERIFY(std::any_of(actions.begin(), actions.end(),
                            [](const QAction* a) { return a->shortcut() == QKeySequence(QKeySequence::Refresh); }));
        HelpDialog help(window.currentPageKey());
        QVERIFY2(help.text().contains(QLatin1String("72-Stunden-Frist")), qPrintable(help.text()));
        languages.apply(QStringLiteral("en"));
        for (const char* component : {"Qt", "OpenSSL", "libzip", "spdlog", "QtKeychain", "libpq"})
            QVERIFY2(window.aboutText().contains(QLatin1String(component)), component);
        QVERIFY(window.aboutText().contains(AppInfo::version()));
    }

    void everyFocusableControlHasAnAccessibleName_data()
    {
        QTest::addColumn<QString>("role");
        QTest::newRow("support") << QStringLiteral("support");
        QTest::newRow("dpo") << QStringLiteral("dpo");
        QTest::newRow("admin") << QStringLiteral("admin");
    }

    void everyFocusableControlHasAnAccessibleName()
    {
        QFETCH(QString, role);
        DbSession session;
        open(session, TestDatabase::createStaff(m_db, role));
        Languages languages;
        languages.apply(QStringLiteral("en"));
        Settings settings;
        MainWindow window(&session, &languages, &settings);
        window.show();
        QStringList unnamed;
        for (Page page : window.offeredPages()) {
            QString error;
            QVERIFY(window.showPage(page, &error));
            QTest::qWait(100);
            // Tab through the page as a keyboard user would, and ask each control its name.
            QWidget* start = QApplication::focusWidget();
            QWidget* w = window.nextInFocusChain();
            for (int i = 0; i < 400 && w; ++i, w = w->nextInFocusChain()) {
                if (!w->isVisible() || !w->isEnabled() || !(w->focusPolicy() & Qt::TabFocus) || !window.isAncestorOf(w))
                    continue;
                if (auto* bar = qobject_cast<QTabBar*>(w); bar && bar->count() == 0)
                    continue; // no tab to reach yet (no learner chosen)
                QAccessibleInterface* a = QAccessible::queryAccessibleInterface(w);
                if (!a || a->text(QAccessible::Name).trimmed().isEmpty())
                    unnamed << QStringLiteral("%1: %2 %3")
                                   .arg(SessionInfo::pageKey(page), QString::fromLatin1(w->metaObject()->className()),
                                        w->objectName());
            }
            Q_UNUSED(start);
        }
        unnamed.removeDuplicates();
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QLatin1Char('\n'))));
        // Tab order reads like the page: each next control is not above the previous one's row.
        QStringList backwards;
        for (Page page : window.offeredPages()) {
            QString error;
            QVERIFY(window.showPage(page, &error));
            QTest::qWait(50);
            QWidget* previous = nullptr;
            QWidget* w = window.nextInFocusChain();
            for (int i = 0; i < 400 && w; ++i, w = w->nextInFocusChain()) {
                if (!w->isVisible() || !w->isEnabled() || !(w->focusPolicy() & Qt::TabFocus) || !window.isAncestorOf(w))
                    continue;
                if (auto* bar = qobject_cast<QTabBar*>(w); bar && bar->count() == 0)
                    continue;
                if (previous) {
                    const QRect a(previous->mapTo(&window, QPoint(0, 0)), previous->size());
                    const QRect b(w->mapTo(&window, QPoint(0, 0)), w->size());
                    if (b.bottom() < a.top())
                        backwards << QStringLiteral("%1: %2 %3 -> %4 %5")
                                         .arg(SessionInfo::pageKey(page),
                                              QString::fromLatin1(previous->metaObject()->className()),
                                              previous->accessibleName(),
                                              QString::fromLatin1(w->metaObject()->className()), w->accessibleName());
                }
                previous = w;
            }
        }
        QVERIFY2(backwards.isEmpty(), qPrintable(backwards.join(QLatin1Char('\n'))));
    }

    void lostConnectionOffersReconnect()
    {
        const QString login = TestDatabase::createStaff(m_db, QStringLiteral("support"));
        DbSession session;
        open(session, login);
        session.setHeartbeatInterval(200);
        Languages languages;
        languages.apply(QStringLiteral("en"));
        Settings settings;
        MainWindow window(&session, &languages, &settings);
        window.show();
        auto* banner = window.findChild<MessageBanner*>(QStringLiteral("connectionBanner"));
        QVERIFY(!banner->isVisible());
        QVERIFY(TestDatabase::exec(
            m_db,
            QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = '%1'").arg(login)));
        QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), 10000);
        QVERIFY2(banner->text().contains(QLatin1String("was lost")), qPrintable(banner->text()));
        auto* action = banner->findChild<QPushButton*>(QStringLiteral("messageActionButton"));
        QVERIFY(action->isVisible());
        QCOMPARE(action->text(), QStringLiteral("Reconnect"));
        QCOMPARE(window.findChild<QLabel*>(QStringLiteral("serverLabel"))->text(), QStringLiteral("Not connected"));

        // Signing in again clears the banner.
        open(session, login);
        QVERIFY(!banner->isVisible());
    }

    void switchingLanguageRetranslatesTheWindow()
    {
        DbSession session;
        open(session, TestDatabase::createStaff(m_db, QStringLiteral("admin")));
        Languages languages;
        languages.apply(QStringLiteral("en"));
        Settings settings;
        MainWindow window(&session, &languages, &settings);
        window.show();
        auto* role = window.findChild<QLabel*>(QStringLiteral("roleLabel"));
        QCOMPARE(role->text(), QStringLiteral("Role: Administrator"));
        languages.apply(QStringLiteral("de"));
        QTRY_COMPARE(role->text(), QStringLiteral("Rolle: Administrator"));
        QCOMPARE(window.menuBar()->actions().first()->text(), QStringLiteral("&Datei"));
        languages.apply(QStringLiteral("en"));
        QTRY_COMPARE(window.menuBar()->actions().first()->text(), QStringLiteral("&File"));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
