// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliContext.h"
#include "Commands.h"

#include "db/StaffDirectory.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace {

// lupdate reads the context from here; free functions have no class to take it from.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(fxctl)
};

int add(const QStringList& args)
{
    CliContext cli(QStringLiteral("staff add"), args);
    QCommandLineParser parser;
    const QCommandLineOption role(QStringLiteral("role"), Tr::tr("support, dpo or admin."), QStringLiteral("role"));
    const QCommandLineOption name(QStringLiteral("name"), Tr::tr("Display name."), QStringLiteral("name"));
    const QCommandLineOption secret(QStringLiteral("staff-password-file"),
                                    Tr::tr("Read the new login's password from this file (else it is asked for)."),
                                    QStringLiteral("file"));
    parser.addOptions({role, name, secret});
    parser.addPositionalArgument(QStringLiteral("login"), Tr::tr("The new staff login."));
    if (auto exit = cli.parse(parser, Tr::tr("Add a staff login in exactly one console role."), 1))
        return *exit;
    if (!StaffDirectory::isValidRole(parser.value(role)))
        return cli.usage(Tr::tr("--role takes support, dpo or admin."));
    QString password;
    if (!cli.readSecret(parser, secret.names().first(), Tr::tr("Password for the new login: "), &password))
        return CliContext::Failed;
    DatabaseConnection connection;
    if (!cli.connect(connection))
        return CliContext::Failed;
    QString error;
    const QString login = cli.positionals().first();
    const bool ok =
        StaffDirectory(connection.database()).add(login, parser.value(role), password, parser.value(name), &error);
    password.fill(QLatin1Char('\0'));
    if (!ok)
        return cli.fail(error);
    if (cli.json())
        cli.printJson(QJsonObject{{QStringLiteral("login"), login}, {QStringLiteral("role"), parser.value(role)}});
    else
        cli.print(Tr::tr("Added %1 as %2.").arg(login, parser.value(role)));
    return CliContext::Ok;
}

int list(const QStringList& args)
{
    CliContext cli(QStringLiteral("staff list"), args);
    QCommandLineParser parser;
    if (auto exit = cli.parse(parser, Tr::tr("List staff logins and their roles.")))
        return *exit;
    DatabaseConnection connection;
    if (!cli.connect(connection))
        return CliContext::Failed;
    QList<StaffDirectory::Member> members;
    QString error;
    if (!StaffDirectory(connection.database()).list(&members, &error))
        return cli.fail(error);
    QJsonArray array;
    for (const auto& m : members) {
        array.append(QJsonObject{{QStringLiteral("login"), m.login},
                                 {QStringLiteral("role"), m.role},
                                 {QStringLiteral("displayName"), m.displayName},
                                 {QStringLiteral("createdAt"), m.createdAt.toUTC().toString(Qt::ISODate)},
                                 {QStringLiteral("canLogin"), m.canLogin}});
        if (!cli.json())
            cli.print(QStringLiteral("%1 %2 %3").arg(m.login, -24).arg(m.role, -8).arg(m.displayName));
    }
    if (cli.json())
        cli.printJson(array);
    return CliContext::Ok;
}

int remove(const QStringList& args)
{
    CliContext cli(QStringLiteral("staff remove"), args);
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("login"), Tr::tr("The staff login to remove."));
    if (auto exit = cli.parse(parser, Tr::tr("Remove a staff login."), 1))
        return *exit;
    DatabaseConnection connection;
    if (!cli.connect(connection))
        return CliContext::Failed;
    QString error;
    const QString login = cli.positionals().first();
    if (!StaffDirectory(connection.database()).remove(login, &error))
        return cli.fail(error);
    if (cli.json())
        cli.printJson(QJsonObject{{QStringLiteral("removed"), login}});
    else
        cli.print(Tr::tr("Removed %1.").arg(login));
    return CliContext::Ok;
}

} // namespace

int Commands::staff(const QString& verb, const QStringList& args)
{
    if (verb == QLatin1String("add"))
        return add(args);
    if (verb == QLatin1String("list"))
        return list(args);
    if (verb == QLatin1String("remove"))
        return remove(args);
    return CliContext(QStringLiteral("staff"), args)
        .usage(Tr::tr("Unknown verb \"%1\"; use add, list or remove.").arg(verb));
}
