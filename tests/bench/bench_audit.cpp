// SPDX-License-Identifier: GPL-3.0-or-later
// Access-log review at scale: ENTRIES chained entries (default 5,000,000) written straight into the
// log, then as a DPO: the first page, the first page of each filter, the jump to the end (each
// against the bare SQL of the same page as superuser), chain verification, and scrolling the
// whole log through the console's own model while measuring the process's peak memory.
// bench_audit [ENTRIES].
#include "BenchCluster.h"
#include "BenchStats.h"

#include "audit/AuditLogModel.h"
#include "db/DatabaseConnection.h"
#include "db/DbSession.h"
#include "db/StaffDirectory.h"
#include "privacy/AuditChain.h"
#include "privacy/AuditStore.h"
#include "privacy/AuditVerifier.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTextStream>

#include <spdlog/spdlog.h>

#include <algorithm>
#include <functional>

namespace {

// The same chain log_access() writes, computed here (OpenSSL) and inserted in batches: a log of
// millions of entries in about a minute instead of hours of single appends.
bool fillLog(QSqlDatabase db, qint64 entries, QString* error)
{
    const qint64 start = (QDateTime::currentSecsSinceEpoch() - 180 * 86400) * 1000000;
    const qint64 step = 180LL * 86400 * 1000000 / entries;
    static const char* const actions[] = {
        "user.lookup",        "user.view",   "user.view", "user.view_category", "user.view_category",
        "user.view_category", "user.reveal", "user.lock", "request.open",       "user.rectify"};
    static const char* const fields[] = {"email", "billing_address", "message_body"};
    QByteArray prev = AuditChain::genesisHash();
    QString sql;
    for (qint64 id = 1; id <= entries; ++id) {
        AuditChain::Entry e;
        e.id = id;
        e.atMicros = start + id * step;
        const int s = int((id * 7919) % 40);
        e.staff = QStringLiteral("staff%1").arg(s);
        e.staffRole = s < 30 ? QStringLiteral("support") : s < 38 ? QStringLiteral("dpo") : QStringLiteral("admin");
        e.action = QLatin1String(actions[(id * 31) % 10]);
        if (e.action != QLatin1String("user.lookup"))
            e.subjectId = 1 + (id * 104729) % 1000000;
        if (e.staffRole == QLatin1String("support") || id % 3 == 0)
            e.ticket = QStringLiteral("SUP-%1").arg((id / 40) % 50000);
        else
            e.purpose = QStringLiteral("audit");
        e.details = e.action == QLatin1String("user.reveal")
                        ? QStringLiteral("{\"field\": \"%1\"}").arg(QLatin1String(fields[id % 3]))
                        : QStringLiteral("{}");
        e.prevHash = prev;
        e.hash = AuditChain::computeHash(e);
        prev = e.hash;
        const QDateTime at = QDateTime::fromSecsSinceEpoch(e.atMicros / 1000000, Qt::UTC);
        sql += QStringLiteral("%1(%2, '%3.%4+00', '%5', '%6', '%7', %8, %9, %10, '%11', '\\x%12', '\\x%13')")
                   .arg(sql.isEmpty() ? QString() : QStringLiteral(","))
                   .arg(id)
                   .arg(at.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")))
                   .arg(e.atMicros % 1000000, 6, 10, QLatin1Char('0'))
                   .arg(e.staff, e.staffRole, e.action)
                   .arg(e.subjectId ? QString::number(*e.subjectId) : QStringLiteral("NULL"))
                   .arg(e.ticket ? QStringLiteral("'%1'").arg(*e.ticket) : QStringLiteral("NULL"))
                   .arg(e.purpose ? QStringLiteral("'%1'").arg(*e.purpose) : QStringLiteral("NULL"))
                   .arg(e.details, QString::fromLatin1(e.prevHash.toHex()), QString::fromLatin1(e.hash.toHex()));
        if (id % 5000 == 0 || id == entries) {
            QSqlQuery q(db);
            if (!q.exec(QStringLiteral("INSERT INTO privacy.access_log VALUES ") + sql)) {
                *error = q.lastError().text();
                return false;
            }
            sql.clear();
        }
    }
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("UPDATE privacy.access_log_head SET last_id = %1, last_hash = '\\x%2'")
                    .arg(entries)
                    .arg(QString::fromLatin1(prev.toHex())))) {
        *error = q.lastError().text();
        return false;
    }
    return true;
}

double timed(const std::function<void()>& f)
{
    QElapsedTimer t;
    t.start();
    f();
    return t.nsecsElapsed() / 1e6;
}

} // namespace

