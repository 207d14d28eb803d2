// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliContext.h"
#include "Commands.h"

#include "core/TimeFormat.h"
#include "export/Csv.h"
#include "home/AuditNotes.h"
#include "privacy/AuditPdfReport.h"
#include "privacy/AuditReport.h"
#include "privacy/AuditSentence.h"
#include "privacy/AuditStore.h"
#include "privacy/AuditVerifier.h"
#include "privacy/Checkpoint.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <functional>

namespace {

// lupdate reads the context from here; free functions have no class to take it from.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(fxctl)
};

QString problemKey(AuditVerifier::Problem p)
{
    switch (p) {
    case AuditVerifier::Problem::None:
        return QStringLiteral("none");
    case AuditVerifier::Problem::Changed:
        return QStringLiteral("changed");
    case AuditVerifier::Problem::Missing:
        return QStringLiteral("missing");
    case AuditVerifier::Problem::Reordered:
        return QStringLiteral("reordered");
    }
    return QString();
}

int verify(const QStringList& args)
{
    CliContext cli(QStringLiteral("audit verify"), args);
    QCommandLineParser parser;
    const QCommandLineOption checkpointOption(
        QStringLiteral("checkpoint"), Tr::tr("Also check against this signed checkpoint."), QStringLiteral("file"));
    const QCommandLineOption publicKey(QStringLiteral("public-key"),
                                       Tr::tr("Require the checkpoint to be signed with this public key."),
                                       QStringLiteral("file"));
    parser.addOptions({checkpointOption, publicKey});
    if (auto exit = cli.parse(parser, Tr::tr("Recompute the access log's hash chain and name the first bad entry.")))
        return *exit;
    Checkpoint checkpoint;
    QString checkpointError;
    if (parser.isSet(checkpointOption)) {
        QFile file(parser.value(checkpointOption));
        if (!file.open(QIODevice::ReadOnly))
            return cli.fail(Tr::tr("Cannot read %1: %2").arg(file.fileName(), file.errorString()));
        if (!Checkpoint::parse(file.readAll(), &checkpoint, &checkpointError) ||
            (parser.isSet(publicKey) && !checkpoint.signedBy(parser.value(publicKey), &checkpointError)))
            return cli.fail(checkpointError);
    }
    DatabaseConnection connection;
    if (!cli.connect(connection))
        return CliContext::Failed;
    AuditVerifier verifier;
    QString error;
    QElapsedTimer timer;
    timer.start();
    if (!verifier.verify(connection.database(), &error))
        return cli.fail(error);
    const auto& r = verifier.result();
    const double seconds = timer.nsecsElapsed() / 1e9;
    QString unnoted; // only a DPO's verification is noted; anyone else's still stands
    AuditNotes::verified(connection.database(), r.entriesChecked, r.intact, &unnoted);
    if (cli.json()) {
        cli.printJson(QJsonObject{{QStringLiteral("intact"), r.intact},
                                  {QStringLiteral("entriesChecked"), r.entriesChecked},
                                  {QStringLiteral("lastGoodId"), r.lastId},
                                  {QStringLiteral("headHash"), QString::fromLatin1(r.headHash.toHex())},
                                  {QStringLiteral("problem"), problemKey(r.problem)},
                                  {QStringLiteral("badId"), r.badId},
                                  {QStringLiteral("message"), r.message},
                                  {QStringLiteral("seconds"), seconds}});
    } else if (r.intact) {
        cli.print(Tr::tr("The access log is intact up to entry %1, head hash %2 (%L3 entries in %4 s).")
                      .arg(r.lastId)
                      .arg(QString::fromLatin1(r.headHash.toHex()))
                      .arg(r.entriesChecked)
                      .arg(seconds, 0, 'f', 2));
    }
    if (!r.intact) {
        return cli.fail(
            Tr::tr("The access log is broken: %1 Entries up to %2 are intact.").arg(r.message).arg(r.lastId));
    }
    if (parser.isSet(checkpointOption)) {
        QString verdict;
        if (!AuditStore(connection.database()).checkAgainst(checkpoint, r, &verdict))
            return cli.fail(verdict);
        cli.info(verdict);
    }
    return CliContext::Ok;
}

