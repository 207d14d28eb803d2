// SPDX-License-Identifier: GPL-3.0-or-later
// fxctl: the console's workflows for scripts and administrators, without a display.
#include "CliContext.h"
#include "Commands.h"

#include "core/AppInfo.h"
#include "core/AppPaths.h"
#include "core/Languages.h"
#include "core/Logging.h"
#include "core/ProcessHardening.h"
#include "core/Settings.h"
#include "core/TextCheck.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QTextStream>

#include <memory>

namespace {

QString overview()
{
    QString text =
        QCoreApplication::translate("fxctl", "usage: fxctl <noun> <verb> [options]") + QStringLiteral("\n\n");
    for (const Noun& noun : Commands::nouns()) {
        const QString usage = noun.usage();
        const QString summary = QCoreApplication::translate("fxctl", noun.summary);
        text += usage.size() < 27 ? QStringLiteral("  %1 %2\n").arg(usage, -26).arg(summary)
                                  : QStringLiteral("  %1\n%2%3\n").arg(usage, QString(29, QLatin1Char(' ')), summary);
    }
    return text + QLatin1Char('\n') +
           QCoreApplication::translate("fxctl", "Common options: --dsn DSN, --demo support|dpo|admin, --password-file "
                                                "FILE, --json.\n\"fxctl <noun> <verb> --help\" shows a command's "
                                                "options.\nExit status: 0 done, 1 refused or failed, 2 usage error.\n");
}

// The command that argv names, if any: the noun's verb, or the noun itself for one without verbs.
const Verb* commandOf(int argc, char* argv[])
{
    const Noun* found = argc > 1 ? Commands::noun(QString::fromLocal8Bit(argv[1])) : nullptr;
    if (!found)
        return nullptr;
    if (const Verb* whole = found->verb(QString()))
        return whole;
    return argc > 2 ? found->verb(QString::fromLocal8Bit(argv[2])) : nullptr;
}

} // namespace

int main(int argc, char* argv[])
{
    ProcessHardening::apply();
    AppPaths::provideRuntimeDir();
    const Verb* command = commandOf(argc, argv);
    QStringList rawArgs;
    for (int i = 1; i < argc; ++i)
        rawArgs << QString::fromLocal8Bit(argv[i]);
    const bool pdf = command && command->needsGui(rawArgs);
    if (pdf && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    std::unique_ptr<QCoreApplication> application(pdf ? new QGuiApplication(argc, argv)
                                                      : new QCoreApplication(argc, argv));
    QCoreApplication& app = *application;
    QCoreApplication::setOrganizationName(AppInfo::organization());
    QCoreApplication::setApplicationName(AppInfo::applicationName());
    QCoreApplication::setApplicationVersion(AppInfo::version());

    const Settings settings;
    Logging::init(QStringLiteral("fxctl"), settings.logLevel());
    Languages languages;
    // fxctl speaks as its environment does (LANG, LC_MESSAGES), or as --lang says.
    const QString language = CliContext::languageArgument(rawArgs);
    languages.apply(language.isEmpty() ? QStringLiteral("system") : language);

    const QStringList args = app.arguments().mid(1);
    if (args.isEmpty() || args.first() == QLatin1String("--help") || args.first() == QLatin1String("-h")) {
        QTextStream(args.isEmpty() ? stderr : stdout) << overview();
        return args.isEmpty() ? 2 : 0;
    }
    if (args.first() == QLatin1String("--version")) {
        QTextStream(stdout) << "fxctl " << AppInfo::version() << Qt::endl;
        return 0;
    }
    int status = 2;
    if (command) {
        status = command->run(args.mid(command->name.isEmpty() ? 1 : 2));
    } else if (const Noun* noun = Commands::noun(args.first())) {
        QTextStream(stderr)
            << QCoreApplication::translate("fxctl", "fxctl: use %1.\n").arg(TextCheck::printable(noun->usage()));
    } else {
        QTextStream(stderr) << QCoreApplication::translate("fxctl", "fxctl: unknown command \"%1\".\n")
                                   .arg(TextCheck::printable(args.first()))
                            << overview();
    }
    Logging::shutdown();
    return status;
}
