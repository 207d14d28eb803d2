// SPDX-License-Identifier: GPL-3.0-or-later
// Seeding rate: bench_seed [USERS ...] (default 100000 1000000). Each size gets a fresh
// database in a private durable cluster; prints rows, seconds and rows/s per step and in total.
#include "BenchCluster.h"

#include "db/DatabaseConnection.h"
#include "db/Seeder.h"

#include <QCoreApplication>

#include <spdlog/spdlog.h>

#include <QElapsedTimer>
#include <QTextStream>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    spdlog::set_level(spdlog::level::warn); // figures only
    QTextStream out(stdout);
    QList<int> sizes;
    for (const QString& arg : app.arguments().mid(1))
        sizes << arg.toInt();
    if (sizes.isEmpty())
        sizes = {100000, 1000000};

    BenchCluster cluster;
    QString error;
    if (!cluster.start(&error)) {
        QTextStream(stderr) << error << Qt::endl;
        return 1;
    }
    out << "machine: " << BenchCluster::machine() << Qt::endl;
    for (int users : sizes) {
        const QString db = QStringLiteral("seed_%1").arg(users);
        if (!cluster.createDatabase(db, &error)) {
            QTextStream(stderr) << error << Qt::endl;
            return 1;
        }
        DatabaseConnection connection;
        ConnectError connectError;
        if (!connection.open(cluster.profile(db), cluster.password(), &connectError)) {
            QTextStream(stderr) << connectError.message << Qt::endl;
            return 1;
        }
        Seeder::Options options;
        options.users = users;
        options.asOf = QDate(2026, 11, 1);
        Seeder::Result result;
        QElapsedTimer wall;
        wall.start();
        if (!Seeder(connection.database()).seed(options, &result, &error)) {
            QTextStream(stderr) << error << Qt::endl;
            return 1;
        }
        const double seconds = wall.nsecsElapsed() / 1e9; // including commit and ANALYZE
        out << Qt::endl << "users: " << users << Qt::endl;
        for (const auto& s : result.steps)
            out << QStringLiteral("  %1 %2 rows %3 s %4 rows/s")
                       .arg(s.step, -20)
                       .arg(s.rows, 11)
                       .arg(s.seconds, 7, 'f', 1)
                       .arg(qint64(s.seconds > 0 ? s.rows / s.seconds : 0), 10)
                << Qt::endl;
        out << QStringLiteral("  total %1 rows in %2 s (seeding %3 s): %4 rows/s")
                   .arg(result.rows)
                   .arg(seconds, 0, 'f', 1)
                   .arg(result.seconds, 0, 'f', 1)
                   .arg(qint64(result.rows / seconds))
            << Qt::endl;
    }
    return 0;
}
