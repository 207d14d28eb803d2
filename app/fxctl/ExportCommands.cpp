// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliContext.h"
#include "Commands.h"

#include "core/SecretFile.h"
#include "export/ExportPackage.h"
#include "export/Passphrase.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonObject>

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(fxctl)
};

} // namespace

namespace Commands {

int exportPackage(const QStringList& args)
{
    CliContext cli(QStringLiteral("export"), args);
    QCommandLineParser parser;
    const QCommandLineOption request(QStringLiteral("request"), Tr::tr("The export request's id."),
                                     QStringLiteral("id"));
    const QCommandLineOption out(QStringLiteral("out"), Tr::tr("The ZIP file to write (must not exist)."),
                                 QStringLiteral("file"));
    const QCommandLineOption encrypt(QStringLiteral("encrypt"),
                                     Tr::tr("Encrypt with AES-256 under a generated passphrase."));
    const QCommandLineOption passphraseFile(
        QStringLiteral("passphrase-file"),
        Tr::tr("Write the passphrase to this new file (mode 0600) instead of standard output."),
        QStringLiteral("file"));
    parser.addOptions({request, out, encrypt, passphraseFile});
    if (auto exit = cli.parse(parser, Tr::tr("Build the export package of an export request (Art. 15 and 20).")))
        return *exit;
    const auto id = CliContext::positiveId(parser.value(request));
    if (!id)
        return cli.usage(Tr::tr("--request needs the request's id, a positive number."));
    const qint64 requestId = *id;
    if (parser.value(out).isEmpty())
        return cli.usage(Tr::tr("--out needs the file to write."));
    if (parser.isSet(passphraseFile) && !parser.isSet(encrypt))
        return cli.usage(Tr::tr("--passphrase-file only goes with --encrypt."));
    if (parser.isSet(passphraseFile) && QFileInfo::exists(parser.value(passphraseFile)))
        return cli.fail(
            Tr::tr("%1 already exists; the passphrase file must be new.").arg(parser.value(passphraseFile)));

    DatabaseConnection connection;
    if (!cli.connect(connection))
        return CliContext::Failed;
    ExportOptions options;
    options.requestId = requestId;
    options.targetPath = parser.value(out);
    if (parser.isSet(encrypt))
        options.passphrase = Passphrase::generate();
    ExportResult result;
    QString error;
    if (!ExportPackage(connection.database()).run(options, &result, &error))
        return cli.fail(error);

    if (parser.isSet(encrypt) && parser.isSet(passphraseFile) &&
        !SecretFile::write(parser.value(passphraseFile), options.passphrase.toUtf8() + '\n', &error)) {
        cli.print(QStringLiteral("passphrase: %1").arg(options.passphrase));
        return cli.fail(Tr::tr("The passphrase could not be written (%1); it is printed above, once.").arg(error));
    }
    if (cli.json()) {
        QJsonObject json{
            {QStringLiteral("file"), result.path},    {QStringLiteral("sha256"), result.sha256},
            {QStringLiteral("rows"), result.rows},    {QStringLiteral("bytes"), result.bytes},
            {QStringLiteral("requestId"), requestId}, {QStringLiteral("encrypted"), parser.isSet(encrypt)}};
        if (parser.isSet(encrypt) && !parser.isSet(passphraseFile))
            json.insert(QStringLiteral("passphrase"), options.passphrase);
        cli.printJson(json);
    } else {
        if (parser.isSet(encrypt) && !parser.isSet(passphraseFile))
            cli.print(QStringLiteral("passphrase: %1").arg(options.passphrase));
        cli.print(Tr::tr("Wrote %1 (%2 rows, %3 bytes), SHA-256 %4; request %5 is fulfilled.")
                      .arg(result.path)
                      .arg(result.rows)
                      .arg(result.bytes)
                      .arg(result.sha256)
                      .arg(requestId));
    }
    return CliContext::Ok;
}

} // namespace Commands