// --since --until --staff --role --action --subject --ticket --no-ticket --anomalies
struct FilterOptions {
    QCommandLineOption since{QStringLiteral("since"), Tr::tr("From this time (ISO 8601, local unless it says)."),
                             QStringLiteral("time")};
    QCommandLineOption until{QStringLiteral("until"), Tr::tr("Before this time."), QStringLiteral("time")};
    QCommandLineOption staff{QStringLiteral("staff"), Tr::tr("Only this staff login."), QStringLiteral("login")};
    QCommandLineOption role{QStringLiteral("role"), Tr::tr("Only this role: support, dpo or admin."),
                            QStringLiteral("role")};
    QCommandLineOption action{QStringLiteral("action"), Tr::tr("Only this action, e.g. user.reveal."),
                              QStringLiteral("action")};
    QCommandLineOption subject{QStringLiteral("subject"), Tr::tr("Only entries about this learner."),
                               QStringLiteral("id")};
    QCommandLineOption ticket{QStringLiteral("ticket"), Tr::tr("Only this ticket reference."), QStringLiteral("ref")};
    QCommandLineOption noTicket{QStringLiteral("no-ticket"), Tr::tr("Only entries without a ticket.")};
    QCommandLineOption anomalies{QStringLiteral("anomalies"), Tr::tr("Only flagged entries not yet reviewed.")};
    QCommandLineOption withReviewed{QStringLiteral("with-reviewed"), Tr::tr("With --anomalies: reviewed flags too.")};

    void addTo(QCommandLineParser& parser) const
    {
        parser.addOptions({since, until, staff, role, action, subject, ticket, noTicket, anomalies, withReviewed});
    }
    // Empty on success, else the usage error.
    QString read(const QCommandLineParser& parser, AuditFilter* filter) const
    {
        for (const auto& [option, target] : {std::pair{&since, &filter->since}, std::pair{&until, &filter->until}}) {
            if (!parser.isSet(*option))
                continue;
            *target = QDateTime::fromString(parser.value(*option), Qt::ISODate);
            if (!target->isValid())
                return Tr::tr("--%1 needs a time as YYYY-MM-DDTHH:MM (ISO 8601).").arg(option->names().first());
        }
        filter->staff = parser.value(staff);
        filter->role = parser.value(role);
        filter->action = parser.value(action);
        filter->ticket = parser.value(ticket);
        filter->noTicket = parser.isSet(noTicket);
        filter->anomaliesOnly = parser.isSet(anomalies);
        filter->withReviewed = parser.isSet(withReviewed);
        if (parser.isSet(subject)) {
            bool ok = false;
            filter->subjectId = parser.value(subject).toLongLong(&ok);
            if (!ok || filter->subjectId <= 0)
                return Tr::tr("--subject needs a learner's id, a positive number.");
        }
        return QString();
    }
};

QJsonObject entryJson(const AuditEntry& e)
{
    QJsonArray reasons;
    for (const AuditFlag& f : e.flags)
        reasons.append(QJsonObject{{QStringLiteral("rule"), f.rule},
                                   {QStringLiteral("explanation"), AuditSentence::flagReason(f)}});
    const QJsonValue review =
        e.review.isReviewed()
            ? QJsonValue(QJsonObject{{QStringLiteral("outcome"), e.review.outcome},
                                     {QStringLiteral("note"), e.review.note},
                                     {QStringLiteral("reviewedBy"), e.review.reviewedBy},
                                     {QStringLiteral("reviewedAt"), e.review.reviewedAt.toUTC().toString(Qt::ISODate)}})
            : QJsonValue();
    return {{QStringLiteral("id"), e.id},
            {QStringLiteral("at"), e.at.toUTC().toString(Qt::ISODateWithMs)},
            {QStringLiteral("staff"), e.staff},
            {QStringLiteral("role"), e.role},
            {QStringLiteral("action"), e.action},
            {QStringLiteral("subject"), e.subjectId > 0 ? QJsonValue(e.subjectId) : QJsonValue()},
            {QStringLiteral("ticket"), e.ticket},
            {QStringLiteral("purpose"), e.purpose},
            {QStringLiteral("details"), QJsonDocument::fromJson(e.details.toUtf8()).object()},
            {QStringLiteral("description"), AuditSentence::sentence(e)},
            {QStringLiteral("anomalies"), reasons},
            {QStringLiteral("review"), review}};
}

