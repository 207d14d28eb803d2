// SPDX-License-Identifier: GPL-3.0-or-later
// The affected-people finder over seeded learners and their sign-ins: a time window with an address
// range (the target: under 2 s at 1,000,000 learners), wider and narrower variants, each
// through privacy.incident_find (count and categories) and as the bare count in plain SQL.
// bench_incidents [USERS] (default 100000).
#include "BenchCluster.h"
#include "BenchStats.h"

#include "incidents/IncidentStore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTextStream>

#include <spdlog/spdlog.h>

namespace {

struct Case {
    QString name;
    int days;
    QString network; // empty: no address range
};

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    spdlog::set_level(spdlog::level::warn);
    QTextStream out(stdout);
    const int users = app.arguments().size() > 1 ? app.arguments().at(1).toInt() : 100000;
    BenchCluster cluster;
    Seeder::Result seeded;
    if (!cluster.prepare(out) ||
        !cluster.seed(users, {{QStringLiteral("bench_dpo"), QStringLiteral("dpo")}}, out, &seeded))
        return 1;
    const auto owner = cluster.connect();
    const auto dpo = cluster.connect(QStringLiteral("bench_dpo"));
    QString error;
    QSqlQuery q(owner->database());
    q.exec(QStringLiteral("VACUUM ANALYZE"));
    q.exec(QStringLiteral("SELECT count(*), max(at) FROM platform.login_events"));
    q.next();
    const qint64 signIns = q.value(0).toLongLong();
    const QDateTime last = q.value(1).toDateTime();
    out << "sign-ins: " << signIns << Qt::endl;
    IncidentStore store(dpo->database());

    const QList<Case> cases{{QStringLiteral("30 days + 45.0.0.0/8"), 30, QStringLiteral("45.0.0.0/8")},
                            {QStringLiteral("7 days + 2a02:8100::/32"), 7, QStringLiteral("2a02:8100::/32")},
                            {QStringLiteral("365 days + 64.0.0.0/4"), 365, QStringLiteral("64.0.0.0/4")},
                            {QStringLiteral("7 days, any address"), 7, QString()}};
    for (const Case& c : cases) {
        const QString from = last.addDays(-c.days).toUTC().toString(Qt::ISODateWithMs);
        const QString to = last.addSecs(1).toUTC().toString(Qt::ISODateWithMs);
        QJsonObject criteria{{QStringLiteral("from"), from}, {QStringLiteral("to"), to}};
        if (!c.network.isEmpty())
            criteria.insert(QStringLiteral("network"), c.network);
        QList<double> findMs, bareMs;
        qint64 people = 0;
        qint64 bare = 0;
        for (int i = 0; i < 10; ++i) {
            QElapsedTimer timer;
            timer.start();
            QJsonObject result;
            if (!store.find(criteria, &result, &error))
                qFatal("%s", qPrintable(error));
            findMs << timer.nsecsElapsed() / 1e6;
            people = result.value(QLatin1String("people")).toInteger();

            timer.restart();
            QSqlQuery plain(owner->database());
            plain.prepare(QStringLiteral(
                "SELECT count(DISTINCT user_id) FROM platform.login_events "
                "WHERE at >= ?::timestamptz AND at < ?::timestamptz AND (?::cidr IS NULL OR ip <<= ?::cidr)"));
            plain.addBindValue(from);
            plain.addBindValue(to);
            const QVariant network =
                c.network.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(c.network);
            plain.addBindValue(network);
            plain.addBindValue(network);
            if (!plain.exec() || !plain.next())
                qFatal("%s", qPrintable(plain.lastError().text()));
            bareMs << timer.nsecsElapsed() / 1e6;
            bare = plain.value(0).toLongLong();
        }
        std::sort(findMs.begin(), findMs.end());
        out << QStringLiteral("%1: %2 people (bare count %3) | finder median %4 ms, max %5 ms (target 2000 ms) | "
                              "bare SQL median %6 ms | ratio %7")
                   .arg(c.name, -26)
                   .arg(people)
                   .arg(bare)
                   .arg(BenchStats::median(findMs), 0, 'f', 1)
                   .arg(findMs.last(), 0, 'f', 1)
                   .arg(BenchStats::median(bareMs), 0, 'f', 1)
                   .arg(BenchStats::median(findMs) / BenchStats::median(bareMs), 0, 'f', 1)
            << Qt::endl;
    }
    return 0;
}
