// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindow.h"

#include "LanguageMenu.h"
#include "SessionStatusBar.h"
#include "admin/AdminPage.h"
#include "admin/StaffTab.h"
#include "audit/AuditPage.h"
#include "common/MainAction.h"
#include "common/MessageBanner.h"
#include "core/AppInfo.h"
#include "core/BuildInfo.h"
#include "core/Settings.h"
#include "db/DbSession.h"
#include "home/HomePage.h"
#include "incidents/IncidentsPage.h"
#include "login/LoginDialog.h"
#include "main/HelpDialog.h"
#include "main/PreferencesDialog.h"
#include "requests/RequestsPage.h"
#include "users/UserDetailView.h"
#include "users/UsersPage.h"

#include <QAbstractButton>
#include <QApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QStackedWidget>
#include <QVBoxLayout>
#include <QWhatsThis>

#include <memory>

MainWindow::MainWindow(DbSession* session, Languages* languages, Settings* settings, QWidget* parent)
    : QMainWindow(parent)
    , m_session(session)
    , m_languages(languages)
    , m_settings(settings)
    , m_banner(new MessageBanner(this))
    , m_pageList(new QListWidget(this))
    , m_stack(new QStackedWidget(this))
    , m_statusBar(new SessionStatusBar(this))
    , m_home(new HomePage(session, this))
    , m_users(new UsersPage(session, this))
    , m_requests(new RequestsPage(session, this))
    , m_audit(new AuditPage(session, this))
    , m_incidents(new IncidentsPage(session, this))
    , m_admin(new AdminPage(session, this))
{
    setObjectName(QStringLiteral("mainWindow"));
    m_pageList->setObjectName(QStringLiteral("pageListWidget"));
    m_banner->setObjectName(QStringLiteral("connectionBanner"));
    m_pageList->setMaximumWidth(170);
    m_pageList->setMinimumWidth(130);

    auto* central = new QWidget(this);
    auto* body = new QHBoxLayout;
    body->addWidget(m_pageList);
    body->addWidget(m_stack, 1);
    auto* layout = new QVBoxLayout(central);
    layout->addWidget(m_banner);
    layout->addLayout(body, 1);
    setCentralWidget(central);
    setStatusBar(m_statusBar);

    m_fileMenu = menuBar()->addMenu(QString());
    m_reconnectAction = m_fileMenu->addAction(QString(), this, &MainWindow::reconnect);
    m_reconnectAction->setObjectName(QStringLiteral("reconnectAction"));
    m_preferencesAction = m_fileMenu->addAction(QString(), this, &MainWindow::showPreferences);
    m_preferencesAction->setObjectName(QStringLiteral("preferencesAction"));
    m_preferencesAction->setShortcut(QKeySequence::Preferences);
    m_preferencesAction->setMenuRole(QAction::PreferencesRole);
    m_fileMenu->addSeparator();
    m_quitAction = m_fileMenu->addAction(QString(), qApp, &QApplication::quit);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_viewMenu = menuBar()->addMenu(QString());
    m_languageMenu = new LanguageMenu(languages, settings, this);
    m_viewMenu->addMenu(m_languageMenu);
    m_viewMenu->addSeparator();
    m_pageMenu = menuBar()->addMenu(QString());
    m_pageMenu->setObjectName(QStringLiteral("pageMenu"));
    connect(m_pageMenu, &QMenu::aboutToShow, this, &MainWindow::updatePageMenu);
    // Shortcuts stay live while the menu is closed: a disabled action's shortcut does nothing, and
    // each action checks its button when triggered.
    connect(m_pageMenu, &QMenu::aboutToHide, this, [this] {
        for (QAction* action : m_pageMenu->actions())
            action->setEnabled(true);
    });
    m_helpMenu = menuBar()->addMenu(QString());
    m_guideAction = m_helpMenu->addAction(QString(), this, &MainWindow::showGuide);
    m_guideAction->setObjectName(QStringLiteral("guideAction"));
    m_guideAction->setShortcut(QKeySequence::HelpContents);
    m_helpMenu->addAction(QWhatsThis::createAction(this));
    m_aboutAction = m_helpMenu->addAction(QString(), this, &MainWindow::showAbout);

    connect(m_users->detail(), &UserDetailView::requestOpened, m_requests, [this](qint64 requestId) {
        m_requests->selectRequest(requestId);
        m_requests->refresh();
    });
    connect(m_users->detail(), &UserDetailView::requestsWanted, this, [this](qint64 userId) {
        QString error;
        if (showPage(Page::Requests, &error))
            m_requests->showForLearner(userId);
    });
    connect(m_users->detail(), &UserDetailView::accessLogWanted, this, [this](qint64 userId) {
        QString error;
        if (showPage(Page::Audit, &error))
            m_audit->showForLearner(userId);
    });
    connect(m_home, &HomePage::itemActivated, this, &MainWindow::openHomeItem);
    connect(m_pageList, &QListWidget::currentRowChanged, m_stack, &QStackedWidget::setCurrentIndex);
    connect(m_stack, &QStackedWidget::currentChanged, this, &MainWindow::rebuildPageMenu);
    connect(m_session, &DbSession::opened, this, &MainWindow::onSessionOpened);
    connect(m_session, &DbSession::connectionLost, this, &MainWindow::onConnectionLost);
    connect(m_session, &DbSession::uncertainChangeChecked, this, &MainWindow::onUncertainChangeChecked);
    connect(m_banner, &MessageBanner::actionTriggered, this, &MainWindow::reconnect);

    if (m_session->isOpen())
        onSessionOpened(m_session->info());
    retranslateUi();
    resize(1100, 720);
}

