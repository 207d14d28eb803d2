// SPDX-License-Identifier: GPL-3.0-or-later
#include "JsonFields.h"

namespace JsonFields {

QString text(const QJsonObject& object, const char* key)
{
    return object.value(QLatin1String(key)).toString();
}

QDate date(const QJsonObject& object, const char* key)
{
    return QDate::fromString(text(object, key), Qt::ISODate);
}

QDateTime dateTime(const QJsonObject& object, const char* key)
{
    return QDateTime::fromString(text(object, key), Qt::ISODateWithMs);
}

QStringList texts(const QJsonObject& object, const char* key)
{
    QStringList list;
    for (const QJsonValue& value : object.value(QLatin1String(key)).toArray())
        list << value.toString();
    return list;
}

std::optional<qint64> number(const QJsonObject& object, const char* key)
{
    const QJsonValue value = object.value(QLatin1String(key));
    return value.isDouble() ? std::optional<qint64>(value.toInteger()) : std::nullopt;
}

} // namespace JsonFields
