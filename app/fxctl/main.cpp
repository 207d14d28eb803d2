// SPDX-License-Identifier: GPL-3.0-or-later
// fxctl: the console's workflows for scripts and administrators, without a display.
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
    return QCoreApplication::translate(
        "fxctl", "usage: fxctl <noun> <verb> [options]\n\n"
                 "  db init|seed|status        set up the schemas, fill them with synthetic data\n"
                 "  demo up|down|status        the private demo database\n"
                 "  staff add|list|set-role|disable|enable|remove\n"
                 "                             staff logins and their roles\n"
                 "  policy get|set KEY [VALUE] ticket pattern, DPO contact, review thresholds, ...\n"
                 "  lookup QUERY --ticket T    find learners (masked for support)\n"
                 "  user show|reveal|lock|unlock|revoke-sessions|reset-password|rectify|withdraw-consent|restrict ID\n"
                 "                             a learner's data and account operations\n"
                 "  request open|list|show|extend|assign|start|fulfil|reject|withdraw\n"
                 "                             data-subject requests and their deadlines\n"
                 "  export --request ID --out FILE [--encrypt]\n"
                 "                             the export package of an export request\n"
                 "  erasure preview|approve|reject|execute|certificate|ledger|reapply\n"
                 "                             erasure with four eyes, certificate, ledger\n"
                 "  retention list|purge|rules|set\n"
                 "                             restricted records; retention periods (admin)\n"
                 "  processors list|add|edit|tasks|done\n"
                 "                             the processor registry (admin); erasure follow-up\n"
                 "  incident open|list|show|tick|triage|describe|notify|close|find|affected|register|draft\n"
                 "                             personal-data breaches and the 72-hour clock\n"
                 "  audit list|verify|keygen|checkpoint|report|settings\n"
                 "                             review the access log, check and sign its chain\n\n"
                 "Common options: --dsn DSN, --demo support|dpo|admin, --password-file FILE, --json.\n"
                 "\"fxctl <noun> <verb> --help\" shows a command's options.\n"
                 "Exit status: 0 done, 1 refused or failed, 2 usage error.\n");
}

} // namespace

int main(int argc, char* argv[])
{
    ProcessHardening::apply();
    AppPaths::provideRuntimeDir();
    // Only writing a PDF (certificate, report, draft, register) needs fonts, and so a QGuiApplication (without a
    // display).
    bool pdf =
        argc > 2 &&
        ((qstrcmp(argv[1], "erasure") == 0 && qstrcmp(argv[2], "certificate") == 0) ||
         (qstrcmp(argv[1], "incident") == 0 && (qstrcmp(argv[2], "draft") == 0 || qstrcmp(argv[2], "register") == 0)));
    for (int i = 3; argc > 2 && qstrcmp(argv[1], "audit") == 0 && qstrcmp(argv[2], "report") == 0 && i < argc; ++i)
        pdf = pdf || qstrcmp(argv[i], "--pdf") == 0;
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
    languages.apply(settings.language());

    const QStringList args = app.arguments().mid(1);
    if (args.isEmpty() || args.first() == QLatin1String("--help") || args.first() == QLatin1String("-h")) {
        QTextStream(args.isEmpty() ? stderr : stdout) << overview();
        return args.isEmpty() ? 2 : 0;
    }
    if (args.first() == QLatin1String("--version")) {
        QTextStream(stdout) << "fxctl " << AppInfo::version() << Qt::endl;
        return 0;
    }
    const QString noun = args.value(0);
    const QString verb = args.value(1);
    const QStringList rest = args.mid(2);
    int status = 2;
    if (noun == QLatin1String("db"))
        status = Commands::db(verb, rest);
    else if (noun == QLatin1String("demo"))
        status = Commands::demo(verb, rest);
    else if (noun == QLatin1String("staff"))
        status = Commands::staff(verb, rest);
    else if (noun == QLatin1String("lookup"))
        status = Commands::lookup(args.mid(1));
    else if (noun == QLatin1String("user"))
        status = Commands::user(verb, rest);
    else if (noun == QLatin1String("request"))
        status = Commands::request(verb, rest);
    else if (noun == QLatin1String("export"))
        status = Commands::exportPackage(args.mid(1));
    else if (noun == QLatin1String("erasure"))
        status = Commands::erasure(verb, rest);
    else if (noun == QLatin1String("retention"))
        status = Commands::retention(verb, rest);
    else if (noun == QLatin1String("processors"))
        status = Commands::processors(verb, rest);
    else if (noun == QLatin1String("policy"))
        status = Commands::policy(verb, rest);
    else if (noun == QLatin1String("incident"))
        status = Commands::incident(verb, rest);
    else if (noun == QLatin1String("audit"))
        status = Commands::audit(verb, rest);
    else
        QTextStream(stderr)
            << QCoreApplication::translate("fxctl", "fxctl: unknown command \"%1\".\n").arg(TextCheck::printable(noun))
            << overview();
    Logging::shutdown();
    return status;
}
