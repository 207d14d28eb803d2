// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ConnectError.h"
#include "ConnectionProfile.h"
#include "DatabaseConnection.h"
#include "SessionInfo.h"

#include <QObject>
#include <QTimer>

#include <atomic>
#include <memory>

// Lives on DbSession's worker thread and owns the connection there.
class DbWorker : public QObject
{
    Q_OBJECT
public:
    explicit DbWorker(std::shared_ptr<std::atomic_int> generation);

    void open(int generation, const ConnectionProfile& profile, const QString& password);
    void close();
    void setHeartbeatInterval(int milliseconds);
    QSqlDatabase database() const { return m_connection.database(); }

signals:
    void opened(int generation, const SessionInfo& info);
    void failed(int generation, const ConnectError& error);
    void lost(const ConnectError& error);
    void uncertainChangeChecked(const QString& function, bool known, bool saved);

private:
    void heartbeat();

    std::shared_ptr<std::atomic_int> m_generation;
    DatabaseConnection m_connection;
    QTimer* m_heartbeat = nullptr;
    int m_interval = 15000;
};
