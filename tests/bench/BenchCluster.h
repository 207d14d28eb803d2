// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "db/ConnectionProfile.h"
#include "db/LocalCluster.h"

#include <QString>

// A private, durable PostgreSQL cluster for one benchmark run, removed afterwards.
class BenchCluster
{
public:
    BenchCluster();
    ~BenchCluster();

    bool start(QString* error);
    // A new database with the console's migrations applied.
    bool createDatabase(const QString& name, QString* error);
    ConnectionProfile profile(const QString& database) const;
    QString password() const { return m_password; }

    static QString machine(); // "2 cores, <cpu model>, 24 GiB"

private:
    LocalCluster m_cluster;
    QString m_password;
};
