// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliContext.h"
#include "Commands.h"

#include "privacy/AuditVerifier.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonObject>

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
    if (auto exit = cli.parse(parser, Tr::tr("Recompute the access log's hash chain and name the first bad entry.")))
        return *exit;
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
    return CliContext::Ok;
}

} // namespace

int Commands::audit(const QString& verb, const QStringList& args)
{
    if (verb == QLatin1String("verify"))
        return verify(args);
    return CliContext(QStringLiteral("audit"), args).usage(Tr::tr("Unknown verb \"%1\"; use verify.").arg(verb));
}
