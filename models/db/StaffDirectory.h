// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>

// Staff logins, managed through the database's privacy.staff_* functions (admin or superuser),
// which refuse changes to one's own login and to the last administrator.
class StaffDirectory
{
public:
    struct Member {
        QString login;
        QString role; // "support", "dpo", "admin"
        QString displayName;
        QDateTime createdAt;
        bool canLogin = true;
        QDateTime lastSeen; // the login's latest access-log entry (overview() only)
    };

    explicit StaffDirectory(QSqlDatabase db);

    static bool isValidRole(const QString& role);

    bool add(const QString& login, const QString& role, const QString& password, const QString& displayName,
             QString* error);
    bool remove(const QString& login, QString* error);
    bool list(QList<Member>* members, QString* error);
    // The list with when each login last appears in the access log (administrators only).
    bool overview(QList<Member>* members, QString* error);
    bool setRole(const QString& login, const QString& role, QString* error);
    bool setEnabled(const QString& login, bool enabled, QString* error);

private:
    bool read(const QString& sql, QList<Member>* members, QString* error);

    QSqlDatabase m_db;
};
