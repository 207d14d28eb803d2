// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "db/SessionInfo.h"
#include "requests/RequestDetail.h"

#include <QWidget>

class DbSession;
class MessageBanner;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTextBrowser;
class RequestQueueModel;
class ErasureDialog;
class ExportDialog;

// The queue of data-subject requests, soonest deadline first, with the request's details and
// history, and what can be done next: start, extend, close, export.
class RequestsPage : public QWidget
{
    Q_OBJECT
public:
    RequestsPage(DbSession* session, QWidget* parent = nullptr);

    void setSession(const SessionInfo& info);
    void showForLearner(qint64 userId);
    void refresh();
    // Selects the request, or remembers it for the next refresh.
    bool selectRequest(qint64 requestId);
    RequestQueueModel* model() const { return m_model; }
    // The export or erasure dialog of the selected request, already open (tests drive them).
    ExportDialog* openExportDialog();
    ErasureDialog* openErasureDialog();

signals:
    void refreshed();
    void requestChanged(qint64 requestId);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void fillFilters();
    void onSelectionChanged();
    void showDetails(const RequestDetail& request, const QString& note = QString());
    void start();
    void extend();
    void closeRequest(const QString& status);
    void exportPackage();
    void approveExport();
    // Why the selected request has no export package to build now; empty when it has.
    QString whyNoExport() const;
    void purgeExpired();
    void finish(const QString& message, bool ok, const RequestDetail& request, const QString& note = QString());
    qint64 selectedId() const;

    DbSession* m_session;
    SessionInfo m_info;
    MessageBanner* m_banner;
    QComboBox* m_kind;
    QComboBox* m_status;
    QComboBox* m_assignee;
    QLineEdit* m_learner;
    QPushButton* m_refresh;
    QTableView* m_table;
    RequestQueueModel* m_model;
    QTextBrowser* m_details;
    QPushButton* m_start;
    QPushButton* m_extend;
    QPushButton* m_fulfil;
    QPushButton* m_reject;
    QPushButton* m_withdraw;
    QPushButton* m_export;
    QPushButton* m_approve; // an export request's four-eyes approval (the policy export_needs_approval)
    QLabel* m_approveWhy;   // why the approval is not for this login, said beside the button
    QPushButton* m_erasure;
    QPushButton* m_purge;
    RequestDetail m_current;
    qint64 m_pendingSelection = 0;
    qint64 m_chosenId = 0;
};
