// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliContext.h"
#include "Commands.h"

#include "incidents/BreachRegister.h"
#include "incidents/ChecklistTemplate.h"
#include "incidents/IncidentDraft.h"
#include "incidents/IncidentStore.h"
#include "incidents/IncidentTexts.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(fxctl)
};

// An ISO 8601 time; without an offset it is the local time.
bool parseTime(const QString& text, QDateTime* at)
{
    *at = QDateTime::fromString(text, Qt::ISODateWithMs);
    return text.isEmpty() || at->isValid();
}

QString describeHelp()
{
    return Tr::tr("A field to set, as key=value; keys: title, description, reported_by, nature, "
                  "subject_categories, subjects_approx, record_categories, records_approx, dpo_contact, "
                  "consequences, measures. Repeat for several.");
}

void printIncident(const CliContext& cli, const Incident& incident)
{
    const qint64 left = incident.secondsLeft;
    const auto clock = IncidentTexts::clock(incident.status, incident.authorityState, left);
    cli.print(Tr::tr("Incident %1: %2").arg(incident.id).arg(incident.title));
    cli.print(Tr::tr("Aware since %1; the authority must be notified by %2 (%3).")
                  .arg(IncidentTexts::localTime(incident.awareAt), IncidentTexts::localTime(incident.authorityDeadline),
                       IncidentTexts::clockText(clock, left)));
    cli.print(Tr::tr("Risk: %1").arg(IncidentTexts::risk(incident.risk)));
    for (const Incident::Item& item : incident.items)
        cli.print(QStringLiteral("  [%1] %2.%3%4  %5")
                      .arg(item.isDone() ? QLatin1Char('x') : QLatin1Char(' '))
                      .arg(item.section, item.key)
                      .arg(item.required ? QStringLiteral(" *") : QString())
                      .arg(item.titleEn));
    for (const Incident::Notice& n : incident.notices)
        cli.print(Tr::tr("Notice to the %1, phase %2, %3%4")
                      .arg(IncidentTexts::noticeKind(n.kind))
                      .arg(n.phase)
                      .arg(IncidentTexts::localTime(n.sentAt))
                      .arg(n.late ? Tr::tr(" (late)") : QString()));
}

int finish(const CliContext& cli, const QJsonObject& result, const QString& message)
{
    if (cli.json())
        cli.printJson(result);
    else
        cli.print(message);
    return CliContext::Ok;
}

int listIncidents(const CliContext& cli, IncidentStore& store)
{
    QString error;
    QList<IncidentSummary> incidents;
    if (!store.list(&incidents, &error))
        return cli.fail(error);
    QJsonArray rows;
    for (const IncidentSummary& i : incidents) {
        const auto clock = IncidentTexts::clock(i.status, i.authorityState, i.secondsLeft);
        rows.append(QJsonObject{{QStringLiteral("id"), i.id},
                                {QStringLiteral("title"), i.title},
                                {QStringLiteral("status"), i.status},
                                {QStringLiteral("risk"), i.risk},
                                {QStringLiteral("authority_deadline"), i.authorityDeadline.toString(Qt::ISODate)},
                                {QStringLiteral("seconds_left"), i.secondsLeft},
                                {QStringLiteral("authority_state"), i.authorityState},
                                {QStringLiteral("open_mandatory"), i.openMandatory}});
        if (!cli.json())
            cli.print(QStringLiteral("%1 %2 %3 %4")
                          .arg(i.id, 5)
                          .arg(i.status, -7)
                          .arg(IncidentTexts::clockText(clock, i.secondsLeft), -26)
                          .arg(i.title));
    }
    if (cli.json())
        cli.printJson(rows);
    return CliContext::Ok;
}