void MainWindow::onSessionOpened(const SessionInfo& info)
{
    m_banner->clear();
    m_statusBar->setSession(info);
    m_home->setSession(info);
    if (info.mayUse(Page::Users))
        m_users->setSession(info);
    if (info.mayUse(Page::Requests))
        m_requests->setSession(info);
    if (info.mayUse(Page::Audit))
        m_audit->setSession(info);
    if (info.mayUse(Page::Incidents))
        m_incidents->setSession(info);
    if (info.mayUse(Page::Admin))
        m_admin->setSession(info);
    rebuildPages();
}

void MainWindow::rebuildPages()
{
    while (m_stack->count() > 0)
        m_stack->removeWidget(m_stack->widget(0));
    qDeleteAll(m_pageActions);
    m_pageActions.clear();
    m_pageList->clear();
    m_pages.clear();
    const SessionInfo& info = m_session->info();
    // The role decides what is offered.
    const QList<QPair<Page, QWidget*>> built{{Page::Overview, m_home},       {Page::Users, m_users},
                                             {Page::Requests, m_requests},   {Page::Audit, m_audit},
                                             {Page::Incidents, m_incidents}, {Page::Admin, m_admin}};
    for (const auto& [page, widget] : built) {
        if (!info.mayUse(page)) {
            widget->hide();
            continue;
        }
        m_pages.insert(page, widget);
        m_stack->addWidget(widget);
        m_pageList->addItem(SessionInfo::pageTitle(page));
        // Each page also from the View menu, with Ctrl+1, Ctrl+2, ... in the order shown.
        auto* action = m_viewMenu->addAction(SessionInfo::pageTitle(page), this, [this, page = page] {
            QString ignored;
            showPage(page, &ignored);
        });
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + m_pageActions.size())));
        action->setData(int(page));
        m_pageActions.append(action);
    }
    m_pageList->setCurrentRow(0);
}

bool MainWindow::showPage(Page page, QString* error)
{
    const SessionInfo& info = m_session->info();
    if (!info.mayUse(page)) {
        *error = tr("The role %1 may not use the page \"%2\".").arg(info.roleName(), SessionInfo::pageTitle(page));
        return false;
    }
    m_pageList->setCurrentRow(m_stack->indexOf(m_pages.value(page)));
    return true;
}

void MainWindow::openHomeItem(const HomeTarget& target)
{
    QString error;
    switch (target.kind) {
    case HomeTarget::Kind::Request:
    case HomeTarget::Kind::Approval:
        if (!showPage(Page::Requests, &error))
            break;
        if (target.kind == HomeTarget::Kind::Approval) {
            // The erasure dialog opens once the request is selected, which may need the next refresh.
            auto once = std::make_shared<QMetaObject::Connection>();
            *once = connect(m_requests, &RequestsPage::refreshed, this, [this, once, id = target.id] {
                disconnect(*once);
                if (m_requests->selectRequest(id))
                    m_requests->openErasureDialog();
            });
        }
        m_requests->selectRequest(target.id);
        m_requests->refresh();
        break;
    case HomeTarget::Kind::Incident:
        if (showPage(Page::Incidents, &error)) {
            m_incidents->selectIncident(target.id);
            m_incidents->refresh();
        }
        break;
    case HomeTarget::Kind::UnusualAccess:
        if (showPage(Page::Audit, &error))
            m_audit->showUnusual();
        break;
    case HomeTarget::Kind::AccessLog:
        showPage(Page::Audit, &error);
        break;
    case HomeTarget::Kind::Purge:
        // Administrators set the retention rules; the DPO purges from the Requests page.
        if (m_session->info().mayUse(Page::Admin)) {
            if (showPage(Page::Admin, &error))
                m_admin->showRetentionTab();
        } else {
            showPage(Page::Requests, &error);
        }
        break;
    case HomeTarget::Kind::Staff:
        if (showPage(Page::Admin, &error)) {
            m_admin->showStaffTab();
            m_admin->staff()->selectLogin(target.login);
        }
        break;
    }
    if (!error.isEmpty())
        m_banner->showMessage(MessageBanner::Kind::Error, error);
}