int main(int argc, char* argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    spdlog::set_level(spdlog::level::warn);
    QTextStream out(stdout);
    const qint64 entries = app.arguments().size() > 1 ? app.arguments().at(1).toLongLong() : 5000000;
    BenchCluster cluster;
    QString error;
    if (!cluster.start(&error) || !cluster.createDatabase(QStringLiteral("bench"), &error)) {
        QTextStream(stderr) << error << Qt::endl;
        return 1;
    }
    out << "machine: " << BenchCluster::machine() << Qt::endl;
    DatabaseConnection owner;
    ConnectError connectError;
    if (!owner.open(cluster.profile(QStringLiteral("bench")), cluster.password(), &connectError))
        return 1;
    QSqlQuery q(owner.database());
    const double fillMs = timed([&] {
        if (!fillLog(owner.database(), entries, &error) || !q.exec(QStringLiteral("VACUUM ANALYZE privacy.access_log")))
            qFatal("%s %s", qPrintable(error), qPrintable(q.lastError().text()));
    });
    if (!StaffDirectory(owner.database())
             .add(QStringLiteral("bench_dpo"), QStringLiteral("dpo"), QStringLiteral("benchmark password 1"), QString(),
                  &error))
        qFatal("%s", qPrintable(error));
    out << QStringLiteral("access log: %L1 entries written in %2 s").arg(entries).arg(fillMs / 1000, 0, 'f', 1)
        << Qt::endl;

    ConnectionProfile profile = cluster.profile(QStringLiteral("bench"));
    profile.user = QStringLiteral("bench_dpo");
    DatabaseConnection dpo;
    if (!dpo.open(profile, QStringLiteral("benchmark password 1"), &connectError))
        qFatal("%s", qPrintable(connectError.message));
    AuditStore store(dpo.database());
    QList<AuditEntry> page;
    const double scanMs = timed([&] {
        QSqlQuery refresh(dpo.database());
        if (!refresh.exec(QStringLiteral("SELECT privacy.audit_refresh()")))
            qFatal("%s", qPrintable(refresh.lastError().text()));
    });
    q.exec(QStringLiteral("SELECT count(*) FROM privacy.access_log_anomalies"));
    q.next();
    out << QStringLiteral("first anomaly scan: %1 s, %L2 flags")
               .arg(scanMs / 1000, 0, 'f', 1)
               .arg(q.value(0).toLongLong())
        << Qt::endl;

    struct Case {
        QString name;
        std::function<void(AuditFilter&)> set;
        QString bare; // WHERE clause of the same page, run bare as superuser
        bool oldestFirst = false;
    };
    const QDateTime day = QDateTime::currentDateTimeUtc().addDays(-90);
    const QList<Case> cases{
        {QStringLiteral("first page"), [](AuditFilter&) {}, QStringLiteral("true")},
        {QStringLiteral("jump to the end"), [](AuditFilter&) {}, QStringLiteral("true"), true},
        {QStringLiteral("staff"), [](AuditFilter& f) { f.staff = QStringLiteral("staff17"); },
         QStringLiteral("staff = 'staff17'")},
        {QStringLiteral("role"), [](AuditFilter& f) { f.role = QStringLiteral("admin"); },
         QStringLiteral("staff_role = 'admin'")},
        {QStringLiteral("action"), [](AuditFilter& f) { f.action = QStringLiteral("user.lock"); },
         QStringLiteral("action = 'user.lock'")},
        {QStringLiteral("subject"), [](AuditFilter& f) { f.subjectId = 4242; }, QStringLiteral("subject_id = 4242")},
        {QStringLiteral("ticket"), [](AuditFilter& f) { f.ticket = QStringLiteral("SUP-777"); },
         QStringLiteral("ticket = 'SUP-777'")},
        {QStringLiteral("without ticket"), [](AuditFilter& f) { f.noTicket = true; }, QStringLiteral("ticket IS NULL")},
        {QStringLiteral("anomalies only"), [](AuditFilter& f) { f.anomaliesOnly = true; },
         QStringLiteral("EXISTS (SELECT 1 FROM privacy.access_log_anomalies a WHERE a.entry_id = l.id)")},
        {QStringLiteral("one day"),
         [&](AuditFilter& f) {
             f.since = day;
             f.until = day.addDays(1);
         },
         QStringLiteral("at >= '%1' AND at < '%2'")
             .arg(day.toString(Qt::ISODate), day.addDays(1).toString(Qt::ISODate))},
        {QStringLiteral("staff + without ticket + unusual"),
         [](AuditFilter& f) {
             f.staff = QStringLiteral("staff33");
             f.noTicket = true;
             f.anomaliesOnly = true;
         },
         QStringLiteral("staff = 'staff33' AND ticket IS NULL AND EXISTS (SELECT 1 FROM privacy.access_log_anomalies "
                        "a WHERE a.entry_id = l.id)")},
    };
    out << Qt::endl
        << QStringLiteral("%1 %2 %3 %4 %5")
               .arg(QStringLiteral("page of 200"), -34)
               .arg(QStringLiteral("median ms"), 10)
               .arg(QStringLiteral("max ms"), 8)
               .arg(QStringLiteral("bare ms"), 8)
               .arg(QStringLiteral("ratio"), 6)
        << Qt::endl;
    for (const Case& c : cases) {
        AuditFilter filter;
        c.set(filter);
        QList<double> ms;
        QList<double> bare;
        for (int i = 0; i < 7; ++i) {
            ms << timed([&] {
                if (!store.page(filter, 0, c.oldestFirst ? 0 : -1, 200, &page, &error))
                    qFatal("%s", qPrintable(error));
            });
            bare << timed([&] {
                QSqlQuery b(owner.database());
                if (!b.exec(QStringLiteral("SELECT * FROM privacy.access_log l WHERE %1 ORDER BY id %2 LIMIT 200")
                                .arg(c.bare, c.oldestFirst ? QStringLiteral("ASC") : QStringLiteral("DESC"))))
                    qFatal("%s", qPrintable(b.lastError().text()));
                while (b.next()) {
                }
            });
        }
        std::sort(ms.begin(), ms.end());
        std::sort(bare.begin(), bare.end());
        out << QStringLiteral("%1 %2 %3 %4 %5")
                   .arg(c.name, -34)
                   .arg(ms.at(3), 10, 'f', 1)
                   .arg(ms.last(), 8, 'f', 1)
                   .arg(bare.at(3), 8, 'f', 1)
                   .arg(ms.at(3) / bare.at(3), 6, 'f', 1)
            << Qt::endl;
    }

    AuditVerifier verifier;
    const double verifyMs = timed([&] {
        if (!verifier.verify(dpo.database(), &error) || !verifier.result().intact)
            qFatal("verify: %s %s", qPrintable(error), qPrintable(verifier.result().message));
    });
    out << QStringLiteral("\nverify: %L1 entries in %2 s = %L3 entries/s (including transfer)")
               .arg(verifier.result().entriesChecked)
               .arg(verifyMs / 1000, 0, 'f', 1)
               .arg(qint64(verifier.result().entriesChecked / (verifyMs / 1000)))
        << Qt::endl;

    // How much of that is the transfer alone: the same pages, read and converted, not hashed.
    qint64 fetched = 0;
    const double fetchMs = timed([&] {
        qint64 after = 0;
        for (;;) {
            QSqlQuery f(dpo.database());
            f.setForwardOnly(true);
            f.exec(QStringLiteral("SELECT id, at_us, staff, staff_role, action, subject_id, ticket, purpose, details, "
                                  "prev_hash, hash FROM privacy.access_log_page(%1, 20000)")
                       .arg(after));
            int rows = 0;
            while (f.next()) {
                for (int c = 0; c < 11; ++c)
                    f.value(c);
                after = f.value(0).toLongLong();
                ++rows;
            }
            fetched += rows;
            if (rows < 20000)
                break;
        }
    });
    out << QStringLiteral("transfer alone: %L1 entries/s").arg(qint64(fetched / (fetchMs / 1000))) << Qt::endl;

    // Scrolling the whole log through the console's model, page by page on its worker thread.
    DbSession session;
    QSignalSpy opened(&session, &DbSession::opened);
    session.open(profile, QStringLiteral("benchmark password 1"));
    if (!opened.wait(15000))
        qFatal("session");
    AuditLogModel model(&session);
    QSignalSpy loaded(&model, &AuditLogModel::pageLoaded);
    const double before = BenchStats::peakMiB();
    const double scrollMs = timed([&] {
        model.setFilter({});
        while (true) {
            if (!model.isLoading() && !model.canFetchMore({}))
                break;
            if (!loaded.wait(30000))
                qFatal("page");
            model.fetchMore({});
        }
    });
    out << QStringLiteral("scrolled the whole log in the console's model: %L1 entries in %2 s; peak memory %3 MiB "
                          "(%4 MiB before)")
               .arg(model.loadedTotal())
               .arg(scrollMs / 1000, 0, 'f', 1)
               .arg(BenchStats::peakMiB(), 0, 'f', 1)
               .arg(before, 0, 'f', 1)
        << Qt::endl;
    return 0;
}
