// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConnectionProfile.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QUrl>
#include <QUrlQuery>

namespace {

// libpq quoting: QPSQL joins the options with spaces, so values are quoted.
QString quoted(const QString& value)
{
    QString v = value;
    v.replace(QLatin1Char('\\'), QStringLiteral("\\\\")).replace(QLatin1Char('\''), QStringLiteral("\\'"));
    return QLatin1Char('\'') + v + QLatin1Char('\'');
}

// lupdate reads the context from here; free functions have no class to take it from.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ConnectionProfile)
};

// Splits "key=value key='quoted value'" as libpq does.
std::optional<QMap<QString, QString>> parseKeyValues(const QString& dsn, QString* error)
{
    QMap<QString, QString> result;
    qsizetype i = 0;
    const qsizetype n = dsn.size();
    while (i < n) {
        while (i < n && dsn.at(i).isSpace())
            ++i;
        if (i >= n)
            break;
        const qsizetype eq = dsn.indexOf(QLatin1Char('='), i);
        if (eq < 0) {
            *error = Tr::tr("Missing \"=\" after \"%1\" in the connection string.").arg(dsn.mid(i, 40));
            return std::nullopt;
        }
        const QString key = dsn.mid(i, eq - i).trimmed();
        i = eq + 1;
        while (i < n && dsn.at(i).isSpace())
            ++i;
        QString value;
        if (i < n && dsn.at(i) == QLatin1Char('\'')) {
            ++i;
            bool closed = false;
            while (i < n) {
                const QChar c = dsn.at(i++);
                if (c == QLatin1Char('\\') && i < n) {
                    value.append(dsn.at(i++));
                } else if (c == QLatin1Char('\'')) {
                    closed = true;
                    break;
                } else {
                    value.append(c);
                }
            }
            if (!closed) {
                *error = Tr::tr("Unterminated quoted value in the connection string.");
                return std::nullopt;
            }
        } else {
            while (i < n && !dsn.at(i).isSpace())
                value.append(dsn.at(i++));
        }
        if (key.isEmpty()) {
            *error = Tr::tr("Empty keyword in the connection string.");
            return std::nullopt;
        }
        result.insert(key, value);
    }
    return result;
}

std::optional<QMap<QString, QString>> parseUri(const QString& dsn, QString* error)
{
    const QUrl url(dsn, QUrl::StrictMode);
    if (!url.isValid()) {
        *error = Tr::tr("The connection URI is not valid: %1").arg(url.errorString());
        return std::nullopt;
    }
    QMap<QString, QString> result;
    if (!url.host().isEmpty())
        result.insert(QStringLiteral("host"), url.host());
    if (url.port() > 0)
        result.insert(QStringLiteral("port"), QString::number(url.port()));
    if (!url.userName().isEmpty())
        result.insert(QStringLiteral("user"), url.userName());
    if (!url.password().isEmpty())
        result.insert(QStringLiteral("password"), url.password());
    const QString path = url.path();
    if (path.size() > 1)
        result.insert(QStringLiteral("dbname"), path.mid(1));
    const QUrlQuery query(url);
    for (const auto& item : query.queryItems(QUrl::FullyDecoded))
        result.insert(item.first, item.second);
    return result;
}

} // namespace

bool ConnectionProfile::isLocal() const
{
    return host.isEmpty() || host.startsWith(QLatin1Char('/')) || host == QLatin1String("localhost") ||
           host == QLatin1String("127.0.0.1") || host == QLatin1String("::1");
}

QString ConnectionProfile::effectiveSslMode() const
{
    if (!sslMode.isEmpty())
        return sslMode;
    return isLocal() ? QStringLiteral("prefer") : QStringLiteral("verify-full");
}

