// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

// The policies an administrator sets (privacy.policy_get / policy_set): the ticket-reference
// pattern, the DPO's contact, the privacy-policy version, search and finder limits, and the
// access-log review's thresholds and working hours. The database checks each value and logs
// each change.
struct PolicySaving {
    QJsonObject policies; // as they are now, after what was saved
    int changed = 0;
    QString refusedKey; // the first change the database refused; the rest were not tried
};

class PolicyStore
{
public:
    explicit PolicyStore(QSqlDatabase db);

    // The keys in the order the console shows them.
    static QStringList keys();
    bool get(QJsonObject* policies, QString* error);
    bool set(const QString& key, const QString& value, QJsonObject* policies, QString* error);
    // Saves the changes in order until the database refuses one (its reason in *error).
    bool setAll(const QList<QPair<QString, QString>>& changes, PolicySaving* saving, QString* error);

private:
    QSqlDatabase m_db;
};
