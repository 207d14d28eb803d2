// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliContext.h"
#include "Commands.h"

#include "admin/ProcessorRegistry.h"
#include "admin/RetentionRules.h"
#include "core/TimeFormat.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(fxctl)
};
} // namespace

// retention rules | retention set --table T [--action retain|delete] --years N --basis-en T --basis-de T
// [--dry-run]
int Commands::retentionRules(const QString& verb, const QStringList& args)
{
    CliContext cli(QStringLiteral("retention ") + verb, args);
    QCommandLineParser parser;
    const QCommandLineOption table(QStringLiteral("table"), Tr::tr("The table, e.g. invoices."),
                                   QStringLiteral("name"));
    const QCommandLineOption years(QStringLiteral("years"), Tr::tr("The retention period in years (1 to 30)."),
                                   QStringLiteral("n"));
    const QCommandLineOption basisEn(QStringLiteral("basis-en"), Tr::tr("The legal basis in English."),
                                     QStringLiteral("text"));
    const QCommandLineOption basisDe(QStringLiteral("basis-de"), Tr::tr("The legal basis in German."),
                                     QStringLiteral("text"));
    const QCommandLineOption action(QStringLiteral("action"), Tr::tr("retain (default) or delete."),
                                    QStringLiteral("action"));
    const QCommandLineOption dryRun(QStringLiteral("dry-run"),
                                    Tr::tr("Only list the restricted records the new period would release."));
    const bool set = verb == QLatin1String("set");
    if (set)
        parser.addOptions({table, action, years, basisEn, basisDe, dryRun});
    if (auto exit = cli.parse(parser, set ? Tr::tr("Change the retention period of retained records.")
                                          : Tr::tr("The retention rules: what erasure does per table.")))
        return *exit;
    bool numeric = false;
    const int n = parser.value(years).toInt(&numeric);
    const QString chosen = parser.isSet(action) ? parser.value(action) : QStringLiteral("retain");
    if (set && (parser.value(table).isEmpty() || (chosen == QLatin1String("retain") && !numeric)))
        return cli.usage(Tr::tr("--table is required, and --years (a whole number) for retained records."));
    DatabaseConnection connection;
    if (!cli.connect(connection))
        return CliContext::Failed;
    RetentionRules rules(connection.database());
    QString error;
    if (!set) {
        QList<RetentionRules::Rule> list;
        if (!rules.list(&list, &error))
            return cli.fail(error);
        QJsonArray array;
        for (const auto& r : list) {
            array.append(QJsonObject{{QStringLiteral("table"), r.table},
                                     {QStringLiteral("category"), r.category},
                                     {QStringLiteral("action"), r.action},
                                     {QStringLiteral("years"), r.years},
                                     {QStringLiteral("basisEn"), r.basisEn},
                                     {QStringLiteral("basisDe"), r.basisDe}});
            if (!cli.json())
                cli.print(QStringLiteral("%1 %2 %3 %4")
                              .arg(r.table, -20)
                              .arg(r.action, -10)
                              .arg(r.years ? Tr::tr("%Ln years", nullptr, r.years) : QString(), -9)
                              .arg(r.basisEn));
        }
        if (cli.json())
            cli.printJson(array);
        return CliContext::Ok;
    }
    if (parser.isSet(dryRun)) {
        QList<RetentionRules::Released> released;
        if (!rules.released(parser.value(table), chosen, n, &released, &error))
            return cli.fail(error);
        QJsonArray array;
        for (const auto& r : released) {
            array.append(QJsonObject{{QStringLiteral("table"), parser.value(table)},
                                     {QStringLiteral("rowKey"), r.rowKey},
                                     {QStringLiteral("userId"), r.userId},
                                     {QStringLiteral("retainedUntil"), r.retainedUntil.toString(Qt::ISODate)},
                                     {QStringLiteral("newUntil"), r.newUntil.toString(Qt::ISODate)}});
            if (!cli.json())
                cli.print(QStringLiteral("%1 %2  learner %3  %4 -> %5")
                              .arg(parser.value(table))
                              .arg(r.rowKey)
                              .arg(r.userId)
                              .arg(TimeFormat::date(r.retainedUntil), TimeFormat::date(r.newUntil)));
        }
        if (cli.json())
            cli.printJson(array);
        else
            cli.info(Tr::tr("%Ln restricted record(s) would be released.", nullptr, int(released.size())));
        return CliContext::Ok;
    }
    qint64 released = 0;
    if (!rules.set(parser.value(table), chosen, n, parser.value(basisEn), parser.value(basisDe), &released, &error))
        return cli.fail(error);
    if (cli.json())
        cli.printJson(QJsonObject{{QStringLiteral("table"), parser.value(table)},
                                  {QStringLiteral("action"), chosen},
                                  {QStringLiteral("years"), n},
                                  {QStringLiteral("released"), released}});
    else if (chosen == QLatin1String("retain"))
        cli.print(Tr::tr("Retention of %1 is now %2 years; %Ln restricted record(s) released for the purge.", nullptr,
                         int(released))
                      .arg(parser.value(table))
                      .arg(n));
    else
        cli.print(Tr::tr("%1 are now deleted at erasure; %Ln restricted record(s) released for the purge.", nullptr,
                         int(released))
                      .arg(parser.value(table)));
    return CliContext::Ok;
}

