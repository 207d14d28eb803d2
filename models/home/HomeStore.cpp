// SPDX-License-Identifier: GPL-3.0-or-later
#include "HomeStore.h"

#include "db/PrivacyCall.h"

HomeStore::HomeStore(QSqlDatabase db)
    : m_db(db)
{}

bool HomeStore::items(StaffRole role, HomeItems* items, QString* error)
{
    QString function;
    switch (role) {
    case StaffRole::Support:
        function = QStringLiteral("home_support");
        break;
    case StaffRole::Dpo:
        function = QStringLiteral("home_dpo");
        break;
    case StaffRole::Admin:
    case StaffRole::Superuser:
        function = QStringLiteral("home_admin");
        break;
    }
    QJsonObject answer;
    if (!PrivacyCall::json(m_db, function, {}, &answer, error))
        return false;
    *items = HomeItems::fromJson(answer);
    return true;
}
