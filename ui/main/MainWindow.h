// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "db/ConnectError.h"
#include "db/SessionInfo.h"

#include <QMainWindow>
#include <QMap>

class DbSession;
class Languages;
class LanguageMenu;
class MessageBanner;
class HomePage;
struct HomeTarget;
class QListWidget;
class QStackedWidget;
class SessionStatusBar;
class UsersPage;
class RequestsPage;
class AuditPage;
class IncidentsPage;
class AdminPage;
class Settings;

// One page per job; only the pages the session's role may use are offered.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    MainWindow(DbSession* session, Languages* languages, Settings* settings, QWidget* parent = nullptr);

    // Shows a page; false with a message when the role may not use it or it is not built yet.
    bool showPage(Page page, QString* error);
    QList<Page> offeredPages() const { return m_pages.keys(); }
    HomePage* homePage() const { return m_home; }
    UsersPage* usersPage() const { return m_users; }
    RequestsPage* requestsPage() const { return m_requests; }
    AuditPage* auditPage() const { return m_audit; }
    IncidentsPage* incidentsPage() const { return m_incidents; }
    QString currentPageKey() const;
    QString aboutText() const;
    AdminPage* adminPage() const { return m_admin; }

public slots:
    void reconnect();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void onSessionOpened(const SessionInfo& info);
    void onConnectionLost(const ConnectError& error);
    void onUncertainChangeChecked(const QString& function, bool known, bool saved);
    void rebuildPages();
    // Opens the place where an item of the home page is handled.
    void openHomeItem(const HomeTarget& target);
    void showAbout();
    void showPreferences();
    void showGuide();
    void rebuildPageMenu();
    void updatePageMenu();

    DbSession* m_session;
    Languages* m_languages;
    Settings* m_settings;
    MessageBanner* m_banner;
    QListWidget* m_pageList;
    QStackedWidget* m_stack;
    SessionStatusBar* m_statusBar;
    HomePage* m_home;
    UsersPage* m_users;
    RequestsPage* m_requests;
    AuditPage* m_audit;
    IncidentsPage* m_incidents;
    AdminPage* m_admin;
    QMap<Page, QWidget*> m_pages;
    QMenu* m_fileMenu;
    QMenu* m_viewMenu;
    QMenu* m_pageMenu;
    QMenu* m_helpMenu;
    LanguageMenu* m_languageMenu;
    QAction* m_reconnectAction;
    QAction* m_preferencesAction;
    QAction* m_quitAction;
    QAction* m_guideAction;
    QList<QAction*> m_pageActions;
    QAction* m_aboutAction;
};
