// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMap>
#include <QMetaType>
#include <QString>

#include <optional>

class QSqlDatabase;

// Where and as whom to connect. Never holds a password: that is given when connecting and
// otherwise comes from libpq's own sources (PGPASSWORD, ~/.pgpass).
struct ConnectionProfile {
    QString name;
    QString host;                        // host name, address or socket directory; empty: libpq's default
    int port = 0;                        // 0: libpq's default (PGPORT or 5432)
    QString database;                    // empty: libpq's default
    QString user;                        // empty: libpq's default
    QString sslMode;                     // empty: verify-full for remote hosts, prefer for local ones
    QString sslRootCert;                 // CA certificate file for verify-ca / verify-full
    QString demoRole;                    // "support", "dpo" or "admin" for the built-in demo profiles
    QMap<QString, QString> extraOptions; // further libpq keywords from a DSN

    bool isDemo() const { return !demoRole.isEmpty(); }
    bool isLocal() const;
    QString effectiveSslMode() const;
    QString displayServer() const; // "host:port" for status lines

    // Applies everything but the password to a QPSQL connection.
    void applyTo(QSqlDatabase& db, const QString& applicationName) const;

    // Parses a libpq URI (postgresql://...) or a key=value string. A password in the DSN is
    // refused: it would end up in shell history and process lists.
    static std::optional<ConnectionProfile> fromDsn(const QString& dsn, QString* error);

    static QStringList sslModes();
};

Q_DECLARE_METATYPE(ConnectionProfile)
