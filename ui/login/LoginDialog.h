// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "db/ConnectError.h"
#include "db/ConnectionProfile.h"

#include <QDialog>

class DbSession;
class MessageBanner;
class ProfileForm;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class Settings;

// Chooses a connection profile (the demo ones or the user's own), asks for the password and
// connects on the session's worker thread; accepted once the session is open.
class LoginDialog : public QDialog
{
    Q_OBJECT
public:
    LoginDialog(DbSession* session, Settings* settings, QWidget* parent = nullptr);

    // Selects a profile by name; returns false when there is none of that name.
    bool selectProfile(const QString& name);
    void showError(const ConnectError& error);

public slots:
    void connectToServer();
    // Cancels a pending connection attempt; otherwise closes the dialog.
    void reject() override;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void reloadProfiles(const QString& select = QString());
    void onProfileChosen();
    void saveProfile();
    void deleteProfile();
    void setBusy(bool busy);
    static QString keychainAccount(const ConnectionProfile& profile);
    void forgetPending();

    DbSession* m_session;
    Settings* m_settings;
    QList<ConnectionProfile> m_profiles; // demo ones first
    QLabel* m_title;
    QLabel* m_profileLabel;
    QComboBox* m_profileCombo;
    ProfileForm* m_form;
    QLabel* m_passwordLabel;
    QLineEdit* m_password;
    // The password of an attempt, kept only until it succeeds or fails, when the keychain is used.
    QString m_pendingAccount;
    QString m_pendingPassword;
    QPushButton* m_save;
    QPushButton* m_delete;
    MessageBanner* m_banner;
    QLabel* m_progressLabel;
    QProgressBar* m_progress;
    QDialogButtonBox* m_buttons;
    QPushButton* m_connect;
};
