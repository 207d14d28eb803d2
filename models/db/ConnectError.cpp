// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConnectError.h"

#include "ConnectionProfile.h"
#include "SqlError.h"

#include <QCoreApplication>

namespace {

// lupdate reads the context from here; free functions have no class to take it from.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ConnectError)
};

bool containsAny(const QString& text, std::initializer_list<const char*> needles)
{
    for (const char* needle : needles) {
        if (text.contains(QLatin1String(needle), Qt::CaseInsensitive))
            return true;
    }
    return false;
}

} // namespace

ConnectError ConnectError::fromSqlError(const QSqlError& error, const ConnectionProfile& profile)
{
    // libpq reports connection failures as text only; these phrases are stable across versions.
    const QString text = error.databaseText() + QLatin1Char('\n') + error.driverText();
    if (containsAny(text, {"password authentication failed", "no password supplied", "SASL authentication failed"}))
        return make(Kind::WrongPassword, profile);
    if (containsAny(text, {"server does not support SSL", "SSL was required", "no encryption"}))
        return make(Kind::TlsNotOffered, profile);
    // The three ways verification fails, each with what to check.
    const auto unverified = [&](const QString& message) {
        ConnectError e = make(Kind::TlsVerifyFailed, profile, SqlError::reason(error));
        e.message = message;
        return e;
    };
    if (containsAny(text, {"does not match host name"}))
        return unverified(Tr::tr("The server at %1 presented a TLS certificate for a different host name. Connect "
                                 "with the host name the certificate names, or ask the database administrator for a "
                                 "certificate for this one.")
                              .arg(profile.displayServer()));
    if (containsAny(text, {"root certificate file"}))
        return unverified(Tr::tr("The CA certificate file \"%1\" of the profile cannot be read. Choose the CA "
                                 "certificate your database administrator gave you.")
                              .arg(profile.sslRootCert));
    if (containsAny(text, {"certificate verify failed"}))
        return unverified(Tr::tr("The TLS certificate of %1 was not issued by the CA certificate of the profile, so "
                                 "the server cannot be trusted. Check the CA certificate of the profile with your "
                                 "database administrator.")
                              .arg(profile.displayServer()));
    if (containsAny(text, {"SSL error", "certificate"}))
        return make(Kind::TlsVerifyFailed, profile, SqlError::reason(error));
    if (containsAny(text, {"timeout expired"}))
        return make(Kind::Timeout, profile);
    if (containsAny(text,
                    {"could not connect", "Connection refused", "could not translate host name", "No route to host",
                     "Is the server running", "Network is unreachable", "No such file or directory"}))
        return make(Kind::Unreachable, profile);
    if (containsAny(text, {"server closed the connection", "terminating connection", "connection to server was lost",
                           "no connection to the server", "SSL SYSCALL error", "could not receive data"}))
        return make(Kind::ConnectionLost, profile);
    return make(Kind::Other, profile, SqlError::reason(error));
}

ConnectError ConnectError::make(Kind kind, const ConnectionProfile& profile, const QString& detail)
{
    ConnectError e;
    e.kind = kind;
    const QString server = profile.displayServer();
    switch (kind) {
    case Kind::None:
        break;
    case Kind::WrongPassword:
        e.message = Tr::tr("The server refused the login: the user name or the password is wrong. "
                           "Check both and try again.");
        break;
    case Kind::Unreachable:
        e.message = Tr::tr("Cannot reach the database server at %1. Check the host name and the port, "
                           "and that the server is running.")
                        .arg(server);
        break;
    case Kind::TlsNotOffered:
        e.message = Tr::tr("The server at %1 does not offer an encrypted (TLS) connection, but this profile "
                           "requires one. Ask the database administrator to enable TLS.")
                        .arg(server);
        break;
    case Kind::TlsVerifyFailed:
        e.message = Tr::tr("The TLS certificate of %1 could not be verified (%2). Check the host name and the CA "
                           "certificate of the profile.")
                        .arg(server, detail);
        break;
    case Kind::Timeout:
        e.message =
            Tr::tr("The database server at %1 did not answer in time. Check the network and try again.").arg(server);
        break;
    case Kind::NoPrivacySchema:
        e.message = Tr::tr("The database \"%1\" has no privacy schema, so the console cannot use it. An administrator "
                           "must set it up first: fxctl db init --dsn <owner connection>.")
                        .arg(detail);
        break;
    case Kind::NoStaffRole:
        e.message = Tr::tr("The login \"%1\" is not a member of a console role (support, DPO or admin). Ask an "
                           "administrator to add it with: fxctl staff add.")
                        .arg(detail);
        break;
    case Kind::ConnectionLost:
        e.message = Tr::tr("The connection to the database server at %1 was lost. Reconnect when the server is "
                           "reachable again; nothing was half-written.")
                        .arg(server);
        break;
    case Kind::Cancelled:
        e.message = Tr::tr("The connection attempt was cancelled.");
        break;
    case Kind::Other:
        e.message = Tr::tr("The connection to %1 failed: %2").arg(server, detail);
        break;
    }
    return e;
}
