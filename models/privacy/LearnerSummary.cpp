// SPDX-License-Identifier: GPL-3.0-or-later
#include "LearnerSummary.h"

#include "db/JsonFields.h"
#include "items/ColumnTitles.h"

#include <QJsonArray>

using namespace JsonFields;

QString LearnerTable::titleIn(const QString& language) const
{
    const QString text = title.value(language).toString();
    return text.isEmpty() ? table : text;
}

QString LearnerTable::columnTitle(const QString& column) const
{
    return ColumnTitles::column(column, columnTitles);
}

QString LearnerSummary::fieldTitle(const QString& column) const
{
    return ColumnTitles::column(column, fieldTitles);
}

qint64 LearnerSummary::count(const QString& table) const
{
    for (const LearnerTable& t : tables)
        if (t.table == table)
            return t.rows;
    return 0;
}

QStringList LearnerSummary::categories() const
{
    QStringList list;
    for (const LearnerTable& t : tables)
        if (!list.contains(t.category))
            list << t.category;
    return list;
}

QList<LearnerTable> LearnerSummary::tablesOf(const QString& category) const
{
    QList<LearnerTable> list;
    for (const LearnerTable& t : tables)
        if (t.category == category)
            list << t;
    return list;
}

LearnerSummary LearnerSummary::fromJson(const QJsonObject& summary)
{
    LearnerSummary s;
    const QJsonObject account = summary.value(QLatin1String("account")).toObject();
    LearnerAccount& a = s.account;
    a.id = account.value(QLatin1String("id")).toInteger();
    a.publicId = account.value(QLatin1String("public_id")).toString();
    a.name = account.value(QLatin1String("name")).toString();
    for (const QJsonValue& part : account.value(QLatin1String("name_parts")).toArray())
        a.nameParts.append({part[QLatin1String("column")].toString(), part[QLatin1String("value")].toString()});
    a.email = account.value(QLatin1String("email")).toString();
    a.emailMasked = account.value(QLatin1String("email_masked")).toBool();
    a.locale = account.value(QLatin1String("language")).toString();
    a.status = account.value(QLatin1String("status")).toString();
    a.createdAt = dateTime(account, "created_at");
    const QJsonObject restriction = summary.value(QLatin1String("restriction")).toObject();
    a.restricted = !restriction.isEmpty();
    a.restrictedAt = dateTime(restriction, "since");
    a.restrictionReason = restriction.value(QLatin1String("reason")).toString();

    for (const QJsonValue& field : summary.value(QLatin1String("fields")).toArray())
        s.fields.append({field[QLatin1String("column")].toString(), field[QLatin1String("value")],
                         field[QLatin1String("masked")].toBool()});
    s.fieldTitles = summary.value(QLatin1String("field_titles")).toObject();
    for (const QJsonValue& value : summary.value(QLatin1String("tables")).toArray()) {
        const QJsonObject table = value.toObject();
        LearnerTable t;
        t.table = table.value(QLatin1String("table")).toString();
        t.category = table.value(QLatin1String("category")).toString();
        t.title = table.value(QLatin1String("title")).toObject();
        t.columnTitles = table.value(QLatin1String("column_titles")).toObject();
        t.rows = table.value(QLatin1String("rows")).toInteger();
        t.columns = texts(table, "columns");
        t.masked = texts(table, "masked");
        s.tables.append(t);
    }
    for (const QJsonValue& operation : summary.value(QLatin1String("operations")).toArray())
        s.operations.append(operation.toString());
    return s;
}

AccountChange AccountChange::fromJson(const QJsonObject& result)
{
    AccountChange c;
    c.changed = texts(result, "changed");
    return c;
}
