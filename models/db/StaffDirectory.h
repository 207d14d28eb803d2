// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>

// Staff logins, managed through the database's privacy.staff_* functions (admin or superuser).
class StaffDirectory
{
public:
    struct Member {
        QString login;
        QString role; // "support", "dpo", "admin"
        QString displayName;
        QDateTime createdAt;
        bool canLogin = true;
    };

    explicit StaffDirectory(QSqlDatabase db);

    static bool isValidRole(const QString& role);

    bool add(const QString& login, const QString& role, const QString& password, const QString& displayName,
             QString* error);
    bool remove(const QString& login, QString* error);
    bool list(QList<Member>* members, QString* error);

private:
    QSqlDatabase m_db;
};
