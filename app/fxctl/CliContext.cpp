// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliContext.h"

#include "core/Languages.h"
#include "core/SecretFile.h"
#include "core/SecretMemory.h"
#include "core/TextCheck.h"
#include "db/DemoDatabase.h"
#include "db/PrivacyCall.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <cstdio>
#include <termios.h>
#include <unistd.h>

namespace {
// lupdate reads the context from here; free functions have no class to take it from.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(fxctl)
};
} // namespace

CliContext::CliContext(QString command, QStringList args)
    : m_command(std::move(command))
    , m_args(std::move(args))
{}

std::optional<int> CliContext::parse(QCommandLineParser& parser, const QString& description, int positionals)
{
    parser.setApplicationDescription(description);
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, Tr::tr("Show this help."));
    const QCommandLineOption dsn(QStringLiteral("dsn"),
                                 Tr::tr("Connection as a libpq URI or key=value string; unset parts come from the PG* "
                                        "environment variables and ~/.pgpass."),
                                 QStringLiteral("dsn"));
    const QCommandLineOption demo(QStringLiteral("demo"),
                                  Tr::tr("Connect to the demo database as support, dpo or admin."),
                                  QStringLiteral("role"));
    const QCommandLineOption passwordFile(QStringLiteral("password-file"),
                                          Tr::tr("Read the connection password from this file (first line)."),
                                          QStringLiteral("file"));
    const QCommandLineOption json(QStringLiteral("json"), Tr::tr("Print one JSON document on standard output."));
    const QCommandLineOption lang(QStringLiteral("lang"),
                                  Tr::tr("Language of messages and documents: de or en (default: LANG, LC_MESSAGES)."),
                                  QStringLiteral("language"));
    parser.addOptions({help, dsn, demo, passwordFile, lang, json});
    if (!parser.parse(QStringList{QStringLiteral("fxctl ") + m_command} + m_args))
        return usage(parser.errorText());
    if (parser.isSet(help)) {
        QTextStream(stdout) << parser.helpText();
        return Ok;
    }
    m_dsn = parser.value(dsn);
    m_demo = parser.value(demo);
    m_passwordFile = parser.value(passwordFile);
    m_json = parser.isSet(json);
    m_language = parser.value(lang);
    if (!m_language.isEmpty() && m_language != QLatin1String("de") && m_language != QLatin1String("en"))
        return usage(Tr::tr("--lang is de or en."));
    m_positionals = parser.positionalArguments();
    if (positionals >= 0 && m_positionals.size() != positionals)
        return usage(positionals == 0 ? Tr::tr("This command takes no further arguments.")
                                      : Tr::tr("This command takes %Ln argument(s).", nullptr, positionals));
    if (!m_dsn.isEmpty() && !m_demo.isEmpty())
        return usage(Tr::tr("Give either --dsn or --demo, not both."));
    if (!m_demo.isEmpty() && !DemoDatabase::roles().contains(m_demo))
        return usage(Tr::tr("--demo takes support, dpo or admin."));
    return std::nullopt;
}

QString CliContext::documentLanguage() const
{
    return m_language.isEmpty() ? Languages::resolve(QStringLiteral("system")) : m_language;
}

QString CliContext::languageArgument(const QStringList& args)
{
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString& arg = args.at(i);
        if ((arg == QLatin1String("--lang") || arg == QLatin1String("-lang")) && i + 1 < args.size())
            return args.at(i + 1);
        if (arg.startsWith(QLatin1String("--lang=")))
            return arg.mid(7);
    }
    return {};
}

bool CliContext::connect(DatabaseConnection& connection) const
{
    ConnectionProfile profile;
    QString password;
    QString error;
    if (!m_demo.isEmpty()) {
        const auto demo = DemoDatabase::profile(m_demo, &error);
        if (!demo || !DemoDatabase::password(m_demo, &password, &error)) {
            fail(error);
            return false;
        }
        profile = *demo;
    } else {
        const auto parsed = ConnectionProfile::fromDsn(m_dsn, &error);
        if (!parsed) {
            fail(error);
            return false;
        }
        profile = *parsed;
        if (!m_passwordFile.isEmpty()) {
            QByteArray secret;
            if (!SecretFile::read(m_passwordFile, &secret, &error, true)) {
                fail(error);
                return false;
            }
            password = QString::fromUtf8(secret);
            SecretMemory::scrub(secret);
        }
    }
    ConnectError connectError;
    const bool ok = connection.open(profile, password, &connectError);
    SecretMemory::scrub(password);
    if (!ok)
        fail(connectError.message);
    return ok;
}

int CliContext::fail(const QString& message) const
{
    if (const auto uncertain = PrivacyCall::takeUncertainChange()) {
        DatabaseConnection again;
        const auto saved =
            connect(again) ? PrivacyCall::wasCommitted(again.database(), uncertain->transaction) : std::nullopt;
        if (saved && *saved) {
            info(Tr::tr("fxctl: the connection was lost at the very end, but the server saved the change. Do not "
                        "run the command again."));
            return Ok;
        }
        if (saved)
            return fail(Tr::tr("The connection was lost before the change was saved; nothing was changed. Run the "
                               "command again."));
    }
    QTextStream(stderr) << "fxctl: " << TextCheck::printable(message) << Qt::endl;
    return Failed;
}

int CliContext::usage(const QString& message) const
{
    QTextStream(stderr) << "fxctl " << TextCheck::printable(m_command) << ": " << TextCheck::printable(message)
                        << Qt::endl
                        << Tr::tr("Run \"fxctl %1 --help\" for its options.").arg(m_command) << Qt::endl;
    return Usage;
}

void CliContext::info(const QString& message) const
{
    QTextStream(stderr) << message << Qt::endl;
}

void CliContext::print(const QString& text) const
{
    QTextStream(stdout) << text << Qt::endl;
}

void CliContext::printJson(const QJsonValue& value) const
{
    const QJsonDocument doc = value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    QTextStream(stdout) << doc.toJson(QJsonDocument::Indented);
}

std::optional<qint64> CliContext::positiveId(const QString& text)
{
    bool ok = false;
    const qint64 id = text.toLongLong(&ok);
    return ok && id > 0 ? std::optional<qint64>(id) : std::nullopt;
}

bool CliContext::readSecret(const QCommandLineParser& parser, const QString& option, const QString& prompt,
                            QString* secret)
{
    QString error;
    if (parser.isSet(option)) {
        QByteArray bytes;
        if (!SecretFile::read(parser.value(option), &bytes, &error, true)) {
            fail(error);
            return false;
        }
        *secret = QString::fromUtf8(bytes);
        SecretMemory::scrub(bytes);
        return true;
    }
    if (!::isatty(STDIN_FILENO)) {
        fail(Tr::tr("No terminal to ask for the password; give it with --%1 FILE.").arg(option));
        return false;
    }
    termios saved{};
    ::tcgetattr(STDIN_FILENO, &saved);
    termios silent = saved;
    silent.c_lflag &= ~tcflag_t(ECHO);
    QTextStream err(stderr);
    err << prompt << Qt::flush;
    ::tcsetattr(STDIN_FILENO, TCSANOW, &silent);
    char buffer[1024] = {};
    const bool read = std::fgets(buffer, sizeof buffer, stdin) != nullptr;
    ::tcsetattr(STDIN_FILENO, TCSANOW, &saved);
    err << Qt::endl;
    *secret = QString::fromUtf8(buffer).section(QLatin1Char('\n'), 0, 0);
    std::fill(std::begin(buffer), std::end(buffer), '\0');
    return read;
}
