// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "db/SessionInfo.h"
#include "privacy/AuditStore.h"

#include <QWidget>

#include <atomic>
#include <memory>

class AuditLogModel;
class DbSession;
class MessageBanner;
class QCheckBox;
class QChartView;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableView;

// The DPO's access-log review: filters, the log page by page, an activity chart (click a bar to
// see that day), chain verification with progress, signed checkpoints, and a CSV report.
class AuditPage : public QWidget
{
    Q_OBJECT
public:
    AuditPage(DbSession* session, QWidget* parent = nullptr);

    void setSession(const SessionInfo& info);
    void showForLearner(qint64 userId);
    // Only the entries the database flagged as unusual.
    void showUnusual();
    void apply(bool oldestFirst = false);
    AuditLogModel* model() const { return m_model; }
    AuditFilter currentFilter() const;

    // The actions behind the buttons, without their file dialogs (tests call them).
    void verify(const QString& checkpointPath = QString(), const QString& publicKeyPath = QString());
    bool createKey(const QString& path, const QString& passphrase, QString* error);
    void signCheckpoint(const QString& keyPath, const QString& passphrase, const QString& outPath);
    void exportCsv(const QString& path);
    void exportPdf(const QString& path);
    // Marks a flagged entry as reviewed (justified, followed_up, escalated) with a note.
    void review(qint64 entryId, const QString& outcome, const QString& note);
    QString message() const;

signals:
    void verified(bool intact);
    void checkpointWritten(bool ok);
    void exported(bool ok);
    void chartUpdated();
    void reviewed(bool ok);

protected:
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void retranslateUi();
    void updateChart();
    void askVerifyCheckpoint();
    void askCreateKey();
    void askSignCheckpoint();
    void askExportCsv();
    void askExportPdf();
    void askReview();
    void updateReviewButton();
    void setBusy(bool busy);

    DbSession* m_session;
    SessionInfo m_info;
    MessageBanner* m_banner;
    QCheckBox* m_useSince;
    QDateTimeEdit* m_since;
    QCheckBox* m_useUntil;
    QDateTimeEdit* m_until;
    QLineEdit* m_staff;
    QComboBox* m_role;
    QComboBox* m_action;
    QLineEdit* m_subject;
    QLineEdit* m_ticket;
    QCheckBox* m_noTicket;
    QCheckBox* m_anomalies;
    QCheckBox* m_withReviewed;
    QPushButton* m_apply;
    QPushButton* m_oldest;
    QComboBox* m_bucket; // the chart per day or per hour
    QChartView* m_chart;
    QTableView* m_table;
    AuditLogModel* m_model;
    QPushButton* m_verify;
    QPushButton* m_checkpoint;
    QPushButton* m_export;
    QPushButton* m_review;
    QProgressBar* m_progress;
    QLabel* m_status;
    std::shared_ptr<std::atomic_bool> m_cancel;
    bool m_reloadPending = false; // shown again: load afresh once the event loop runs
};
