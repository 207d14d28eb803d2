// SPDX-License-Identifier: GPL-3.0-or-later
// Concurrency and load: 20 clients, each a loop of real fxctl processes, for a fixed time against
// a seeded database. 12 support clients look learners up, open their summaries and reveal
// emails; 8 DPO clients review the access log, export learners and erase learners (open, a second
// DPO approves, execute). Prints p50/p95/max per operation, the failures (there should be none),
// the server's deadlock count and whether the access log still verifies.
// bench_load [USERS] [SECONDS] (default 1000000 users, 300 s). Also "ctest -L long".
#include "BenchCluster.h"
#include "BenchStats.h"
#include "db/LocalCluster.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>

#include <algorithm>
#include <atomic>

namespace {

constexpr int supportClients = 12;
constexpr int dpoClients = 8;

struct Sample {
    QString operation;
    double ms = 0;
    bool ok = true;
    QString error;
};

class Load
{
public:
    Load(const BenchCluster& cluster, const QString& passwordFile, const QString& outDir, qint64 users,
         const QStringList& emails)
        : m_cluster(cluster)
        , m_passwordFile(passwordFile)
        , m_outDir(outDir)
        , m_users(users)
        , m_emails(emails)
    {}

    void client(int index, const QString& login, const QString& partner, qint64 deadlineMs, QElapsedTimer clock)
    {
        QRandomGenerator random(quint32(index * 7919 + 17));
        // Exports and erasures each take learners from a pool of the client's own, so that two clients
        // never ask for the same learner at once (the database rightly refuses that); erasures from
        // the upper half, which nothing else touches.
        const qint64 pool = m_users / 2 / (supportClients + dpoClients);
        qint64 nextErasure = m_users - qint64(index) * pool;
        qint64 nextExport = qint64(index) * pool + 1;
        int round = 0;
        while (clock.elapsed() < deadlineMs) {
            const int dice = int(random.bounded(100));
            const qint64 learner = 1 + qint64(random.bounded(quint32(m_users / 2)));
            const QString ticket = QStringLiteral("SUP-%1").arg(index * 100000 + ++round);
            if (index < supportClients) {
                if (dice < 50)
                    run(QStringLiteral("lookup"), login, {"lookup", query(random), "--ticket", ticket});
                else if (dice < 75)
                    run(QStringLiteral("summary"), login,
                        {"user", "show", QString::number(learner), "--ticket", ticket});
                else
                    run(QStringLiteral("reveal"), login,
                        {"user", "reveal", QString::number(learner), "--field", "email", "--ticket", ticket, "--reason",
                         "caller asked to confirm the address"});
            } else if (dice < 45) {
                const QString since = QDateTime::currentDateTimeUtc().addSecs(-3600).toString(Qt::ISODate);
                run(QStringLiteral("log review"), login, {"audit", "list", "--since", since, "--limit", "200"});
            } else if (dice < 85) {
                const QString id = openRequest(login, nextExport++, QStringLiteral("export"), ticket);
                const QString out = QDir(m_outDir).filePath(QStringLiteral("export-%1-%2.zip").arg(index).arg(round));
                if (!id.isEmpty())
                    run(QStringLiteral("export"), login, {"export", "--request", id, "--out", out});
                QFile::remove(out);
            } else {
                const QString id = openRequest(login, nextErasure--, QStringLiteral("erasure"), ticket);
                if (!id.isEmpty() && run(QStringLiteral("erasure approve"), partner,
                                         {"erasure", "approve", "--request", id, "--reason", "identity verified"}))
                    run(QStringLiteral("erasure execute"), login, {"erasure", "execute", "--request", id});
            }
        }
    }

    QList<Sample> samples() const { return m_samples; }

private:
    QString query(QRandomGenerator& random) const
    {
        switch (random.bounded(3)) {
        case 0:
            return m_emails.at(int(random.bounded(quint32(m_emails.size()))));
        case 1:
            return m_emails.at(int(random.bounded(quint32(m_emails.size())))).section(QLatin1Char('@'), 0, 0);
        default:
            return QString::number(1 + random.bounded(quint32(m_users / 2)));
        }
    }

    QString openRequest(const QString& login, qint64 learner, const QString& kind, const QString& ticket)
    {
        QString out;
        if (!run(QStringLiteral("request open"), login,
                 {"request", "open", "--user", QString::number(learner), "--kind", kind, "--ticket", ticket,
                  "--identity", "account email confirmed", "--json"},
                 &out))
            return QString();
        return QString::number(QJsonDocument::fromJson(out.toUtf8()).object().value(QLatin1String("id")).toInteger());
    }

    bool run(const QString& operation, const QString& login, QStringList args, QString* out = nullptr)
    {
        const ConnectionProfile p = m_cluster.profile(QStringLiteral("bench"));
        args
            << QStringLiteral("--dsn")
            << QStringLiteral("host=%1 port=%2 dbname=bench user=%3 sslmode=disable").arg(p.host).arg(p.port).arg(login)
            << QStringLiteral("--password-file") << m_passwordFile;
        QElapsedTimer timer;
        timer.start();
        QProcess process;
        process.start(QCoreApplication::applicationDirPath() + QStringLiteral("/fxctl"), args);
        const bool finished = process.waitForFinished(120000);
        Sample s{operation, timer.nsecsElapsed() / 1e6, finished && process.exitCode() == 0, QString()};
        if (!s.ok)
            s.error = QString::fromUtf8(process.readAllStandardError()).trimmed().section(QLatin1Char('\n'), 0, 0);
        else if (out)
            *out = QString::fromUtf8(process.readAllStandardOutput());
        QMutexLocker lock(&m_mutex);
        m_samples.append(s);
        return s.ok;
    }

