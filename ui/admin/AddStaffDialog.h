// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

// A new staff member: login, display name, role, and either a generated password (shown once
// after adding) or one set here, checked against the password policy as it is typed.
class AddStaffDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AddStaffDialog(QWidget* parent = nullptr);

    QString login() const;
    QString displayName() const;
    QString role() const;
    QString password() const; // empty: generate one
    // The allowed login closest to what was typed ("Jana Becker" -> "jana.becker"); empty if none.
    static QString suggestedLogin(const QString& typed);

private:
    void updateState();

    QLineEdit* m_login;
    QLineEdit* m_name;
    QComboBox* m_role;
    QCheckBox* m_generate;
    QLineEdit* m_password;
    QLabel* m_problem;
    QPushButton* m_useSuggestion; // takes the suggested login; never changed unseen
    QDialogButtonBox* m_buttons;
};
