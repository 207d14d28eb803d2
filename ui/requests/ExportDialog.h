// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "export/ExportPackage.h"

#include <QDialog>

#include <atomic>
#include <memory>

class DbSession;
class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class MessageBanner;

// Builds the export package of one export request on the session's worker, with progress and
// Cancel. An encrypted package's passphrase is shown here once, with a copy button, and kept
// nowhere else.
class ExportDialog : public QDialog
{
    Q_OBJECT
public:
    ExportDialog(DbSession* session, qint64 requestId, const QString& folder, QWidget* parent = nullptr);

    QString targetPath() const;
    void setTargetPath(const QString& path);
    QString passphrase() const;
    bool succeeded() const { return m_succeeded; }

    // Asks first: building fulfils the request.
    void start();
    bool passphraseCopied() const { return m_copied; }

signals:
    void exportFinished(bool ok);

protected:
    void reject() override;
    void done(int result) override;
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void browse();
    void onProgress(int permille);
    void onFinished(bool ok, const QString& message);
    QString successText() const;

    DbSession* m_session;
    qint64 m_requestId;
    QLineEdit* m_path;
    QPushButton* m_browse;
    QCheckBox* m_encrypt;
    QProgressBar* m_progress;
    MessageBanner* m_banner;
    QLineEdit* m_passphrase;
    QPushButton* m_copy;
    QLabel* m_passphraseLabel;
    QLabel* m_fileLabel;
    QLabel* m_shaLabel;
    QLineEdit* m_sha256;
    QDialogButtonBox* m_buttons;
    QPushButton* m_start;
    std::shared_ptr<std::atomic_bool> m_cancel;
    QString m_secret;
    ExportResult m_result;
    bool m_running = false;
    bool m_succeeded = false;
    bool m_copied = false; // the one-time passphrase went to the clipboard
    bool m_mayClose = false;
};
