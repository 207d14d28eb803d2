// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliContext.h"
#include "Commands.h"

#include "core/SecretFile.h"
#include "core/TimeFormat.h"
#include "erasure/ErasureCertificate.h"
#include "erasure/ErasureStore.h"
#include "requests/RequestStore.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(fxctl)
};

const QCommandLineOption& requestOption()
{
    static const QCommandLineOption option(QStringLiteral("request"), Tr::tr("The erasure request's id."),
                                           QStringLiteral("id"));
    return option;
}

std::optional<qint64> requestId(const QCommandLineParser& parser)
{
    return CliContext::positiveId(parser.value(requestOption()));
}

void printSteps(const CliContext& cli, const QJsonArray& tables)
{
    for (const ErasureStep& s : ErasureStore::stepsFromJson(tables))
        cli.print(QStringLiteral("%1 %2 %3 %4 %5")
                      .arg(s.table, -20)
                      .arg(s.action, -10)
                      .arg(s.rows, 8)
                      .arg(TimeFormat::date(s.retainedUntil), -11)
                      .arg(s.basisEn));
}

int withRequest(const QString& verb, const QStringList& args)
{
    CliContext cli(QStringLiteral("erasure ") + verb, args);
    QCommandLineParser parser;
    const QCommandLineOption reason(QStringLiteral("reason"), Tr::tr("Why (required)."), QStringLiteral("text"));
    const QCommandLineOption out(QStringLiteral("out"), Tr::tr("The file to write (.pdf or .txt)."),
                                 QStringLiteral("file"));
    parser.addOption(requestOption());
    QString description;
    if (verb == QLatin1String("preview")) {
        description = Tr::tr("What an erasure would delete, anonymize and retain, per table.");
    } else if (verb == QLatin1String("approve") || verb == QLatin1String("reject")) {
        parser.addOption(reason);
        description = Tr::tr("Decide on an erasure request as a second person (four eyes).");
    } else if (verb == QLatin1String("execute")) {
        description = Tr::tr("Execute an approved erasure, in one transaction.");
    } else {
        parser.addOption(out);
        description = Tr::tr("Write the erasure certificate for the requester.");
    }
    if (auto exit = cli.parse(parser, description))
        return *exit;
    const auto id = requestId(parser);
    if (!id)
        return cli.usage(Tr::tr("--request needs the request's id, a positive number."));
    if (verb == QLatin1String("certificate")) {
        if (parser.value(out).isEmpty())
            return cli.usage(Tr::tr("--out needs the file to write."));
    }
    DatabaseConnection connection;
    if (!cli.connect(connection))
        return CliContext::Failed;
    ErasureStore store(connection.database());
    QJsonObject result;
    QString error;
    if (verb == QLatin1String("preview")) {
        if (!store.preview(*id, &result, &error))
            return cli.fail(error);
        if (cli.json())
            cli.printJson(result);
        else
            printSteps(cli, result.value(QLatin1String("tables")).toArray());
        return CliContext::Ok;
    }
    if (verb == QLatin1String("approve") || verb == QLatin1String("reject")) {
        if (!store.decide(*id, verb == QLatin1String("approve"), parser.value(reason), &result, &error))
            return cli.fail(error);
        if (cli.json())
            cli.printJson(result);
        else
            cli.print(verb == QLatin1String("approve") ? Tr::tr("Request %1 is approved.").arg(*id)
                                                       : Tr::tr("Request %1 is rejected.").arg(*id));
        return CliContext::Ok;
    }
    if (verb == QLatin1String("execute")) {
        if (!store.execute(*id, &result, &error))
            return cli.fail(error);
        if (cli.json()) {
            cli.printJson(result);
        } else if (result.value(QLatin1String("already_done")).toBool()) {
            cli.print(Tr::tr("Request %1 was already executed; nothing was changed.").arg(*id));
        } else {
            const QJsonObject counts = result.value(QLatin1String("counts")).toObject();
            for (auto it = counts.begin(); it != counts.end(); ++it)
                cli.print(QStringLiteral("%1 %2").arg(it.key(), -28).arg(it.value().toInteger(), 8));
            cli.print(Tr::tr("Request %1: the learner is erased.").arg(*id));
        }
        return CliContext::Ok;
    }
    if (!RequestStore(connection.database()).get(*id, &result, &error))
        return cli.fail(error);
    if (!ErasureCertificate::write(result, cli.language(), parser.value(out), &error))
        return cli.fail(error);
    cli.info(Tr::tr("Wrote %1.").arg(parser.value(out)));
    return CliContext::Ok;
}

