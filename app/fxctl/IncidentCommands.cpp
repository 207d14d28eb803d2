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

void printIncident(const CliContext& cli, const QJsonObject& incident)
{
    const auto time = [&](const char* key) {
        return IncidentTexts::localTime(
            QDateTime::fromString(incident.value(QLatin1String(key)).toString(), Qt::ISODateWithMs));
    };
    const qint64 left = incident.value(QLatin1String("seconds_left")).toInteger();
    const auto clock = IncidentTexts::clock(incident.value(QLatin1String("status")).toString(),
                                            incident.value(QLatin1String("authority_state")).toString(), left);
    cli.print(Tr::tr("Incident %1: %2")
                  .arg(incident.value(QLatin1String("id")).toInteger())
                  .arg(incident.value(QLatin1String("title")).toString()));
    cli.print(Tr::tr("Aware since %1; the authority must be notified by %2 (%3).")
                  .arg(time("aware_at"), time("authority_deadline"), IncidentTexts::clockText(clock, left)));
    cli.print(Tr::tr("Risk: %1").arg(IncidentTexts::risk(incident.value(QLatin1String("risk")).toString())));
    const QJsonArray items = incident.value(QLatin1String("items")).toArray();
    for (const QJsonValue& value : items) {
        const QJsonObject item = value.toObject();
        const bool done = !item.value(QLatin1String("done_at")).toString().isEmpty();
        cli.print(QStringLiteral("  [%1] %2.%3%4  %5")
                      .arg(done ? QLatin1Char('x') : QLatin1Char(' '))
                      .arg(item.value(QLatin1String("section")).toString(), item.value(QLatin1String("key")).toString())
                      .arg(item.value(QLatin1String("required")).toBool() ? QStringLiteral(" *") : QString())
                      .arg(item.value(QLatin1String("title_en")).toString()));
    }
    for (const QJsonValue& value : incident.value(QLatin1String("notices")).toArray()) {
        const QJsonObject n = value.toObject();
        cli.print(Tr::tr("Notice to the %1, phase %2, %3%4")
                      .arg(IncidentTexts::noticeKind(n.value(QLatin1String("kind")).toString()))
                      .arg(n.value(QLatin1String("phase")).toInteger())
                      .arg(IncidentTexts::localTime(
                          QDateTime::fromString(n.value(QLatin1String("sent_at")).toString(), Qt::ISODateWithMs)))
                      .arg(n.value(QLatin1String("late")).toBool() ? Tr::tr(" (late)") : QString()));
    }
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
    cli.print(Tr::tr("%n people", nullptr, int(result.value(QLatin1String("people")).toInteger())));
    if (result.value(QLatin1String("categories_estimated")).toBool())
        cli.print(Tr::tr("People per data category, estimated from a sample of 5,000:"));
    const QJsonObject categories = result.value(QLatin1String("categories")).toObject();
    for (auto it = categories.begin(); it != categories.end(); ++it)
        cli.print(
            QStringLiteral("  %1 %2").arg(IncidentTexts::dataCategory(it.key()), -28).arg(it.value().toInteger()));
    if (attachTo)
        cli.print(Tr::tr("Attached to incident %1 as finding %2.")
                      .arg(*attachTo)
                      .arg(result.value(QLatin1String("id")).toInteger()));
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
                  Tr::tr("%n people written to %1.", nullptr, int(people.size())).arg(path));
}

int writeRegister(const CliContext& cli, IncidentStore& store, const QString& language, const QString& path)
{
    QString error;
    QList<QJsonObject> entries;
    if (!store.registerForSaving(path, &entries, &error) || !BreachRegister::write(entries, language, path, &error))
        return cli.fail(error);
    return finish(cli, {{QStringLiteral("incidents"), entries.size()}},
                  Tr::tr("%n incidents written to %1.", nullptr, int(entries.size())).arg(path));
}

} // namespace

