// SPDX-License-Identifier: GPL-3.0-or-later
// The export package of the heaviest seeded learner (user 7: 50,000+ rows), encrypted, end to end
// through the privacy functions, against its floor: a bare server-side COPY of the same rows to
// CSV files, in the same run. Also the process's peak memory, to show the export is streamed.
// bench_export [USERS] [RUNS] (defaults 100000 and 5).
#include "BenchCluster.h"
#include "BenchStats.h"

#include "db/DatabaseConnection.h"
#include "export/ExportPackage.h"
#include "export/Passphrase.h"
#include "requests/RequestStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>

#include <spdlog/spdlog.h>

#include <algorithm>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    spdlog::set_level(spdlog::level::warn);
    QTextStream out(stdout);
    const int users = app.arguments().size() > 1 ? app.arguments().at(1).toInt() : 100000;
    const int runs = app.arguments().size() > 2 ? app.arguments().at(2).toInt() : 5;
    BenchCluster cluster;
    if (!cluster.prepare(out) ||
        !cluster.seed(users, {{QStringLiteral("bench_support"), QStringLiteral("support")}}, out))
        return 1;
    const auto ownerConnection = cluster.connect();
    DatabaseConnection& owner = *ownerConnection;
    QString error;
    const auto supportConnection = cluster.connect(QStringLiteral("bench_support"));
    DatabaseConnection& support = *supportConnection;

    // The floor: the same rows, the same conditions, straight to CSV files by the server.
    QSqlQuery q(owner.database());
    // What is measured is the export, not its approval (the policy export_needs_approval).
    q.exec(QStringLiteral("UPDATE privacy.settings SET value = 'false' WHERE key = 'export_needs_approval'"));
    q.exec(QStringLiteral("SHOW data_directory"));
    q.next();
    const QString serverDir = q.value(0).toString();
    QStringList copies;
    q.exec(QStringLiteral("SELECT c.relname, t.table_name::text, privacy.export_condition(t.user_columns) "
                          "FROM privacy.export_tables t JOIN pg_class c ON c.oid = t.table_name ORDER BY t.position"));
    while (q.next())
        copies << QStringLiteral("COPY (SELECT * FROM %1 t WHERE %2) TO '%3/copy_%4.csv' (FORMAT csv, HEADER)")
                      .arg(q.value(1).toString(),
                           q.value(2).toString().replace(QLatin1String("$1"), QLatin1String("7")), serverDir,
                           q.value(0).toString());

    const double memoryBefore = BenchStats::peakMiB();
    QList<double> exportMs, floorMs;
    ExportResult result;
    for (int run = 0; run < runs; ++run) {
        QJsonObject request;
        if (!RequestStore(support.database())
                 .open(7, QStringLiteral("export"), QStringLiteral("BENCH-1"), QStringLiteral("benchmark run"), QDate(),
                       &request, &error)) {
            QTextStream(stderr) << error << Qt::endl;
            return 1;
        }
        QTemporaryDir folder;
        ExportOptions exportOptions;
        exportOptions.requestId = request.value(QLatin1String("id")).toInteger();
        exportOptions.targetPath = folder.filePath(QStringLiteral("export.zip"));
        exportOptions.passphrase = Passphrase::generate();
        QElapsedTimer timer;
        timer.start();
        if (!ExportPackage(support.database()).run(exportOptions, &result, &error)) {
            QTextStream(stderr) << error << Qt::endl;
            return 1;
        }
        exportMs << timer.nsecsElapsed() / 1e6;

        timer.restart();
        for (const QString& copy : copies)
            if (!QSqlQuery(owner.database()).exec(copy))
                qFatal("%s", qPrintable(copy));
        floorMs << timer.nsecsElapsed() / 1e6;
    }
    const double memoryAfter = BenchStats::peakMiB();
    out << "heaviest learner: " << result.rows << " rows, archive " << result.bytes / 1024 << " KiB (AES-256)"
        << Qt::endl;
    out << QStringLiteral("export end to end: median %1 ms (target 1500 ms)  |  bare COPY to files: median %2 ms  "
                          "|  ratio %3")
               .arg(BenchStats::median(exportMs), 0, 'f', 0)
               .arg(BenchStats::median(floorMs), 0, 'f', 0)
               .arg(BenchStats::median(exportMs) / BenchStats::median(floorMs), 0, 'f', 1)
        << Qt::endl;
    out << QStringLiteral("peak memory: %1 MiB before, %2 MiB after %3 exports")
               .arg(memoryBefore, 0, 'f', 1)
               .arg(memoryAfter, 0, 'f', 1)
               .arg(runs)
        << Qt::endl;
    return 0;
}
