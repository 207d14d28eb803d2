// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ConnectionProfile.h"

#include <QString>
#include <QStringList>

// A private PostgreSQL cluster in one directory, run from the installed server programs: the
// demo database and the tests' throwaway server. As root, the server runs as the unprivileged
// account "postgres" (PostgreSQL refuses root), so the directory must be reachable by it.
//
//   <dir>/data          the cluster (initdb)
//   <dir>/server.log    the server's own log
//   <dir>/cluster.json  port and superuser name (no password)
//   <dir>/.s.PGSQL.N    the Unix socket
class LocalCluster
{
public:
    struct InitOptions {
        QString superuser;
        QString password;
        int port = 0;        // 0: a free port
        bool durable = true; // false: fsync off, for throwaway test clusters
    };

    explicit LocalCluster(const QString& dir);

    // The directory holding initdb, pg_ctl and postgres; empty with a message when missing.
    static QString findServerPrograms(QString* error);
    static int freePort();

    QString dir() const { return m_dir; }
    QString dataDir() const { return m_dir + QStringLiteral("/data"); }
    QString logFile() const { return m_dir + QStringLiteral("/server.log"); }

    bool exists() const;
    int port() const;
    QString superuser() const;

    bool init(const InitOptions& options, QString* error);
    bool start(QString* error);
    // Immediate stops like a crash would: no checkpoint, and the next start recovers from the WAL.
    enum class StopMode { Fast, Immediate };
    bool stop(QString* error, StopMode mode = StopMode::Fast);
    bool isRunning() const;
    bool remove(QString* error);

    // Connects through the Unix socket in dir().
    ConnectionProfile profile(const QString& database, const QString& user) const;

private:
    bool runTool(const QString& tool, const QStringList& args, QString* output, int timeoutMs = 120000) const;
    bool handToServerAccount(const QString& path, QString* error) const;
    bool writeConfig(const InitOptions& options, int port, QString* error);

    QString m_dir;
    QString m_bin;
};
