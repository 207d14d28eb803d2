// SPDX-License-Identifier: GPL-3.0-or-later
#include "FinderRecords.h"

#include "db/JsonFields.h"

#include <QJsonArray>

using namespace JsonFields;

QJsonObject FinderCriteria::toJson() const
{
    QJsonObject c;
    if (from.isValid())
        c.insert(QStringLiteral("from"), from.toUTC().toString(Qt::ISODateWithMs));
    if (to.isValid())
        c.insert(QStringLiteral("to"), to.toUTC().toString(Qt::ISODateWithMs));
    if (!network.isEmpty())
        c.insert(QStringLiteral("network"), network);
    if (courseId)
        c.insert(QStringLiteral("course_id"), *courseId);
    if (payment)
        c.insert(QStringLiteral("payment"), true);
    if (processorId)
        c.insert(QStringLiteral("processor_id"), *processorId);
    return c;
}

FinderCriteria FinderCriteria::fromJson(const QJsonObject& criteria)
{
    FinderCriteria c;
    c.from = dateTime(criteria, "from");
    c.to = dateTime(criteria, "to");
    c.network = criteria.value(QLatin1String("network")).toString();
    if (criteria.contains(QLatin1String("course_id")))
        c.courseId = criteria.value(QLatin1String("course_id")).toInteger();
    c.payment = criteria.value(QLatin1String("payment")).toBool();
    if (criteria.contains(QLatin1String("processor_id")))
        c.processorId = criteria.value(QLatin1String("processor_id")).toInteger();
    return c;
}

FinderCount FinderCount::fromJson(const QJsonObject& result)
{
    FinderCount count;
    count.people = result.value(QLatin1String("people")).toInteger();
    count.estimated = result.value(QLatin1String("categories_estimated")).toBool();
    const QJsonObject categories = result.value(QLatin1String("categories")).toObject();
    for (auto it = categories.begin(); it != categories.end(); ++it)
        count.categories.append({it.key(), it.value().toInteger()});
    return count;
}

FinderChoices FinderChoices::fromJson(const QJsonObject& choices)
{
    FinderChoices result;
    result.window = choices.value(QLatin1String("window")).toBool(true);
    result.network = choices.value(QLatin1String("network")).toBool(true);
    result.payment = choices.value(QLatin1String("payment")).toBool(true);
    for (const QJsonValue& value : choices.value(QLatin1String("courses")).toArray()) {
        const QJsonObject c = value.toObject();
        result.courses.append({c.value(QLatin1String("id")).toInteger(), c.value(QLatin1String("title")).toString()});
    }
    for (const QJsonValue& value : choices.value(QLatin1String("processors")).toArray()) {
        const QJsonObject p = value.toObject();
        result.processors.append({p.value(QLatin1String("id")).toInteger(), p.value(QLatin1String("name")).toString(),
                                  p.value(QLatin1String("category")).toString()});
    }
    return result;
}

AttachedFinding AttachedFinding::fromJson(const QJsonObject& finding)
{
    AttachedFinding f;
    f.id = finding.value(QLatin1String("id")).toInteger();
    f.people = finding.value(QLatin1String("people")).toInteger();
    f.foundBy = finding.value(QLatin1String("found_by")).toString();
    f.foundAt = dateTime(finding, "found_at");
    f.criteria = FinderCriteria::fromJson(finding.value(QLatin1String("criteria")).toObject());
    return f;
}

FinderIncident FinderIncident::fromJson(const QJsonObject& incident)
{
    FinderIncident i;
    i.id = incident.value(QLatin1String("id")).toInteger();
    i.open = incident.value(QLatin1String("status")).toString() == QLatin1String("open");
    for (const QJsonValue& value : incident.value(QLatin1String("findings")).toArray())
        i.findings.append(AttachedFinding::fromJson(value.toObject()));
    return i;
}