namespace Commands {

int incident(const QString& verb, const QStringList& args)
{
    static const QStringList verbs{QStringLiteral("open"),     QStringLiteral("list"),     QStringLiteral("show"),
                                   QStringLiteral("tick"),     QStringLiteral("triage"),   QStringLiteral("describe"),
                                   QStringLiteral("notify"),   QStringLiteral("close"),    QStringLiteral("find"),
                                   QStringLiteral("affected"), QStringLiteral("register"), QStringLiteral("draft")};
    CliContext cli(QStringLiteral("incident ") + verb, args);
    if (!verbs.contains(verb))
        return cli.usage(Tr::tr("Use incident %1.").arg(verbs.join(QLatin1Char('|'))));

    QCommandLineParser parser;
    const QCommandLineOption id(QStringLiteral("id"), Tr::tr("The incident's number."), QStringLiteral("n"));
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
    const QCommandLineOption item(QStringLiteral("item"), Tr::tr("The checklist item, as section.key."),
                                  QStringLiteral("item"));
    const QCommandLineOption note(QStringLiteral("note"), Tr::tr("A note."), QStringLiteral("text"));
    const QCommandLineOption undo(QStringLiteral("undo"), Tr::tr("Untick the item."));
    const QCommandLineOption risk(QStringLiteral("risk"), Tr::tr("none, risk or high_risk."), QStringLiteral("level"));
    const QCommandLineOption reasoning(QStringLiteral("reasoning"), Tr::tr("Why."), QStringLiteral("text"));
    const QCommandLineOption exception(QStringLiteral("exception"), Tr::tr("a, b or c of Art. 34(3)."),
                                       QStringLiteral("letter"));
    const QCommandLineOption exceptionReasoning(QStringLiteral("exception-reasoning"),
                                                Tr::tr("Why the exception applies."), QStringLiteral("text"));
    const QCommandLineOption set(QStringLiteral("set"), describeHelp(), QStringLiteral("key=value"));
    const QCommandLineOption kind(QStringLiteral("kind"), Tr::tr("authority, subjects or public."),
                                  QStringLiteral("kind"));
    const QCommandLineOption reference(QStringLiteral("reference"), Tr::tr("The authority's reference."),
                                       QStringLiteral("text"));
    const QCommandLineOption delay(QStringLiteral("delay-reasons"), Tr::tr("Why the notice comes after 72 hours."),
                                   QStringLiteral("text"));
    const QCommandLineOption summary(QStringLiteral("summary"), Tr::tr("The outcome."), QStringLiteral("text"));
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
    const QCommandLineOption finding(QStringLiteral("finding"), Tr::tr("The attached finding's number."),
                                     QStringLiteral("n"));
    const QCommandLineOption out(QStringLiteral("out"), Tr::tr("The file to write."), QStringLiteral("file"));
    const QCommandLineOption lang(QStringLiteral("lang"), Tr::tr("de or en."), QStringLiteral("language"));

    QString help;
    if (verb == QLatin1String("open")) {
        parser.addOptions({title, awareAt, detectedAt, description, reportedBy, templates});
        help = Tr::tr("Open an incident; the 72-hour clock starts when the organisation became aware.");
    } else if (verb == QLatin1String("list")) {
        help = Tr::tr("Incidents, open ones first, by deadline.");
    } else if (verb == QLatin1String("show")) {
        parser.addOption(id);
        help = Tr::tr("An incident with its checklist and notices.");
    } else if (verb == QLatin1String("tick")) {
        parser.addOptions({id, item, note, undo});
        help = Tr::tr("Tick a checklist item.");
    } else if (verb == QLatin1String("triage")) {
        parser.addOptions({id, risk, reasoning, exception, exceptionReasoning});
        help = Tr::tr("Assess the risk to the people concerned.");
    } else if (verb == QLatin1String("describe")) {
        parser.addOptions({id, set});
        help = Tr::tr("Set the content of Art. 33(3).");
    } else if (verb == QLatin1String("notify")) {
        parser.addOptions({id, kind, reference, note, delay});
        help = Tr::tr("Record a notice as sent.");
    } else if (verb == QLatin1String("close")) {
        parser.addOptions({id, summary});
        help = Tr::tr("Close an incident.");
    } else if (verb == QLatin1String("find")) {
        parser.addOptions({from, to, network, course, payment, processor, attach, id});
        help = Tr::tr("Count the people a breach concerns, by criteria.");
    } else if (verb == QLatin1String("affected")) {
        parser.addOptions({finding, out});
        help = Tr::tr("Write the people of an attached finding as CSV (DPO only, logged).");
    } else if (verb == QLatin1String("register")) {
        parser.addOptions({out, lang});
        help = Tr::tr("Write the breach register (.csv or .pdf).");
    } else {
        parser.addOptions({id, kind, lang, out});
        help = Tr::tr("Write a draft notification (.pdf or .txt).");
    }
    if (auto exit = cli.parse(parser, help))
        return *exit;

    const auto incidentId = CliContext::positiveId(parser.value(id));
    const bool needsId = parser.optionNames().contains(QStringLiteral("id")) &&
                         !(verb == QLatin1String("find") && !parser.isSet(attach));
    if (needsId && !incidentId)
        return cli.usage(Tr::tr("--id needs the incident's number, a positive number."));
    if ((verb == QLatin1String("affected") || verb == QLatin1String("register") || verb == QLatin1String("draft")) &&
        parser.value(out).isEmpty())
        return cli.usage(Tr::tr("--out needs the file to write."));
    QString language = parser.value(lang);
    if (verb == QLatin1String("draft") || verb == QLatin1String("register")) {
        if (language.isEmpty())
            language = QStringLiteral("en");
        if (language != QLatin1String("de") && language != QLatin1String("en"))
            return cli.usage(Tr::tr("--lang is de or en."));
    }
    IncidentDraft::Kind draftKind = IncidentDraft::Kind::Authority;
    if (verb == QLatin1String("draft") && !IncidentDraft::kindFromName(parser.value(kind), &draftKind))
        return cli.usage(Tr::tr("--kind is authority or subjects."));
    QDateTime aware, detected, windowFrom, windowTo;
    if (!parseTime(parser.value(awareAt), &aware) || !parseTime(parser.value(detectedAt), &detected) ||
        !parseTime(parser.value(from), &windowFrom) || !parseTime(parser.value(to), &windowTo))
        return cli.usage(Tr::tr("Give times in ISO 8601, for example 2026-03-28T10:00:00+01:00."));
    if (verb == QLatin1String("open") && !parser.isSet(awareAt))
        return cli.usage(Tr::tr("--aware-at is required: the 72 hours start when the organisation became aware."));
    QList<ChecklistItem> checklist;
    if (verb == QLatin1String("open")) {
        QString error;
        const bool loaded = parser.isSet(templates)
                                ? ChecklistTemplate::load(parser.value(templates), &checklist, &error)
                                : ChecklistTemplate::loadBuiltIn(&checklist, &error);
        if (!loaded)
            return cli.fail(error);
    }
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

    DatabaseConnection connection;
    if (!cli.connect(connection))
        return CliContext::Failed;
    IncidentStore store(connection.database());
    QString error;
    QJsonObject result;

    if (verb == QLatin1String("open")) {
        if (!store.open({parser.value(title), parser.value(description), parser.value(reportedBy), detected, aware},
                        checklist, &result, &error))
            return cli.fail(error);
        return finish(cli, result,
                      Tr::tr("Incident %1 is open; notify the authority by %2.")
                          .arg(result.value(QLatin1String("id")).toInteger())
                          .arg(IncidentTexts::localTime(QDateTime::fromString(
                              result.value(QLatin1String("authority_deadline")).toString(), Qt::ISODateWithMs))));
    }
    if (verb == QLatin1String("list"))
        return listIncidents(cli, store);
    if (verb == QLatin1String("find")) {
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
        return findPeople(cli, store, criteria, parser.isSet(attach) ? incidentId : std::nullopt);
    }
    if (verb == QLatin1String("affected"))
        return writeAffected(cli, store, CliContext::positiveId(parser.value(finding)), parser.value(out));
    if (verb == QLatin1String("register"))
        return writeRegister(cli, store, language, parser.value(out));

    bool ok = true;
    QString message;
    if (verb == QLatin1String("tick")) {
        if (!store.get(*incidentId, &result, &error))
            return cli.fail(error);
        qint64 itemId = 0;
        for (const QJsonValue& value : result.value(QLatin1String("items")).toArray()) {
            const QJsonObject o = value.toObject();
            if (o.value(QLatin1String("section")).toString() + QLatin1Char('.') +
                    o.value(QLatin1String("key")).toString() ==
                parser.value(item))
                itemId = o.value(QLatin1String("id")).toInteger();
        }
        if (itemId == 0)
            return cli.usage(Tr::tr("--item names no item of this incident; see incident show."));
        ok = store.tick(itemId, !parser.isSet(undo), parser.value(note), &error);
        message = parser.isSet(undo) ? Tr::tr("Unticked.") : Tr::tr("Ticked.");
    } else if (verb == QLatin1String("triage")) {
        ok = store.triage(*incidentId, parser.value(risk), parser.value(reasoning), parser.value(exception),
                          parser.value(exceptionReasoning), &error);
        message = Tr::tr("Risk recorded.");
    } else if (verb == QLatin1String("describe")) {
        if (fields.isEmpty())
            return cli.usage(Tr::tr("Give at least one --set key=value."));
        ok = store.describe(*incidentId, fields, &error);
        message = Tr::tr("Saved.");
    } else if (verb == QLatin1String("notify")) {
        ok = store.notify(*incidentId, parser.value(kind), parser.value(reference), parser.value(note),
                          parser.value(delay), &result, &error);
        message = Tr::tr("Notice recorded (phase %1).").arg(result.value(QLatin1String("phase")).toInteger());
    } else if (verb == QLatin1String("close")) {
        ok = store.close(*incidentId, parser.value(summary), &error);
        message = Tr::tr("Incident %1 is closed.").arg(*incidentId);
    }
    if (!ok)
        return cli.fail(error);
    if (verb == QLatin1String("notify"))
        message = Tr::tr("Notice recorded (phase %1).").arg(result.value(QLatin1String("phase")).toInteger());
    if (!store.get(*incidentId, &result, &error))
        return cli.fail(error);
    if (verb == QLatin1String("show")) {
        if (cli.json())
            cli.printJson(result);
        else
            printIncident(cli, result);
        return CliContext::Ok;
    }
    if (verb == QLatin1String("draft")) {
        if (!IncidentDraft::write(result, draftKind, language, parser.value(out), &error))
            return cli.fail(error);
        message = Tr::tr("Draft written to %1.").arg(parser.value(out));
    }
    return finish(cli, result, message);
}

} // namespace Commands
