// SPDX-License-Identifier: GPL-3.0-or-later
#include "LocalCluster.h"

#include "core/AppPaths.h"
#include "core/SecretFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTcpServer>
#include <QVersionNumber>

#include <pwd.h>
#include <sys/stat.h>
#include <unistd.h>

#include <spdlog/spdlog.h>

namespace {

// lupdate reads the context from here; free functions have no class to take it from.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(LocalCluster)
};

const char* serverAccount()
{
    return "postgres";
}

QString metaFile(const QString& dir)
{
    return dir + QStringLiteral("/cluster.json");
}

} // namespace

LocalCluster::LocalCluster(const QString& dir)
    : m_dir(QDir::cleanPath(QDir(dir).absolutePath()))
{
    QString ignored;
    m_bin = findServerPrograms(&ignored);
}

QString LocalCluster::findServerPrograms(QString* error)
{
    QStringList candidates;
    const QString fromEnv = qEnvironmentVariable("FX_PG_BINDIR");
    if (!fromEnv.isEmpty())
        candidates << fromEnv;
    // Debian and Ubuntu keep the server programs out of PATH, one directory per major version.
    QDir debian(QStringLiteral("/usr/lib/postgresql"));
    QStringList versions = debian.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    std::sort(versions.begin(), versions.end(), [](const QString& a, const QString& b) {
        return QVersionNumber::fromString(a) > QVersionNumber::fromString(b);
    });
    for (const QString& v : versions)
        candidates << debian.filePath(v + QStringLiteral("/bin"));
    const QString onPath = QStandardPaths::findExecutable(QStringLiteral("pg_ctl"));
    if (!onPath.isEmpty())
        candidates << QFileInfo(onPath).absolutePath();
    candidates << QStringLiteral("/usr/pgsql-16/bin") << QStringLiteral("/usr/pgsql-15/bin")
               << QStringLiteral("/opt/homebrew/bin") << QStringLiteral("/usr/local/bin");
    for (const QString& dir : candidates) {
        if (QFileInfo(dir + QStringLiteral("/initdb")).isExecutable() &&
            QFileInfo(dir + QStringLiteral("/pg_ctl")).isExecutable() &&
            QFileInfo(dir + QStringLiteral("/postgres")).isExecutable())
            return dir;
    }
    *error = Tr::tr("The PostgreSQL server programs (initdb, pg_ctl, postgres) were not found. Install them, on "
                    "Debian or Ubuntu with: sudo apt-get install postgresql postgresql-contrib. If they are installed "
                    "elsewhere, set FX_PG_BINDIR to their directory.");
    return QString();
}

int LocalCluster::freePort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    return probe.serverPort();
}

bool LocalCluster::exists() const
{
    return QFileInfo::exists(dataDir() + QStringLiteral("/PG_VERSION"));
}

int LocalCluster::port() const
{
    QFile f(metaFile(m_dir));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    return QJsonDocument::fromJson(f.readAll()).object().value(QStringLiteral("port")).toInt();
}

QString LocalCluster::superuser() const
{
    QFile f(metaFile(m_dir));
    if (!f.open(QIODevice::ReadOnly))
        return QString();
    return QJsonDocument::fromJson(f.readAll()).object().value(QStringLiteral("superuser")).toString();
}

bool LocalCluster::runTool(const QString& tool, const QStringList& args, QString* output, int timeoutMs) const
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    const QString program = m_bin + QLatin1Char('/') + tool;
    if (AppPaths::runningAsRoot())
        process.start(QStringLiteral("runuser"),
                      QStringList{QStringLiteral("-u"), QLatin1String(serverAccount()), QStringLiteral("--"), program} +
                          args);
    else
        process.start(program, args);
    if (!process.waitForStarted(10000)) {
        *output = process.errorString();
        return false;
    }
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished(5000);
        *output = Tr::tr("%1 did not finish in time").arg(tool);
        return false;
    }
    *output = QString::fromLocal8Bit(process.readAll()).trimmed();
    return process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
}

bool LocalCluster::handToServerAccount(const QString& path, QString* error) const
{
    if (!AppPaths::runningAsRoot())
        return true;
    const passwd* account = ::getpwnam(serverAccount());
    if (!account) {
        *error = Tr::tr("Running as root needs the unprivileged account \"postgres\" to run the server; it does not "
                        "exist. Install the postgresql package or run as an ordinary user.");
        return false;
    }
    if (::chown(QFile::encodeName(path).constData(), account->pw_uid, account->pw_gid) != 0) {
        *error = Tr::tr("Cannot hand %1 to the account postgres.").arg(path);
        return false;
    }
    return true;
}

bool LocalCluster::writeConfig(const InitOptions& options, int port, QString* error)
{
    QFile conf(dataDir() + QStringLiteral("/postgresql.conf"));
    if (!conf.open(QIODevice::Append | QIODevice::Text)) {
        *error = Tr::tr("Cannot write the server configuration: %1").arg(conf.errorString());
        return false;
    }
    QString text = QStringLiteral("\n# Added by the Fluxariont Privacy Console\n"
                                  "listen_addresses = '127.0.0.1'\n"
                                  "port = %1\n"
                                  "unix_socket_directories = '%2'\n"
                                  "max_connections = 100\n"
                                  "shared_buffers = 256MB\n"
                                  "maintenance_work_mem = 256MB\n"
                                  "max_wal_size = 4GB\n"
                                  "password_encryption = 'scram-sha-256'\n")
                       .arg(port)
                       .arg(m_dir);
    if (!options.durable)
        text += QStringLiteral("fsync = off\nsynchronous_commit = off\nfull_page_writes = off\n");
    conf.write(text.toUtf8());
    return conf.error() == QFileDevice::NoError;
}

