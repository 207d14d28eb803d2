// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ConnectError.h"
#include "ConnectionProfile.h"

#include <QMetaType>
#include <QSqlDatabase>
#include <QString>

#include <optional>

enum class StaffRole { Support, Dpo, Admin, Superuser };

// The console's pages; which a role may use is decided here, once. The database still refuses
// everything a role may not do: this only decides what is shown.
enum class Page { Overview, Users, Requests, Audit, Incidents, Admin };

// Who is connected, with which role, where, and how.
struct SessionInfo {
    QString login;
    StaffRole role = StaffRole::Support;
    QString server; // host:port as configured; see displayServer()
    int port = 0;
    QString database;
    QString serverVersion;
    bool tls = false;
    bool isLocalSocket = false; // a Unix socket: nothing leaves the machine
    QString tlsVersion;
    QString tlsCipher;

    QString roleName() const;                 // translated
    static QString roleTitle(StaffRole role); // translated
    QString displayServer() const;            // translated now, so a language switch shows
    static QString roleKey(StaffRole role);   // "support", "dpo", "admin", "superuser"
    static std::optional<StaffRole> roleFromKey(const QString& key);

    bool mayUse(Page page) const;
    static QString pageKey(Page page);
    static std::optional<Page> pageFromKey(const QString& key);
    static QString pageTitle(Page page); // translated

    // Asks the database who we are. Fails with NoPrivacySchema or NoStaffRole where that is
    // why the console cannot work with this login.
    static std::optional<SessionInfo> query(QSqlDatabase& db, const ConnectionProfile& profile, ConnectError* error);
};

Q_DECLARE_METATYPE(SessionInfo)
