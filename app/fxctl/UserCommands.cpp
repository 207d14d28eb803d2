// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliContext.h"
#include "Commands.h"

#include "core/TimeFormat.h"
#include "privacy/UserDirectory.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

// lupdate reads the context from here; free functions have no class to take it from.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(fxctl)
};

const QCommandLineOption& ticketOption()
{
    static const QCommandLineOption option(QStringLiteral("ticket"), Tr::tr("Ticket reference (required for support)."),
                                           QStringLiteral("ref"));
    return option;
}

const QCommandLineOption& purposeOption()
{
    static const QCommandLineOption option(QStringLiteral("purpose"),
                                           Tr::tr("Purpose of the access (the DPO may give it instead of a ticket)."),
                                           QStringLiteral("text"));
    return option;
}

AccessContext context(const QCommandLineParser& parser)
{
    return {parser.value(ticketOption()), parser.value(purposeOption())};
}

// Arguments arrive as bytes; undecodable ones become U+FFFD and would search for garbage.
bool validText(const QString& text)
{
    return !text.contains(QChar::ReplacementCharacter) && !text.contains(QChar(0));
}

int lookup(const QStringList& args)
{
    CliContext cli(QStringLiteral("lookup"), args);
    QCommandLineParser parser;
    const QCommandLineOption limit(QStringLiteral("limit"), Tr::tr("At most this many results."), QStringLiteral("n"),
                                   QStringLiteral("50"));
    parser.addOptions({ticketOption(), purposeOption(), limit});
    parser.addPositionalArgument(QStringLiteral("query"),
                                 Tr::tr("Email, name, user id, public id, IP address or network, or invoice number."));
    if (auto exit = cli.parse(parser, Tr::tr("Find learners, as your role sees them (masked for support)."), 1))
        return *exit;
    const QString query = cli.positionals().first();
    if (!validText(query))
        return cli.fail(Tr::tr("The search text is not valid UTF-8 text."));
    DatabaseConnection connection;
    if (!cli.connect(connection))
        return CliContext::Failed;
    QList<LookupHit> hits;
    QString error;
    if (!UserDirectory(connection.database())
             .lookup(query, context(parser), parser.value(limit).toInt(), &hits, &error))
        return cli.fail(error);
    QJsonArray array;
    for (const LookupHit& h : hits) {
        array.append(QJsonObject{{QStringLiteral("id"), h.userId},
                                 {QStringLiteral("publicId"), h.publicId},
                                 {QStringLiteral("name"), h.name},
                                 {QStringLiteral("email"), h.email},
                                 {QStringLiteral("status"), h.status},
                                 {QStringLiteral("matched"), h.matched},
                                 {QStringLiteral("score"), h.score}});
        if (!cli.json())
            cli.print(QStringLiteral("%1  %2  %3  %4  %5")
                          .arg(h.userId, 8)
                          .arg(h.name, -32)
                          .arg(h.email, -36)
                          .arg(h.status, -7)
                          .arg(h.matched));
    }
    if (cli.json())
        cli.printJson(array);
    else if (hits.isEmpty())
        cli.info(Tr::tr("No learner matches."));
    return CliContext::Ok;
}

