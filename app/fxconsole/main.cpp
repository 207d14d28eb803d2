// SPDX-License-Identifier: GPL-3.0-or-later
// fxconsole: the GUI. Composition only; the work is in fxui and fxmodels.
#include "ConsoleOptions.h"

#include "common/Theme.h"
#include "core/AppInfo.h"
#include "core/AppPaths.h"
#include "core/Languages.h"
#include "core/Logging.h"
#include "core/ProcessHardening.h"
#include "core/SecretMemory.h"
#include "core/Settings.h"
#include "core/TextCheck.h"
#include "db/DbSession.h"
#include "db/DemoDatabase.h"
#include "items/LookupResultsModel.h"
#include "login/LoginDialog.h"
#include "main/MainWindow.h"
#include "users/UserDetailView.h"
#include "users/UsersPage.h"

#include <QApplication>
#include <QEventLoop>
#include <QTextStream>
#include <QTimer>

namespace {

int failWith(const QString& message)
{
    QTextStream(stderr) << "fxconsole: " << TextCheck::printable(message) << Qt::endl;
    return 1;
}

// Signs in to the demo as a role without the dialog; the event loop keeps running meanwhile.
bool openDemo(DbSession& session, const QString& role, QString* error)
{
    const auto profile = DemoDatabase::profile(role, error);
    QString password;
    if (!profile || !DemoDatabase::password(role, &password, error))
        return false;
    QEventLoop loop;
    QObject::connect(&session, &DbSession::opened, &loop, [&loop] { loop.exit(0); });
    QObject::connect(&session, &DbSession::failed, &loop, [&loop, error](const ConnectError& e) {
        *error = e.message;
        loop.exit(1);
    });
    session.open(*profile, password);
    SecretMemory::scrub(password);
    return loop.exec() == 0;
}

} // namespace

int main(int argc, char* argv[])
{
    ProcessHardening::apply();
    AppPaths::provideRuntimeDir();
    QApplication app(argc, argv);
    QApplication::setOrganizationName(AppInfo::organization());
    QApplication::setApplicationName(AppInfo::applicationName());
    QApplication::setApplicationDisplayName(AppInfo::displayName());
    QApplication::setApplicationVersion(AppInfo::version());

    QString error;
    bool helpShown = false;
    const auto options = ConsoleOptions::parse(app.arguments(), &error, &helpShown);
    if (!options) {
        if (helpShown)
            return 0;
        QTextStream(stderr) << "fxconsole: " << TextCheck::printable(error) << Qt::endl;
        return 2;
    }

    Settings settings;
    Logging::init(QStringLiteral("fxconsole"), settings.logLevel());
    Languages languages;
    languages.apply(options->language.isEmpty() ? settings.language() : options->language);
    Theme::apply(settings.theme());

    DbSession session;
    if (!options->demoRole.isEmpty()) {
        if (!openDemo(session, options->demoRole, &error)) {
            if (!options->grabFile.isEmpty())
                return failWith(error);
            LoginDialog dialog(&session, &settings);
            dialog.selectProfile(options->demoRole);
            dialog.showError(ConnectError{ConnectError::Kind::Other, error});
            if (dialog.exec() != QDialog::Accepted)
                return 0;
        }
    } else {
        LoginDialog dialog(&session, &settings);
        if (dialog.exec() != QDialog::Accepted)
            return 0;
    }

    MainWindow window(&session, &languages, &settings);
    if (options->page && !window.showPage(*options->page, &error))
        return failWith(error);
    window.show();
    const auto grab = [&window, &options] {
        QTimer::singleShot(300, &window, [&window, &options] {
            const bool saved = window.grab().save(options->grabFile, "PNG");
            if (!saved)
                failWith(QCoreApplication::translate("main", "Cannot write %1.").arg(options->grabFile));
            QApplication::exit(saved ? 0 : 1);
        });
    };
    if (!options->search.isEmpty()) {
        UsersPage* users = window.usersPage();
        QObject::connect(users, &UsersPage::searchFinished, &window, [users, grab, &options] {
            if (users->results()->rowCount() > 0)
                users->openUser(users->results()->hit(0)->userId);
            else if (!options->grabFile.isEmpty())
                grab();
        });
        if (!options->grabFile.isEmpty())
            QObject::connect(users->detail(), &UserDetailView::loaded, &window, grab);
        users->setTicket(options->ticket);
        users->search(options->search);
    } else if (!options->grabFile.isEmpty()) {
        grab();
    }
    const int status = app.exec();
    Logging::shutdown();
    return status;
}
