// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConsoleOptions.h"

#include "db/DemoDatabase.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ConsoleOptions)
};
} // namespace

std::optional<ConsoleOptions> ConsoleOptions::parse(const QStringList& arguments, QString* error, bool* helpShown)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr("The Fluxariont Privacy Console."));
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, Tr::tr("Show this help."));
    const QCommandLineOption demo(QStringLiteral("demo"),
                                  Tr::tr("Sign in to the demo database as support, dpo or admin."),
                                  QStringLiteral("role"));
    const QCommandLineOption lang(QStringLiteral("lang"), Tr::tr("Language of the interface: de or en."),
                                  QStringLiteral("language"));
    const QCommandLineOption page(QStringLiteral("page"),
                                  Tr::tr("Open this page: overview, users, requests, audit, incidents or admin."),
                                  QStringLiteral("page"));
    const QCommandLineOption grab(QStringLiteral("grab"),
                                  Tr::tr("Save a screenshot of the window to this PNG file and exit."),
                                  QStringLiteral("file"));
    const QCommandLineOption ticket(QStringLiteral("ticket"), Tr::tr("Ticket reference for --search."),
                                    QStringLiteral("ref"));
    const QCommandLineOption search(QStringLiteral("search"),
                                    Tr::tr("Search the Users page for this and open the first learner found."),
                                    QStringLiteral("query"));
    parser.addOptions({help, demo, lang, page, grab, ticket, search});
    *helpShown = false;
    if (!parser.parse(arguments)) {
        *error = parser.errorText();
        return std::nullopt;
    }
    if (parser.isSet(help)) {
        QTextStream(stdout) << parser.helpText();
        *helpShown = true;
        return std::nullopt;
    }
    ConsoleOptions options;
    options.demoRole = parser.value(demo);
    if (!options.demoRole.isEmpty() && !DemoDatabase::roles().contains(options.demoRole)) {
        *error = Tr::tr("--demo takes support, dpo or admin.");
        return std::nullopt;
    }
    options.language = parser.value(lang);
    if (!options.language.isEmpty() && options.language != QLatin1String("de") &&
        options.language != QLatin1String("en")) {
        *error = Tr::tr("--lang takes de or en.");
        return std::nullopt;
    }
    if (parser.isSet(page)) {
        options.page = SessionInfo::pageFromKey(parser.value(page));
        if (!options.page) {
            *error = Tr::tr("Unknown page \"%1\"; use overview, users, requests, audit, incidents or admin.")
                         .arg(parser.value(page).left(40));
            return std::nullopt;
        }
    }
    options.grabFile = parser.value(grab);
    options.ticket = parser.value(ticket);
    options.search = parser.value(search);
    if (!options.search.isEmpty()) {
        if (options.page && *options.page != Page::Users) {
            *error = Tr::tr("--search works on the Users page only.");
            return std::nullopt;
        }
        options.page = Page::Users;
    }
    if (!options.grabFile.isEmpty() && options.demoRole.isEmpty()) {
        *error = Tr::tr("--grab needs --demo, so that it can sign in without asking.");
        return std::nullopt;
    }
    return options;
}
