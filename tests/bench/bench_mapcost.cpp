// SPDX-License-Identifier: GPL-3.0-or-later
// What the data map costs: the privacy functions of this build, which build their statements from
// the map in force, against those of the last release, written for the reference schema, side by
// side in one cluster on the same seeded data. Each input runs on both, alternately, through the
// same SQL calls as a DPO. bench_mapcost [USERS] (default 1000000).
#include "BenchCluster.h"
#include "BenchStats.h"

#include "db/DatabaseConnection.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QTextStream>

#include <spdlog/spdlog.h>

#include <algorithm>
#include <vector>

namespace {

struct Side {
    QString name;
    std::unique_ptr<DatabaseConnection> owner;
    std::unique_ptr<DatabaseConnection> support;
    std::unique_ptr<DatabaseConnection> dpo;
    std::unique_ptr<DatabaseConnection> second;
};

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    spdlog::set_level(spdlog::level::warn);
    QTextStream out(stdout);
    const int users = app.arguments().size() > 1 ? app.arguments().at(1).toInt() : 1000000;
    BenchCluster cluster;
    QString error;
    if (!cluster.prepare(out) || !cluster.createReleasedDatabase(QStringLiteral("released"), &error)) {
        QTextStream(stderr) << error << Qt::endl;
        return 1;
    }
    // Logins are the cluster's, so each database has its own.
    std::vector<Side> sides;
    for (const QString& name : {QStringLiteral("released"), QStringLiteral("bench")}) {
        out << name << ": ";
        if (!cluster.seed(users,
                          {{name + QStringLiteral("_support"), QStringLiteral("support")},
                           {name + QStringLiteral("_dpo"), QStringLiteral("dpo")},
                           {name + QStringLiteral("_second"), QStringLiteral("dpo")}},
                          out, nullptr, name))
            return 1;
        sides.push_back({name, cluster.connect(QString(), name),
                         cluster.connect(name + QStringLiteral("_support"), name),
                         cluster.connect(name + QStringLiteral("_dpo"), name),
                         cluster.connect(name + QStringLiteral("_second"), name)});
    }
    QSqlDatabase db = sides.back().owner->database();
    const QString sample = QStringLiteral(" FROM platform.users TABLESAMPLE SYSTEM (1) REPEATABLE (7) LIMIT 200");
    const auto typo = [](const QString& local) {
        return QStringLiteral("left(%1, 1) || substr(%1, 3, 1) || substr(%1, 2, 1) || substr(%1, 4, 5)").arg(local);
    };
    const QString lookup = QStringLiteral("SELECT * FROM privacy.lookup(?, NULL, 'benchmark', 50)");
    const QString summary = QStringLiteral("SELECT privacy.user_summary(?::bigint, NULL, 'benchmark')");
    const QString find = QStringLiteral("SELECT privacy.incident_find(?::jsonb)");
    const QString last = BenchCluster::scalar(db, QStringLiteral("SELECT max(at) FROM platform.login_events"));
    const auto window = [&](int days, const QString& network) {
        const QDateTime end = QDateTime::fromString(last, Qt::ISODate);
        QJsonObject criteria{{QStringLiteral("from"), end.addDays(-days).toUTC().toString(Qt::ISODate)},
                             {QStringLiteral("to"), end.addSecs(1).toUTC().toString(Qt::ISODate)}};
        if (!network.isEmpty())
            criteria.insert(QStringLiteral("network"), network);
        return QStringList(5, QString::fromUtf8(QJsonDocument(criteria).toJson(QJsonDocument::Compact)));
    };
    struct Case {
        QString name;
        QStringList inputs;
        QString sql;
    };
    const QList<Case> cases{
        {QStringLiteral("look-up: user id"), BenchCluster::column(db, QStringLiteral("SELECT id") + sample), lookup},
        {QStringLiteral("look-up: email"), BenchCluster::column(db, QStringLiteral("SELECT email") + sample), lookup},
        {QStringLiteral("look-up: public id"),
         BenchCluster::column(db, QStringLiteral("SELECT public_id::text") + sample), lookup},
        {QStringLiteral("look-up: IP address"),
         BenchCluster::column(db, QStringLiteral("SELECT host(ip) FROM platform.login_events TABLESAMPLE SYSTEM (0.1) "
                                                 "REPEATABLE (7) LIMIT 200")),
         lookup},
        {QStringLiteral("look-up: invoice"),
         BenchCluster::column(
             db, QStringLiteral("SELECT number FROM platform.invoices TABLESAMPLE SYSTEM (1) REPEATABLE (7) "
                                "LIMIT 200")),
         lookup},
        {QStringLiteral("look-up: name"),
         BenchCluster::column(db, QStringLiteral("SELECT first_name || ' ' || last_name") + sample), lookup},
        {QStringLiteral("look-up: address beginning"),
         BenchCluster::column(db, QStringLiteral("SELECT left(split_part(email, '@', 1), 8)") + sample), lookup},
        {QStringLiteral("look-up: beginning with a typo"),
         BenchCluster::column(db, QStringLiteral("SELECT %1 FROM (SELECT split_part(email, '@', 1) AS local")
                                          .arg(typo(QStringLiteral("local"))) +
                                      sample + QStringLiteral(") s")),
         lookup},
        {QStringLiteral("picture: typical learner"), BenchCluster::column(db, QStringLiteral("SELECT id") + sample),
         summary},
        {QStringLiteral("picture: heaviest learner"), QStringList(20, QStringLiteral("7")), summary},
        {QStringLiteral("finder: 30 days + 45.0.0.0/8"), window(30, QStringLiteral("45.0.0.0/8")), find},
        {QStringLiteral("finder: 7 days, any address"), window(7, QString()), find},
    };
    out << Qt::endl
        << QStringLiteral("%1 %2 %3 %4 %5 %6")
               .arg(QStringLiteral("operation"), -32)
               .arg(QStringLiteral("released p50"), 13)
               .arg(QStringLiteral("p95"), 8)
               .arg(QStringLiteral("mapped p50"), 11)
               .arg(QStringLiteral("p95"), 8)
               .arg(QStringLiteral("p95 ratio"), 10)
        << Qt::endl;
    const auto report = [&](const QString& name, const QList<double>& released, const QList<double>& mapped) {
        out << QStringLiteral("%1 %2 %3 %4 %5 %6")
                   .arg(name, -32)
                   .arg(BenchStats::percentile(released, 0.5), 13, 'f', 2)
                   .arg(BenchStats::percentile(released, 0.95), 8, 'f', 2)
                   .arg(BenchStats::percentile(mapped, 0.5), 11, 'f', 2)
                   .arg(BenchStats::percentile(mapped, 0.95), 8, 'f', 2)
                   .arg(BenchStats::percentile(mapped, 0.95) / BenchStats::percentile(released, 0.95), 10, 'f', 2)
            << Qt::endl;
    };
    for (const Case& c : cases) {
        QList<double> times[2];
        for (const QString& input : c.inputs)
            for (int side = 0; side < 2; ++side)
                times[side] << BenchCluster::timed(sides.at(side).dpo->database(), c.sql, input);
        report(c.name, times[0], times[1]);
    }

