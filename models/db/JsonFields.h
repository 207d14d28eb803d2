// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// Reading one field of a privacy function's JSON answer, for the records' fromJson(): a missing
// or null field gives the empty value (an invalid date, an empty string).
namespace JsonFields {

QString text(const QJsonObject& object, const char* key);
QDate date(const QJsonObject& object, const char* key);
// ISO 8601 with offset, as PostgreSQL's to_json writes a timestamptz.
QDateTime dateTime(const QJsonObject& object, const char* key);
QStringList texts(const QJsonObject& object, const char* key);
// Empty when the field is null or missing, so that 0 stays apart from "not known".
std::optional<qint64> number(const QJsonObject& object, const char* key);

template <typename T> QList<T> listOf(const QJsonObject& object, const char* key)
{
    QList<T> list;
    for (const QJsonValue& value : object.value(QLatin1String(key)).toArray())
        list << T::fromJson(value.toObject());
    return list;
}

} // namespace JsonFields
