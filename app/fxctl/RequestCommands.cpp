// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliContext.h"
#include "Commands.h"

#include "core/TimeFormat.h"
#include "export/ExportApproval.h"
#include "requests/ExtensionNote.h"
#include "requests/RequestStore.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(fxctl)
};

// A field as a person reads it: dates and times by TimeFormat, the rest as stored.
QString humanValue(const QString& field, const QJsonValue& value)
{
    if (field.endsWith(QLatin1String("_on")))
        if (const QDate day = QDate::fromString(value.toString(), Qt::ISODate); day.isValid())
            return TimeFormat::date(day);
    if (field.endsWith(QLatin1String("_at")) || field == QLatin1String("at"))
        if (const QDateTime at = QDateTime::fromString(value.toString(), Qt::ISODateWithMs); at.isValid())
            return TimeFormat::dateTime(at);
    return value.toVariant().toString();
}

void printRequest(const CliContext& cli, const QJsonObject& request)
{
    if (cli.json()) {
        cli.printJson(request);
        return;
    }
    static const char* const fields[] = {
        "id",          "user_id",  "kind",      "status",    "ticket",          "identity_check",
        "received_on", "due_on",   "days_left", "overdue",   "extended_months", "extension_reason",
        "opened_by",   "assignee", "closed_by", "closed_at", "close_reason",    "export_sha256"};
    for (const char* field : fields) {
        const QJsonValue value = request.value(QLatin1String(field));
        if (!value.isNull() && !value.isUndefined())
            cli.print(QStringLiteral("%1 %2")
                          .arg(QLatin1String(field) + QLatin1Char(':'), -18)
                          .arg(humanValue(QLatin1String(field), value)));
    }
    for (const QJsonValue& event : request.value(QLatin1String("events")).toArray()) {
        const QJsonObject e = event.toObject();
        cli.print(QStringLiteral("  %1  %2  %3  %4")
                      .arg(humanValue(QStringLiteral("at"), e.value(QLatin1String("at"))),
                           e.value(QLatin1String("staff")).toString(), e.value(QLatin1String("event")).toString(),
                           e.value(QLatin1String("note")).toString()));
    }
}

int open(const QStringList& args)
{
    CliContext cli(QStringLiteral("request open"), args);
    QCommandLineParser parser;
    const QCommandLineOption kind(QStringLiteral("kind"),
                                  Tr::tr("export, erasure, rectification, restriction or objection."),
                                  QStringLiteral("kind"));
    const QCommandLineOption user(QStringLiteral("user"), Tr::tr("The learner's id."), QStringLiteral("id"));
    const QCommandLineOption ticket(QStringLiteral("ticket"), Tr::tr("Ticket reference."), QStringLiteral("ref"));
    const QCommandLineOption identity(QStringLiteral("identity"), Tr::tr("How the requester's identity was verified."),
                                      QStringLiteral("note"));
    const QCommandLineOption received(QStringLiteral("received"),
                                      Tr::tr("Date the request was received, YYYY-MM-DD (default: today)."),
                                      QStringLiteral("date"));
    parser.addOptions({kind, user, ticket, identity, received});
    if (auto exit = cli.parse(parser, Tr::tr("Open a data-subject request; the database sets its deadline.")))
        return *exit;
    const auto userId = CliContext::positiveId(parser.value(user));
    if (!userId)
        return cli.usage(Tr::tr("--user needs the learner's id, a positive number."));
    if (!RequestStore::kinds().contains(parser.value(kind)))
        return cli.usage(Tr::tr("--kind must be one of: %1.").arg(RequestStore::kinds().join(QStringLiteral(", "))));
    QDate receivedOn;
    if (parser.isSet(received)) {
        receivedOn = QDate::fromString(parser.value(received), Qt::ISODate);
        if (!receivedOn.isValid())
            return cli.usage(Tr::tr("--received needs a date as YYYY-MM-DD."));
    }
    DatabaseConnection connection;
    if (!cli.connect(connection))
        return CliContext::Failed;
    QJsonObject request;
    QString error;
    if (!RequestStore(connection.database())
             .open(*userId, parser.value(kind), parser.value(ticket), parser.value(identity), receivedOn, &request,
                   &error))
        return cli.fail(error);
    if (cli.json())
        cli.printJson(QJsonObject{{QStringLiteral("id"), request.value(QLatin1String("id"))},
                                  {QStringLiteral("due"), request.value(QLatin1String("due_on"))},
                                  {QStringLiteral("request"), request}});
    else
        cli.print(Tr::tr("Request %1 opened; due %2.")
                      .arg(request.value(QLatin1String("id")).toInteger())
                      .arg(humanValue(QStringLiteral("due_on"), request.value(QLatin1String("due_on")))));
    return CliContext::Ok;
}

