// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "db/ConnectionProfile.h"
#include "db/DatabaseConnection.h"
#include "db/LocalCluster.h"
#include "db/Seeder.h"

#include <QMap>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QTextStream>

#include <memory>

// A private, durable PostgreSQL cluster for one benchmark run, removed afterwards.
class BenchCluster
{
public:
    BenchCluster();
    ~BenchCluster();

    bool start(QString* error);
    // A new database with the console's migrations applied.
    bool createDatabase(const QString& name, QString* error);
    // A new database as the last release set it up (its migrations, from the upgrade test's
    // fixture), to compare with the code of this build side by side.
    bool createReleasedDatabase(const QString& name, QString* error);
    ConnectionProfile profile(const QString& database) const;
    QString password() const { return m_password; }

    static QString machine(); // "2 cores, <cpu model>, 24 GiB"
    static QString staffPassword() { return QStringLiteral("benchmark password 1"); }
    // The first column of a query's rows, as the inputs of a benchmark; fatal on failure.
    static QStringList column(QSqlDatabase db, const QString& sql);
    // The first value of a query; fatal on failure.
    static QString scalar(QSqlDatabase db, const QString& sql);
    // Milliseconds for one run of a statement with one bound value (none when null), rows fetched;
    // fatal on failure.
    static double timed(QSqlDatabase db, const QString& sql, const QString& value);

    // What most benchmarks start with: the cluster and a migrated database "bench", the machine
    // printed. False after saying why on stderr.
    bool prepare(QTextStream& out);
    // Seeds "bench" with `users` learners, adds the staff logins (login -> role), vacuums, and
    // prints the counts. False after saying why on stderr.
    bool seed(int users, const QMap<QString, QString>& staff, QTextStream& out, Seeder::Result* seeded = nullptr,
              const QString& database = QStringLiteral("bench"));
    // A connection to "bench" (or another database) as the owner (no login given) or as a staff
    // login; fatal on failure.
    std::unique_ptr<DatabaseConnection> connect(const QString& login = QString(),
                                                const QString& database = QStringLiteral("bench")) const;

private:
    // Creates the database and opens it as the owner.
    bool createEmptyDatabase(const QString& name, DatabaseConnection* owner, QString* error);

    LocalCluster m_cluster;
    QString m_password;
};