void MainWindow::onConnectionLost(const ConnectError& error)
{
    m_statusBar->setDisconnected();
    m_banner->showMessage(MessageBanner::Kind::Error, error.message, tr("Reconnect"));
}

void MainWindow::onUncertainChangeChecked(const QString& function, bool known, bool saved)
{
    if (!known)
        m_banner->showMessage(MessageBanner::Kind::Warning,
                              tr("The server can no longer tell whether the change \"%1\", cut off by the lost "
                                 "connection, was saved. Check the record before doing it again.")
                                  .arg(function));
    else if (saved)
        m_banner->showMessage(MessageBanner::Kind::Information,
                              tr("The change \"%1\" was saved before the connection was lost. Do not do it again; "
                                 "refresh the page to see it.")
                                  .arg(function));
    else
        m_banner->showMessage(
            MessageBanner::Kind::Warning,
            tr("The change \"%1\" was not saved when the connection was lost. Do it again.").arg(function));
}

void MainWindow::reconnect()
{
    LoginDialog dialog(m_session, m_settings, this);
    const ConnectionProfile profile = m_session->profile();
    dialog.selectProfile(profile.isDemo() ? profile.demoRole : profile.name);
    if (profile.isDemo())
        dialog.connectToServer();
    dialog.exec();
}

void MainWindow::showPreferences()
{
    PreferencesDialog dialog(m_settings, m_languages, this);
    dialog.exec();
}

void MainWindow::rebuildPageMenu()
{
    // The shown page's main actions, with their shortcuts; they go when the page goes.
    m_pageMenu->clear();
    QWidget* page = m_stack->currentWidget();
    if (!page)
        return;
    for (QAbstractButton* button : page->findChildren<QAbstractButton*>()) {
        if (!MainAction::isMarked(button))
            continue;
        QAction* action = m_pageMenu->addAction(button->text(), button, [button] {
            if (button->isVisible() && button->isEnabled())
                button->click();
        });
        action->setShortcut(MainAction::shortcut(button));
        action->setData(QVariant::fromValue(static_cast<QObject*>(button)));
    }
    m_pageMenu->setEnabled(!m_pageMenu->isEmpty());
}

void MainWindow::updatePageMenu()
{
    for (QAction* action : m_pageMenu->actions()) {
        const auto* button = qobject_cast<QAbstractButton*>(action->data().value<QObject*>());
        if (!button)
            continue;
        action->setText(button->text());
        action->setEnabled(button->isVisible() && button->isEnabled());
    }
    m_pageMenu->setEnabled(!m_pageMenu->isEmpty());
}

QString MainWindow::currentPageKey() const
{
    return SessionInfo::pageKey(m_pages.key(m_stack->currentWidget(), Page::Overview));
}

void MainWindow::showGuide()
{
    HelpDialog dialog(currentPageKey(), this);
    dialog.exec();
}

QString MainWindow::aboutText() const
{
    QString components;
    for (const BuildInfo::Component& c : BuildInfo::components())
        components += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td></tr>")
                          .arg(c.name.toHtmlEscaped(), c.version.toHtmlEscaped(), c.licence.toHtmlEscaped());
    return tr("<h3>%1</h3><p>Version %2 (%3)</p><p>The desktop tool with which Fluxariont's staff keep the "
              "promises of its privacy policy. Licensed under the GNU General Public License, version 3 or later.</p>"
              "<p>Built with:</p><table cellspacing=\"6\"><tr><th align=\"left\">Component</th>"
              "<th align=\"left\">Version</th><th align=\"left\">Licence</th></tr>%4</table>")
        .arg(AppInfo::displayName(), AppInfo::version(), BuildInfo::build(), components);
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About %1").arg(AppInfo::displayName()), aboutText());
}

void MainWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

void MainWindow::retranslateUi()
{
    m_pageList->setAccessibleName(tr("Pages"));
    setWindowTitle(AppInfo::displayName());
    m_fileMenu->setTitle(tr("&File"));
    m_reconnectAction->setText(tr("&Reconnect…"));
    m_preferencesAction->setText(tr("&Preferences…"));
    m_quitAction->setText(tr("&Quit"));
    m_viewMenu->setTitle(tr("&View"));
    m_pageMenu->setTitle(tr("&Page"));
    for (QAction* action : std::as_const(m_pageActions))
        action->setText(SessionInfo::pageTitle(Page(action->data().toInt())));
    m_helpMenu->setTitle(tr("&Help"));
    m_guideAction->setText(tr("&User guide for this page"));
    m_aboutAction->setText(tr("&About"));
    for (int i = 0; i < m_pageList->count(); ++i)
        m_pageList->item(i)->setText(SessionInfo::pageTitle(m_pages.key(m_stack->widget(i))));
    if (m_banner->isVisible() && m_banner->kind() == MessageBanner::Kind::Error)
        m_banner->showMessage(MessageBanner::Kind::Error,
                              ConnectError::make(ConnectError::Kind::ConnectionLost, m_session->profile()).message,
                              tr("Reconnect"));
}
