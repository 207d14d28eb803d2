// SPDX-License-Identifier: GPL-3.0-or-later
#include "PolicyStore.h"

#include "db/PrivacyCall.h"

PolicyStore::PolicyStore(QSqlDatabase db)
    : m_db(db)
{}

QStringList PolicyStore::keys()
{
    return {QStringLiteral("ticket_pattern"),       QStringLiteral("controller"),
            QStringLiteral("dpo_contact"),          QStringLiteral("privacy_policy_version"),
            QStringLiteral("request_warn_days"),    QStringLiteral("export_needs_approval"),
            QStringLiteral("lookup_max_results"),   QStringLiteral("finder_sample"),
            QStringLiteral("anomaly_min_distinct"), QStringLiteral("anomaly_factor"),
            QStringLiteral("work_hours"),           QStringLiteral("work_days"),
            QStringLiteral("work_timezone"),        QStringLiteral("recertify_days"),
            QStringLiteral("checkpoint_warn_days")};
}

bool PolicyStore::get(QJsonObject* policies, QString* error)
{
    return PrivacyCall::json(m_db, QStringLiteral("policy_get"), {}, policies, error);
}

bool PolicyStore::setAll(const QList<QPair<QString, QString>>& changes, PolicySaving* saving, QString* error)
{
    for (const auto& [key, value] : changes) {
        if (!set(key, value, &saving->policies, error)) {
            saving->refusedKey = key;
            QString ignored;
            get(&saving->policies, &ignored);
            return false;
        }
        ++saving->changed;
    }
    return true;
}

bool PolicyStore::set(const QString& key, const QString& value, QJsonObject* policies, QString* error)
{
    return PrivacyCall::json(m_db, QStringLiteral("policy_set"), {key, value}, policies, error);
}