// The ledger to keep outside the database, and applying it again after a restore.
int ledger(const QString& verb, const QStringList& args)
{
    CliContext cli(QStringLiteral("erasure ") + verb, args);
    QCommandLineParser parser;
    const QCommandLineOption file(verb == QLatin1String("ledger") ? QStringLiteral("out") : QStringLiteral("ledger"),
                                  verb == QLatin1String("ledger")
                                      ? Tr::tr("Write the ledger to this new file.")
                                      : Tr::tr("A ledger file written by \"erasure ledger\"."),
                                  QStringLiteral("file"));
    parser.addOption(file);
    if (auto exit = cli.parse(parser, verb == QLatin1String("ledger")
                                          ? Tr::tr("Export the erasure ledger (salted hashes, no personal data).")
                                          : Tr::tr("Erase again everyone the ledger names, after a backup restore.")))
        return *exit;
    if (verb == QLatin1String("ledger") && parser.value(file).isEmpty())
        return cli.usage(Tr::tr("--out needs the file to write."));
    QJsonArray entries;
    QString error;
    if (verb == QLatin1String("reapply") && parser.isSet(file)) {
        QFile in(parser.value(file));
        if (!in.open(QIODevice::ReadOnly))
            return cli.fail(Tr::tr("Cannot read %1: %2").arg(in.fileName(), in.errorString()));
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(in.readAll(), &parseError);
        if (!document.isArray())
            return cli.fail(Tr::tr("%1 is not a ledger file.").arg(in.fileName()));
        entries = document.array();
    }
    DatabaseConnection connection;
    if (!cli.connect(connection))
        return CliContext::Failed;
    ErasureStore store(connection.database());
    if (verb == QLatin1String("ledger")) {
        if (!store.ledger(&entries, &error))
            return cli.fail(error);
        if (!SecretFile::write(parser.value(file), QJsonDocument(entries).toJson(), &error))
            return cli.fail(error);
        cli.print(Tr::tr("Wrote %Ln ledger entry(s) to %1.", nullptr, int(entries.size())).arg(parser.value(file)));
        return CliContext::Ok;
    }
    QJsonObject result;
    if (!store.reapply(entries, &result, &error))
        return cli.fail(error);
    if (cli.json())
        cli.printJson(result);
    else
        cli.print(Tr::tr("%1 ledger entries; %2 learner(s) erased again.")
                      .arg(result.value(QLatin1String("entries")).toInteger())
                      .arg(result.value(QLatin1String("erased_again")).toInteger()));
    return CliContext::Ok;
}

} // namespace

