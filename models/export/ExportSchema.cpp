// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExportSchema.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace ExportSchema {

namespace {

QJsonObject columnSchema(const ExportColumn& column)
{
    const QString type = jsonType(column.type);
    QJsonObject schema{{QStringLiteral("description"), QStringLiteral("SQL type: %1").arg(column.type)}};
    if (type == QLatin1String("object"))
        return schema; // json and jsonb columns hold any JSON value
    if (column.nullable)
        schema.insert(QStringLiteral("type"), QJsonArray{type, QStringLiteral("null")});
    else
        schema.insert(QStringLiteral("type"), type);
    if (type == QLatin1String("array"))
        schema.insert(QStringLiteral("items"), QJsonObject{{QStringLiteral("type"), QStringLiteral("string")}});
    if (column.type.startsWith(QLatin1String("timestamp")))
        schema.insert(QStringLiteral("format"), QStringLiteral("date-time"));
    else if (column.type == QLatin1String("date"))
        schema.insert(QStringLiteral("format"), QStringLiteral("date"));
    else if (column.type == QLatin1String("uuid"))
        schema.insert(QStringLiteral("format"), QStringLiteral("uuid"));
    return schema;
}

QJsonObject tableSchema(const ExportTable& table)
{
    QJsonObject properties;
    QJsonArray required;
    for (const ExportColumn& column : table.columns) {
        properties.insert(column.name, columnSchema(column));
        required.append(column.name);
    }
    QString description = QStringLiteral("Rows of table %1; origin: %2.").arg(table.name, table.origin);
    if (!table.omitted.isEmpty())
        description += QStringLiteral(" Left out as security credentials, not information about the person: %1.")
                           .arg(table.omitted.join(QStringLiteral(", ")));
    return {{QStringLiteral("description"), description},
            {QStringLiteral("type"), QStringLiteral("array")},
            {QStringLiteral("items"), QJsonObject{{QStringLiteral("type"), QStringLiteral("object")},
                                                  {QStringLiteral("additionalProperties"), false},
                                                  {QStringLiteral("required"), required},
                                                  {QStringLiteral("properties"), properties}}}};
}

QJsonObject strict(const QJsonObject& properties)
{
    return {{QStringLiteral("type"), QStringLiteral("object")},
            {QStringLiteral("additionalProperties"), false},
            {QStringLiteral("required"), QJsonArray::fromStringList(properties.keys())},
            {QStringLiteral("properties"), properties}};
}

} // namespace

QString jsonType(const QString& sqlType)
{
    if (sqlType.endsWith(QLatin1String("[]")))
        return QStringLiteral("array");
    if (sqlType == QLatin1String("bigint") || sqlType == QLatin1String("integer") ||
        sqlType == QLatin1String("smallint"))
        return QStringLiteral("integer");
    if (sqlType.startsWith(QLatin1String("numeric")) || sqlType == QLatin1String("real") ||
        sqlType == QLatin1String("double precision"))
        return QStringLiteral("number");
    if (sqlType == QLatin1String("boolean"))
        return QStringLiteral("boolean");
    if (sqlType == QLatin1String("json") || sqlType == QLatin1String("jsonb"))
        return QStringLiteral("object");
    return QStringLiteral("string");
}

// Each consultation of the person's data by staff: when, what, the staff member's role, whether
// under a ticket, the purpose given; never who.
static QJsonObject consultations()
{
    const QJsonObject string{{QStringLiteral("type"), QStringLiteral("string")}};
    const QJsonObject optional{{QStringLiteral("type"), QJsonArray{QStringLiteral("string"), QStringLiteral("null")}}};
    QJsonObject item =
        strict({{QStringLiteral("at"), QJsonObject{{QStringLiteral("type"), QStringLiteral("string")},
                                                   {QStringLiteral("format"), QStringLiteral("date-time")}}},
                {QStringLiteral("action"), string},
                {QStringLiteral("category"), optional},
                {QStringLiteral("role"), string},
                {QStringLiteral("ticket"), QJsonObject{{QStringLiteral("type"), QStringLiteral("boolean")}}},
                {QStringLiteral("purpose"), optional}});
    return QJsonObject{{QStringLiteral("description"),
                        QStringLiteral("Each consultation of the person's data by staff (CJEU C-579/21): when, what "
                                       "was looked at, the role of the staff member, whether under a support "
                                       "ticket, the purpose given. Also in consultations.csv.")},
                       {QStringLiteral("type"), QStringLiteral("array")},
                       {QStringLiteral("items"), item}};
}

QByteArray build(const ExportMeta& meta)
{
    QJsonObject categories;
    for (const ExportTable& table : meta.tables) {
        QJsonObject category = categories.value(table.category).toObject();
        QJsonObject properties = category.value(QStringLiteral("properties")).toObject();
        properties.insert(table.name, tableSchema(table));
        categories.insert(table.category, strict(properties));
    }
    const QJsonObject string{{QStringLiteral("type"), QStringLiteral("string")}};
    const QJsonObject integer{{QStringLiteral("type"), QStringLiteral("integer")}};
    const QJsonObject schema{
        {QStringLiteral("$schema"), QStringLiteral("https://json-schema.org/draft/2020-12/schema")},
        {QStringLiteral("$id"),
         QStringLiteral("https://fluxariont.example/schemas/data-export-%1.json").arg(formatVersion)},
        {QStringLiteral("title"), QStringLiteral("Fluxariont data export (Art. 15 and 20 GDPR)")},
        {QStringLiteral("description"),
         QStringLiteral("Every personal datum the platform holds on one person, by data category of the privacy "
                        "policy and by table. Times are UTC in ISO 8601. The same rows are in csv/<table>.csv.")},
        {QStringLiteral("type"), QStringLiteral("object")},
        {QStringLiteral("additionalProperties"), false},
        {QStringLiteral("required"),
         QJsonArray{QStringLiteral("format"), QStringLiteral("format_version"), QStringLiteral("generated_at"),
                    QStringLiteral("request"), QStringLiteral("subject"), QStringLiteral("categories"),
                    QStringLiteral("consultations")}},
        {QStringLiteral("properties"),
         QJsonObject{
             {QStringLiteral("format"), QJsonObject{{QStringLiteral("const"), QLatin1String(format())}}},
             {QStringLiteral("format_version"), QJsonObject{{QStringLiteral("const"), formatVersion}}},
             {QStringLiteral("generated_at"), QJsonObject{{QStringLiteral("type"), QStringLiteral("string")},
                                                          {QStringLiteral("format"), QStringLiteral("date-time")}}},
             {QStringLiteral("request"), strict({{QStringLiteral("id"), integer},
                                                 {QStringLiteral("kind"), string},
                                                 {QStringLiteral("received_on"), string}})},
             {QStringLiteral("subject"), strict({{QStringLiteral("id"), integer},
                                                 {QStringLiteral("public_id"), string},
                                                 {QStringLiteral("language"), string}})},
             {QStringLiteral("categories"), strict(categories)},
             {QStringLiteral("consultations"), consultations()}}}};
    return QJsonDocument(schema).toJson(QJsonDocument::Indented);
}

} // namespace ExportSchema