// processors list | add --name ... | edit --id N --name ...
int Commands::processorRegistry(const QString& verb, const QStringList& args)
{
    CliContext cli(QStringLiteral("processors ") + verb, args);
    QCommandLineParser parser;
    const QCommandLineOption id(QStringLiteral("id"), Tr::tr("The processor's number."), QStringLiteral("n"));
    const QCommandLineOption name(QStringLiteral("name"), Tr::tr("The processor's name."), QStringLiteral("text"));
    const QCommandLineOption category(
        QStringLiteral("category"),
        Tr::tr("One of %1.").arg(ProcessorRegistry::categories().join(QStringLiteral(", "))), QStringLiteral("c"));
    const QCommandLineOption contact(QStringLiteral("contact"), Tr::tr("Whom to contact."), QStringLiteral("text"));
    const QCommandLineOption deletion(QStringLiteral("deletion-contact"),
                                      Tr::tr("Where to send deletion requests (address or API)."),
                                      QStringLiteral("text"));
    const QCommandLineOption dpa(QStringLiteral("dpa"), Tr::tr("The data processing agreement's reference."),
                                 QStringLiteral("text"));
    const QCommandLineOption data(QStringLiteral("data"),
                                  Tr::tr("Data categories it receives, comma-separated: %1.")
                                      .arg(ProcessorRegistry::dataCategories().join(QStringLiteral(", "))),
                                  QStringLiteral("list"));
    if (verb == QLatin1String("edit"))
        parser.addOption(id);
    if (verb != QLatin1String("list"))
        parser.addOptions({name, category, contact, deletion, dpa, data});
    if (auto exit = cli.parse(parser, verb == QLatin1String("list")  ? Tr::tr("The external processors.")
                                      : verb == QLatin1String("add") ? Tr::tr("Add an external processor.")
                                                                     : Tr::tr("Change an external processor.")))
        return *exit;
    const auto processorId = CliContext::positiveId(parser.value(id));
    if (verb == QLatin1String("edit") && !processorId)
        return cli.usage(Tr::tr("--id needs the processor's number, a positive number."));
    DatabaseConnection connection;
    if (!cli.connect(connection))
        return CliContext::Failed;
    ProcessorRegistry registry(connection.database());
    QString error;
    QList<ProcessorRegistry::Processor> processors;
    if (!registry.list(&processors, &error))
        return cli.fail(error);
    if (verb == QLatin1String("list")) {
        QJsonArray array;
        for (const auto& p : processors) {
            array.append(QJsonObject{{QStringLiteral("id"), p.id},
                                     {QStringLiteral("name"), p.name},
                                     {QStringLiteral("category"), p.category},
                                     {QStringLiteral("contact"), p.contact},
                                     {QStringLiteral("deletionContact"), p.deletionContact},
                                     {QStringLiteral("dpaReference"), p.dpaReference},
                                     {QStringLiteral("dataCategories"), QJsonArray::fromStringList(p.dataCategories)},
                                     {QStringLiteral("people"), p.people}});
            if (!cli.json())
                cli.print(QStringLiteral("%1 %2 %3 %4")
                              .arg(p.id, 3)
                              .arg(p.name, -22)
                              .arg(p.category, -14)
                              .arg(p.dataCategories.join(QLatin1Char(','))));
        }
        if (cli.json())
            cli.printJson(array);
        return CliContext::Ok;
    }
    // Editing starts from what is stored; only the options given change.
    ProcessorRegistry::Processor p;
    if (processorId) {
        const auto it = std::find_if(processors.begin(), processors.end(),
                                     [&](const auto& candidate) { return candidate.id == *processorId; });
        if (it == processors.end())
            return cli.fail(Tr::tr("There is no processor %1.").arg(*processorId));
        p = *it;
    }
    if (parser.isSet(name))
        p.name = parser.value(name);
    if (parser.isSet(category))
        p.category = parser.value(category);
    if (parser.isSet(contact))
        p.contact = parser.value(contact);
    if (parser.isSet(deletion))
        p.deletionContact = parser.value(deletion);
    if (parser.isSet(dpa))
        p.dpaReference = parser.value(dpa);
    if (parser.isSet(data))
        p.dataCategories = parser.value(data).split(QLatin1Char(','), Qt::SkipEmptyParts);
    int saved = 0;
    if (!registry.save(p, &saved, &error))
        return cli.fail(error);
    if (cli.json())
        cli.printJson(QJsonObject{{QStringLiteral("id"), saved}});
    else
        cli.print(Tr::tr("Processor %1 is saved.").arg(saved));
    return CliContext::Ok;
}
