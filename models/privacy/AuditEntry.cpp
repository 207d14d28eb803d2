// SPDX-License-Identifier: GPL-3.0-or-later
#include "AuditEntry.h"

#include "db/JsonFields.h"

#include <QJsonDocument>

AuditFlag AuditFlag::fromJson(const QJsonObject& object)
{
    AuditFlag f;
    f.rule = JsonFields::text(object, "rule");
    const QJsonObject d = object.value(QLatin1String("detail")).toObject();
    f.people = JsonFields::number(d, "people").value_or(0);
    f.usual = d.value(QLatin1String("usual")).toDouble();
    f.threshold = d.value(QLatin1String("threshold")).toDouble();
    f.localTime = JsonFields::text(d, "local_time");
    f.workHours = JsonFields::text(d, "work_hours");
    f.workDays = JsonFields::text(d, "work_days");
    f.timeZone = JsonFields::text(d, "timezone");
    f.field = JsonFields::text(d, "field");
    f.refusals = JsonFields::number(d, "refusals").value_or(0);
    return f;
}

QList<AuditFlag> AuditFlag::listFromJson(const QJsonArray& array)
{
    QList<AuditFlag> flags;
    for (const QJsonValue& value : array)
        flags << fromJson(value.toObject());
    return flags;
}

AuditReview AuditReview::fromJson(const QJsonObject& object)
{
    AuditReview r;
    r.outcome = JsonFields::text(object, "outcome");
    r.note = JsonFields::text(object, "note");
    r.reviewedBy = JsonFields::text(object, "reviewed_by");
    r.reviewedAt = JsonFields::dateTime(object, "reviewed_at");
    if (!r.reviewedAt.isValid())
        r.reviewedAt = QDateTime::fromString(JsonFields::text(object, "reviewed_at"), Qt::ISODate);
    return r;
}

QJsonObject AuditEntry::detailsObject() const
{
    return QJsonDocument::fromJson(details.toUtf8()).object();
}