int list(const QStringList& args)
{
    CliContext cli(QStringLiteral("request list"), args);
    QCommandLineParser parser;
    const QCommandLineOption kind(QStringLiteral("kind"), Tr::tr("Only this kind."), QStringLiteral("kind"));
    const QCommandLineOption status(QStringLiteral("status"),
                                    Tr::tr("open, closed, or one status (new, in_progress, fulfilled, rejected, "
                                           "withdrawn); default: open."),
                                    QStringLiteral("status"), QStringLiteral("open"));
    const QCommandLineOption assignee(QStringLiteral("assignee"), Tr::tr("Only requests of this login; - for none."),
                                      QStringLiteral("login"));
    const QCommandLineOption user(QStringLiteral("user"), Tr::tr("Only requests of this learner."),
                                  QStringLiteral("id"));
    parser.addOptions({kind, status, assignee, user});
    if (auto exit = cli.parse(parser, Tr::tr("The request queue, soonest deadline first.")))
        return *exit;
    DatabaseConnection connection;
    if (!cli.connect(connection))
        return CliContext::Failed;
    RequestFilter filter{parser.value(kind), parser.value(status), parser.value(assignee),
                         parser.value(user).toLongLong()};
    QList<RequestRow> rows;
    QString error;
    if (!RequestStore(connection.database()).list(filter, &rows, &error))
        return cli.fail(error);
    QJsonArray array;
    for (const RequestRow& r : rows) {
        array.append(QJsonObject{{QStringLiteral("id"), r.id},
                                 {QStringLiteral("userId"), r.userId},
                                 {QStringLiteral("kind"), r.kind},
                                 {QStringLiteral("status"), r.status},
                                 {QStringLiteral("ticket"), r.ticket},
                                 {QStringLiteral("received"), r.receivedOn.toString(Qt::ISODate)},
                                 {QStringLiteral("due"), r.dueOn.toString(Qt::ISODate)},
                                 {QStringLiteral("daysLeft"), r.daysLeft},
                                 {QStringLiteral("overdue"), r.overdue},
                                 {QStringLiteral("assignee"), r.assignee}});
        if (!cli.json())
            cli.print(QStringLiteral("%1  %2  %3  %4  %5  %6  %7")
                          .arg(r.id, 6)
                          .arg(r.kind, -13)
                          .arg(r.status, -11)
                          .arg(TimeFormat::date(r.dueOn), -11)
                          .arg(r.overdue ? Tr::tr("OVERDUE") : Tr::tr("%Ln day(s) left", nullptr, r.daysLeft), -14)
                          .arg(r.userId, 8)
                          .arg(r.ticket));
    }
    if (cli.json())
        cli.printJson(array);
    else if (rows.isEmpty())
        cli.info(Tr::tr("No request matches."));
    return CliContext::Ok;
}

// show, extend, start, approve, fulfil, reject, withdraw, assign: one request id and a few options.
int change(const QString& verb, const QStringList& args)
{
    CliContext cli(QStringLiteral("request ") + verb, args);
    QCommandLineParser parser;
    const QCommandLineOption months(QStringLiteral("months"), Tr::tr("Further months, 1 or 2."), QStringLiteral("n"),
                                    QStringLiteral("2"));
    const QCommandLineOption reason(QStringLiteral("reason"), Tr::tr("Why (required)."), QStringLiteral("text"));
    const QCommandLineOption to(QStringLiteral("to"), Tr::tr("Staff login; empty to unassign."),
                                QStringLiteral("login"));
    QString description;
    if (verb == QLatin1String("show")) {
        description = Tr::tr("Show a request with its history.");
    } else if (verb == QLatin1String("extend")) {
        parser.addOptions({months, reason});
        description = Tr::tr("Extend the deadline by up to two months (Art. 12(3)), inside the first month.");
    } else if (verb == QLatin1String("assign")) {
        parser.addOption(to);
        description = Tr::tr("Assign a request to a staff member.");
    } else if (verb == QLatin1String("start")) {
        description = Tr::tr("Mark a new request as in progress.");
    } else if (verb == QLatin1String("approve")) {
        parser.addOption(reason);
        description = Tr::tr("Approve an export request (four eyes; the data protection officer), with a reason.");
    } else {
        parser.addOption(reason);
        description = Tr::tr("Close a request as %1, with a note.").arg(verb);
    }
    parser.addPositionalArgument(QStringLiteral("id"), Tr::tr("The request's id."));
    if (auto exit = cli.parse(parser, description, 1))
        return *exit;
    const auto id = CliContext::positiveId(cli.positionals().first());
    if (!id)
        return cli.usage(Tr::tr("The request's id is a positive number."));
    DatabaseConnection connection;
    if (!cli.connect(connection))
        return CliContext::Failed;
    RequestStore store(connection.database());
    QJsonObject request;
    QString error;
    bool ok = false;
    if (verb == QLatin1String("show"))
        ok = store.get(*id, &request, &error);
    else if (verb == QLatin1String("extend"))
        ok = store.extend(*id, parser.value(months).toInt(), parser.value(reason), &request, &error);
    else if (verb == QLatin1String("assign"))
        ok = store.assign(*id, parser.value(to), &request, &error);
    else if (verb == QLatin1String("start"))
        ok = store.setStatus(*id, QStringLiteral("in_progress"), QString(), &request, &error);
    else if (verb == QLatin1String("approve"))
        ok = ExportApproval(connection.database()).approve(*id, parser.value(reason), &request, &error);
    else
        ok = store.setStatus(*id,
                             verb == QLatin1String("fulfil")   ? QStringLiteral("fulfilled")
                             : verb == QLatin1String("reject") ? QStringLiteral("rejected")
                                                               : QStringLiteral("withdrawn"),
                             parser.value(reason), &request, &error);
    if (!ok)
        return cli.fail(error);
    const bool extended = verb == QLatin1String("extend");
    if (extended)
        request.insert(QStringLiteral("note"), ExtensionNote::text(request));
    printRequest(cli, request);
    if (extended && !cli.json())
        cli.print(QLatin1Char('\n') + Tr::tr("Note for the requester:") + QLatin1Char('\n') +
                  request.value(QLatin1String("note")).toString());
    return CliContext::Ok;
}

} // namespace

namespace Commands {

QList<Verb> requestVerbs()
{
    QList<Verb> verbs{{QStringLiteral("open"), open}, {QStringLiteral("list"), list}};
    for (const char* name : {"show", "extend", "assign", "start", "approve", "fulfil", "reject", "withdraw"}) {
        const QString verb = QString::fromLatin1(name);
        verbs.append({verb, [verb](const QStringList& args) { return change(verb, args); }});
    }
    return verbs;
}

} // namespace Commands
