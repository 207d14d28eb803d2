// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "db/DatabaseConnection.h"

#include <QCommandLineParser>
#include <QJsonValue>
#include <QString>
#include <QStringList>

#include <optional>

// What every fxctl command shares: the common options, the connection, output and exit codes.
//   exit 0: done; 1: refused or failed (one line on stderr: what happened, what to do); 2: usage.
class CliContext
{
public:
    enum Exit { Ok = 0, Failed = 1, Usage = 2 };

    CliContext(QString command, QStringList args);

    // Adds --dsn, --demo, --password-file, --lang and --json, parses, and handles --help. Returns the exit
    // code when the command should stop here (help shown, or a usage error printed). positionals:
    // how many arguments besides the options; -1 for the command to check itself.
    std::optional<int> parse(QCommandLineParser& parser, const QString& description, int positionals = 0);

    bool json() const { return m_json; }
    // --lang: de or en, empty when not given. main() applies it to messages before the command
    // runs; commands that write documents take it as the document's language.
    QString language() const { return m_language; }
    // The --lang that argv gives, if any, so that even a usage error speaks it.
    // --lang, else the language the messages are in.
    QString documentLanguage() const;
    static QString languageArgument(const QStringList& args);
    QStringList positionals() const { return m_positionals; }

    // Connects as --demo ROLE, or with --dsn / PG* variables and --password-file / ~/.pgpass.
    bool connect(DatabaseConnection& connection) const;

    // Prints "fxctl: message", returns Failed. If the connection was lost during the COMMIT of a
    // change, first connects again and asks the server: saved means Ok (and says so), not saved
    // means Failed with "run it again".
    int fail(const QString& message) const;
    int usage(const QString& message) const; // prints the message and a hint, returns Usage
    void info(const QString& message) const; // a human line on stderr (never in --json output)
    void print(const QString& text) const;   // human output on stdout
    void printJson(const QJsonValue& value) const;

    // An id as the database uses them: a positive whole number, or nothing.
    static std::optional<qint64> positiveId(const QString& text);

    // A secret from --password-file, else from the terminal without echo.
    bool readSecret(const QCommandLineParser& parser, const QString& option, const QString& prompt, QString* secret);

private:
    QString m_command;
    QStringList m_args;
    QStringList m_positionals;
    QString m_dsn;
    QString m_demo;
    QString m_passwordFile;
    QString m_language;
    bool m_json = false;
};
