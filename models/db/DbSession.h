// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ConnectError.h"
#include "ConnectionProfile.h"
#include "SessionInfo.h"

#include <QObject>
#include <QSqlDatabase>
#include <QThread>
#include <QVariant>

#include <atomic>
#include <functional>
#include <memory>

class DbWorker;

// The console's connections, each owned by a worker thread (one QSqlDatabase per thread), so the
// GUI thread never waits on the database. Results come back as signals or callbacks on the
// caller's thread. A heartbeat notices a lost connection. Long jobs (verifying the access log,
// exports, reports) run on a second connection of the same login, so that a look-up during a
// verification answers at once. Widgets call through StoreCall, never with the connection.
class DbSession : public QObject
{
    Q_OBJECT
public:
    explicit DbSession(QObject* parent = nullptr);
    ~DbSession() override;

    // Connects in the background; emits opened() or failed(). A new call replaces a pending one.
    void open(const ConnectionProfile& profile, const QString& password);
    // Forgets the pending attempt: its result, when it comes, is discarded.
    void cancel();
    void close();

    bool isOpen() const { return m_open; }
    bool isConnecting() const { return m_connecting; }
    const SessionInfo& info() const { return m_info; }
    const ConnectionProfile& profile() const { return m_profile; }

    void setHeartbeatInterval(int milliseconds);

    enum class Lane { Interactive, Long };
    // Runs job on the lane's worker thread with its connection; done(result) runs on context's
    // thread, unless context is gone by then.
    void run(QObject* context, std::function<QVariant(QSqlDatabase&)> job, std::function<void(const QVariant&)> done,
             Lane lane = Lane::Interactive);

signals:
    void opened(const SessionInfo& info);
    void failed(const ConnectError& error);
    void connectionLost(const ConnectError& error);
    // After reconnecting: whether the change cut off by the lost connection was saved (known false:
    // the server could not tell).
    void uncertainChangeChecked(const QString& function, bool known, bool saved);

private:
    void onOpened(int generation, const SessionInfo& info);
    void onFailed(int generation, const ConnectError& error);

    // Declared before the worker, which shares it.
    std::shared_ptr<std::atomic_int> m_generation = std::make_shared<std::atomic_int>(0);
    QThread m_thread;
    DbWorker* m_worker = nullptr;
    QThread m_longThread;
    DbWorker* m_longWorker = nullptr;
    ConnectionProfile m_profile;
    SessionInfo m_info;
    bool m_open = false;
    bool m_connecting = false;
};