int list(const QStringList& args)
{
    CliContext cli(QStringLiteral("audit list"), args);
    QCommandLineParser parser;
    FilterOptions filters;
    filters.addTo(parser);
    const QCommandLineOption limit(QStringLiteral("limit"), Tr::tr("At most this many entries (0: all)."),
                                   QStringLiteral("n"), QStringLiteral("100"));
    parser.addOption(limit);
    if (auto exit = cli.parse(parser, Tr::tr("Access-log entries under a filter, newest first (DPO).")))
        return *exit;
    AuditFilter filter;
    if (const QString problem = filters.read(parser, &filter); !problem.isEmpty())
        return cli.usage(problem);
    DatabaseConnection connection;
    if (!cli.connect(connection))
        return CliContext::Failed;
    QJsonArray array;
    QString error;
    const bool ok = AuditReport::forEachEntry(
        connection.database(), filter, parser.value(limit).toLongLong(),
        [&](const AuditEntry& e) {
            if (cli.json()) {
                array.append(entryJson(e));
                return;
            }
            const QString reasons = AuditSentence::flagReasons(e.flags);
            const QString reviewed = e.review.isReviewed()
                                         ? QStringLiteral(" [%1]").arg(AuditSentence::outcomeLabel(e.review.outcome))
                                         : QString();
            cli.print(QStringLiteral("%1  %2  %3%4")
                          .arg(e.id, 8)
                          .arg(TimeFormat::dateTimeSeconds(e.at))
                          .arg(AuditSentence::sentence(e))
                          .arg(reasons.isEmpty() ? QString() : QStringLiteral("  ! ") + reasons + reviewed));
        },
        &error);
    if (!ok)
        return cli.fail(error);
    if (cli.json())
        cli.printJson(array);
    return CliContext::Ok;
}

int keygen(const QStringList& args)
{
    CliContext cli(QStringLiteral("audit keygen"), args);
    QCommandLineParser parser;
    const QCommandLineOption out(QStringLiteral("out"), Tr::tr("The new key file (KEYFILE.pub gets the public key)."),
                                 QStringLiteral("file"));
    const QCommandLineOption passphrase(QStringLiteral("passphrase-file"),
                                        Tr::tr("Read the key's passphrase from this file (else it is asked for)."),
                                        QStringLiteral("file"));
    parser.addOptions({out, passphrase});
    if (auto exit = cli.parse(parser, Tr::tr("Create the Ed25519 key that signs access-log checkpoints.")))
        return *exit;
    if (parser.value(out).isEmpty())
        return cli.usage(Tr::tr("--out needs the key file to write."));
    QString secret;
    if (!cli.readSecret(parser, QStringLiteral("passphrase-file"), Tr::tr("Passphrase for the new key: "), &secret))
        return CliContext::Failed;
    QString error;
    if (!Checkpoint::generateKey(parser.value(out), secret.toUtf8(), &error))
        return cli.fail(error);
    cli.print(Tr::tr("Wrote %1 (private, keep it outside the database) and %1.pub.").arg(parser.value(out)));
    return CliContext::Ok;
}

