// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliContext.h"
#include "Commands.h"

#include "db/Migrator.h"
#include "db/Seeder.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace {

// lupdate reads the context from here; free functions have no class to take it from.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(fxctl)
};

int init(const QStringList& args)
{
    CliContext cli(QStringLiteral("db init"), args);
    QCommandLineParser parser;
    if (auto exit = cli.parse(parser, Tr::tr("Create or update the platform and privacy schemas (needs a superuser).")))
        return *exit;
    DatabaseConnection connection;
    if (!cli.connect(connection))
        return CliContext::Failed;
    Migrator::Result result;
    QString error;
    if (!Migrator(connection.database()).migrate(&result, &error, [&cli](const QString& step) { cli.info(step); }))
        return cli.fail(error);
    if (cli.json())
        cli.printJson(QJsonObject{{QStringLiteral("applied"), result.applied},
                                  {QStringLiteral("alreadyApplied"), result.alreadyApplied},
                                  {QStringLiteral("functionFiles"), result.functionFiles}});
    else if (result.applied == 0)
        cli.print(Tr::tr("The database is up to date (%1 migrations); the functions of %2 areas were applied again.")
                      .arg(result.alreadyApplied)
                      .arg(result.functionFiles));
    else
        cli.print(Tr::tr("Applied %1 migration(s); %2 were applied before. The functions of %3 areas were applied.")
                      .arg(result.applied)
                      .arg(result.alreadyApplied)
                      .arg(result.functionFiles));
    return CliContext::Ok;
}

int status(const QStringList& args)
{
    CliContext cli(QStringLiteral("db status"), args);
    QCommandLineParser parser;
    if (auto exit = cli.parse(parser, Tr::tr("Show which migrations the database has.")))
        return *exit;
    DatabaseConnection connection;
    if (!cli.connect(connection))
        return CliContext::Failed;
    QList<Migrator::Migration> applied;
    QString error;
    if (!Migrator(connection.database()).applied(&applied, &error))
        return cli.fail(error);
    const auto shipped = Migrator::shipped();
    QJsonArray list;
    for (const auto& m : shipped) {
        bool done = false;
        for (const auto& a : applied)
            done = done || (a.version == m.version && a.sha256 == m.sha256);
        list.append(QJsonObject{{QStringLiteral("version"), m.version},
                                {QStringLiteral("name"), m.name},
                                {QStringLiteral("applied"), done}});
        if (!cli.json())
            cli.print(QStringLiteral("%1 %2  %3")
                          .arg(m.version, 3, 10, QLatin1Char('0'))
                          .arg(m.name, -24)
                          .arg(done ? Tr::tr("applied") : Tr::tr("pending")));
    }
    if (cli.json())
        cli.printJson(list);
    return CliContext::Ok;
}

int seed(const QStringList& args)
{
    CliContext cli(QStringLiteral("db seed"), args);
    QCommandLineParser parser;
    const QCommandLineOption users(QStringLiteral("users"), Tr::tr("Number of learners to create."),
                                   QStringLiteral("n"));
    const QCommandLineOption seedOption(QStringLiteral("seed"), Tr::tr("Random seed (same seed, same data)."),
                                        QStringLiteral("s"), QStringLiteral("1"));
    const QCommandLineOption asOf(QStringLiteral("as-of"), Tr::tr("Reference date YYYY-MM-DD (default: today)."),
                                  QStringLiteral("date"));
    const QCommandLineOption batch(QStringLiteral("batch"), Tr::tr("Users per batch."), QStringLiteral("n"),
                                   QStringLiteral("50000"));
    parser.addOptions({users, seedOption, asOf, batch});
    if (auto exit = cli.parse(parser, Tr::tr("Fill an empty platform schema with synthetic learners.")))
        return *exit;
    Seeder::Options options;
    bool ok = false;
    options.users = parser.value(users).toInt(&ok);
    if (!parser.isSet(users) || !ok || options.users < 1)
        return cli.usage(Tr::tr("--users takes a positive number."));
    options.seed = parser.value(seedOption).toLongLong(&ok);
    if (!ok)
        return cli.usage(Tr::tr("--seed takes a whole number."));
    options.batchSize = parser.value(batch).toInt(&ok);
    if (!ok || options.batchSize < 1)
        return cli.usage(Tr::tr("--batch takes a positive number."));
    if (parser.isSet(asOf)) {
        options.asOf = QDate::fromString(parser.value(asOf), Qt::ISODate);
        if (!options.asOf.isValid())
            return cli.usage(Tr::tr("--as-of takes a date as YYYY-MM-DD."));
    }
    DatabaseConnection connection;
    if (!cli.connect(connection))
        return CliContext::Failed;
    Seeder::Result result;
    QString error;
    int lastReported = 0;
    const auto progress = [&](int done, int total, const QString&) {
        if (done != lastReported) {
            lastReported = done;
            cli.info(Tr::tr("%L1 of %L2 users").arg(done).arg(total));
        }
        return true;
    };
    if (!Seeder(connection.database()).seed(options, &result, &error, progress))
        return cli.fail(error);
    const double rate = result.seconds > 0 ? result.rows / result.seconds : 0;
    if (cli.json()) {
        QJsonArray steps;
        for (const auto& s : result.steps)
            steps.append(QJsonObject{{QStringLiteral("step"), s.step},
                                     {QStringLiteral("rows"), s.rows},
                                     {QStringLiteral("seconds"), s.seconds}});
        cli.printJson(QJsonObject{{QStringLiteral("users"), options.users},
                                  {QStringLiteral("rows"), result.rows},
                                  {QStringLiteral("seconds"), result.seconds},
                                  {QStringLiteral("rowsPerSecond"), rate},
                                  {QStringLiteral("steps"), steps}});
    } else {
        for (const auto& s : result.steps)
            cli.print(QStringLiteral("  %1 %2 rows  %3 s").arg(s.step, -20).arg(s.rows, 12).arg(s.seconds, 8, 'f', 1));
        cli.print(Tr::tr("Seeded %L1 users: %L2 rows in %3 s (%L4 rows/s).")
                      .arg(options.users)
                      .arg(result.rows)
                      .arg(result.seconds, 0, 'f', 1)
                      .arg(qint64(rate)));
    }
    return CliContext::Ok;
}

} // namespace

QList<Verb> Commands::dbVerbs()
{
    return {{QStringLiteral("init"), init}, {QStringLiteral("seed"), seed}, {QStringLiteral("status"), status}};
}
