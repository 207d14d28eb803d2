// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliContext.h"
#include "Commands.h"

#include "core/AppPaths.h"
#include "db/DemoDatabase.h"
#include "db/LocalCluster.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace {

// lupdate reads the context from here; free functions have no class to take it from.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(fxctl)
};

int up(const QStringList& args)
{
    CliContext cli(QStringLiteral("demo up"), args);
    QCommandLineParser parser;
    const QCommandLineOption users(QStringLiteral("users"), Tr::tr("Learners to seed on first creation."),
                                   QStringLiteral("n"), QString::number(DemoDatabase::DemoUsers));
    const QCommandLineOption platform(
        QStringLiteral("platform"),
        Tr::tr("The platform of a new demo: fluxariont (the reference platform) or moodle (a Moodle-shaped site)."),
        QStringLiteral("name"));
    parser.addOptions({users, platform});
    if (auto exit = cli.parse(parser, Tr::tr("Create (first time) or start the private demo database.")))
        return *exit;
    if (parser.isSet(platform) && !DemoDatabase::platforms().contains(parser.value(platform)))
        return cli.usage(Tr::tr("--platform takes fluxariont or moodle."));
    bool ok = false;
    const int count = parser.value(users).toInt(&ok);
    if (!ok || count < 1)
        return cli.usage(Tr::tr("--users takes a positive number."));
    QString error;
    if (!DemoDatabase::up([&cli](const QString& step) { cli.info(step); }, &error, count, parser.value(platform)))
        return cli.fail(error);
    DemoDatabase::State state;
    if (!DemoDatabase::loadState(&state, &error))
        return cli.fail(error);
    if (cli.json()) {
        cli.printJson(QJsonObject{{QStringLiteral("running"), true},
                                  {QStringLiteral("clusterDir"), state.clusterDir},
                                  {QStringLiteral("port"), state.port},
                                  {QStringLiteral("database"), state.database},
                                  {QStringLiteral("platform"), state.platform}});
    } else {
        cli.print(Tr::tr("The demo database is running on port %1 (%2).").arg(state.port).arg(state.clusterDir));
        cli.print(Tr::tr("Platform: %1").arg(state.platform));
        cli.print(Tr::tr("Demo logins: %1. Open the console with: fxconsole --demo support|dpo|admin")
                      .arg(QStringList(state.loginOfRole.values()).join(QStringLiteral(", "))));
    }
    return CliContext::Ok;
}

int down(const QStringList& args)
{
    CliContext cli(QStringLiteral("demo down"), args);
    QCommandLineParser parser;
    const QCommandLineOption purge(QStringLiteral("purge"), Tr::tr("Delete the demo database and its logins as well."));
    parser.addOption(purge);
    if (auto exit = cli.parse(parser, Tr::tr("Stop the demo database.")))
        return *exit;
    QString error;
    if (!DemoDatabase::down(parser.isSet(purge), &error))
        return cli.fail(error);
    if (cli.json())
        cli.printJson(QJsonObject{{QStringLiteral("running"), false}, {QStringLiteral("purged"), parser.isSet(purge)}});
    else
        cli.print(parser.isSet(purge) ? Tr::tr("The demo database was stopped and deleted.")
                                      : Tr::tr("The demo database was stopped."));
    return CliContext::Ok;
}

int status(const QStringList& args)
{
    CliContext cli(QStringLiteral("demo status"), args);
    QCommandLineParser parser;
    if (auto exit = cli.parse(parser, Tr::tr("Tell whether the demo database exists and runs.")))
        return *exit;
    DemoDatabase::State state;
    QString error;
    const bool exists = DemoDatabase::loadState(&state, &error);
    const bool running = exists && LocalCluster(state.clusterDir).isRunning();
    if (cli.json()) {
        cli.printJson(QJsonObject{{QStringLiteral("exists"), exists},
                                  {QStringLiteral("running"), running},
                                  {QStringLiteral("clusterDir"), state.clusterDir},
                                  {QStringLiteral("port"), state.port},
                                  {QStringLiteral("platform"), state.platform}});
    } else if (!exists) {
        cli.print(error);
    } else {
        cli.print(running
                      ? Tr::tr("The demo database is running on port %1 (%2).").arg(state.port).arg(state.clusterDir)
                      : Tr::tr("The demo database exists but is stopped. Start it with: fxctl demo up"));
        cli.print(Tr::tr("Platform: %1").arg(state.platform));
    }
    return CliContext::Ok;
}

} // namespace

QList<Verb> Commands::demoVerbs()
{
    return {{QStringLiteral("up"), up}, {QStringLiteral("down"), down}, {QStringLiteral("status"), status}};
}
