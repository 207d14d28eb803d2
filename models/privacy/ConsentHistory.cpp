// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConsentHistory.h"

#include "db/PrivacyCall.h"

#include <QJsonArray>

ConsentState ConsentState::fromJson(const QJsonObject& json)
{
    ConsentState state;
    state.at = QDateTime::fromString(json.value(QLatin1String("at")).toString(), Qt::ISODateWithMs);
    const QJsonObject inForce = json.value(QLatin1String("in_force")).toObject();
    state.known = !inForce.isEmpty();
    state.marketing = inForce.value(QLatin1String("marketing")).toBool();
    state.since = QDateTime::fromString(inForce.value(QLatin1String("since")).toString(), Qt::ISODateWithMs);
    state.source = inForce.value(QLatin1String("source")).toString();
    state.policyVersion = inForce.value(QLatin1String("policy_version")).toString();
    for (const QJsonValue& value : json.value(QLatin1String("events")).toArray()) {
        const QJsonObject e = value.toObject();
        state.events.append({QDateTime::fromString(e.value(QLatin1String("at")).toString(), Qt::ISODateWithMs),
                             e.value(QLatin1String("marketing")).toBool(), e.value(QLatin1String("source")).toString(),
                             e.value(QLatin1String("ticket")).toString(),
                             e.value(QLatin1String("policy_version")).toString()});
    }
    return state;
}

ConsentHistory::ConsentHistory(QSqlDatabase db)
    : m_db(db)
{}

bool ConsentHistory::read(qint64 userId, const QDateTime& at, const AccessContext& context, ConsentState* state,
                          QString* error)
{
    QJsonObject json;
    if (!PrivacyCall::json(m_db, QStringLiteral("consent_history"),
                           {userId, at.isValid() ? QVariant(at.toUTC().toString(Qt::ISODateWithMs)) : QVariant(),
                            PrivacyCall::textOrNull(context.ticket), PrivacyCall::textOrNull(context.purpose)},
                           &json, error))
        return false;
    *state = ConsentState::fromJson(json);
    return true;
}
