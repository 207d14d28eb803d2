// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ConnectError.h"
#include "ConnectionProfile.h"

#include <QSqlDatabase>
#include <QString>

// One named QPSQL connection, closed and unregistered when this goes away. Use it on the thread
// that opened it only (Qt's rule for QSqlDatabase).
class DatabaseConnection
{
public:
    DatabaseConnection();
    ~DatabaseConnection();
    DatabaseConnection(const DatabaseConnection&) = delete;
    DatabaseConnection& operator=(const DatabaseConnection&) = delete;

    // The password may be empty: libpq then looks in PGPASSWORD and ~/.pgpass.
    bool open(const ConnectionProfile& profile, const QString& password, ConnectError* error);
    void close();

    QSqlDatabase database() const;
    bool isOpen() const;
    const ConnectionProfile& profile() const { return m_profile; }

private:
    QString m_name;
    ConnectionProfile m_profile;
};
