// SPDX-License-Identifier: GPL-3.0-or-later
#include "DbWorker.h"

#include "PrivacyCall.h"

#include <QSqlQuery>

#include <spdlog/spdlog.h>

DbWorker::DbWorker(std::shared_ptr<std::atomic_int> generation)
    : m_generation(std::move(generation))
{}

void DbWorker::open(int generation, const ConnectionProfile& profile, const QString& password)
{
    close();
    if (generation != m_generation->load())
        return; // cancelled before it started
    ConnectError error;
    if (!m_connection.open(profile, password, &error)) {
        emit failed(generation, error);
        return;
    }
    QSqlDatabase db = m_connection.database();
    const auto info = SessionInfo::query(db, profile, &error);
    if (!info || info->role == StaffRole::Superuser) {
        if (info)
            error = ConnectError::make(ConnectError::Kind::NoStaffRole, profile, info->login);
        m_connection.close();
        emit failed(generation, error);
        return;
    }
    if (generation != m_generation->load()) {
        m_connection.close(); // cancelled while connecting
        return;
    }
    if (!m_heartbeat) {
        m_heartbeat = new QTimer(this);
        connect(m_heartbeat, &QTimer::timeout, this, &DbWorker::heartbeat);
    }
    if (m_interval > 0)
        m_heartbeat->start(m_interval);
    spdlog::info("session opened with role {}", SessionInfo::roleKey(info->role).toStdString());
    emit opened(generation, *info);
    // A change whose COMMIT the lost connection cut off: saved or not? The server knows.
    if (const auto uncertain = PrivacyCall::takeUncertainChange()) {
        const auto saved = PrivacyCall::wasCommitted(db, uncertain->transaction);
        spdlog::info("transaction {} of {}: {}", uncertain->transaction, uncertain->function.toStdString(),
                     saved ? (*saved ? "committed" : "aborted") : "unknown");
        emit uncertainChangeChecked(uncertain->function, saved.has_value(), saved.value_or(false));
    }
}

void DbWorker::close()
{
    if (m_heartbeat)
        m_heartbeat->stop();
    m_connection.close();
}

void DbWorker::setHeartbeatInterval(int milliseconds)
{
    m_interval = milliseconds; // 0: none
    if (m_heartbeat && m_interval <= 0)
        m_heartbeat->stop();
    else if (m_heartbeat && m_heartbeat->isActive())
        m_heartbeat->start(m_interval);
}

void DbWorker::heartbeat()
{
    QSqlDatabase db = m_connection.database();
    QSqlQuery q(db);
    if (db.isOpen() && q.exec(QStringLiteral("SELECT 1")))
        return;
    const ConnectError error = ConnectError::make(ConnectError::Kind::ConnectionLost, m_connection.profile());
    spdlog::warn("connection lost");
    m_heartbeat->stop();
    m_connection.close();
    emit lost(error);
}
