// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "db/ConnectionProfile.h"

#include <QWidget>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QSpinBox;

// The fields of one connection profile. Demo profiles are shown read-only.
class ProfileForm : public QWidget
{
    Q_OBJECT
public:
    explicit ProfileForm(QWidget* parent = nullptr);

    void setProfile(const ConnectionProfile& profile);
    ConnectionProfile profile() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void updateTlsHint();

    ConnectionProfile m_profile;
    QFormLayout* m_layout;
    QLineEdit* m_name;
    QLineEdit* m_host;
    QSpinBox* m_port;
    QLineEdit* m_database;
    QLineEdit* m_user;
    QComboBox* m_sslMode;
    QLineEdit* m_sslRootCert;
    QLabel* m_tlsHint;
};
