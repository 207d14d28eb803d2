// SPDX-License-Identifier: GPL-3.0-or-later
#include "BenchCluster.h"

#include "db/DatabaseConnection.h"
#include "db/DemoDatabase.h"
#include "db/Migrator.h"
#include "db/SqlError.h"
#include "db/SqlScript.h"
#include "db/StaffDirectory.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>

#include <algorithm>

BenchCluster::BenchCluster()
    : m_cluster(QStringLiteral("/tmp/fxbench-%1").arg(QCoreApplication::applicationPid()))
    , m_password(DemoDatabase::generatePassword())
{}

BenchCluster::~BenchCluster()
{
    QString ignored;
    m_cluster.remove(&ignored);
}

bool BenchCluster::start(QString* error)
{
    return m_cluster.init({QStringLiteral("fx_bench"), m_password, 0, true}, error) && m_cluster.start(error);
}

bool BenchCluster::createEmptyDatabase(const QString& name, DatabaseConnection* owner, QString* error)
{
    ConnectError connectError;
    {
        DatabaseConnection admin;
        if (!admin.open(profile(QStringLiteral("postgres")), m_password, &connectError)) {
            *error = connectError.message;
            return false;
        }
        QSqlQuery q(admin.database());
        if (!q.exec(QStringLiteral("CREATE DATABASE %1").arg(name))) {
            *error = SqlError::reason(q.lastError());
            return false;
        }
    }
    if (!owner->open(profile(name), m_password, &connectError)) {
        *error = connectError.message;
        return false;
    }
    return true;
}

bool BenchCluster::createReleasedDatabase(const QString& name, QString* error)
{
    QTemporaryDir dir;
    QProcess tar;
    tar.start(QStringLiteral("tar"),
              {QStringLiteral("-xzf"), QStringLiteral(FX_SOURCE_DIR "/tests/db/fixtures/migrations-0.7.0.tar.gz"),
               QStringLiteral("-C"), dir.path()});
    if (!tar.waitForFinished(30000) || tar.exitCode() != 0) {
        *error = QStringLiteral("cannot unpack the released migrations");
        return false;
    }
    DatabaseConnection owner;
    if (!createEmptyDatabase(name, &owner, error))
        return false;
    const QDir migrations(dir.filePath(QStringLiteral("resources/sql/migrations")));
    for (const QString& file : migrations.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name)) {
        QFile f(migrations.filePath(file));
        if (!f.open(QIODevice::ReadOnly) || !owner.database().transaction() ||
            !SqlScript::run(owner.database(), QString::fromUtf8(f.readAll()), error) || !owner.database().commit()) {
            *error = file + QLatin1Char(' ') + *error;
            return false;
        }
        QSqlQuery(owner.database()).exec(QStringLiteral("RESET ROLE"));
    }
    return true;
}

bool BenchCluster::createDatabase(const QString& name, QString* error)
{
    DatabaseConnection owner;
    if (!createEmptyDatabase(name, &owner, error))
        return false;
    Migrator::Result result;
    return Migrator(owner.database()).migrate(&result, error);
}

bool BenchCluster::prepare(QTextStream& out)
{
    QString error;
    if (!start(&error) || !createDatabase(QStringLiteral("bench"), &error)) {
        QTextStream(stderr) << error << Qt::endl;
        return false;
    }
    out << "machine: " << machine() << Qt::endl;
    return true;
}

bool BenchCluster::seed(int users, const QMap<QString, QString>& staff, QTextStream& out, Seeder::Result* seeded,
                        const QString& database)
{
    const auto owner = connect(QString(), database);
    Seeder::Options options;
    options.users = users;
    Seeder::Result result;
    QString error;
    bool ok = Seeder(owner->database()).seed(options, &result, &error);
    for (auto it = staff.begin(); ok && it != staff.end(); ++it)
        ok = StaffDirectory(owner->database()).add(it.key(), it.value(), staffPassword(), QString(), &error);
    if (!ok) {
        QTextStream(stderr) << error << Qt::endl;
        return false;
    }
    QSqlQuery(owner->database()).exec(QStringLiteral("VACUUM ANALYZE"));
    out << "users: " << users << ", rows: " << result.rows << ", seeded in " << result.seconds << " s ("
        << qint64(result.rows / std::max(result.seconds, 0.001)) << " rows/s)" << Qt::endl;
    if (seeded)
        *seeded = result;
    return true;
}

QString BenchCluster::scalar(QSqlDatabase db, const QString& sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql) || !q.next())
        qFatal("%s: %s", qPrintable(sql.left(100)), qPrintable(q.lastError().text()));
    return q.value(0).toString();
}

double BenchCluster::timed(QSqlDatabase db, const QString& sql, const QString& value)
{
    QElapsedTimer t;
    t.start();
    QSqlQuery q(db);
    q.prepare(sql);
    if (!value.isNull())
        q.addBindValue(value);
    if (!q.exec())
        qFatal("%s: %s", qPrintable(sql.left(100)), qPrintable(q.lastError().text()));
    while (q.next()) {
    }
    return t.nsecsElapsed() / 1e6;
}

QStringList BenchCluster::column(QSqlDatabase db, const QString& sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql))
        qFatal("%s", qPrintable(sql));
    QStringList values;
    while (q.next())
        values << q.value(0).toString();
    return values;
}

std::unique_ptr<DatabaseConnection> BenchCluster::connect(const QString& login, const QString& database) const
{
    ConnectionProfile p = profile(database);
    if (!login.isEmpty())
        p.user = login;
    auto connection = std::make_unique<DatabaseConnection>();
    ConnectError error;
    if (!connection->open(p, login.isEmpty() ? m_password : staffPassword(), &error))
        qFatal("%s", qPrintable(error.message));
    return connection;
}

ConnectionProfile BenchCluster::profile(const QString& database) const
{
    return m_cluster.profile(database, QStringLiteral("fx_bench"));
}

QString BenchCluster::machine()
{
    QString cpu;
    QFile info(QStringLiteral("/proc/cpuinfo"));
    if (info.open(QIODevice::ReadOnly)) {
        for (const QByteArray& line : info.readAll().split('\n')) {
            if (line.startsWith("model name")) {
                cpu = QString::fromUtf8(line.mid(line.indexOf(':') + 1)).trimmed();
                break;
            }
        }
    }
    qint64 memKb = 0;
    QFile mem(QStringLiteral("/proc/meminfo"));
    if (mem.open(QIODevice::ReadOnly))
        memKb = QString::fromUtf8(mem.readLine()).section(QLatin1Char(' '), -2, -2).toLongLong();
    return QStringLiteral("%1 cores, %2, %3 GiB RAM")
        .arg(QThread::idealThreadCount())
        .arg(cpu)
        .arg(double(memKb) / 1024 / 1024, 0, 'f', 0);
}
