// SPDX-License-Identifier: GPL-3.0-or-later
// Access-log append rate, one session and 8 concurrent sessions, each append its own
// transaction (as every access is); then the client-side verification rate.
// bench_accesslog [APPENDS_PER_RUN] (default 40000).
#include "BenchCluster.h"

#include "db/DatabaseConnection.h"
#include "privacy/AuditVerifier.h"

#include <QCoreApplication>

#include <spdlog/spdlog.h>

#include <QElapsedTimer>
#include <QSqlQuery>
#include <QTextStream>

#include <atomic>
#include <thread>
#include <vector>

namespace {

double appendRun(const BenchCluster& cluster, const QString& db, int sessions, int total, std::atomic_int& failures)
{
    QElapsedTimer timer;
    timer.start();
    std::vector<std::thread> threads;
    for (int s = 0; s < sessions; ++s) {
        threads.emplace_back([&, s] {
            DatabaseConnection connection;
            ConnectError error;
            if (!connection.open(cluster.profile(db), cluster.password(), &error)) {
                ++failures;
                return;
            }
            QSqlQuery q(connection.database());
            q.prepare(QStringLiteral("SELECT privacy.log_access('bench.view', ?, 'T-1001', 'benchmark', "
                                     "'{\"field\": \"email\"}')"));
            for (int i = 0; i < total / sessions; ++i) {
                q.addBindValue(s * 1000000 + i);
                if (!q.exec())
                    ++failures;
            }
        });
    }
    for (auto& t : threads)
        t.join();
    return total / (timer.nsecsElapsed() / 1e9);
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    spdlog::set_level(spdlog::level::warn); // figures only
    QTextStream out(stdout);
    const int total = app.arguments().size() > 1 ? app.arguments().at(1).toInt() : 40000;
    BenchCluster cluster;
    QString error;
    if (!cluster.start(&error) || !cluster.createDatabase(QStringLiteral("bench"), &error)) {
        QTextStream(stderr) << error << Qt::endl;
        return 1;
    }
    out << "machine: " << BenchCluster::machine() << Qt::endl;
    std::atomic_int failures{0};
    const double one = appendRun(cluster, QStringLiteral("bench"), 1, total, failures);
    out << QStringLiteral("append, 1 session:   %1 appends/s (%2 appends)").arg(qint64(one)).arg(total) << Qt::endl;
    const double eight = appendRun(cluster, QStringLiteral("bench"), 8, total, failures);
    out << QStringLiteral("append, 8 sessions:  %1 appends/s (%2 appends)").arg(qint64(eight)).arg(total) << Qt::endl;

    DatabaseConnection connection;
    ConnectError connectError;
    if (!connection.open(cluster.profile(QStringLiteral("bench")), cluster.password(), &connectError)) {
        QTextStream(stderr) << connectError.message << Qt::endl;
        return 1;
    }
    AuditVerifier verifier;
    QElapsedTimer timer;
    timer.start();
    if (!verifier.verify(connection.database(), &error)) {
        QTextStream(stderr) << error << Qt::endl;
        return 1;
    }
    const double seconds = timer.nsecsElapsed() / 1e9;
    out << QStringLiteral("verify: %1 entries in %2 s, %3 entries/s, intact: %4")
               .arg(verifier.result().entriesChecked)
               .arg(seconds, 0, 'f', 2)
               .arg(qint64(verifier.result().entriesChecked / seconds))
               .arg(verifier.result().intact ? QStringLiteral("yes") : QStringLiteral("NO"))
        << Qt::endl;
    out << "failed appends: " << failures.load() << Qt::endl;
    return failures.load() == 0 && verifier.result().intact ? 0 : 1;
}
