// SPDX-License-Identifier: GPL-3.0-or-later
// The tests' throwaway PostgreSQL: "testcluster start DIR" creates a fresh cluster with a
// migrated template database fx_template; "testcluster stop DIR" stops and deletes it.
#include "core/SecretFile.h"
#include "db/DatabaseConnection.h"
#include "db/DemoDatabase.h"
#include "db/LocalCluster.h"
#include "db/Migrator.h"
#include "db/SqlError.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QTextStream>

namespace {

int fail(const QString& message)
{
    QTextStream(stderr) << "testcluster: " << message << Qt::endl;
    return 1;
}

int start(const QString& dir)
{
    LocalCluster cluster(dir);
    QString error;
    if (!cluster.remove(&error)) // a cluster left by an interrupted run
        return fail(error);
    const QString password = DemoDatabase::generatePassword();
    if (!cluster.init({QStringLiteral("fx_test_owner"), password, 0, false}, &error) || !cluster.start(&error))
        return fail(error);
    if (!SecretFile::write(dir + QStringLiteral("/superuser.password"), password.toUtf8(), &error))
        return fail(error);
    {
        DatabaseConnection admin;
        ConnectError connectError;
        if (!admin.open(cluster.profile(QStringLiteral("postgres"), QStringLiteral("fx_test_owner")), password,
                        &connectError))
            return fail(connectError.message);
        QSqlQuery q(admin.database());
        if (!q.exec(QStringLiteral("CREATE DATABASE fx_template")))
            return fail(SqlError::reason(q.lastError()));
    }
    DatabaseConnection owner;
    ConnectError connectError;
    if (!owner.open(cluster.profile(QStringLiteral("fx_template"), QStringLiteral("fx_test_owner")), password,
                    &connectError))
        return fail(connectError.message);
    Migrator::Result result;
    if (!Migrator(owner.database()).migrate(&result, &error))
        return fail(error);
    QTextStream(stdout) << "test cluster running on port " << cluster.port() << " in " << dir << Qt::endl;
    return 0;
}

int stop(const QString& dir)
{
    QString error;
    if (!LocalCluster(dir).remove(&error))
        return fail(error);
    return 0;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 3)
        return fail(QStringLiteral("usage: testcluster start|stop DIR"));
    if (args.at(1) == QLatin1String("start"))
        return start(args.at(2));
    if (args.at(1) == QLatin1String("stop"))
        return stop(args.at(2));
    return fail(QStringLiteral("usage: testcluster start|stop DIR"));
}