int show(const QStringList& args)
{
    CliContext cli(QStringLiteral("user show"), args);
    QCommandLineParser parser;
    const QCommandLineOption category(QStringLiteral("category"),
                                      Tr::tr("One table of the data map, as the summary lists them."),
                                      QStringLiteral("table"));
    const QCommandLineOption after(QStringLiteral("after"), Tr::tr("Rows after this row id (paging)."),
                                   QStringLiteral("id"), QStringLiteral("0"));
    const QCommandLineOption limit(QStringLiteral("limit"), Tr::tr("Rows per page."), QStringLiteral("n"),
                                   QStringLiteral("100"));
    parser.addOptions({ticketOption(), purposeOption(), category, after, limit});
    parser.addPositionalArgument(QStringLiteral("id"), Tr::tr("The learner's id."));
    if (auto exit = cli.parse(parser, Tr::tr("Show a learner's data: the summary, or one category."), 1))
        return *exit;
    const auto id = CliContext::positiveId(cli.positionals().first());
    if (!id)
        return cli.usage(Tr::tr("The learner's id is a positive number."));
    DatabaseConnection connection;
    if (!cli.connect(connection))
        return CliContext::Failed;
    UserDirectory users(connection.database());
    QString error;
    if (!parser.isSet(category)) {
        QJsonObject summary;
        if (!users.summary(*id, context(parser), &summary, &error))
            return cli.fail(error);
        if (cli.json()) {
            cli.printJson(summary);
        } else {
            const QJsonObject account = summary.value(QStringLiteral("account")).toObject();
            for (auto it = account.constBegin(); it != account.constEnd(); ++it) {
                const QDateTime at = it.key().endsWith(QLatin1String("_at"))
                                         ? QDateTime::fromString(it.value().toString(), Qt::ISODateWithMs)
                                         : QDateTime();
                cli.print(QStringLiteral("%1 %2")
                              .arg(it.key() + QLatin1Char(':'), -26)
                              .arg(at.isValid() ? TimeFormat::dateTime(at) : it.value().toVariant().toString()));
            }
            for (const QJsonValue& field : summary.value(QStringLiteral("fields")).toArray())
                cli.print(QStringLiteral("%1 %2")
                              .arg(field[QLatin1String("column")].toString() + QLatin1Char(':'), -26)
                              .arg(field[QLatin1String("masked")].toBool()
                                       ? Tr::tr("(masked)")
                                       : field[QLatin1String("value")].toVariant().toString()));
            for (const QJsonValue& table : summary.value(QStringLiteral("tables")).toArray())
                cli.print(QStringLiteral("%1 %2")
                              .arg(table[QLatin1String("table")].toString() + QLatin1Char(':'), -26)
                              .arg(table[QLatin1String("rows")].toInteger()));
        }
        return CliContext::Ok;
    }
    QList<CategoryRow> rows;
    if (!users.rows(*id, parser.value(category), parser.value(after).toLongLong(), parser.value(limit).toInt(),
                    context(parser), &rows, &error))
        return cli.fail(error);
    QJsonArray array;
    for (const CategoryRow& r : rows) {
        QJsonObject row = r.data;
        row.insert(QStringLiteral("rowId"), r.rowId);
        array.append(row);
        if (!cli.json())
            cli.print(QString::fromUtf8(QJsonDocument(row).toJson(QJsonDocument::Compact)));
    }
    if (cli.json())
        cli.printJson(array);
    return CliContext::Ok;
}

int reveal(const QStringList& args)
{
    CliContext cli(QStringLiteral("user reveal"), args);
    QCommandLineParser parser;
    const QCommandLineOption field(QStringLiteral("field"), Tr::tr("email, or table.column of a masked column."),
                                   QStringLiteral("field"));
    const QCommandLineOption row(QStringLiteral("row"),
                                 Tr::tr("Row id of the row, as \"user show --category\" gives it."),
                                 QStringLiteral("id"));
    const QCommandLineOption reason(QStringLiteral("reason"), Tr::tr("Why the field must be seen (logged)."),
                                    QStringLiteral("text"));
    parser.addOptions({ticketOption(), field, row, reason});
    parser.addPositionalArgument(QStringLiteral("id"), Tr::tr("The learner's id."));
    if (auto exit = cli.parse(parser, Tr::tr("Reveal one masked field, with a reason that is logged."), 1))
        return *exit;
    const auto id = CliContext::positiveId(cli.positionals().first());
    if (!id)
        return cli.usage(Tr::tr("The learner's id is a positive number."));
    if (!UserDirectory::isRevealableField(parser.value(field)))
        return cli.usage(Tr::tr("--field takes email, or table.column of a masked column."));
    DatabaseConnection connection;
    if (!cli.connect(connection))
        return CliContext::Failed;
    QString value;
    QString error;
    const std::optional<qint64> rowId =
        parser.isSet(row) ? std::optional<qint64>(parser.value(row).toLongLong()) : std::nullopt;
    if (!UserDirectory(connection.database())
             .reveal(*id, parser.value(field), rowId, parser.value(ticketOption()), parser.value(reason), &value,
                     &error))
        return cli.fail(error);
    if (cli.json())
        cli.printJson(QJsonObject{{QStringLiteral("field"), parser.value(field)}, {QStringLiteral("value"), value}});
    else
        cli.print(value);
    return CliContext::Ok;
}

