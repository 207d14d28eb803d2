// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "db/SessionInfo.h"
#include "privacy/UserDirectory.h"

#include <QWidget>

class DbSession;
class LookupResultsModel;
class MessageBanner;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableView;
class QTimer;
class UserDetailView;

// Find a learner for a ticket and see their whole picture. Searches run while typing
// (debounced) on the session's worker thread; a newer search supersedes an older one. A learner
// opens only on a deliberate act (Return, double-click, Open), never by moving through the
// results, because opening is a logged view of that person's data.
class UsersPage : public QWidget
{
    Q_OBJECT
public:
    UsersPage(DbSession* session, QWidget* parent = nullptr);

    void setSession(const SessionInfo& info);
    void setTicket(const QString& ticket);
    void search(const QString& text); // at once, without the typing delay
    void openUser(qint64 userId);
    bool isSearching() const { return m_searching; }
    LookupResultsModel* results() const { return m_model; }
    UserDetailView* detail() const { return m_detail; }

signals:
    void searchFinished();

protected:
    void changeEvent(QEvent* event) override;

private:
    AccessContext context() const;
    void runSearch();
    void openCurrent();
    void retranslateUi();

    DbSession* m_session;
    bool m_isDpo = false;
    bool m_searching = false;
    int m_generation = 0;
    int m_resultLimit = 0; // what a search returns at most; 0 until known
    QLabel* m_ticketLabel;
    QLineEdit* m_ticket;
    QLabel* m_purposeLabel;
    QLineEdit* m_purpose;
    QLineEdit* m_search;
    QProgressBar* m_busy;
    MessageBanner* m_banner;
    QTableView* m_table;
    QPushButton* m_open;
    LookupResultsModel* m_model;
    UserDetailView* m_detail;
    QTimer* m_debounce;
    QLabel* m_count;
};
