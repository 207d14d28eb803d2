// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliContext.h"
#include "Commands.h"

#include "admin/PolicyStore.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(fxctl)
};
} // namespace

// policy get [KEY] | policy set KEY VALUE (administrators; each change logged).
int Commands::policy(const QString& verb, const QStringList& args)
{
    CliContext cli(QStringLiteral("policy ") + verb, args);
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("key"),
                                 Tr::tr("The policy: %1.").arg(PolicyStore::keys().join(QStringLiteral(", "))));
    if (verb == QLatin1String("set"))
        parser.addPositionalArgument(QStringLiteral("value"), Tr::tr("The new value."));
    const bool set = verb == QLatin1String("set");
    if (auto exit = cli.parse(parser, set ? Tr::tr("Change a policy.") : Tr::tr("Show the policies, or one of them."),
                              set ? 2 : -1))
        return *exit;
    const QStringList positionals = cli.positionals();
    if (positionals.size() > 1 && !set)
        return cli.usage(Tr::tr("policy get takes at most one key."));
    const QString key = positionals.value(0);
    if (!key.isEmpty() && !PolicyStore::keys().contains(key))
        return cli.usage(Tr::tr("Unknown policy \"%1\"; the policies are %2.")
                             .arg(key.left(40), PolicyStore::keys().join(QStringLiteral(", "))));
    DatabaseConnection connection;
    if (!cli.connect(connection))
        return CliContext::Failed;
    PolicyStore store(connection.database());
    QJsonObject policies;
    QString error;
    const bool ok = set ? store.set(key, positionals.value(1), &policies, &error) : store.get(&policies, &error);
    if (!ok)
        return cli.fail(error);
    if (cli.json()) {
        cli.printJson(key.isEmpty() ? QJsonValue(policies) : QJsonValue(QJsonObject{{key, policies.value(key)}}));
        return CliContext::Ok;
    }
    for (const QString& k : PolicyStore::keys())
        if (key.isEmpty() || k == key)
            cli.print(QStringLiteral("%1 %2").arg(k, -24).arg(policies.value(k).toString()));
    return CliContext::Ok;
}
