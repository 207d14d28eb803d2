// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "db/SessionInfo.h"
#include "erasure/ErasurePreview.h"

#include <QDialog>

class DbSession;
class MessageBanner;
class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QTableWidget;

// One erasure request end to end: the preview (per table: deleted, anonymized, retained with
// until when and why; the processors), the four-eyes decision and the execution for the DPO,
// then the certificate and the processor follow-up.
class ErasureDialog : public QDialog
{
    Q_OBJECT
public:
    ErasureDialog(DbSession* session, const SessionInfo& info, qint64 requestId, QWidget* parent = nullptr);

    void reload();
    // The actions behind the buttons, without their dialogs (the buttons ask first).
    void decide(bool approve, const QString& reason);
    void execute();
    // In the language chosen beside the button: the learner's until the DPO picks the other.
    bool saveCertificate(const QString& path, QString* error) const;
    QString certificateLanguage() const;
    void setCertificateLanguage(const QString& language); // de or en

    // The request as the server last sent it.
    const RequestDetail& request() const { return m_preview.request; }
    QString message() const;

signals:
    void loaded();
    void changed(qint64 requestId);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void showPreview(const ErasurePreview& preview);
    void showTasks();
    void askDecision(bool approve);
    void askExecute();
    void askCertificate();
    void markTaskDone();
    void finish(bool ok, const QString& message);

    DbSession* m_session;
    SessionInfo m_info;
    qint64 m_requestId;
    ErasurePreview m_preview;
    QLabel* m_heading;
    MessageBanner* m_banner;
    QProgressBar* m_busy; // while the execution runs: one transaction, no steps to count
    QTableWidget* m_steps;
    QLabel* m_processors;
    QTableWidget* m_tasks;
    QPushButton* m_approve;
    QPushButton* m_reject;
    QPushButton* m_execute;
    QPushButton* m_certificate;
    QPushButton* m_taskDone;
    QPushButton* m_close;
    QLabel* m_why;           // why the decision is not this login's, said beside its buttons
    QLabel* m_languageLabel; // which language the certificate comes out in
    QComboBox* m_language;   // German or English
    bool m_languageChosen = false;
};
