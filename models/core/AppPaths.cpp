// SPDX-License-Identifier: GPL-3.0-or-later
#include "AppPaths.h"

#include <QCryptographicHash>
#include <QDir>
#include <QStandardPaths>

#include <sys/stat.h>
#include <unistd.h>

namespace AppPaths {

static QString ensured(const QString& path)
{
    QDir().mkpath(path);
    return path;
}

QString dataDir()
{
    return ensured(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation));
}

QString logDir()
{
    return ensured(dataDir() + QStringLiteral("/logs"));
}

QString demoStateFile()
{
    return dataDir() + QStringLiteral("/demo.json");
}

bool runningAsRoot()
{
    return ::geteuid() == 0;
}

QString demoClusterDir()
{
    if (!runningAsRoot())
        return dataDir() + QStringLiteral("/demo-cluster");
    // The server runs as an unprivileged account that cannot enter /root: keep the cluster in
    // /var/tmp, one per data directory so that separate set-ups never share a cluster.
    const QByteArray key = QCryptographicHash::hash(dataDir().toUtf8(), QCryptographicHash::Sha256).toHex().left(12);
    return QStringLiteral("/var/tmp/fxconsole-demo-") + QString::fromLatin1(key);
}

void provideRuntimeDir()
{
#if defined(Q_OS_UNIX) && !defined(Q_OS_DARWIN)
    if (!qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR"))
        return;
    const QByteArray dir = QDir::tempPath().toLocal8Bit() + "/runtime-" + QByteArray::number(::geteuid());
    ::mkdir(dir.constData(), 0700); // Qt checks owner and mode itself, and says so if they are wrong
    qputenv("XDG_RUNTIME_DIR", dir);
#endif
}

} // namespace AppPaths
