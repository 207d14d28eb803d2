// SPDX-License-Identifier: GPL-3.0-or-later
#include "PasswordVault.h"

#include "AppInfo.h"

#include <QCoreApplication>
#include <QPointer>

#include <qt6keychain/keychain.h>

namespace PasswordVault {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(PasswordVault)
};

QString service()
{
    return AppInfo::displayName();
}

} // namespace

void checkAvailable(QObject* context, std::function<void(bool, const QString&)> done)
{
    // Reading an entry that does not exist tells a working keychain (EntryNotFound) from none.
    auto* job = new QKeychain::ReadPasswordJob(service());
    job->setKey(QStringLiteral("availability-check"));
    job->setAutoDelete(true);
    QPointer<QObject> guard(context);
    QObject::connect(job, &QKeychain::Job::finished, job, [guard, done](QKeychain::Job* j) {
        if (!guard)
            return;
        const QKeychain::Error error = j->error();
        const bool available = error == QKeychain::NoError || error == QKeychain::EntryNotFound;
        QString why;
        if (!available)
            why = error == QKeychain::NoBackendAvailable
                      ? Tr::tr("No keychain service runs on this computer (on Linux: a Secret Service such as GNOME "
                               "Keyring or KWallet), so passwords cannot be remembered safely.")
                      : Tr::tr("The keychain does not answer (%1), so passwords cannot be remembered.")
                            .arg(j->errorString());
        done(available, why);
    });
    job->start();
}

void store(const QString& account, const QString& password)
{
    auto* job = new QKeychain::WritePasswordJob(service());
    job->setKey(account);
    job->setTextData(password);
    job->setAutoDelete(true);
    job->start();
}

void read(QObject* context, const QString& account, std::function<void(const QString&)> done)
{
    auto* job = new QKeychain::ReadPasswordJob(service());
    job->setKey(account);
    job->setAutoDelete(true);
    QPointer<QObject> guard(context);
    QObject::connect(job, &QKeychain::Job::finished, job, [guard, done](QKeychain::Job* j) {
        if (guard && j->error() == QKeychain::NoError)
            done(static_cast<QKeychain::ReadPasswordJob*>(j)->textData());
    });
    job->start();
}

void forget(const QString& account)
{
    auto* job = new QKeychain::DeletePasswordJob(service());
    job->setKey(account);
    job->setAutoDelete(true);
    job->start();
}

} // namespace PasswordVault
