// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "db/SessionInfo.h"

#include <QStatusBar>

class QLabel;

// Server, database, login, role and TLS state of the session, always visible.
class SessionStatusBar : public QStatusBar
{
    Q_OBJECT
public:
    explicit SessionStatusBar(QWidget* parent = nullptr);

    void setSession(const SessionInfo& info);
    void setDisconnected();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();

    SessionInfo m_info;
    bool m_connected = false;
    QLabel* m_server;
    QLabel* m_login;
    QLabel* m_role;
    QLabel* m_tls;
};
