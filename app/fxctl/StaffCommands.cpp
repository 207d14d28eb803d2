// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliContext.h"
#include "Commands.h"

#include "core/SecretMemory.h"
#include "db/StaffDirectory.h"
#include "db/StaffPassword.h"
#include "home/Recertifications.h"

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
    const QCommandLineOption generate(QStringLiteral("generate-password"),
                                      Tr::tr("Generate a strong password and print it once."));
    parser.addOptions({role, name, secret, generate});
    parser.addPositionalArgument(QStringLiteral("login"), Tr::tr("The new staff login."));
    if (auto exit = cli.parse(parser, Tr::tr("Add a staff login in exactly one console role."), 1))
        return *exit;
    if (!StaffDirectory::isValidRole(parser.value(role)))
        return cli.usage(Tr::tr("--role takes support, dpo or admin."));
    const QString login = cli.positionals().first();
    QString password;
    if (parser.isSet(generate))
        password = StaffPassword::generate(login);
    else if (!cli.readSecret(parser, secret.names().first(), Tr::tr("Password for the new login: "), &password))
        return CliContext::Failed;
    DatabaseConnection connection;
    if (!cli.connect(connection))
        return CliContext::Failed;
    QString error;
    const bool ok =
        StaffDirectory(connection.database()).add(login, parser.value(role), password, parser.value(name), &error);
    if (!ok) {
        SecretMemory::scrub(password);
        return cli.fail(error);
    }
    QJsonObject added{{QStringLiteral("login"), login}, {QStringLiteral("role"), parser.value(role)}};
    if (parser.isSet(generate))
        added.insert(QStringLiteral("password"), password); // shown this once, stored nowhere
    if (cli.json())
        cli.printJson(added);
    else
        cli.print(parser.isSet(generate) ? Tr::tr("Added %1 as %2. Initial password, shown only now: %3")
                                               .arg(login, parser.value(role), password)
                                         : Tr::tr("Added %1 as %2.").arg(login, parser.value(role)));
    SecretMemory::scrub(password);
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
    if (!StaffDirectory(connection.database()).overview(&members, &error))
        return cli.fail(error);
    QJsonArray array;
    for (const auto& m : members) {
        array.append(
            QJsonObject{{QStringLiteral("login"), m.login},
                        {QStringLiteral("role"), m.role},
                        {QStringLiteral("displayName"), m.displayName},
                        {QStringLiteral("createdAt"), m.createdAt.toUTC().toString(Qt::ISODate)},
                        {QStringLiteral("canLogin"), m.canLogin},
                        {QStringLiteral("lastSeen"),
                         m.lastSeen.isValid() ? QJsonValue(m.lastSeen.toUTC().toString(Qt::ISODate)) : QJsonValue()}});
        if (!cli.json())
            cli.print(QStringLiteral("%1 %2 %3 %4 %5")
                          .arg(m.login, -24)
                          .arg(m.role, -8)
                          .arg(m.canLogin ? Tr::tr("enabled") : Tr::tr("disabled"), -9)
                          .arg(m.lastSeen.isValid()
                                   ? m.lastSeen.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                                   : Tr::tr("never"),
                               -16)
                          .arg(m.displayName));
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

// Access recertification: confirms that another staff member still needs their present role.
int recertify(const QStringList& args)
{
    CliContext cli(QStringLiteral("staff recertify"), args);
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("login"), Tr::tr("The staff login whose role to confirm."));
    if (auto exit = cli.parse(parser, Tr::tr("Confirm that a staff member still needs their role (logged)."), 1))
        return *exit;
    DatabaseConnection connection;
    if (!cli.connect(connection))
        return CliContext::Failed;
    QString error;
    const QString login = cli.positionals().first();
    if (!Recertifications(connection.database()).confirm(login, &error))
        return cli.fail(error);
    if (cli.json())
        cli.printJson(
            QJsonObject{{QStringLiteral("login"), login}, {QStringLiteral("done"), QStringLiteral("recertify")}});
    else
        cli.print(Tr::tr("The role of %1 is confirmed.").arg(login));
    return CliContext::Ok;
}

// set-role, disable, enable: one login, refused for one's own and for the last administrator.
int change(const QString& verb, const QStringList& args)
{
    CliContext cli(QStringLiteral("staff ") + verb, args);
    QCommandLineParser parser;
    const QCommandLineOption role(QStringLiteral("role"), Tr::tr("support, dpo or admin."), QStringLiteral("role"));
    if (verb == QLatin1String("set-role"))
        parser.addOption(role);
    parser.addPositionalArgument(QStringLiteral("login"), Tr::tr("The staff login."));
    const QString help = verb == QLatin1String("set-role")  ? Tr::tr("Move a staff login to another role.")
                         : verb == QLatin1String("disable") ? Tr::tr("Stop a staff login from signing in.")
                                                            : Tr::tr("Let a disabled staff login sign in again.");
    if (auto exit = cli.parse(parser, help, 1))
        return *exit;
    if (verb == QLatin1String("set-role") && !StaffDirectory::isValidRole(parser.value(role)))
        return cli.usage(Tr::tr("--role takes support, dpo or admin."));
    DatabaseConnection connection;
    if (!cli.connect(connection))
        return CliContext::Failed;
    StaffDirectory staff(connection.database());
    const QString login = cli.positionals().first();
    QString error;
    const bool ok = verb == QLatin1String("set-role")
                        ? staff.setRole(login, parser.value(role), &error)
                        : staff.setEnabled(login, verb == QLatin1String("enable"), &error);
    if (!ok)
        return cli.fail(error);
    if (cli.json())
        cli.printJson(QJsonObject{{QStringLiteral("login"), login}, {QStringLiteral("done"), verb}});
    else
        cli.print(verb == QLatin1String("set-role")  ? Tr::tr("%1 is now %2.").arg(login, parser.value(role))
                  : verb == QLatin1String("disable") ? Tr::tr("%1 can no longer sign in.").arg(login)
                                                     : Tr::tr("%1 can sign in again.").arg(login));
    return CliContext::Ok;
}

} // namespace

QList<Verb> Commands::staffVerbs()
{
    const auto changing = [](const QString& verb) {
        return Verb{verb, [verb](const QStringList& args) { return change(verb, args); }};
    };
    return {{QStringLiteral("add"), add},
            {QStringLiteral("list"), list},
            changing(QStringLiteral("set-role")),
            changing(QStringLiteral("disable")),
            changing(QStringLiteral("enable")),
            {QStringLiteral("recertify"), recertify},
            {QStringLiteral("remove"), [](const QStringList& args) { return remove(args); }}};
}
