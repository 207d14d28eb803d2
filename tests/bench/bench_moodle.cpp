// SPDX-License-Identifier: GPL-3.0-or-later
// The console on a Moodle site: Moodle's schema filled by the Moodle seeder, the indexes and
// grants map check asks for, the Moodle map applied. Look-up (exact and fuzzy), the picture, the
// export and the erasure of the heaviest learner (user 7) through the privacy functions, each next
// to bare SQL for the same rows in the same run. bench_moodle [USERS] (default 100000).
#include "BenchCluster.h"
#include "BenchStats.h"

#include "datamap/DataMapFile.h"
#include "datamap/DataMapStore.h"
#include "db/DatabaseConnection.h"
#include "db/StaffDirectory.h"
#include "erasure/ErasureStore.h"
#include "export/ExportPackage.h"
#include "export/Passphrase.h"
#include "moodle/MoodleSite.h"
#include "requests/RequestStore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>

#include <spdlog/spdlog.h>

namespace {

const qint64 kHeaviest = 7;

// A failure unwinds to main, so that the benchmark's cluster is stopped and removed.
struct Failure {
    QString what;
};

[[noreturn]] void fail(const QString& what)
{
    throw Failure{what};
}

// Milliseconds for a list of statements in one transaction, rolled back.
double timedRolledBack(QSqlDatabase db, const QStringList& statements)
{
    db.transaction();
    QElapsedTimer t;
    t.start();
    for (const QString& sql : statements)
        if (!QSqlQuery(db).exec(sql))
            fail(sql.left(100));
    const double ms = t.nsecsElapsed() / 1e6;
    db.rollback();
    return ms;
}

// The statements of a rule list, with the learner's key for $1.
QStringList statements(QSqlDatabase db, const QString& sql)
{
    QStringList found = BenchCluster::column(db, sql);
    for (QString& s : found)
        s.replace(QLatin1String("$1"), QString::number(kHeaviest));
    return found;
}

} // namespace

