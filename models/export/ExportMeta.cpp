// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExportMeta.h"

#include <QJsonArray>

ExportMeta ExportMeta::fromJson(const QJsonObject& begin)
{
    ExportMeta meta;
    meta.request = begin.value(QLatin1String("request")).toObject();
    meta.requestId = meta.request.value(QLatin1String("id")).toInteger();
    const QJsonObject subject = begin.value(QLatin1String("subject")).toObject();
    meta.userId = subject.value(QLatin1String("id")).toInteger();
    meta.publicId = subject.value(QLatin1String("public_id")).toString();
    meta.language = subject.value(QLatin1String("locale")).toString();
    meta.name = subject.value(QLatin1String("name")).toString();
    meta.email = subject.value(QLatin1String("email")).toString();
    for (const QJsonValue& value : begin.value(QLatin1String("tables")).toArray()) {
        const QJsonObject object = value.toObject();
        ExportTable table;
        table.name = object.value(QLatin1String("table")).toString();
        table.category = object.value(QLatin1String("category")).toString();
        table.origin = object.value(QLatin1String("origin")).toString();
        table.rows = object.value(QLatin1String("rows")).toInteger();
        for (const QJsonValue& column : object.value(QLatin1String("columns")).toArray()) {
            const QJsonObject c = column.toObject();
            table.columns.append({c.value(QLatin1String("name")).toString(), c.value(QLatin1String("type")).toString(),
                                  c.value(QLatin1String("nullable")).toBool()});
        }
        for (const QJsonValue& omitted : object.value(QLatin1String("omitted")).toArray())
            table.omitted.append(omitted.toString());
        for (const QJsonValue& purpose : object.value(QLatin1String("purposes")).toArray())
            table.purposes.append(purpose.toString());
        const QJsonObject erasure = object.value(QLatin1String("erasure")).toObject();
        table.erasure = erasure.value(QLatin1String("action")).toString();
        table.retentionYears = erasure.value(QLatin1String("years")).toInt();
        table.basis = erasure.value(QLatin1String("basis")).toObject();
        meta.tables.append(table);
    }
    for (const QJsonValue& value : begin.value(QLatin1String("processors")).toArray()) {
        const QJsonObject p = value.toObject();
        meta.processors.append({p.value(QLatin1String("name")).toString(),
                                p.value(QLatin1String("category")).toString(),
                                p.value(QLatin1String("holds_data")).toBool()});
    }
    for (const QJsonValue& value : begin.value(QLatin1String("consultations")).toArray()) {
        const QJsonObject c = value.toObject();
        meta.consultations.append(
            {QDateTime::fromString(c.value(QLatin1String("at")).toString(), Qt::ISODateWithMs),
             c.value(QLatin1String("action")).toString(), c.value(QLatin1String("role")).toString(),
             c.value(QLatin1String("category")).toString(), c.value(QLatin1String("title")).toObject(),
             c.value(QLatin1String("ticket")).toBool(), c.value(QLatin1String("purpose")).toString()});
    }
    return meta;
}

qint64 ExportMeta::totalRows() const
{
    qint64 total = 0;
    for (const ExportTable& table : tables)
        total += table.rows;
    return total;
}
