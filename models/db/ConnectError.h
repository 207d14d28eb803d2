// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMetaType>
#include <QSqlError>
#include <QString>

struct ConnectionProfile;

// Why a connection could not be used, and what the user should do about it.
struct ConnectError {
    enum class Kind {
        None,
        WrongPassword,
        Unreachable,
        TlsNotOffered,
        TlsVerifyFailed,
        Timeout,
        NoPrivacySchema,
        NoStaffRole,
        ConnectionLost,
        Cancelled,
        Other,
    };

    Kind kind = Kind::None;
    QString message; // translated, complete sentence(s) with what to do

    bool isError() const { return kind != Kind::None; }

    static ConnectError fromSqlError(const QSqlError& error, const ConnectionProfile& profile);
    static ConnectError make(Kind kind, const ConnectionProfile& profile, const QString& detail = QString());
};

Q_DECLARE_METATYPE(ConnectError)
