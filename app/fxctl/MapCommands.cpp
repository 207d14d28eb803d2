// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliContext.h"
#include "Commands.h"

#include "admin/ProcessingRecords.h"
#include "core/TimeFormat.h"
#include "datamap/DataMapFile.h"
#include "datamap/DataMapStore.h"
#include "datamap/UncoveredSummary.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(fxctl)
};

QCommandLineOption mapOption()
{
    return QCommandLineOption(QStringLiteral("map"),
                              Tr::tr("The data map: a YAML file, or a map this console ships (%1).")
                                  .arg(DataMapFile::shippedNames().join(QStringLiteral(", "))),
                              QStringLiteral("file"));
}

QCommandLineOption prefixOption()
{
    return QCommandLineOption(QStringLiteral("prefix"),
                              Tr::tr("The platform's table prefix, where it is not the map's (Moodle: mdl_)."),
                              QStringLiteral("prefix"));
}

// The map of --map, with the table prefix of --prefix.
bool loadMap(const QCommandLineParser& parser, DataMapFile* file, QString* error)
{
    return DataMapFile::load(parser.value(QStringLiteral("map")), file, error) &&
           (!parser.isSet(QStringLiteral("prefix")) ||
            file->setTablePrefix(parser.value(QStringLiteral("prefix")), error));
}

QJsonObject findingJson(const MapFinding& f)
{
    return {{QStringLiteral("severity"),
             f.severity == MapFinding::Severity::Error ? QStringLiteral("error") : QStringLiteral("uncovered")},
            {QStringLiteral("code"), f.code},
            {QStringLiteral("table"), f.table},
            {QStringLiteral("column"), f.column},
            {QStringLiteral("detail"), f.detail},
            {QStringLiteral("message"), f.text()}};
}

// map check --map FILE: what is wrong (exit 1) and what the map leaves uncovered (exit 0 if
// nothing is wrong), table by table, those with rows first.
int check(const QStringList& args)
{
    CliContext cli(QStringLiteral("map check"), args);
    QCommandLineParser parser;
    const QCommandLineOption map = mapOption();
    parser.addOptions({map, prefixOption()});
    if (auto exit = cli.parse(parser, Tr::tr("Check a data map against this database's catalog.")))
        return *exit;
    if (!parser.isSet(map))
        return cli.usage(Tr::tr("Give the data map with --map."));
    DataMapFile file;
    QString error;
    if (!loadMap(parser, &file, &error))
        return cli.fail(error);
    DatabaseConnection connection;
    if (!cli.connect(connection))
        return CliContext::Failed;
    QList<MapFinding> findings;
    if (!DataMapStore(connection.database()).check(file, &findings, &error))
        return cli.fail(error);
    int errors = 0;
    QJsonArray wrong;
    QJsonArray uncovered;
    for (const MapFinding& f : findings) {
        const bool isError = f.severity == MapFinding::Severity::Error;
        errors += isError ? 1 : 0;
        (isError ? wrong : uncovered).append(findingJson(f));
    }
    if (cli.json()) {
        cli.printJson(QJsonObject{{QStringLiteral("map"), file.map.value(QLatin1String("name"))},
                                  {QStringLiteral("sha256"), file.sha256},
                                  {QStringLiteral("errors"), wrong},
                                  {QStringLiteral("uncovered"), uncovered}});
        return errors ? CliContext::Failed : CliContext::Ok;
    }
    for (const MapFinding& f : findings)
        if (f.severity == MapFinding::Severity::Error)
            cli.print(QStringLiteral("  %1 %2").arg(Tr::tr("error:"), f.text()));
    if (!uncovered.isEmpty())
        cli.print(Tr::tr("Not covered by the map:"));
    for (const QString& line : UncoveredSummary::lines(findings))
        cli.print(QStringLiteral("  - ") + line);
    cli.print(errors ? Tr::tr("%Ln errors; the map cannot be applied until they are fixed.", nullptr, errors)
                     : Tr::tr("The map %1 %2 is correct for this database; %Ln columns are not covered.", nullptr,
                              int(uncovered.size()))
                           .arg(file.map.value(QLatin1String("name")).toString(),
                                file.map.value(QLatin1String("version")).toString()));
    return errors ? CliContext::Failed : CliContext::Ok;
}

