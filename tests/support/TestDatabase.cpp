// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestDatabase.h"

#include "db/Seeder.h"

#include "core/SecretFile.h"
#include "db/LocalCluster.h"
#include "db/SqlError.h"
#include "db/StaffDirectory.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QDateTime>
#include <QSqlQuery>
#include <QTest>

namespace TestDatabase {

QString clusterDir()
{
    const QString dir = qEnvironmentVariable("FX_TEST_PG_DIR");
    if (dir.isEmpty())
        qFatal("FX_TEST_PG_DIR is not set: run the database tests through ctest");
    return dir;
}

ConnectionProfile profile(const QString& database, const QString& user)
{
    return LocalCluster(clusterDir()).profile(database, user);
}

QString dsn(const QString& database, const QString& login)
{
    return QStringLiteral("host=%1 port=%2 dbname=%3 user=%4 sslmode=disable")
        .arg(clusterDir())
        .arg(LocalCluster(clusterDir()).port())
        .arg(database, login);
}

ConnectionProfile superuserProfile(const QString& database)
{
    return profile(database, QStringLiteral("fx_test_owner"));
}

QString superuserPassword()
{
    QByteArray bytes;
    QString error;
    if (!SecretFile::read(clusterDir() + QStringLiteral("/superuser.password"), &bytes, &error))
        qFatal("cannot read the test cluster's password: %s", qPrintable(error));
    return QString::fromUtf8(bytes);
}

QString createSeededDatabase(int users, const QDate& asOf)
{
    const QString name = createDatabase();
    const auto owner = connectSuperuser(name);
    Seeder::Options options;
    options.users = users;
    if (asOf.isValid())
        options.asOf = asOf;
    Seeder::Result result;
    QString error;
    if (!Seeder(owner->database()).seed(options, &result, &error))
        qFatal("cannot seed the test database: %s", qPrintable(error));
    return name;
}

std::unique_ptr<DatabaseConnection> connectSuperuser(const QString& database)
{
    auto connection = std::make_unique<DatabaseConnection>();
    ConnectError error;
    if (!connection->open(superuserProfile(database), superuserPassword(), &error))
        qFatal("cannot connect to the test cluster: %s", qPrintable(error.message));
    return connection;
}

std::unique_ptr<DatabaseConnection> connectAs(const QString& database, const QString& login, const QString& password)
{
    auto connection = std::make_unique<DatabaseConnection>();
    ConnectError error;
    if (!connection->open(profile(database, login), password, &error))
        qFatal("cannot connect as %s: %s", qPrintable(login), qPrintable(error.message));
    return connection;
}

QString createDatabase(bool migrated)
{
    static QAtomicInt counter;
    const QString name = QStringLiteral("%1_%2_%3")
                             .arg(QCoreApplication::applicationName().remove(QStringLiteral("tst_")).left(20))
                             .arg(QCoreApplication::applicationPid())
                             .arg(counter.fetchAndAddRelaxed(1));
    const auto admin = connectSuperuser(QStringLiteral("postgres"));
    QSqlQuery q(admin->database());
    const QString sql = migrated ? QStringLiteral("CREATE DATABASE %1 TEMPLATE fx_template").arg(name)
                                 : QStringLiteral("CREATE DATABASE %1").arg(name);
    if (!q.exec(sql))
        qFatal("cannot create a test database: %s", qPrintable(SqlError::reason(q.lastError())));
    return name;
}

QString createStaff(const QString& database, const QString& role)
{
    static QAtomicInt counter;
    const QString login = QStringLiteral("%1_%2%3").arg(database, role).arg(counter.fetchAndAddRelaxed(1));
    const auto owner = connectSuperuser(database);
    QString error;
    if (!StaffDirectory(owner->database()).add(login, role, staffPassword(), QString(), &error))
        qFatal("cannot add staff: %s", qPrintable(error));
    return login;
}

bool exec(const QString& database, const QString& sql)
{
    const auto owner = connectSuperuser(database);
    QSqlQuery q(owner->database());
    if (!q.exec(sql)) {
        qWarning("%s: %s", qPrintable(sql.left(80)), qPrintable(SqlError::reason(q.lastError())));
        return false;
    }
    return true;
}

} // namespace TestDatabase
