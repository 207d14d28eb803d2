// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QHash>
#include <QSqlDatabase>
#include <QString>

// Access recertification (administrators): confirming that another staff member still needs
// their role, and when each login's present role was last confirmed. Each confirmation is logged.
class Recertifications
{
public:
    explicit Recertifications(QSqlDatabase db);

    bool confirm(const QString& login, QString* error);
    // Login → when its present role was last confirmed (absent: never).
    bool lastConfirmed(QHash<QString, QDateTime>* confirmed, QString* error);

private:
    QSqlDatabase m_db;
};
