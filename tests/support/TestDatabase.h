// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "db/ConnectionProfile.h"
#include "db/DatabaseConnection.h"

#include <QDate>
#include <QString>

#include <memory>

// Access to the shared throwaway cluster of the "pg" fixture. Each test makes its own database
// (a copy of the migrated template), and staff logins carry that database's name, since roles
// are cluster-wide.
namespace TestDatabase {

QString clusterDir();
ConnectionProfile profile(const QString& database, const QString& user);
ConnectionProfile superuserProfile(const QString& database);
// The connection string fxctl's --dsn takes for a login on the test cluster's database.
QString dsn(const QString& database, const QString& login);
QString superuserPassword();
inline QString staffPassword()
{
    return QStringLiteral("Correct horse battery staple 7");
}

// A new database, migrated (copied from fx_template) or empty.
QString createDatabase(bool migrated = true);
// A new migrated database with `users` seeded learners (as of a day, default today).
QString createSeededDatabase(int users, const QDate& asOf = QDate());

std::unique_ptr<DatabaseConnection> connectSuperuser(const QString& database);
std::unique_ptr<DatabaseConnection> connectAs(const QString& database, const QString& login,
                                              const QString& password = staffPassword());

// Adds a staff login "<database>_<role><n>" with staffPassword(); returns the login.
QString createStaff(const QString& database, const QString& role);

// Runs a statement as superuser; fails the test on error.
bool exec(const QString& database, const QString& sql);

} // namespace TestDatabase
