// SPDX-License-Identifier: GPL-3.0-or-later
#include "BenchCluster.h"

#include "db/DatabaseConnection.h"
#include "db/DemoDatabase.h"
#include "db/Migrator.h"
#include "db/SqlError.h"

#include <QCoreApplication>
#include <QFile>
#include <QSqlQuery>
#include <QThread>

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

bool BenchCluster::createDatabase(const QString& name, QString* error)
{
    {
        DatabaseConnection admin;
        ConnectError connectError;
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
    DatabaseConnection owner;
    ConnectError connectError;
    if (!owner.open(profile(name), m_password, &connectError)) {
        *error = connectError.message;
        return false;
    }
    Migrator::Result result;
    return Migrator(owner.database()).migrate(&result, error);
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