// Counts the people the criteria select; with an incident, attaches the result to it.
int findPeople(const CliContext& cli, IncidentStore& store, const QJsonObject& criteria, std::optional<qint64> attachTo)
{
    QJsonObject result;
    QString error;
    const bool ok =
        attachTo ? store.attachFinding(*attachTo, criteria, &result, &error) : store.find(criteria, &result, &error);
    if (!ok)
        return cli.fail(error);
    if (cli.json())
        return finish(cli, result, QString());
    // An attached finding holds the count too, never estimated.
    const FinderCount count = FinderCount::fromJson(result);
    cli.print(Tr::tr("%Ln people", nullptr, int(count.people)));
    if (count.estimated)
        cli.print(Tr::tr("People per data category, estimated from a sample of 5,000:"));
    for (const FinderCategoryCount& category : count.categories)
        cli.print(
            QStringLiteral("  %1 %2").arg(IncidentTexts::dataCategory(category.category), -28).arg(category.people));
    if (attachTo)
        cli.print(
            Tr::tr("Attached to incident %1 as finding %2.").arg(*attachTo).arg(AttachedFinding::fromJson(result).id));
    return CliContext::Ok;
}

int writeAffected(const CliContext& cli, IncidentStore& store, std::optional<qint64> findingId, const QString& path)
{
    QString error;
    if (!findingId)
        return cli.usage(Tr::tr("--finding needs the finding's number, a positive number."));
    QList<AffectedPerson> people;
    if (!store.affected(*findingId, &people, &error))
        return cli.fail(error);
    if (!AffectedPeople::write(people, path, &error))
        return cli.fail(error);
    return finish(cli, {{QStringLiteral("people"), people.size()}},
                  Tr::tr("%Ln people written to %1.", nullptr, int(people.size())).arg(path));
}

int writeRegister(const CliContext& cli, IncidentStore& store, const QString& language, const QString& path)
{
    QString error;
    QList<QJsonObject> entries;
    if (!store.registerForSaving(path, &entries, &error) || !BreachRegister::write(entries, language, path, &error))
        return cli.fail(error);
    return finish(cli, {{QStringLiteral("incidents"), entries.size()}},
                  Tr::tr("%Ln incidents written to %1.", nullptr, int(entries.size())).arg(path));
}

// The options the verbs share, each made where a verb adds it.
QCommandLineOption idOption()
{
    return {QStringLiteral("id"), Tr::tr("The incident's number."), QStringLiteral("n")};
}
QCommandLineOption noteOption()
{
    return {QStringLiteral("note"), Tr::tr("A note."), QStringLiteral("text")};
}
QCommandLineOption outOption()
{
    return {QStringLiteral("out"), Tr::tr("The file to write."), QStringLiteral("file")};
}
QCommandLineOption kindOption(const QString& kinds)
{
    return {QStringLiteral("kind"), kinds, QStringLiteral("kind")};
}

// Parses a verb's options; on a usage error or --help, *exit is set and false returned.
bool parseVerb(CliContext& cli, QCommandLineParser& parser, const QList<QCommandLineOption>& options,
               const QString& help, int* exit)
{
    parser.addOptions(options);
    if (const auto stop = cli.parse(parser, help)) {
        *exit = *stop;
        return false;
    }
    return true;
}

std::optional<qint64> requiredId(const CliContext& cli, const QCommandLineParser& parser, int* exit)
{
    const auto id = CliContext::positiveId(parser.value(QStringLiteral("id")));
    if (!id)
        *exit = cli.usage(Tr::tr("--id needs the incident's number, a positive number."));
    return id;
}

// Connects and runs the verb's work with the incident store.
int withStore(const CliContext& cli, const std::function<int(IncidentStore&)>& work)
{
    DatabaseConnection connection;
    if (!cli.connect(connection))
        return CliContext::Failed;
    IncidentStore store(connection.database());
    return work(store);
}

// Work on one incident as it is now.
int withIncident(const CliContext& cli, qint64 id, const std::function<int(IncidentStore&, const Incident&)>& work)
{
    return withStore(cli, [&](IncidentStore& store) {
        QString error;
        Incident incident;
        if (!store.get(id, &incident, &error))
            return cli.fail(error);
        return work(store, incident);
    });
}