int checkpoint(const QStringList& args)
{
    CliContext cli(QStringLiteral("audit checkpoint"), args);
    QCommandLineParser parser;
    const QCommandLineOption key(QStringLiteral("key"), Tr::tr("The key file from \"audit keygen\"."),
                                 QStringLiteral("file"));
    const QCommandLineOption passphrase(QStringLiteral("passphrase-file"),
                                        Tr::tr("Read the key's passphrase from this file (else it is asked for)."),
                                        QStringLiteral("file"));
    const QCommandLineOption out(QStringLiteral("out"), Tr::tr("The checkpoint file to write."),
                                 QStringLiteral("file"));
    parser.addOptions({key, passphrase, out});
    if (auto exit = cli.parse(parser, Tr::tr("Verify the chain, then sign its head and length as a checkpoint.")))
        return *exit;
    if (parser.value(key).isEmpty() || parser.value(out).isEmpty())
        return cli.usage(Tr::tr("--key and --out are required."));
    QString secret;
    if (!cli.readSecret(parser, QStringLiteral("passphrase-file"), Tr::tr("Passphrase of the key: "), &secret))
        return CliContext::Failed;
    DatabaseConnection connection;
    if (!cli.connect(connection))
        return CliContext::Failed;
    AuditVerifier verifier;
    QString error;
    if (!verifier.verify(connection.database(), &error))
        return cli.fail(error);
    if (!verifier.result().intact)
        return cli.fail(Tr::tr("The access log is broken (%1); a checkpoint would vouch for a broken log.")
                            .arg(verifier.result().message));
    QString database;
    if (!AuditStore(connection.database()).databaseName(&database, &error))
        return cli.fail(error);
    Checkpoint signedCheckpoint;
    if (!Checkpoint::sign(parser.value(key), secret.toUtf8(), database, verifier.result().lastId,
                          verifier.result().headHash, &signedCheckpoint, &error))
        return cli.fail(error);
    QFile file(parser.value(out));
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly) || file.write(signedCheckpoint.toJson()) < 0)
        return cli.fail(Tr::tr("Cannot write %1: %2").arg(file.fileName(), file.errorString()));
    QString unnoted;
    AuditNotes::checkpoint(connection.database(), signedCheckpoint.lastId, signedCheckpoint.fingerprint(), &unnoted);
    cli.print(Tr::tr("Checkpoint of entry %1 signed with key %2: %3.")
                  .arg(signedCheckpoint.lastId)
                  .arg(signedCheckpoint.fingerprint(), file.fileName()));
    return CliContext::Ok;
}

int report(const QStringList& args)
{
    CliContext cli(QStringLiteral("audit report"), args);
    QCommandLineParser parser;
    FilterOptions filters;
    filters.addTo(parser);
    const QCommandLineOption csv(QStringLiteral("csv"), Tr::tr("Write CSV."));
    const QCommandLineOption pdf(QStringLiteral("pdf"), Tr::tr("Write the PDF review report."));
    const QCommandLineOption out(QStringLiteral("out"), Tr::tr("The file to write."), QStringLiteral("file"));
    parser.addOptions({csv, pdf, out});
    if (auto exit = cli.parse(parser, Tr::tr("The filtered access log as a CSV or PDF report (logged).")))
        return *exit;
    if (parser.isSet(csv) == parser.isSet(pdf) || parser.value(out).isEmpty())
        return cli.usage(Tr::tr("Use --csv or --pdf, and --out FILE."));
    AuditFilter filter;
    if (const QString problem = filters.read(parser, &filter); !problem.isEmpty())
        return cli.usage(problem);
    DatabaseConnection connection;
    if (!cli.connect(connection))
        return CliContext::Failed;
    qint64 rows = 0;
    QString error;
    const bool written = parser.isSet(pdf)
                             ? AuditPdfReport::write(connection.database(), filter, cli.documentLanguage(),
                                                     parser.value(out), &rows, &error)
                             : AuditReport::writeCsv(connection.database(), filter, parser.value(out), &rows, &error);
    if (!written)
        return cli.fail(error);
    cli.info(Tr::tr("Wrote %1 entries to %2.").arg(rows).arg(parser.value(out)));
    return CliContext::Ok;
}

