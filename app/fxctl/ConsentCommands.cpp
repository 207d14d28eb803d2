// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliContext.h"
#include "Commands.h"

#include "core/TimeFormat.h"
#include "privacy/ConsentHistory.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace {

// lupdate reads the context from here; free functions have no class to take it from.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(fxctl)
};

QString sourceText(const ConsentEvent& e)
{
    if (e.source == QLatin1String("support"))
        return Tr::tr("support, ticket %1").arg(e.ticket);
    if (e.source == QLatin1String("console"))
        return Tr::tr("privacy console");
    return Tr::tr("the platform");
}

// consent history ID [--at TIME]: every opt-in and withdrawal, and what was in force at TIME.
int history(const QStringList& args)
{
    CliContext cli(QStringLiteral("consent history"), args);
    QCommandLineParser parser;
    const QCommandLineOption ticket(QStringLiteral("ticket"), Tr::tr("Ticket reference (required for support)."),
                                    QStringLiteral("ref"));
    const QCommandLineOption purpose(QStringLiteral("purpose"),
                                     Tr::tr("Purpose of the access (the DPO may give it instead of a ticket)."),
                                     QStringLiteral("text"));
    const QCommandLineOption at(QStringLiteral("at"),
                                Tr::tr("Show the consent in force at this time (ISO 8601, such as 2026-03-01T12:00Z)."),
                                QStringLiteral("time"));
    parser.addOptions({ticket, purpose, at});
    parser.addPositionalArgument(QStringLiteral("id"), Tr::tr("The learner's id."));
    if (auto exit = cli.parse(parser, Tr::tr("Show a learner's marketing consent over time (Art. 7(1) GDPR)."), 1))
        return *exit;
    const auto id = CliContext::positiveId(cli.positionals().first());
    if (!id)
        return cli.usage(Tr::tr("The learner's id is a positive number."));
    QDateTime when;
    if (parser.isSet(at)) {
        when = QDateTime::fromString(parser.value(at), Qt::ISODateWithMs);
        if (!when.isValid())
            when = QDateTime(QDate::fromString(parser.value(at), Qt::ISODate).addDays(1), QTime(0, 0), Qt::UTC)
                       .addMSecs(-1);
        if (!when.isValid())
            return cli.usage(Tr::tr("--at takes a date or a time in ISO 8601, such as 2026-03-01 or "
                                    "2026-03-01T12:00Z."));
    }
    DatabaseConnection connection;
    if (!cli.connect(connection))
        return CliContext::Failed;
    ConsentState state;
    QString error;
    if (!ConsentHistory(connection.database())
             .read(*id, when, {parser.value(ticket), parser.value(purpose)}, &state, &error))
        return cli.fail(error);
    if (cli.json()) {
        QJsonArray events;
        for (const ConsentEvent& e : state.events)
            events.append(QJsonObject{{QStringLiteral("at"), e.at.toUTC().toString(Qt::ISODateWithMs)},
                                      {QStringLiteral("marketing"), e.marketing},
                                      {QStringLiteral("source"), e.source},
                                      {QStringLiteral("ticket"), e.ticket.isEmpty() ? QJsonValue() : e.ticket},
                                      {QStringLiteral("policyVersion"), e.policyVersion}});
        cli.printJson(
            QJsonObject{{QStringLiteral("id"), *id},
                        {QStringLiteral("at"), state.at.toUTC().toString(Qt::ISODateWithMs)},
                        {QStringLiteral("marketing"), state.known && state.marketing},
                        {QStringLiteral("since"),
                         state.known ? QJsonValue(state.since.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue()},
                        {QStringLiteral("events"), events}});
        return CliContext::Ok;
    }
    for (const ConsentEvent& e : state.events)
        cli.print(QStringLiteral("%1  %2  %3  %4")
                      .arg(TimeFormat::dateTimeSeconds(e.at), -22)
                      .arg(e.marketing ? Tr::tr("opted in") : Tr::tr("withdrawn"), -12)
                      .arg(Tr::tr("policy %1").arg(e.policyVersion), -14)
                      .arg(sourceText(e)));
    if (!state.known)
        cli.print(Tr::tr("At %1 no consent was recorded.").arg(TimeFormat::dateTimeWithZone(state.at)));
    else
        cli.print((state.marketing ? Tr::tr("At %1 marketing consent was given, since %2, under policy %3.")
                                   : Tr::tr("At %1 marketing consent was not given (since %2, under policy %3)."))
                      .arg(TimeFormat::dateTimeWithZone(state.at), TimeFormat::dateTimeWithZone(state.since),
                           state.policyVersion));
    return CliContext::Ok;
}

} // namespace

QList<Verb> Commands::consentVerbs()
{
    return {{QStringLiteral("history"), history}};
}