namespace Commands {

QList<Verb> erasureVerbs()
{
    QList<Verb> verbs;
    for (const char* name : {"preview", "approve", "reject", "execute", "certificate"}) {
        const QString verb = QString::fromLatin1(name);
        verbs.append({verb, [verb](const QStringList& args) { return withRequest(verb, args); },
                      verb == QLatin1String("certificate") ? Verb::Gui::Always : Verb::Gui::Never});
    }
    for (const char* name : {"ledger", "reapply"}) {
        const QString verb = QString::fromLatin1(name);
        verbs.append({verb, [verb](const QStringList& args) { return ledger(verb, args); }});
    }
    return verbs;
}

// "retention list" lists restricted records, "retention purge" deletes those whose period ended.
int restricted(const QString& verb, const QStringList& args)
{
    CliContext cli(QStringLiteral("retention ") + verb, args);
    QCommandLineParser parser;
    const QCommandLineOption dryRun(QStringLiteral("dry-run"), Tr::tr("Only list what would be deleted."));
    const QCommandLineOption asOf(QStringLiteral("as-of"),
                                  Tr::tr("Evaluate periods as of this day (not later than "
                                         "today)."),
                                  QStringLiteral("date"));
    if (verb == QLatin1String("purge"))
        parser.addOptions({dryRun, asOf});
    if (auto exit = cli.parse(parser, verb == QLatin1String("list")
                                          ? Tr::tr("Restricted records of erased learners, soonest end first.")
                                          : Tr::tr("Delete restricted records whose retention period has ended.")))
        return *exit;
    QDate day;
    if (parser.isSet(asOf) && !(day = QDate::fromString(parser.value(asOf), Qt::ISODate)).isValid())
        return cli.usage(Tr::tr("--as-of needs a date as YYYY-MM-DD."));
    DatabaseConnection connection;
    if (!cli.connect(connection))
        return CliContext::Failed;
    QString error;
    ErasureStore store(connection.database());
    if (verb == QLatin1String("list")) {
        QList<RestrictedSet> sets;
        if (!store.restricted(&sets, &error))
            return cli.fail(error);
        QJsonArray array;
        for (const RestrictedSet& r : sets) {
            array.append(QJsonObject{{QStringLiteral("userId"), r.userId},
                                     {QStringLiteral("records"), r.records},
                                     {QStringLiteral("retainedUntil"), r.retainedUntil.toString(Qt::ISODate)},
                                     {QStringLiteral("basis"), r.basis}});
            if (!cli.json())
                cli.print(QStringLiteral("learner %1  %2 record(s)  until %3  %4")
                              .arg(r.userId)
                              .arg(r.records)
                              .arg(TimeFormat::date(r.retainedUntil), r.basis));
        }
        if (cli.json())
            cli.printJson(array);
        return CliContext::Ok;
    }
    QList<RestrictedRecord> records;
    if (!store.purge(parser.isSet(dryRun), day, &records, &error))
        return cli.fail(error);
    QJsonArray array;
    for (const RestrictedRecord& r : records) {
        array.append(QJsonObject{{QStringLiteral("table"), r.table},
                                 {QStringLiteral("rowKey"), r.rowKey},
                                 {QStringLiteral("userId"), r.userId},
                                 {QStringLiteral("retainedUntil"), r.retainedUntil.toString(Qt::ISODate)}});
        if (!cli.json())
            cli.print(QStringLiteral("%1 %2  learner %3  retained until %4")
                          .arg(r.table)
                          .arg(r.rowKey)
                          .arg(r.userId)
                          .arg(TimeFormat::date(r.retainedUntil)));
    }
    if (cli.json())
        cli.printJson(array);
    else
        cli.info(parser.isSet(dryRun)
                     ? Tr::tr("%Ln restricted record(s) past their period.", nullptr, int(records.size()))
                     : Tr::tr("%Ln restricted record(s) deleted.", nullptr, int(records.size())));
    return CliContext::Ok;
}

// The follow-up tasks of an erasure with the external processors, and ticking one off.
int tasks(const QString& verb, const QStringList& args)
{
    CliContext cli(QStringLiteral("processors ") + verb, args);
    QCommandLineParser parser;
    const QCommandLineOption task(QStringLiteral("task"), Tr::tr("The task's id."), QStringLiteral("id"));
    const QCommandLineOption note(QStringLiteral("note"), Tr::tr("What was done, or where the evidence is."),
                                  QStringLiteral("text"));
    if (verb == QLatin1String("tasks"))
        parser.addOption(requestOption());
    else
        parser.addOptions({task, note});
    if (auto exit = cli.parse(parser, verb == QLatin1String("tasks")
                                          ? Tr::tr("The follow-up tasks with external processors of an erasure.")
                                          : Tr::tr("Tick off a follow-up task with a note.")))
        return *exit;
    DatabaseConnection connection;
    if (!cli.connect(connection))
        return CliContext::Failed;
    ErasureStore store(connection.database());
    QString error;
    if (verb == QLatin1String("done")) {
        if (!store.taskDone(parser.value(task).toLongLong(), parser.value(note), &error))
            return cli.fail(error);
        cli.info(Tr::tr("Task %1 is done.").arg(parser.value(task)));
        return CliContext::Ok;
    }
    const auto id = requestId(parser);
    if (!id)
        return cli.usage(Tr::tr("--request needs the request's id, a positive number."));
    QList<ProcessorTask> tasks;
    if (!store.tasks(*id, &tasks, &error))
        return cli.fail(error);
    QJsonArray array;
    for (const ProcessorTask& t : tasks) {
        array.append(QJsonObject{{QStringLiteral("id"), t.id},
                                 {QStringLiteral("processor"), t.processor},
                                 {QStringLiteral("category"), t.category},
                                 {QStringLiteral("contact"), t.contact},
                                 {QStringLiteral("externalId"), t.externalId},
                                 {QStringLiteral("what"), t.what},
                                 {QStringLiteral("doneBy"), t.doneBy},
                                 {QStringLiteral("doneAt"), t.doneAt.toUTC().toString(Qt::ISODate)},
                                 {QStringLiteral("note"), t.note}});
        if (!cli.json())
            cli.print(QStringLiteral("%1  %2  %3  %4  %5")
                          .arg(t.id, 5)
                          .arg(t.processor, -24)
                          .arg(t.externalId, -20)
                          .arg(t.doneAt.isValid() ? Tr::tr("done by %1").arg(t.doneBy) : Tr::tr("open"))
                          .arg(t.contact));
    }
    if (cli.json())
        cli.printJson(array);
    return CliContext::Ok;
}

QList<Verb> retentionVerbs()
{
    const auto rules = [](const QString& verb) {
        return Verb{verb, [verb](const QStringList& args) { return retentionRules(verb, args); }};
    };
    // "retention list --rules" is "retention rules".
    const auto list = [](const QStringList& args) {
        if (!args.contains(QLatin1String("--rules")))
            return restricted(QStringLiteral("list"), args);
        QStringList rest = args;
        rest.removeAll(QStringLiteral("--rules"));
        return retentionRules(QStringLiteral("rules"), rest);
    };
    return {
        {QStringLiteral("list"), list},
        {QStringLiteral("purge"), [](const QStringList& args) { return restricted(QStringLiteral("purge"), args); }},
        rules(QStringLiteral("rules")),
        rules(QStringLiteral("set"))};
}

QList<Verb> processorsVerbs()
{
    QList<Verb> verbs;
    for (const char* name : {"list", "add", "edit"}) {
        const QString verb = QString::fromLatin1(name);
        verbs.append({verb, [verb](const QStringList& args) { return processorRegistry(verb, args); }});
    }
    for (const char* name : {"tasks", "done"}) {
        const QString verb = QString::fromLatin1(name);
        verbs.append({verb, [verb](const QStringList& args) { return tasks(verb, args); }});
    }
    return verbs;
}

} // namespace Commands