int settings(const QStringList& args)
{
    CliContext cli(QStringLiteral("audit settings"), args);
    QCommandLineParser parser;
    const QCommandLineOption set(
        QStringLiteral("set"),
        Tr::tr("Change a setting: anomaly_min_distinct, anomaly_factor, work_hours (07:00-19:00), "
               "work_days (1-5) or work_timezone. Logged; the flags are computed again."),
        QStringLiteral("key=value"));
    parser.addOption(set);
    if (auto exit = cli.parse(parser, Tr::tr("Show or change the thresholds and working hours of the anomaly rules.")))
        return *exit;
    DatabaseConnection connection;
    if (!cli.connect(connection))
        return CliContext::Failed;
    AuditStore store(connection.database());
    QString error;
    for (const QString& assignment : parser.values(set)) {
        const qsizetype equals = assignment.indexOf(QLatin1Char('='));
        if (equals <= 0)
            return cli.usage(Tr::tr("--set needs KEY=VALUE."));
        if (!store.setSetting(assignment.left(equals), assignment.mid(equals + 1), &error))
            return cli.fail(error);
    }
    QJsonObject current;
    if (!store.settings(&current, &error))
        return cli.fail(error);
    if (cli.json()) {
        cli.printJson(current);
    } else {
        for (auto it = current.begin(); it != current.end(); ++it)
            cli.print(QStringLiteral("%1 %2").arg(it.key() + QLatin1Char(':'), -22).arg(it.value().toString()));
    }
    return CliContext::Ok;
}

// The DPO's verdict on a flag: fxctl audit review ENTRY --outcome justified|followed_up|escalated --note TEXT
int review(const QStringList& args)
{
    CliContext cli(QStringLiteral("audit review"), args);
    QCommandLineParser parser;
    const QCommandLineOption outcome(QStringLiteral("outcome"),
                                     Tr::tr("What the review found: justified, followed_up or escalated."),
                                     QStringLiteral("outcome"));
    const QCommandLineOption note(QStringLiteral("note"), Tr::tr("Why; kept with the review."), QStringLiteral("text"));
    parser.addOptions({outcome, note});
    parser.addPositionalArgument(QStringLiteral("entry"), Tr::tr("The flagged entry's id."));
    if (auto exit = cli.parse(parser,
                              Tr::tr("Mark a flagged entry as reviewed, with an outcome and a note (DPO; "
                                     "never one's own access)."),
                              1))
        return *exit;
    const auto id = CliContext::positiveId(cli.positionals().first());
    if (!id)
        return cli.usage(Tr::tr("The entry's id is a positive number."));
    if (!AuditSentence::outcomes().contains(parser.value(outcome)))
        return cli.usage(Tr::tr("--outcome needs justified, followed_up or escalated."));
    DatabaseConnection connection;
    if (!cli.connect(connection))
        return CliContext::Failed;
    AuditReview result;
    QString error;
    if (!AuditStore(connection.database()).review(*id, parser.value(outcome), parser.value(note), &result, &error))
        return cli.fail(error);
    if (cli.json())
        cli.printJson(QJsonObject{{QStringLiteral("entry"), *id},
                                  {QStringLiteral("outcome"), result.outcome},
                                  {QStringLiteral("note"), result.note},
                                  {QStringLiteral("reviewedBy"), result.reviewedBy},
                                  {QStringLiteral("reviewedAt"), result.reviewedAt.toUTC().toString(Qt::ISODate)}});
    else
        cli.print(Tr::tr("Entry %1 reviewed: %2.").arg(*id).arg(AuditSentence::outcomeLabel(result.outcome)));
    return CliContext::Ok;
}

} // namespace

QList<Verb> Commands::auditVerbs()
{
    return {{QStringLiteral("list"), list},
            {QStringLiteral("verify"), verify},
            {QStringLiteral("keygen"), keygen},
            {QStringLiteral("checkpoint"), checkpoint},
            {QStringLiteral("report"), report, Verb::Gui::WithPdfOption},
            {QStringLiteral("review"), review},
            {QStringLiteral("settings"), settings}};
}
