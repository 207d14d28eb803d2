// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "HomeItems.h"
#include "db/SessionInfo.h"

#include <QSqlDatabase>

// The home page's reading: privacy.home_support(), home_dpo() or home_admin(), as the role
// has. The database refuses another role's function; reading writes nothing to the access log.
class HomeStore
{
public:
    explicit HomeStore(QSqlDatabase db);

    bool items(StaffRole role, HomeItems* items, QString* error);

private:
    QSqlDatabase m_db;
};