static int benchmark(int users)
{
    QTextStream out(stdout);
    BenchCluster cluster;
    if (!cluster.prepare(out))
        return 1;
    const auto owner = cluster.connect();
    QSqlDatabase db = owner->database();
    QString error;
    MoodleSite site(db);
    DataMapFile map;
    QStringList prepared;
    QElapsedTimer seeding;
    seeding.start();
    if (!site.create(&error) || !site.seed(users, 1, QDateTime::currentSecsSinceEpoch(), &error) ||
        !DataMapFile::load(QStringLiteral("moodle"), &map, &error) || !site.prepare(map, &prepared, &error))
        fail(error);
    for (const auto& [login, role] : {std::pair{"bench_admin", "admin"},
                                      {"bench_support", "support"},
                                      {"bench_dpo", "dpo"},
                                      {"bench_second", "dpo"}})
        if (!StaffDirectory(db).add(QLatin1String(login), QLatin1String(role), BenchCluster::staffPassword(), QString(),
                                    &error))
            fail(error);
    MapApplying applied;
    if (!DataMapStore(cluster.connect(QStringLiteral("bench_admin"))->database()).apply(map, true, &applied, &error))
        fail(error);
    QSqlQuery(db).exec(QStringLiteral("VACUUM ANALYZE"));
    out << "Moodle site: " << users << " learners, "
        << BenchCluster::scalar(
               db, QStringLiteral("SELECT sum(n_live_tup) FROM pg_stat_user_tables WHERE schemaname = 'public'"))
        << " rows in "
        << BenchCluster::scalar(db, QStringLiteral("SELECT count(*) FROM pg_stat_user_tables WHERE schemaname = "
                                                   "'public' AND n_live_tup > 0"))
        << " tables, seeded and prepared (" << prepared.size() << " statements of map check) in "
        << seeding.elapsed() / 1000 << " s; the heaviest learner has "
        << BenchCluster::scalar(
               db, QStringLiteral("SELECT count(*) FROM public.mdl_logstore_standard_log WHERE userid = 7"))
        << " log rows" << Qt::endl;

    const auto support = cluster.connect(QStringLiteral("bench_support"));
    const QString sample = QStringLiteral(" FROM public.mdl_user TABLESAMPLE SYSTEM (2) REPEATABLE (7) WHERE id > 2 "
                                          "LIMIT 200");
    const QString lookup = QStringLiteral("SELECT * FROM privacy.lookup(?, 'BENCH-1', 'benchmark', 50)");
    const QString folded = QStringLiteral("privacy.fold(firstname || ' ' || lastname)");
    struct Case {
        QString name;
        QString target;
        QStringList inputs;
        QString sql;
        QString floor;
    };
    const auto typo = QStringLiteral("left(firstname, 1) || substr(firstname, 3, 1) || substr(firstname, 2, 1) || "
                                     "substr(firstname, 4) || ' ' || lastname");
    const QList<Case> cases{
        {QStringLiteral("exact: email"), QStringLiteral("10"),
         BenchCluster::column(db, QStringLiteral("SELECT email") + sample), lookup,
         QStringLiteral("SELECT id FROM public.mdl_user WHERE lower(email) = lower(?)")},
        {QStringLiteral("exact: login name"), QStringLiteral("10"),
         BenchCluster::column(db, QStringLiteral("SELECT username") + sample), lookup,
         QStringLiteral("SELECT id FROM public.mdl_user WHERE username = ?")},
        {QStringLiteral("exact: ID number"), QStringLiteral("10"),
         BenchCluster::column(db, QStringLiteral("SELECT idnumber") + sample), lookup,
         QStringLiteral("SELECT id FROM public.mdl_user WHERE idnumber IN (?, upper(?::text))")},
        {QStringLiteral("exact: last IP address"), QStringLiteral("10"),
         BenchCluster::column(db, QStringLiteral("SELECT lastip") + sample), lookup,
         QStringLiteral("SELECT id FROM public.mdl_user WHERE privacy.inet_or_null(lastip) <<= ?::inet")},
        {QStringLiteral("fuzzy: name"), QStringLiteral("100"),
         BenchCluster::column(db, QStringLiteral("SELECT firstname || ' ' || lastname") + sample), lookup,
         QStringLiteral("SELECT id FROM public.mdl_user WHERE %1 OPERATOR(ext.%>) privacy.fold(?) ORDER BY %1 "
                        "OPERATOR(ext.<->>) privacy.fold(?) LIMIT 50")
             .arg(folded)},
        {QStringLiteral("fuzzy: name with a typo"), QStringLiteral("100"),
         BenchCluster::column(db, QStringLiteral("SELECT ") + typo + sample), lookup,
         QStringLiteral("SELECT id FROM public.mdl_user WHERE %1 OPERATOR(ext.%>) privacy.fold(?) ORDER BY %1 "
                        "OPERATOR(ext.<->>) privacy.fold(?) LIMIT 50")
             .arg(folded)},
    };
    out << Qt::endl
        << QStringLiteral("%1 %2 %3 %4 %5 %6")
               .arg(QStringLiteral("operation (ms)"), -30)
               .arg(QStringLiteral("p50"), 8)
               .arg(QStringLiteral("p95"), 8)
               .arg(QStringLiteral("target"), 8)
               .arg(QStringLiteral("bare p50"), 9)
               .arg(QStringLiteral("bare p95"), 9)
        << Qt::endl;
    const auto report = [&](const QString& name, const QList<double>& measured, const QString& target,
                            const QList<double>& bare) {
        out << QStringLiteral("%1 %2 %3 %4 %5 %6")
                   .arg(name, -30)
                   .arg(BenchStats::percentile(measured, 0.5), 8, 'f', 2)
                   .arg(BenchStats::percentile(measured, 0.95), 8, 'f', 2)
                   .arg(QStringLiteral("< ") + target, 8)
                   .arg(BenchStats::percentile(bare, 0.5), 9, 'f', 2)
                   .arg(BenchStats::percentile(bare, 0.95), 9, 'f', 2)
            << Qt::endl;
    };
    for (const Case& c : cases) {
        QList<double> measured, bare;
        for (const QString& input : c.inputs) {
            measured << BenchCluster::timed(support->database(), c.sql, input);
            QSqlQuery q(db);
            q.prepare(c.floor);
            for (int i = 0; i < c.floor.count(QLatin1Char('?')); ++i)
                q.addBindValue(input);
            QElapsedTimer t;
            t.start();
            if (!q.exec())
                fail(c.floor + QStringLiteral(": ") + q.lastError().text());
            while (q.next()) {
            }
            bare << t.nsecsElapsed() / 1e6;
        }
        report(c.name + QStringLiteral(" (%1)").arg(c.inputs.size()), measured, c.target, bare);
    }

    // The picture counts the learner's rows per mapped table and shows the first of each; the
    // floor is the same counts, table by table.
    const QStringList counts = statements(
        db, QStringLiteral("SELECT format('SELECT count(*) FROM %s t WHERE %s', t.table_name, "
                           "privacy.subject_condition(t.table_name)) FROM privacy.export_tables t ORDER BY position"));
    QList<double> picture, pictureBare;
    for (int i = 0; i < 20; ++i) {
        picture << BenchCluster::timed(
            support->database(),
            QStringLiteral("SELECT privacy.user_summary(%1, 'BENCH-1', 'benchmark')").arg(kHeaviest), QString());
        pictureBare << timedRolledBack(db, counts);
    }
    report(QStringLiteral("picture: heaviest learner (20)"), picture, QStringLiteral("300"), pictureBare);

    // The export package, encrypted, against a server-side COPY of the same rows to CSV files.
    QSqlQuery(db).exec(QStringLiteral("UPDATE privacy.settings SET value = 'false' WHERE key = "
                                      "'export_needs_approval'"));
    const QString serverDir = BenchCluster::scalar(db, QStringLiteral("SHOW data_directory"));
    const QStringList copies = statements(
        db, QStringLiteral("SELECT format('COPY (SELECT * FROM %s t WHERE %s) TO %L (FORMAT csv, HEADER)', "
                           "t.table_name, privacy.subject_condition(t.table_name), '%1/copy_' || c.relname || "
                           "'.csv') FROM privacy.export_tables t JOIN pg_class c ON c.oid = t.table_name ORDER BY "
                           "t.position")
                .arg(serverDir));
    QList<double> exportMs, exportBare;
    ExportResult exported;
    for (int run = 0; run < 5; ++run) {
        QJsonObject request;
        if (!RequestStore(support->database())
                 .open(kHeaviest, QStringLiteral("export"), QStringLiteral("BENCH-1"), QStringLiteral("benchmark run"),
                       QDate(), &request, &error))
            fail(error);
        QTemporaryDir folder;
        ExportOptions options;
        options.requestId = request.value(QLatin1String("id")).toInteger();
        options.targetPath = folder.filePath(QStringLiteral("export.zip"));
        options.passphrase = Passphrase::generate();
        QElapsedTimer t;
        t.start();
        if (!ExportPackage(support->database()).run(options, &exported, &error))
            fail(error);
        exportMs << t.nsecsElapsed() / 1e6;
        exportBare << timedRolledBack(db, copies);
    }
    report(QStringLiteral("export: heaviest (5)"), exportMs, QStringLiteral("2000"), exportBare);
    out << "  (" << exported.rows << " rows, archive " << exported.bytes / 1024 << " KiB, AES-256)" << Qt::endl;

    // Erasure, against one plain statement per rule over the same rows: a DELETE where the rule
    // deletes, an UPDATE of the rows where it anonymizes or retains (rolled back, three times).
    const QStringList bareErasure = statements(
        db, QStringLiteral("SELECT CASE WHEN r.action = 'delete' THEN format('DELETE FROM %1$s t WHERE %2$s', "
                           "r.table_name, privacy.subject_condition(r.table_name)) ELSE format('UPDATE %1$s t SET "
                           "%3$I = t.%3$I WHERE %2$s', r.table_name, privacy.subject_condition(r.table_name), "
                           "(SELECT attname FROM pg_attribute WHERE attrelid = r.table_name AND attnum = 1)) END FROM "
                           "privacy.erasure_rules r ORDER BY r.position"));
    QList<double> erasureBare;
    for (int i = 0; i < 3; ++i)
        erasureBare << timedRolledBack(db, bareErasure);
    QJsonObject request;
    const auto dpo = cluster.connect(QStringLiteral("bench_dpo"));
    const auto second = cluster.connect(QStringLiteral("bench_second"));
    if (!RequestStore(support->database())
             .open(kHeaviest, QStringLiteral("erasure"), QStringLiteral("BENCH-2"), QStringLiteral("benchmark run"),
                   QDate(), &request, &error) ||
        !ErasureStore(dpo->database())
             .decide(request.value(QLatin1String("id")).toInteger(), true, QStringLiteral("benchmark run"), &request,
                     &error))
        fail(error);
    QElapsedTimer t;
    t.start();
    QJsonObject result;
    if (!ErasureStore(second->database()).execute(request.value(QLatin1String("id")).toInteger(), &result, &error))
        fail(error);
    report(QStringLiteral("erasure: heaviest (1)"), {t.nsecsElapsed() / 1e6}, QStringLiteral("2000"), erasureBare);
    qint64 rows = 0;
    const QJsonObject changed = result.value(QLatin1String("counts")).toObject();
    for (auto it = changed.begin(); it != changed.end(); ++it)
        rows += it.value().toInteger();
    out << "  (" << rows << " rows in " << changed.size() << " tables)" << Qt::endl;
    out << "machine: " << BenchCluster::machine() << Qt::endl;
    return 0;
}

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    spdlog::set_level(spdlog::level::warn);
    const int users = app.arguments().size() > 1 ? app.arguments().at(1).toInt() : 100000;
    if (users < 10) {
        QTextStream(stderr) << "usage: bench_moodle [USERS], at least 10 (default 100000)" << Qt::endl;
        return 2;
    }
    try {
        return benchmark(users);
    } catch (const Failure& failure) {
        QTextStream(stderr) << failure.what << Qt::endl;
        return 1;
    }
}