bool LocalCluster::init(const InitOptions& options, QString* error)
{
    m_bin = findServerPrograms(error);
    if (m_bin.isEmpty())
        return false;
    if (exists()) {
        *error = Tr::tr("A cluster exists already in %1.").arg(m_dir);
        return false;
    }
    if (!QDir().mkpath(m_dir)) {
        *error = Tr::tr("Cannot create the directory %1.").arg(m_dir);
        return false;
    }
    ::chmod(QFile::encodeName(m_dir).constData(), 0700);
    if (!handToServerAccount(m_dir, error))
        return false;
    if (AppPaths::runningAsRoot()) {
        QProcess check;
        check.start(QStringLiteral("runuser"),
                    {QStringLiteral("-u"), QLatin1String(serverAccount()), QStringLiteral("--"), QStringLiteral("test"),
                     QStringLiteral("-w"), m_dir});
        if (!check.waitForFinished(10000) || check.exitCode() != 0) {
            *error = Tr::tr("The PostgreSQL server runs as the account postgres, which cannot reach %1. Choose a "
                            "directory that account can reach, for example under /var/tmp.")
                         .arg(m_dir);
            return false;
        }
    }
    const QString pwfile = m_dir + QStringLiteral("/.initdb-password");
    if (!SecretFile::write(pwfile, options.password.toUtf8(), error) || !handToServerAccount(pwfile, error))
        return false;
    const int port = options.port > 0 ? options.port : freePort();
    QStringList args{QStringLiteral("-D"),
                     dataDir(),
                     QStringLiteral("-U"),
                     options.superuser,
                     QStringLiteral("--pwfile=") + pwfile,
                     QStringLiteral("--auth=scram-sha-256"),
                     QStringLiteral("--encoding=UTF8"),
                     QStringLiteral("--locale=C.UTF-8")};
    if (!options.durable)
        args << QStringLiteral("--no-sync");
    QString output;
    const bool ok = runTool(QStringLiteral("initdb"), args, &output);
    QFile::remove(pwfile);
    if (!ok) {
        *error = Tr::tr("initdb failed: %1").arg(output.section(QLatin1Char('\n'), -3));
        return false;
    }
    if (!writeConfig(options, port, error))
        return false;
    QJsonObject meta{{QStringLiteral("port"), port}, {QStringLiteral("superuser"), options.superuser}};
    QFile f(metaFile(m_dir));
    if (!f.open(QIODevice::WriteOnly) || f.write(QJsonDocument(meta).toJson()) < 0) {
        *error = Tr::tr("Cannot write %1.").arg(f.fileName());
        return false;
    }
    spdlog::info("initialised local cluster on port {}", port);
    return true;
}

bool LocalCluster::start(QString* error)
{
    m_bin = findServerPrograms(error);
    if (m_bin.isEmpty())
        return false;
    if (isRunning())
        return true;
    QString output;
    if (!runTool(QStringLiteral("pg_ctl"),
                 {QStringLiteral("-D"), dataDir(), QStringLiteral("-l"), logFile(), QStringLiteral("-w"),
                  QStringLiteral("-t"), QStringLiteral("60"), QStringLiteral("start")},
                 &output)) {
        QString tail;
        QFile log(logFile());
        if (log.open(QIODevice::ReadOnly))
            tail = QString::fromUtf8(log.readAll()).trimmed().section(QLatin1Char('\n'), -3);
        *error = Tr::tr("The local PostgreSQL server did not start: %1").arg(tail.isEmpty() ? output : tail);
        return false;
    }
    spdlog::info("started local cluster on port {}", port());
    return true;
}

bool LocalCluster::stop(QString* error, StopMode mode)
{
    m_bin = findServerPrograms(error);
    if (m_bin.isEmpty())
        return false;
    if (!isRunning())
        return true;
    QString output;
    if (!runTool(QStringLiteral("pg_ctl"),
                 {QStringLiteral("-D"), dataDir(), QStringLiteral("-m"),
                  mode == StopMode::Immediate ? QStringLiteral("immediate") : QStringLiteral("fast"),
                  QStringLiteral("-w"), QStringLiteral("stop")},
                 &output)) {
        *error = Tr::tr("The local PostgreSQL server did not stop: %1").arg(output);
        return false;
    }
    return true;
}

bool LocalCluster::isRunning() const
{
    if (m_bin.isEmpty() || !exists())
        return false;
    QString output;
    return runTool(QStringLiteral("pg_ctl"), {QStringLiteral("-D"), dataDir(), QStringLiteral("status")}, &output);
}

bool LocalCluster::remove(QString* error)
{
    if (exists() && !stop(error))
        return false;
    if (QFileInfo::exists(m_dir) && !QDir(m_dir).removeRecursively()) {
        *error = Tr::tr("Cannot remove %1.").arg(m_dir);
        return false;
    }
    return true;
}

ConnectionProfile LocalCluster::profile(const QString& database, const QString& user) const
{
    ConnectionProfile p;
    p.host = m_dir;
    p.port = port();
    p.database = database;
    p.user = user;
    p.sslMode = QStringLiteral("disable"); // a Unix socket never leaves the machine
    return p;
}