    // Erasure of the heaviest learner, approved by a second DPO, executed and rolled back: the
    // median of three runs each.
    QList<double> erasure[2];
    for (int side = 0; side < 2; ++side) {
        const Side& s = sides.at(side);
        const QString request = BenchCluster::scalar(
            s.support->database(), QStringLiteral("SELECT privacy.request_open(7, 'erasure', 'SUP-7', 'email', "
                                                  "current_date)::jsonb ->> 'id'"));
        BenchCluster::scalar(
            s.second->database(),
            QStringLiteral("SELECT privacy.erasure_decide(%1, true, 'identity verified')").arg(request));
        for (int run = 0; run < 3; ++run) {
            QSqlDatabase dpo = s.dpo->database();
            dpo.transaction();
            erasure[side] << BenchCluster::timed(dpo, QStringLiteral("SELECT privacy.erasure_execute(?::bigint)"),
                                                 request);
            dpo.rollback();
        }
    }
    report(QStringLiteral("erasure: heaviest learner"), erasure[0], erasure[1]);

    // The export's data of the heaviest learner: its start (the tables and their counts) and
    // every row of every table, as the package reads them; approved first where this build asks
    // for it, and rolled back. The median of three runs each.
    QList<double> exports[2];
    for (int side = 0; side < 2; ++side) {
        const Side& s = sides.at(side);
        const QString request = BenchCluster::scalar(
            s.support->database(), QStringLiteral("SELECT privacy.request_open(7, 'export', 'SUP-7', 'email', "
                                                  "current_date)::jsonb ->> 'id'"));
        if (BenchCluster::scalar(s.owner->database(),
                                 QStringLiteral("SELECT to_regproc('privacy.export_approve') IS NOT NULL")) ==
            QLatin1String("true"))
            BenchCluster::scalar(
                s.second->database(),
                QStringLiteral("SELECT privacy.export_approve(%1, 'benchmark approval')").arg(request));
        for (int run = 0; run < 3; ++run) {
            QSqlDatabase dpo = s.dpo->database();
            dpo.transaction();
            QElapsedTimer t;
            t.start();
            const QJsonObject start =
                QJsonDocument::fromJson(
                    BenchCluster::scalar(dpo, QStringLiteral("SELECT privacy.export_begin(%1)").arg(request)).toUtf8())
                    .object();
            for (const QJsonValue& table : start.value(QLatin1String("tables")).toArray()) {
                QSqlQuery rows(dpo);
                rows.prepare(QStringLiteral("SELECT * FROM privacy.export_rows(?, ?)"));
                rows.addBindValue(request);
                rows.addBindValue(table.toObject().value(QLatin1String("table")).toString());
                if (!rows.exec())
                    qFatal("export_rows: %s", qPrintable(rows.lastError().text()));
                while (rows.next()) {
                }
            }
            exports[side] << t.nsecsElapsed() / 1e6;
            dpo.rollback();
        }
    }
    report(QStringLiteral("export: heaviest learner's data"), exports[0], exports[1]);
    return 0;
}
