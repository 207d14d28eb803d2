// SPDX-License-Identifier: GPL-3.0-or-later
// Erasure of the heaviest seeded learner (user 7): the preview (20 runs) and the execution through
// the privacy functions, against a bare hand-written erasure of the same rows (run and rolled back
// three times before), in one run. bench_erasure [USERS] (default 100000).
#include "BenchCluster.h"
#include "BenchStats.h"

#include "db/DatabaseConnection.h"
#include "erasure/ErasureStore.h"
#include "requests/RequestStore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTextStream>

#include <spdlog/spdlog.h>

#include <algorithm>

namespace {

// The same rows, erased by hand: no rules, no plan, no tasks, no ledger, no log.
const char* const bareErasure[] = {
    "DELETE FROM platform.social_identities WHERE user_id = 7",
    "DELETE FROM platform.profiles WHERE user_id = 7",
    "DELETE FROM platform.consents WHERE user_id = 7",
    "DELETE FROM platform.enrollments WHERE user_id = 7",
    "DELETE FROM platform.lesson_completions WHERE user_id = 7",
    "DELETE FROM platform.test_results WHERE user_id = 7",
    "DELETE FROM platform.certificates WHERE user_id = 7",
    "UPDATE platform.courses SET instructor_user_id = NULL WHERE instructor_user_id = 7",
    "DELETE FROM platform.login_events WHERE user_id = 7",
    "DELETE FROM platform.usage_events WHERE user_id = 7",
    "DELETE FROM platform.sessions WHERE user_id = 7",
    "UPDATE platform.messages SET subject = CASE WHEN sender_user_id = 7 THEN '' ELSE subject END, body = CASE WHEN "
    "sender_user_id = 7 THEN '' ELSE body END, sender_user_id = nullif(sender_user_id, 7), recipient_user_id = "
    "nullif(recipient_user_id, 7) WHERE sender_user_id = 7 OR recipient_user_id = 7",
    "UPDATE platform.forum_threads SET author_user_id = NULL WHERE author_user_id = 7",
    "UPDATE platform.forum_posts SET author_user_id = NULL, body = '' WHERE author_user_id = 7",
    "INSERT INTO privacy.restrictions SELECT 'platform.invoices', id, user_id, '2099-12-31', 'x' FROM "
    "platform.invoices WHERE user_id = 7 ON CONFLICT DO NOTHING",
    "DELETE FROM platform.payment_references WHERE user_id = 7",
    "DELETE FROM platform.processor_links WHERE user_id = 7",
    "UPDATE platform.users SET email = 'erased-7@invalid', first_name = '', last_name = '', status = 'erased' WHERE "
    "id = 7",
};

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    spdlog::set_level(spdlog::level::warn);
    QTextStream out(stdout);
    const int users = app.arguments().size() > 1 ? app.arguments().at(1).toInt() : 100000;
    BenchCluster cluster;
    if (!cluster.prepare(out) || !cluster.seed(users,
                                               {{QStringLiteral("bench_support"), QStringLiteral("support")},
                                                {QStringLiteral("bench_dpo"), QStringLiteral("dpo")}},
                                               out))
        return 1;
    const auto ownerConnection = cluster.connect();
    DatabaseConnection& owner = *ownerConnection;
    QString error;
    const auto support = cluster.connect(QStringLiteral("bench_support"));
    const auto dpo = cluster.connect(QStringLiteral("bench_dpo"));
    QJsonObject request;
    if (!RequestStore(support->database())
             .open(7, QStringLiteral("erasure"), QStringLiteral("BENCH-1"), QStringLiteral("benchmark run"), QDate(),
                   &request, &error) ||
        !ErasureStore(dpo->database())
             .decide(request.value(QLatin1String("id")).toInteger(), true, QStringLiteral("benchmark run"), &request,
                     &error)) {
        QTextStream(stderr) << error << Qt::endl;
        return 1;
    }
    const qint64 requestId = request.value(QLatin1String("id")).toInteger();

    QList<double> previewMs;
    for (int i = 0; i < 20; ++i) {
        QElapsedTimer timer;
        timer.start();
        QJsonObject preview;
        if (!ErasureStore(support->database()).preview(requestId, &preview, &error))
            qFatal("%s", qPrintable(error));
        previewMs << timer.nsecsElapsed() / 1e6;
    }

    QList<double> bareMs;
    for (int i = 0; i < 3; ++i) {
        QSqlDatabase db = owner.database();
        db.transaction();
        QElapsedTimer timer;
        timer.start();
        for (const char* sql : bareErasure)
            if (!QSqlQuery(db).exec(QLatin1String(sql)))
                qFatal("%s", sql);
        bareMs << timer.nsecsElapsed() / 1e6;
        db.rollback();
    }

    QElapsedTimer timer;
    timer.start();
    QJsonObject result;
    if (!ErasureStore(dpo->database()).execute(requestId, &result, &error))
        qFatal("%s", qPrintable(error));
    const double executeMs = timer.nsecsElapsed() / 1e6;
    qint64 rows = 0;
    const QJsonObject counts = result.value(QLatin1String("counts")).toObject();
    for (auto it = counts.begin(); it != counts.end(); ++it)
        rows += it.value().toInteger();

    std::sort(previewMs.begin(), previewMs.end());
    out << QStringLiteral("preview, heaviest learner: median %1 ms, p95 %2 ms (target 300 ms)")
               .arg(BenchStats::median(previewMs), 0, 'f', 1)
               .arg(previewMs.at(18), 0, 'f', 1)
        << Qt::endl;
    out << QStringLiteral("execution: %1 rows in %2 ms (target 2000 ms), %3 rows/s  |  bare hand-written erasure: "
                          "median %4 ms  |  ratio %5")
               .arg(rows)
               .arg(executeMs, 0, 'f', 0)
               .arg(qint64(rows / (executeMs / 1000.0)))
               .arg(BenchStats::median(bareMs), 0, 'f', 0)
               .arg(executeMs / BenchStats::median(bareMs), 0, 'f', 2)
        << Qt::endl;
    return 0;
}