// A change to one incident: done, then the incident as it is now.
int change(const CliContext& cli, qint64 id, const std::function<bool(IncidentStore&, QString*)>& work,
           const std::function<QString()>& message)
{
    return withStore(cli, [&](IncidentStore& store) {
        QString error;
        QJsonObject result;
        if (!work(store, &error) || !store.get(id, &result, &error))
            return cli.fail(error);
        return finish(cli, result, message());
    });
}

int openVerb(const QStringList& args)
{
    CliContext cli(QStringLiteral("incident open"), args);
    QCommandLineParser parser;
    const QCommandLineOption title(QStringLiteral("title"), Tr::tr("What happened, in a few words."),
                                   QStringLiteral("text"));
    const QCommandLineOption awareAt(QStringLiteral("aware-at"),
                                     Tr::tr("When the organisation became aware (ISO 8601); the 72 hours start here."),
                                     QStringLiteral("time"));
    const QCommandLineOption detectedAt(QStringLiteral("detected-at"), Tr::tr("When the breach was detected."),
                                        QStringLiteral("time"));
    const QCommandLineOption description(QStringLiteral("description"), Tr::tr("What is known."),
                                         QStringLiteral("text"));
    const QCommandLineOption reportedBy(QStringLiteral("reported-by"), Tr::tr("Who reported it."),
                                        QStringLiteral("text"));
    const QCommandLineOption templates(QStringLiteral("templates"),
                                       Tr::tr("A folder of checklist templates instead of the built-in ones."),
                                       QStringLiteral("folder"));
    int exit = 0;
    if (!parseVerb(cli, parser, {title, awareAt, detectedAt, description, reportedBy, templates},
                   Tr::tr("Open an incident; the 72-hour clock starts when the organisation became aware."), &exit))
        return exit;
    QDateTime aware, detected;
    if (!parseTime(parser.value(awareAt), &aware) || !parseTime(parser.value(detectedAt), &detected))
        return cli.usage(Tr::tr("Give times in ISO 8601, for example 2026-03-28T10:00:00+01:00."));
    if (!parser.isSet(awareAt))
        return cli.usage(Tr::tr("--aware-at is required: the 72 hours start when the organisation became aware."));
    QList<ChecklistItem> checklist;
    QString error;
    const bool loaded = parser.isSet(templates) ? ChecklistTemplate::load(parser.value(templates), &checklist, &error)
                                                : ChecklistTemplate::loadBuiltIn(&checklist, &error);
    if (!loaded)
        return cli.fail(error);
    return withStore(cli, [&](IncidentStore& store) {
        Incident result;
        if (!store.open({parser.value(title), parser.value(description), parser.value(reportedBy), detected, aware},
                        checklist, &result, &error))
            return cli.fail(error);
        return finish(cli, result.raw,
                      Tr::tr("Incident %1 is open; notify the authority by %2.")
                          .arg(result.id)
                          .arg(IncidentTexts::localTime(result.authorityDeadline)));
    });
}

int listVerb(const QStringList& args)
{
    CliContext cli(QStringLiteral("incident list"), args);
    QCommandLineParser parser;
    int exit = 0;
    if (!parseVerb(cli, parser, {}, Tr::tr("Incidents, open ones first, by deadline."), &exit))
        return exit;
    return withStore(cli, [&](IncidentStore& store) { return listIncidents(cli, store); });
}

int showVerb(const QStringList& args)
{
    CliContext cli(QStringLiteral("incident show"), args);
    QCommandLineParser parser;
    int exit = 0;
    if (!parseVerb(cli, parser, {idOption()}, Tr::tr("An incident with its checklist and notices."), &exit))
        return exit;
    const auto id = requiredId(cli, parser, &exit);
    if (!id)
        return exit;
    return withIncident(cli, *id, [&](IncidentStore&, const Incident& incident) {
        if (cli.json())
            cli.printJson(incident.raw);
        else
            printIncident(cli, incident);
        return int(CliContext::Ok);
    });
}

