// SPDX-License-Identifier: GPL-3.0-or-later
#include "Recertifications.h"

#include "db/PrivacyCall.h"
#include "db/SqlError.h"

#include <QSqlError>
#include <QSqlQuery>

Recertifications::Recertifications(QSqlDatabase db)
    : m_db(db)
{}

bool Recertifications::confirm(const QString& login, QString* error)
{
    return PrivacyCall::value(m_db, QStringLiteral("staff_recertify"), {login}, nullptr, error);
}

bool Recertifications::lastConfirmed(QHash<QString, QDateTime>* confirmed, QString* error)
{
    confirmed->clear();
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT login, confirmed_at FROM privacy.staff_confirmations() "
                               "WHERE confirmed_at IS NOT NULL"))) {
        *error = SqlError::reason(q.lastError());
        return false;
    }
    while (q.next())
        confirmed->insert(q.value(0).toString(), q.value(1).toDateTime());
    return true;
}