QString ConnectionProfile::displayServer() const
{
    if (host.startsWith(QLatin1Char('/')))
        return Tr::tr("this computer (local socket, port %1)").arg(port);
    const QString h = host.isEmpty() ? QStringLiteral("localhost") : host;
    return port > 0 ? QStringLiteral("%1:%2").arg(h).arg(port) : h;
}

void ConnectionProfile::applyTo(QSqlDatabase& db, const QString& applicationName) const
{
    if (!host.isEmpty())
        db.setHostName(host);
    if (port > 0)
        db.setPort(port);
    if (!database.isEmpty())
        db.setDatabaseName(database);
    if (!user.isEmpty())
        db.setUserName(user);
    QStringList options;
    options << QStringLiteral("sslmode=%1").arg(effectiveSslMode());
    if (!sslRootCert.isEmpty())
        options << QStringLiteral("sslrootcert=%1").arg(quoted(sslRootCert));
    options << QStringLiteral("application_name=%1").arg(quoted(applicationName));
    // Server NOTICEs would go to stderr through libpq's default notice processor.
    if (!extraOptions.contains(QStringLiteral("options")))
        options << QStringLiteral("options=%1").arg(quoted(QStringLiteral("-c client_min_messages=warning")));
    if (!extraOptions.contains(QStringLiteral("connect_timeout")))
        options << QStringLiteral("connect_timeout=10");
    for (auto it = extraOptions.cbegin(); it != extraOptions.cend(); ++it)
        options << QStringLiteral("%1=%2").arg(it.key(), quoted(it.value()));
    db.setConnectOptions(options.join(QLatin1Char(';')));
}

std::optional<ConnectionProfile> ConnectionProfile::fromDsn(const QString& dsn, QString* error)
{
    const QString trimmed = dsn.trimmed();
    const bool isUri =
        trimmed.startsWith(QLatin1String("postgresql://")) || trimmed.startsWith(QLatin1String("postgres://"));
    const auto values = isUri ? parseUri(trimmed, error) : parseKeyValues(trimmed, error);
    if (!values)
        return std::nullopt;
    if (values->contains(QStringLiteral("password"))) {
        *error =
            Tr::tr("A password in the connection string is refused. Use ~/.pgpass, PGPASSFILE or --password-file.");
        return std::nullopt;
    }
    ConnectionProfile profile;
    for (auto it = values->cbegin(); it != values->cend(); ++it) {
        const QString& key = it.key();
        const QString& value = it.value();
        if (key == QLatin1String("host") || key == QLatin1String("hostaddr")) {
            profile.host = value;
        } else if (key == QLatin1String("port")) {
            bool ok = false;
            profile.port = value.toInt(&ok);
            if (!ok || profile.port <= 0 || profile.port > 65535) {
                *error = Tr::tr("The port \"%1\" is not a number between 1 and 65535.").arg(value.left(20));
                return std::nullopt;
            }
        } else if (key == QLatin1String("dbname")) {
            profile.database = value;
        } else if (key == QLatin1String("user")) {
            profile.user = value;
        } else if (key == QLatin1String("sslmode")) {
            if (!sslModes().contains(value)) {
                *error = Tr::tr("Unknown sslmode \"%1\"; use one of: %2.")
                             .arg(value.left(20), sslModes().join(QStringLiteral(", ")));
                return std::nullopt;
            }
            profile.sslMode = value;
        } else if (key == QLatin1String("sslrootcert")) {
            profile.sslRootCert = value;
        } else if (key.contains(QLatin1Char(';')) || value.contains(QLatin1Char(';'))) {
            *error = Tr::tr("The connection string contains a \";\", which is not allowed.");
            return std::nullopt;
        } else {
            profile.extraOptions.insert(key, value);
        }
    }
    return profile;
}

QStringList ConnectionProfile::sslModes()
{
    return {QStringLiteral("disable"), QStringLiteral("allow"),     QStringLiteral("prefer"),
            QStringLiteral("require"), QStringLiteral("verify-ca"), QStringLiteral("verify-full")};
}