int operation(const QString& verb, const QStringList& args)
{
    CliContext cli(QStringLiteral("user ") + verb, args);
    QCommandLineParser parser;
    const QCommandLineOption reason(QStringLiteral("reason"), Tr::tr("Why processing is restricted (restrict only)."),
                                    QStringLiteral("text"));
    const QCommandLineOption firstName(QStringLiteral("first-name"), Tr::tr("Corrected first name (rectify only)."),
                                       QStringLiteral("name"));
    const QCommandLineOption lastName(QStringLiteral("last-name"), Tr::tr("Corrected last name (rectify only)."),
                                      QStringLiteral("name"));
    const QCommandLineOption email(QStringLiteral("email"), Tr::tr("Corrected email address (rectify only)."),
                                   QStringLiteral("address"));
    parser.addOptions({ticketOption(), purposeOption()});
    if (verb == QLatin1String("restrict"))
        parser.addOption(reason);
    if (verb == QLatin1String("rectify"))
        parser.addOptions({firstName, lastName, email});
    parser.addPositionalArgument(QStringLiteral("id"), Tr::tr("The learner's id."));
    if (auto exit = cli.parse(parser, Tr::tr("Run an account operation; it is logged."), 1))
        return *exit;
    const auto id = CliContext::positiveId(cli.positionals().first());
    if (!id)
        return cli.usage(Tr::tr("The learner's id is a positive number."));
    for (const QString& text :
         {parser.value(firstName), parser.value(lastName), parser.value(email), parser.value(reason)}) {
        if (!validText(text))
            return cli.fail(Tr::tr("An argument is not valid UTF-8 text."));
    }
    DatabaseConnection connection;
    if (!cli.connect(connection))
        return CliContext::Failed;
    UserDirectory users(connection.database());
    QJsonObject result;
    QString error;
    bool ok = false;
    if (verb == QLatin1String("rectify"))
        ok = users.rectify(*id, parser.value(firstName), parser.value(lastName), parser.value(email), context(parser),
                           &result, &error);
    else if (verb == QLatin1String("restrict"))
        ok = users.restrictProcessing(*id, parser.value(reason), context(parser), &result, &error);
    else
        ok = users.operate(*id, *UserDirectory::operationFromKey(verb), context(parser), &result, &error);
    if (!ok)
        return cli.fail(error);
    if (cli.json())
        cli.printJson(result);
    else
        cli.print(Tr::tr("Done: %1 on learner %2.").arg(verb).arg(*id));
    return CliContext::Ok;
}

} // namespace

int Commands::lookup(const QStringList& args)
{
    return ::lookup(args);
}

QList<Verb> Commands::userVerbs()
{
    QList<Verb> verbs{{QStringLiteral("show"), show}, {QStringLiteral("reveal"), reveal}};
    for (const char* name :
         {"lock", "unlock", "revoke-sessions", "reset-password", "rectify", "withdraw-consent", "restrict"}) {
        const QString verb = QString::fromLatin1(name);
        verbs.append({verb, [verb](const QStringList& args) { return operation(verb, args); }});
    }
    return verbs;
}
