// SPDX-License-Identifier: GPL-3.0-or-later
#include "StaffDirectory.h"

#include "PrivacyCall.h"
#include "ScramVerifier.h"
#include "SqlError.h"
#include "StaffPassword.h"

#include <QCoreApplication>
#include <QSqlQuery>

StaffDirectory::StaffDirectory(QSqlDatabase db)
    : m_db(db)
{}

bool StaffDirectory::isValidRole(const QString& role)
{
    return role == QLatin1String("support") || role == QLatin1String("dpo") || role == QLatin1String("admin");
}

bool StaffDirectory::add(const QString& login, const QString& role, const QString& password, const QString& displayName,
                         QString* error)
{
    if (!StaffPassword::acceptable(login, password, error))
        return false;
    return PrivacyCall::value(m_db, QStringLiteral("staff_add"),
                              {login, role, ScramVerifier::compute(password), PrivacyCall::textOrNull(displayName)},
                              nullptr, error);
}

bool StaffDirectory::remove(const QString& login, QString* error)
{
    return PrivacyCall::value(m_db, QStringLiteral("staff_remove"), {login}, nullptr, error);
}

bool StaffDirectory::list(QList<Member>* members, QString* error)
{
    return read(QStringLiteral("SELECT login, staff_role, display_name, created_at, can_login, NULL::timestamptz "
                               "FROM privacy.staff_list()"),
                members, error);
}

bool StaffDirectory::overview(QList<Member>* members, QString* error)
{
    return read(QStringLiteral("SELECT login, staff_role, display_name, created_at, can_login, last_seen "
                               "FROM privacy.staff_overview()"),
                members, error);
}

bool StaffDirectory::setRole(const QString& login, const QString& role, QString* error)
{
    return PrivacyCall::value(m_db, QStringLiteral("staff_set_role"), {login, role}, nullptr, error);
}

bool StaffDirectory::setEnabled(const QString& login, bool enabled, QString* error)
{
    return PrivacyCall::value(m_db, QStringLiteral("staff_set_enabled"), {login, enabled}, nullptr, error);
}

bool StaffDirectory::read(const QString& sql, QList<Member>* members, QString* error)
{
    members->clear();
    QSqlQuery q(m_db);
    if (!q.exec(sql)) {
        *error = SqlError::reason(q.lastError());
        return false;
    }
    while (q.next()) {
        Member m;
        m.login = q.value(0).toString();
        m.role = q.value(1).toString();
        m.displayName = q.value(2).toString();
        m.createdAt = q.value(3).toDateTime();
        m.canLogin = q.value(4).toBool();
        m.lastSeen = q.value(5).toDateTime();
        members->append(m);
    }
    return true;
}