// map apply --map FILE [--confirm]: records the map and binds the privacy functions to it.
int apply(const QStringList& args)
{
    CliContext cli(QStringLiteral("map apply"), args);
    QCommandLineParser parser;
    const QCommandLineOption map = mapOption();
    const QCommandLineOption confirm(QStringLiteral("confirm"),
                                     Tr::tr("Apply even though the map takes tables, categories or erasure away."));
    parser.addOptions({map, prefixOption(), confirm});
    if (auto exit = cli.parse(parser, Tr::tr("Apply a data map to this database (administrators).")))
        return *exit;
    if (!parser.isSet(map))
        return cli.usage(Tr::tr("Give the data map with --map."));
    DataMapFile file;
    QString error;
    if (!loadMap(parser, &file, &error))
        return cli.fail(error);
    DatabaseConnection connection;
    if (!cli.connect(connection))
        return CliContext::Failed;
    MapApplying result;
    if (!DataMapStore(connection.database()).apply(file, parser.isSet(confirm), &result, &error))
        return cli.fail(error);
    if (cli.json()) {
        cli.printJson(QJsonObject{{QStringLiteral("applied"), result.applied},
                                  {QStringLiteral("unchanged"), result.unchanged},
                                  {QStringLiteral("id"), result.id},
                                  {QStringLiteral("sha256"), file.sha256},
                                  {QStringLiteral("changes"), result.changes}});
        return result.applied || result.unchanged ? CliContext::Ok : CliContext::Failed;
    }
    for (const QJsonValue& change : std::as_const(result.changes))
        cli.print(QStringLiteral("  - ") + MapApplying::changeText(change.toObject()));
    if (result.unchanged) {
        cli.print(Tr::tr("This map is already in force; nothing changed."));
        return CliContext::Ok;
    }
    if (!result.applied)
        return cli.fail(Tr::tr("The map takes away what is listed above; nothing was applied. Check each change, "
                               "then run the command again with --confirm."));
    cli.print(Tr::tr("Applied the data map %1 %2 (SHA-256 %3).")
                  .arg(file.map.value(QLatin1String("name")).toString(),
                       file.map.value(QLatin1String("version")).toString(), file.sha256));
    return CliContext::Ok;
}

int show(const QStringList& args)
{
    CliContext cli(QStringLiteral("map show"), args);
    QCommandLineParser parser;
    if (auto exit = cli.parse(parser, Tr::tr("Show the data map in force.")))
        return *exit;
    DatabaseConnection connection;
    if (!cli.connect(connection))
        return CliContext::Failed;
    QJsonObject current;
    QString error;
    if (!DataMapStore(connection.database()).show(&current, &error))
        return cli.fail(error);
    if (cli.json()) {
        cli.printJson(current);
        return CliContext::Ok;
    }
    cli.print(Tr::tr("Data map %1 %2, applied by %3 at %4")
                  .arg(current.value(QLatin1String("name")).toString(),
                       current.value(QLatin1String("version")).toString(),
                       current.value(QLatin1String("applied_by")).toString(),
                       TimeFormat::dateTime(QDateTime::fromString(current.value(QLatin1String("applied_at")).toString(),
                                                                  Qt::ISODateWithMs))));
    cli.print(QStringLiteral("SHA-256 ") + current.value(QLatin1String("sha256")).toString());
    cli.print(QString::fromUtf8(
        QJsonDocument(current.value(QLatin1String("map")).toObject()).toJson(QJsonDocument::Indented)));
    return CliContext::Ok;
}

} // namespace

// ropa --out FILE.pdf|FILE.csv: the records of processing activities from the map in force.
int Commands::processingRecords(const QStringList& args)
{
    CliContext cli(QStringLiteral("ropa"), args);
    QCommandLineParser parser;
    const QCommandLineOption out(QStringLiteral("out"), Tr::tr("The file to write: .pdf or .csv."),
                                 QStringLiteral("file"));
    parser.addOption(out);
    if (auto exit = cli.parse(parser, Tr::tr("The records of processing activities (Art. 30(1) GDPR) from the data "
                                             "map, the processor registry and the policies.")))
        return *exit;
    if (parser.value(out).isEmpty())
        return cli.usage(Tr::tr("Give the file to write with --out FILE.pdf or --out FILE.csv."));
    DatabaseConnection connection;
    if (!cli.connect(connection))
        return CliContext::Failed;
    QString error;
    if (!ProcessingRecords::write(connection.database(), parser.value(out), cli.documentLanguage(), &error))
        return cli.fail(error);
    cli.info(Tr::tr("Wrote the records of processing activities to %1.").arg(parser.value(out)));
    return CliContext::Ok;
}

QList<Verb> Commands::mapVerbs()
{
    return {{QStringLiteral("check"), check}, {QStringLiteral("apply"), apply}, {QStringLiteral("show"), show}};
}