int tickVerb(const QStringList& args)
{
    CliContext cli(QStringLiteral("incident tick"), args);
    QCommandLineParser parser;
    const QCommandLineOption item(QStringLiteral("item"), Tr::tr("The checklist item, as section.key."),
                                  QStringLiteral("item"));
    const QCommandLineOption undo(QStringLiteral("undo"), Tr::tr("Untick the item."));
    int exit = 0;
    if (!parseVerb(cli, parser, {idOption(), item, noteOption(), undo}, Tr::tr("Tick a checklist item."), &exit))
        return exit;
    const auto id = requiredId(cli, parser, &exit);
    if (!id)
        return exit;
    return withIncident(cli, *id, [&](IncidentStore& store, const Incident& incident) {
        qint64 itemId = 0;
        for (const Incident::Item& o : incident.items)
            if (o.section + QLatin1Char('.') + o.key == parser.value(item))
                itemId = o.id;
        if (itemId == 0)
            return cli.usage(Tr::tr("--item names no item of this incident; see incident show."));
        QString error;
        QJsonObject result;
        if (!store.tick(itemId, !parser.isSet(undo), parser.value(QStringLiteral("note")), &error) ||
            !store.get(*id, &result, &error))
            return cli.fail(error);
        return finish(cli, result, parser.isSet(undo) ? Tr::tr("Unticked.") : Tr::tr("Ticked."));
    });
}

int triageVerb(const QStringList& args)
{
    CliContext cli(QStringLiteral("incident triage"), args);
    QCommandLineParser parser;
    const QCommandLineOption risk(QStringLiteral("risk"), Tr::tr("none, risk or high_risk."), QStringLiteral("level"));
    const QCommandLineOption reasoning(QStringLiteral("reasoning"), Tr::tr("Why."), QStringLiteral("text"));
    const QCommandLineOption exception(QStringLiteral("exception"), Tr::tr("a, b or c of Art. 34(3)."),
                                       QStringLiteral("letter"));
    const QCommandLineOption exceptionReasoning(QStringLiteral("exception-reasoning"),
                                                Tr::tr("Why the exception applies."), QStringLiteral("text"));
    int exit = 0;
    if (!parseVerb(cli, parser, {idOption(), risk, reasoning, exception, exceptionReasoning},
                   Tr::tr("Assess the risk to the people concerned."), &exit))
        return exit;
    const auto id = requiredId(cli, parser, &exit);
    if (!id)
        return exit;
    return change(
        cli, *id,
        [&](IncidentStore& store, QString* error) {
            return store.triage(*id, parser.value(risk), parser.value(reasoning), parser.value(exception),
                                parser.value(exceptionReasoning), error);
        },
        [] { return Tr::tr("Risk recorded."); });
}

int describeVerb(const QStringList& args)
{
    CliContext cli(QStringLiteral("incident describe"), args);
    QCommandLineParser parser;
    const QCommandLineOption set(QStringLiteral("set"), describeHelp(), QStringLiteral("key=value"));
    int exit = 0;
    if (!parseVerb(cli, parser, {idOption(), set}, Tr::tr("Set the content of Art. 33(3)."), &exit))
        return exit;
    const auto id = requiredId(cli, parser, &exit);
    if (!id)
        return exit;
    QJsonObject fields;
    for (const QString& pair : parser.values(set)) {
        const qsizetype eq = pair.indexOf(QLatin1Char('='));
        if (eq <= 0)
            return cli.usage(Tr::tr("--set takes key=value."));
        const QString key = pair.left(eq);
        const QString value = pair.mid(eq + 1);
        bool number = false;
        const qint64 n = value.toLongLong(&number);
        fields.insert(key, key.endsWith(QLatin1String("_approx")) && number ? QJsonValue(n) : QJsonValue(value));
    }
    if (fields.isEmpty())
        return cli.usage(Tr::tr("Give at least one --set key=value."));
    return change(
        cli, *id, [&](IncidentStore& store, QString* error) { return store.describe(*id, fields, error); },
        [] { return Tr::tr("Saved."); });
}

