// SPDX-License-Identifier: GPL-3.0-or-later
#include "RetentionRules.h"

#include "db/PrivacyCall.h"
#include "db/SqlError.h"

#include <QJsonObject>
#include <QSqlQuery>

RetentionRules::RetentionRules(QSqlDatabase db)
    : m_db(db)
{}

bool RetentionRules::list(QList<Rule>* rules, QString* error)
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT table_name, category, action, retention_years, basis_en, basis_de, "
                               "array_to_string(actions, ',') FROM privacy.retention_rules()"))) {
        *error = SqlError::reasonNoting(m_db, QStringLiteral("retention_rules"), q.lastError());
        return false;
    }
    rules->clear();
    while (q.next())
        rules->append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toInt(),
                       q.value(4).toString(), q.value(5).toString(), q.value(6).toString().split(QLatin1Char(','))});
    return true;
}

bool RetentionRules::released(const QString& table, const QString& action, int years, QList<Released>* records,
                              QString* error)
{
    QSqlQuery q(m_db);
    q.prepare(
        QStringLiteral("SELECT row_key, user_id, retained_until, new_until FROM privacy.retention_released(?, ?, ?)"));
    q.addBindValue(table);
    q.addBindValue(action);
    q.addBindValue(years);
    if (!q.exec()) {
        *error = SqlError::reasonNoting(m_db, QStringLiteral("retention_released"), q.lastError());
        return false;
    }
    records->clear();
    while (q.next())
        records->append({q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toDate(), q.value(3).toDate()});
    return true;
}

bool RetentionRules::set(const QString& table, const QString& action, int years, const QString& basisEn,
                         const QString& basisDe, qint64* releasedCount, QString* error)
{
    QJsonObject result;
    const bool retain = action == QLatin1String("retain");
    if (!PrivacyCall::json(m_db, QStringLiteral("retention_set"),
                           {table, action, retain ? QVariant(years) : QVariant(QMetaType(QMetaType::Int)),
                            PrivacyCall::textOrNull(basisEn), PrivacyCall::textOrNull(basisDe)},
                           &result, error))
        return false;
    if (releasedCount)
        *releasedCount = result.value(QLatin1String("released")).toInteger();
    return true;
}
