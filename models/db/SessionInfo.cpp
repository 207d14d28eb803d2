// SPDX-License-Identifier: GPL-3.0-or-later
#include "SessionInfo.h"

#include "SqlError.h"

#include <QCoreApplication>
#include <QSqlQuery>

QString SessionInfo::roleName() const
{
    return roleTitle(role);
}

QString SessionInfo::roleTitle(StaffRole role)
{
    switch (role) {
    case StaffRole::Support:
        return QCoreApplication::translate("SessionInfo", "Support");
    case StaffRole::Dpo:
        return QCoreApplication::translate("SessionInfo", "Data protection officer");
    case StaffRole::Admin:
        return QCoreApplication::translate("SessionInfo", "Administrator");
    case StaffRole::Superuser:
        return QCoreApplication::translate("SessionInfo", "Database superuser");
    }
    return QString();
}

QString SessionInfo::roleKey(StaffRole role)
{
    switch (role) {
    case StaffRole::Support:
        return QStringLiteral("support");
    case StaffRole::Dpo:
        return QStringLiteral("dpo");
    case StaffRole::Admin:
        return QStringLiteral("admin");
    case StaffRole::Superuser:
        return QStringLiteral("superuser");
    }
    return QString();
}

std::optional<StaffRole> SessionInfo::roleFromKey(const QString& key)
{
    for (StaffRole r : {StaffRole::Support, StaffRole::Dpo, StaffRole::Admin, StaffRole::Superuser}) {
        if (roleKey(r) == key)
            return r;
    }
    return std::nullopt;
}

bool SessionInfo::mayUse(Page page) const
{
    switch (page) {
    case Page::Overview:
        return true;
    case Page::Users:
    case Page::Requests:
        return role == StaffRole::Support || role == StaffRole::Dpo;
    case Page::Audit:
        return role == StaffRole::Dpo;
    case Page::Incidents:
        return role == StaffRole::Dpo || role == StaffRole::Admin;
    case Page::Admin:
        return role == StaffRole::Admin;
    }
    return false;
}

QString SessionInfo::pageKey(Page page)
{
    switch (page) {
    case Page::Overview:
        return QStringLiteral("overview");
    case Page::Users:
        return QStringLiteral("users");
    case Page::Requests:
        return QStringLiteral("requests");
    case Page::Audit:
        return QStringLiteral("audit");
    case Page::Incidents:
        return QStringLiteral("incidents");
    case Page::Admin:
        return QStringLiteral("admin");
    }
    return QString();
}

std::optional<Page> SessionInfo::pageFromKey(const QString& key)
{
    for (Page p : {Page::Overview, Page::Users, Page::Requests, Page::Audit, Page::Incidents, Page::Admin}) {
        if (pageKey(p) == key)
            return p;
    }
    return std::nullopt;
}

QString SessionInfo::pageTitle(Page page)
{
    switch (page) {
    case Page::Overview:
        return QCoreApplication::translate("SessionInfo", "Overview");
    case Page::Users:
        return QCoreApplication::translate("SessionInfo", "Users");
    case Page::Requests:
        return QCoreApplication::translate("SessionInfo", "Requests");
    case Page::Audit:
        return QCoreApplication::translate("SessionInfo", "Access log");
    case Page::Incidents:
        return QCoreApplication::translate("SessionInfo", "Incidents");
    case Page::Admin:
        return QCoreApplication::translate("SessionInfo", "Administration");
    }
    return QString();
}

std::optional<SessionInfo> SessionInfo::query(QSqlDatabase& db, const ConnectionProfile& profile, ConnectError* error)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT to_regnamespace('privacy') IS NOT NULL, current_database(), session_user")) ||
        !q.next()) {
        *error = ConnectError::fromSqlError(q.lastError(), profile);
        return std::nullopt;
    }
    const QString database = q.value(1).toString();
    const QString login = q.value(2).toString();
    if (!q.value(0).toBool()) {
        *error = ConnectError::make(ConnectError::Kind::NoPrivacySchema, profile, database);
        return std::nullopt;
    }
    if (!q.exec(QStringLiteral("SELECT login, staff_role, database, server_version FROM privacy.whoami()")) ||
        !q.next()) {
        if (SqlError::sqlState(q.lastError()) == QLatin1String("42501"))
            *error = ConnectError::make(ConnectError::Kind::NoStaffRole, profile, login);
        else
            *error = ConnectError::fromSqlError(q.lastError(), profile);
        return std::nullopt;
    }
    const auto role = roleFromKey(q.value(1).toString());
    if (!role) {
        *error = ConnectError::make(ConnectError::Kind::NoStaffRole, profile, login);
        return std::nullopt;
    }
    SessionInfo info;
    info.login = q.value(0).toString();
    info.role = *role;
    info.database = q.value(2).toString();
    info.serverVersion = q.value(3).toString();
    // The session's own row of pg_stat_ssl, read as the login itself: inside whoami() (security
    // definer) PostgreSQL hides it, as it hides other users' sessions.
    if (q.exec(QStringLiteral("SELECT ssl, version, cipher FROM pg_stat_ssl WHERE pid = pg_backend_pid()")) &&
        q.next()) {
        info.tls = q.value(0).toBool();
        info.tlsVersion = q.value(1).toString();
        info.tlsCipher = q.value(2).toString();
    }
    info.server = profile.displayServer();
    info.isLocalSocket = profile.host.startsWith(QLatin1Char('/'));
    info.port = profile.port;
    return info;
}

QString SessionInfo::displayServer() const
{
    if (!isLocalSocket)
        return server;
    ConnectionProfile local;
    local.host = QStringLiteral("/");
    local.port = port;
    return local.displayServer();
}