int notifyVerb(const QStringList& args)
{
    CliContext cli(QStringLiteral("incident notify"), args);
    QCommandLineParser parser;
    const QCommandLineOption kind = kindOption(Tr::tr("authority, subjects or public."));
    const QCommandLineOption reference(QStringLiteral("reference"), Tr::tr("The authority's reference."),
                                       QStringLiteral("text"));
    const QCommandLineOption delay(QStringLiteral("delay-reasons"), Tr::tr("Why the notice comes after 72 hours."),
                                   QStringLiteral("text"));
    int exit = 0;
    if (!parseVerb(cli, parser, {idOption(), kind, reference, noteOption(), delay}, Tr::tr("Record a notice as sent."),
                   &exit))
        return exit;
    const auto id = requiredId(cli, parser, &exit);
    if (!id)
        return exit;
    Incident::Notice notice;
    return change(
        cli, *id,
        [&](IncidentStore& store, QString* error) {
            return store.notify(*id, parser.value(kind), parser.value(reference), parser.value(QStringLiteral("note")),
                                parser.value(delay), &notice, error);
        },
        [&] { return Tr::tr("Notice recorded (phase %1).").arg(notice.phase); });
}

int closeVerb(const QStringList& args)
{
    CliContext cli(QStringLiteral("incident close"), args);
    QCommandLineParser parser;
    const QCommandLineOption summary(QStringLiteral("summary"), Tr::tr("The outcome."), QStringLiteral("text"));
    int exit = 0;
    if (!parseVerb(cli, parser, {idOption(), summary}, Tr::tr("Close an incident."), &exit))
        return exit;
    const auto id = requiredId(cli, parser, &exit);
    if (!id)
        return exit;
    return change(
        cli, *id, [&](IncidentStore& store, QString* error) { return store.close(*id, parser.value(summary), error); },
        [&] { return Tr::tr("Incident %1 is closed.").arg(*id); });
}

int findVerb(const QStringList& args)
{
    CliContext cli(QStringLiteral("incident find"), args);
    QCommandLineParser parser;
    const QCommandLineOption from(QStringLiteral("from"), Tr::tr("Sign-ins from this time (ISO 8601)."),
                                  QStringLiteral("time"));
    const QCommandLineOption to(QStringLiteral("to"), Tr::tr("Sign-ins before this time (ISO 8601)."),
                                QStringLiteral("time"));
    const QCommandLineOption network(QStringLiteral("network"), Tr::tr("Sign-ins from this address or CIDR range."),
                                     QStringLiteral("cidr"));
    const QCommandLineOption course(QStringLiteral("course"), Tr::tr("Enrolled in this course."), QStringLiteral("id"));
    const QCommandLineOption payment(QStringLiteral("payment"), Tr::tr("Holds payment references."));
    const QCommandLineOption processor(QStringLiteral("processor"), Tr::tr("Data held by this processor."),
                                       QStringLiteral("id"));
    const QCommandLineOption attach(QStringLiteral("attach"), Tr::tr("Attach the result to the incident --id."));
    int exit = 0;
    if (!parseVerb(cli, parser, {from, to, network, course, payment, processor, attach, idOption()},
                   Tr::tr("Count the people a breach concerns, by criteria."), &exit))
        return exit;
    std::optional<qint64> attachTo;
    if (parser.isSet(attach) && !(attachTo = requiredId(cli, parser, &exit)))
        return exit;
    QDateTime windowFrom, windowTo;
    if (!parseTime(parser.value(from), &windowFrom) || !parseTime(parser.value(to), &windowTo))
        return cli.usage(Tr::tr("Give times in ISO 8601, for example 2026-03-28T10:00:00+01:00."));
    QJsonObject criteria;
    if (windowFrom.isValid())
        criteria.insert(QStringLiteral("from"), windowFrom.toUTC().toString(Qt::ISODateWithMs));
    if (windowTo.isValid())
        criteria.insert(QStringLiteral("to"), windowTo.toUTC().toString(Qt::ISODateWithMs));
    if (parser.isSet(network))
        criteria.insert(QStringLiteral("network"), parser.value(network));
    if (parser.isSet(course))
        criteria.insert(QStringLiteral("course_id"), parser.value(course));
    if (parser.isSet(payment))
        criteria.insert(QStringLiteral("payment"), true);
    if (parser.isSet(processor))
        criteria.insert(QStringLiteral("processor_id"), parser.value(processor));
    return withStore(cli, [&](IncidentStore& store) { return findPeople(cli, store, criteria, attachTo); });
}

