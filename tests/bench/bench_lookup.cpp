// SPDX-License-Identifier: GPL-3.0-or-later
// Lookup and whole-picture latency through the privacy functions (role checks, masking, logging)
// against the same SQL run bare as superuser, in one run. bench_lookup [USERS] (default 1000000).
#include "BenchCluster.h"

#include "db/DatabaseConnection.h"
#include "privacy/UserDirectory.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlQuery>
#include <QTextStream>

#include <spdlog/spdlog.h>

#include <algorithm>
#include <functional>

namespace {

struct Stats {
    double p50 = 0, p95 = 0, max = 0;
};

Stats measure(const QStringList& inputs, const std::function<bool(const QString&)>& call)
{
    QList<double> ms;
    for (const QString& input : inputs) {
        QElapsedTimer t;
        t.start();
        if (!call(input))
            qFatal("call failed for a benchmark input");
        ms << t.nsecsElapsed() / 1e6;
    }
    std::sort(ms.begin(), ms.end());
    return {ms.at(ms.size() / 2), ms.at(std::min<qsizetype>(ms.size() - 1, qsizetype(ms.size() * 0.95))), ms.last()};
}

bool bare(QSqlDatabase db, const QString& sql, const QString& value)
{
    QSqlQuery q(db);
    q.prepare(sql);
    q.addBindValue(value);
    if (!q.exec())
        return false;
    while (q.next()) {
    }
    return true;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    spdlog::set_level(spdlog::level::warn);
    QTextStream out(stdout);
    const int users = app.arguments().size() > 1 ? app.arguments().at(1).toInt() : 1000000;
    BenchCluster cluster;
    if (!cluster.prepare(out) || !cluster.seed(users, {{QStringLiteral("bench_dpo"), QStringLiteral("dpo")}}, out))
        return 1;
    const auto ownerConnection = cluster.connect();
    const auto dpoConnection = cluster.connect(QStringLiteral("bench_dpo"));
    DatabaseConnection& owner = *ownerConnection;
    DatabaseConnection& dpo = *dpoConnection;
    QString error;
    UserDirectory directory(dpo.database());
    const AccessContext context{QString(), QStringLiteral("benchmark")};
    QSqlDatabase db = owner.database();
    const QString sample = QStringLiteral(" FROM platform.users TABLESAMPLE SYSTEM (1) REPEATABLE (7) LIMIT 200");
    const QStringList ids = BenchCluster::column(db, QStringLiteral("SELECT id") + sample);
    const QStringList emails = BenchCluster::column(db, QStringLiteral("SELECT email") + sample);
    const QStringList publicIds = BenchCluster::column(db, QStringLiteral("SELECT public_id::text") + sample);
    const QStringList lastNames =
        BenchCluster::column(db, QStringLiteral("SELECT privacy.fold(first_name || ' ' || last_name)") + sample);
    const QStringList emailParts =
        BenchCluster::column(db, QStringLiteral("SELECT left(split_part(email, '@', 1), 8)") + sample);
    // The same beginnings with two letters swapped: no address begins so, the similarity search runs.
    const QStringList emailTypos = BenchCluster::column(
        db, QStringLiteral("SELECT left(local, 1) || substr(local, 3, 1) || substr(local, 2, 1) || substr(local, 4, 5) "
                           "FROM (SELECT split_part(email, '@', 1) AS local") +
                sample + QStringLiteral(") s"));
    // Whole addresses with two letters swapped and the last digit changed: the '@' path.
    const QStringList addressTypos = BenchCluster::column(
        db,
        QStringLiteral("SELECT left(e, 1) || substr(e, 3, 1) || substr(e, 2, 1) || substr(e, 4, position('@' in e) - "
                       "5) || translate(substr(e, position('@' in e) - 1, 1), '0123456789', '1234567890') || "
                       "substr(e, position('@' in e)) FROM (SELECT lower(email) AS e") +
            sample + QStringLiteral(") s"));
    const QStringList ips =
        BenchCluster::column(db, QStringLiteral("SELECT host(ip) FROM platform.login_events TABLESAMPLE SYSTEM (0.1) "
                                                "REPEATABLE (7) LIMIT 200"));
    const QStringList invoices =
        BenchCluster::column(db, QStringLiteral("SELECT number FROM platform.invoices TABLESAMPLE SYSTEM (1) "
                                                "REPEATABLE (7) LIMIT 200"));
    QList<LookupHit> hits;
    const auto lookup = [&](const QString& q) { return directory.lookup(q, context, 50, &hits, &error); };

    struct Case {
        QString name;
        QStringList inputs;
        QString bareSql;
        double target;
    };
    const QList<Case> cases{
        {QStringLiteral("exact: user id"), ids, QStringLiteral("SELECT * FROM platform.users WHERE id = ?::bigint"),
         10},
        {QStringLiteral("exact: email"), emails,
         QStringLiteral("SELECT * FROM platform.users WHERE lower(email) = lower(?)"), 10},
        {QStringLiteral("exact: public id"), publicIds,
         QStringLiteral("SELECT * FROM platform.users WHERE public_id = ?::uuid"), 10},
        {QStringLiteral("exact: IP address"), ips,
         QStringLiteral("SELECT DISTINCT user_id FROM platform.login_events WHERE ip <<= ?::inet LIMIT 50"), 10},
        {QStringLiteral("exact: invoice"), invoices,
         QStringLiteral("SELECT user_id FROM platform.invoices WHERE number = ?"), 10},
        {QStringLiteral("fuzzy: name"), lastNames,
         QStringLiteral("WITH q AS (SELECT privacy.fold(?) AS v) SELECT id FROM platform.users, q "
                        "WHERE privacy.fold(first_name || ' ' || last_name) OPERATOR(ext.%>) q.v "
                        "ORDER BY privacy.fold(first_name || ' ' || last_name) OPERATOR(ext.<->>) q.v LIMIT 50"),
         100},
        {QStringLiteral("prefix: email"), emailParts,
         QStringLiteral("SELECT id FROM platform.users WHERE lower(email) LIKE lower(?) || '%' "
                        "ORDER BY lower(email) USING OPERATOR(pg_catalog.~<~) LIMIT 50"),
         100},
        {QStringLiteral("fuzzy: email typo"), emailTypos,
         QStringLiteral("SELECT * FROM unnest(privacy.mapped_similar_emails(?, 50))"), 100},
        {QStringLiteral("fuzzy: address typo"), addressTypos,
         QStringLiteral("SELECT * FROM unnest(privacy.mapped_similar_emails(?, 50))"), 100},
    };
    out << Qt::endl
        << QStringLiteral("%1 %2 %3 %4 %5 %6 %7")
               .arg(QStringLiteral("operation"), -22)
               .arg(QStringLiteral("p50 ms"), 8)
               .arg(QStringLiteral("p95 ms"), 8)
               .arg(QStringLiteral("max ms"), 8)
               .arg(QStringLiteral("bare p95"), 9)
               .arg(QStringLiteral("ratio"), 6)
               .arg(QStringLiteral("target"), 8)
        << Qt::endl;
    const auto report = [&out](const QString& name, const Stats& s, const Stats& b, double target) {
        out << QStringLiteral("%1 %2 %3 %4 %5 %6 %7")
                   .arg(name, -22)
                   .arg(s.p50, 8, 'f', 2)
                   .arg(s.p95, 8, 'f', 2)
                   .arg(s.max, 8, 'f', 2)
                   .arg(b.p95, 9, 'f', 2)
                   .arg(b.p95 > 0 ? s.p95 / b.p95 : 0, 6, 'f', 1)
                   .arg(QStringLiteral("< %1").arg(target), 8)
            << Qt::endl;
    };
    for (const Case& c : cases) {
        const Stats s = measure(c.inputs, lookup);
        const Stats b = measure(c.inputs, [&](const QString& v) { return bare(db, c.bareSql, v); });
        report(c.name, s, b, c.target);
    }

    QJsonObject summary;
    const QString bareSummary = QStringLiteral("SELECT (SELECT count(*) FROM platform.enrollments WHERE user_id = $1), "
                                               "(SELECT count(*) FROM platform.lesson_completions WHERE user_id = $1), "
                                               "(SELECT count(*) FROM platform.test_results WHERE user_id = $1), "
                                               "(SELECT count(*) FROM platform.certificates WHERE user_id = $1), "
                                               "(SELECT count(*) FROM platform.login_events WHERE user_id = $1), "
                                               "(SELECT count(*) FROM platform.usage_events WHERE user_id = $1), "
                                               "(SELECT count(*) FROM platform.sessions WHERE user_id = $1), "
                                               "(SELECT count(*) FROM platform.messages WHERE sender_user_id = $1) + "
                                               "(SELECT count(*) FROM platform.messages WHERE recipient_user_id = $1), "
                                               "(SELECT count(*) FROM platform.forum_posts WHERE author_user_id = $1), "
                                               "(SELECT count(*) FROM platform.invoices WHERE user_id = $1), "
                                               "(SELECT count(*) FROM platform.payment_references WHERE user_id = $1), "
                                               "(SELECT count(*) FROM platform.social_identities WHERE user_id = $1), "
                                               "(SELECT count(*) FROM platform.processor_links WHERE user_id = $1), "
                                               "(SELECT row_to_json(u) FROM platform.users u WHERE id = $1)");
    const auto summaryCall = [&](const QString& id) {
        return directory.summary(id.toLongLong(), context, &summary, &error);
    };
    const auto bareSummaryCall = [&](const QString& id) {
        QSqlQuery q(db);
        return q.exec(QString(bareSummary).replace(QStringLiteral("$1"), QString::number(id.toLongLong()))) && q.next();
    };
    report(QStringLiteral("picture: typical user"), measure(ids, summaryCall), measure(ids, bareSummaryCall), 50);
    const QStringList heavy(20, QStringLiteral("7"));
    report(QStringLiteral("picture: heaviest user"), measure(heavy, summaryCall), measure(heavy, bareSummaryCall), 300);
    return 0;
}
