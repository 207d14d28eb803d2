// SPDX-License-Identifier: GPL-3.0-or-later
#include "SessionStatusBar.h"

#include <QEvent>
#include <QLabel>

SessionStatusBar::SessionStatusBar(QWidget* parent)
    : QStatusBar(parent)
    , m_server(new QLabel(this))
    , m_login(new QLabel(this))
    , m_role(new QLabel(this))
    , m_tls(new QLabel(this))
{
    setObjectName(QStringLiteral("sessionStatusBar"));
    m_server->setObjectName(QStringLiteral("serverLabel"));
    m_login->setObjectName(QStringLiteral("loginLabel"));
    m_role->setObjectName(QStringLiteral("roleLabel"));
    m_tls->setObjectName(QStringLiteral("tlsLabel"));
    for (QLabel* label : {m_server, m_login, m_role, m_tls})
        addPermanentWidget(label);
    retranslateUi();
}

void SessionStatusBar::setSession(const SessionInfo& info)
{
    m_info = info;
    m_connected = true;
    retranslateUi();
}

void SessionStatusBar::setDisconnected()
{
    m_connected = false;
    retranslateUi();
}

void SessionStatusBar::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QStatusBar::changeEvent(event);
}

void SessionStatusBar::retranslateUi()
{
    if (!m_connected) {
        m_server->setText(tr("Not connected"));
        m_login->clear();
        m_role->clear();
        m_tls->clear();
        return;
    }
    m_server->setText(tr("Server: %1 · Database: %2").arg(m_info.displayServer(), m_info.database));
    m_login->setText(tr("Login: %1").arg(m_info.login));
    m_role->setText(tr("Role: %1").arg(m_info.roleName()));
    if (m_info.tls)
        m_tls->setText(m_info.tlsCipher.isEmpty() ? tr("TLS: on (%1)").arg(m_info.tlsVersion)
                                                  : tr("TLS: on (%1, %2)").arg(m_info.tlsVersion, m_info.tlsCipher));
    else if (m_info.isLocalSocket)
        m_tls->setText(tr("TLS: off (local socket)"));
    else
        m_tls->setText(tr("TLS: off — not encrypted"));
}