int affectedVerb(const QStringList& args)
{
    CliContext cli(QStringLiteral("incident affected"), args);
    QCommandLineParser parser;
    const QCommandLineOption finding(QStringLiteral("finding"), Tr::tr("The attached finding's number."),
                                     QStringLiteral("n"));
    int exit = 0;
    if (!parseVerb(cli, parser, {finding, outOption()},
                   Tr::tr("Write the people of an attached finding as CSV (DPO only, logged)."), &exit))
        return exit;
    if (parser.value(QStringLiteral("out")).isEmpty())
        return cli.usage(Tr::tr("--out needs the file to write."));
    return withStore(cli, [&](IncidentStore& store) {
        return writeAffected(cli, store, CliContext::positiveId(parser.value(finding)),
                             parser.value(QStringLiteral("out")));
    });
}

int registerVerb(const QStringList& args)
{
    CliContext cli(QStringLiteral("incident register"), args);
    QCommandLineParser parser;
    int exit = 0;
    if (!parseVerb(cli, parser, {outOption()}, Tr::tr("Write the breach register (.csv or .pdf)."), &exit))
        return exit;
    if (parser.value(QStringLiteral("out")).isEmpty())
        return cli.usage(Tr::tr("--out needs the file to write."));
    const QString language = cli.documentLanguage();
    return withStore(cli, [&](IncidentStore& store) {
        return writeRegister(cli, store, language, parser.value(QStringLiteral("out")));
    });
}

int draftVerb(const QStringList& args)
{
    CliContext cli(QStringLiteral("incident draft"), args);
    QCommandLineParser parser;
    const QCommandLineOption kind = kindOption(Tr::tr("authority or subjects."));
    int exit = 0;
    if (!parseVerb(cli, parser, {idOption(), kind, outOption()}, Tr::tr("Write a draft notification (.pdf or .txt)."),
                   &exit))
        return exit;
    const auto id = requiredId(cli, parser, &exit);
    if (!id)
        return exit;
    const QString out = parser.value(QStringLiteral("out"));
    if (out.isEmpty())
        return cli.usage(Tr::tr("--out needs the file to write."));
    const QString language = cli.documentLanguage();
    IncidentDraft::Kind draftKind = IncidentDraft::Kind::Authority;
    if (!IncidentDraft::kindFromName(parser.value(kind), &draftKind))
        return cli.usage(Tr::tr("--kind is authority or subjects."));
    return withIncident(cli, *id, [&](IncidentStore&, const Incident& incident) {
        QString error;
        if (!IncidentDraft::write(incident, draftKind, language, out, &error))
            return cli.fail(error);
        return finish(cli, incident.raw, Tr::tr("Draft written to %1.").arg(out));
    });
}

} // namespace

namespace Commands {

QList<Verb> incidentVerbs()
{
    return {
        {QStringLiteral("open"), openVerb},
        {QStringLiteral("list"), listVerb},
        {QStringLiteral("show"), showVerb},
        {QStringLiteral("tick"), tickVerb},
        {QStringLiteral("triage"), triageVerb},
        {QStringLiteral("describe"), describeVerb},
        {QStringLiteral("notify"), notifyVerb},
        {QStringLiteral("close"), closeVerb},
        {QStringLiteral("find"), findVerb},
        {QStringLiteral("affected"), affectedVerb},
        {QStringLiteral("register"), registerVerb, Verb::Gui::Always},
        {QStringLiteral("draft"), draftVerb, Verb::Gui::Always},
    };
}

} // namespace Commands