    const BenchCluster& m_cluster;
    QString m_passwordFile;
    QString m_outDir;
    qint64 m_users;
    QStringList m_emails;
    QMutex m_mutex;
    QList<Sample> m_samples;
};

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const qint64 users = argc > 1 ? QByteArray(argv[1]).toLongLong() : 1000000;
    const int seconds = argc > 2 ? QByteArray(argv[2]).toInt() : 300;
    QTextStream out(stdout);
    BenchCluster cluster;
    if (!cluster.prepare(out))
        return 1;
    QMap<QString, QString> staff;
    QStringList logins;
    for (int i = 0; i < supportClients + dpoClients; ++i) {
        logins << QStringLiteral("load_%1%2").arg(i < supportClients ? "support" : "dpo").arg(i);
        staff.insert(logins.last(), i < supportClients ? QStringLiteral("support") : QStringLiteral("dpo"));
    }
    if (!cluster.seed(int(users), staff, out))
        return 1;
    QStringList emails;
    {
        const auto owner = cluster.connect();
        QSqlQuery q(owner->database());
        q.exec(QStringLiteral("SELECT email FROM platform.users WHERE id % 997 = 3 AND id <= %1 LIMIT 2000")
                   .arg(users / 2));
        while (q.next())
            emails << q.value(0).toString();
        // The load is the export's, not its four-eyes approval (the policy export_needs_approval).
        q.exec(QStringLiteral("UPDATE privacy.settings SET value = 'false' WHERE key = 'export_needs_approval'"));
        q.exec(QStringLiteral("SELECT pg_stat_reset()"));
    }
    QTemporaryDir work;
    const QString passwordFile = work.filePath(QStringLiteral("password"));
    QFile pw(passwordFile);
    pw.open(QIODevice::WriteOnly);
    pw.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    pw.write(BenchCluster::staffPassword().toUtf8());
    pw.close();

    out << "clients: " << supportClients << " support, " << dpoClients << " DPO; " << seconds << " s" << Qt::endl;
    Load load(cluster, passwordFile, work.path(), users, emails);
    QElapsedTimer clock;
    clock.start();
    QList<QThread*> threads;
    for (int i = 0; i < supportClients + dpoClients; ++i) {
        // A DPO's erasures are approved by the next DPO: four eyes.
        const QString partner =
            i < supportClients ? QString() : logins.at(supportClients + (i - supportClients + 1) % dpoClients);
        threads << QThread::create([&load, i, login = logins.at(i), partner, seconds, clock] {
            load.client(i, login, partner, qint64(seconds) * 1000, clock);
        });
        threads.last()->start();
    }
    for (QThread* t : threads) {
        t->wait();
        delete t;
    }
    const double elapsed = clock.elapsed() / 1000.0;

    QMap<QString, QList<double>> times;
    QMap<QString, int> failures;
    QMap<QString, int> reasons;
    for (const Sample& s : load.samples()) {
        times[s.operation] << s.ms;
        if (!s.ok) {
            ++failures[s.operation];
            ++reasons[s.operation + QStringLiteral(": ") + s.error.left(160)];
        }
    }
    out << Qt::endl << "operation          count  failed   p50 ms   p95 ms   max ms" << Qt::endl;
    qsizetype total = 0;
    for (auto it = times.begin(); it != times.end(); ++it) {
        total += it.value().size();
        out << qSetFieldWidth(17) << Qt::left << it.key() << qSetFieldWidth(7) << Qt::right << it.value().size()
            << qSetFieldWidth(8) << failures.value(it.key()) << qSetFieldWidth(9) << qSetRealNumberPrecision(0)
            << Qt::fixed << BenchStats::percentile(it.value(), 0.5) << BenchStats::percentile(it.value(), 0.95)
            << *std::max_element(it.value().begin(), it.value().end()) << qSetFieldWidth(0) << Qt::endl;
    }
    out << "operations: " << total << " in " << elapsed << " s (" << qRound(total / elapsed) << " fxctl runs/s)"
        << Qt::endl;
    for (auto it = reasons.begin(); it != reasons.end(); ++it)
        out << "  failed " << it.value() << "x  " << it.key() << Qt::endl;

    const auto owner = cluster.connect();
    QSqlQuery q(owner->database());
    q.exec(QStringLiteral("SELECT deadlocks FROM pg_stat_database WHERE datname = 'bench'"));
    const qint64 deadlocks = q.next() ? q.value(0).toLongLong() : -1;
    q.exec(QStringLiteral("SELECT count(*) FROM privacy.access_log"));
    const qint64 entries = q.next() ? q.value(0).toLongLong() : -1;
    out << "deadlocks: " << deadlocks << Qt::endl;
    QProcess verify;
    const ConnectionProfile p = cluster.profile(QStringLiteral("bench"));
    verify.start(QCoreApplication::applicationDirPath() + QStringLiteral("/fxctl"),
                 {"audit", "verify", "--dsn",
                  QStringLiteral("host=%1 port=%2 dbname=bench user=%3 sslmode=disable")
                      .arg(p.host)
                      .arg(p.port)
                      .arg(logins.last()),
                  "--password-file", passwordFile});
    verify.waitForFinished(600000);
    const bool intact = verify.exitCode() == 0;
    out << "access log: " << entries << " entries, chain " << (intact ? "verifies" : "BROKEN") << ": "
        << QString::fromUtf8(verify.readAllStandardOutput()).trimmed().section(QLatin1Char('\n'), 0, 0) << Qt::endl;
    return failures.isEmpty() && deadlocks == 0 && intact ? 0 : 1;
}
