// SPDX-License-Identifier: GPL-3.0-or-later
#include "RequestDetail.h"

#include "db/JsonFields.h"

#include <QJsonArray>

using namespace JsonFields;

RequestEvent RequestEvent::fromJson(const QJsonObject& object)
{
    RequestEvent event;
    event.at = dateTime(object, "at");
    event.staff = text(object, "staff");
    event.event = text(object, "event");
    event.note = text(object, "note");
    return event;
}

ErasureSummary ErasureSummary::fromJson(const QJsonObject& object)
{
    ErasureSummary summary;
    summary.plan = ErasureStep::listFromJson(object.value(QLatin1String("plan")).toArray());
    for (const QJsonValue& value : object.value(QLatin1String("processors")).toArray())
        summary.processors.append(value.toString());
    const QJsonObject counts = object.value(QLatin1String("counts")).toObject();
    for (auto it = counts.begin(); it != counts.end(); ++it)
        summary.counts.insert(it.key(), it.value().toInteger());
    return summary;
}

RequestDetail RequestDetail::fromJson(const QJsonObject& object)
{
    RequestDetail request;
    request.id = object.value(QLatin1String("id")).toInteger();
    request.userId = object.value(QLatin1String("user_id")).toInteger();
    request.kind = text(object, "kind");
    request.status = text(object, "status");
    request.ticket = text(object, "ticket");
    request.identityCheck = text(object, "identity_check");
    request.receivedOn = date(object, "received_on");
    request.dueOn = date(object, "due_on");
    request.daysLeft = object.value(QLatin1String("days_left")).toInt();
    request.overdue = object.value(QLatin1String("overdue")).toBool();
    request.extendableUntil = date(object, "extendable_until");
    request.extendedMonths = object.value(QLatin1String("extended_months")).toInt();
    request.extensionReason = text(object, "extension_reason");
    request.openedBy = text(object, "opened_by");
    request.openedAt = dateTime(object, "opened_at");
    request.assignee = text(object, "assignee");
    request.closedBy = text(object, "closed_by");
    request.closedAt = dateTime(object, "closed_at");
    request.closeReason = text(object, "close_reason");
    request.exportSha256 = text(object, "export_sha256");
    request.approvedBy = text(object, "approved_by");
    request.approvedAt = dateTime(object, "approved_at");
    request.approvalNote = text(object, "approval_note");
    request.needsApproval = object.value(QLatin1String("needs_approval")).toBool();
    request.erasureSummary = ErasureSummary::fromJson(object.value(QLatin1String("erasure_summary")).toObject());
    request.language = text(object, "language");
    for (const QJsonValue& value : object.value(QLatin1String("events")).toArray())
        request.events.append(RequestEvent::fromJson(value.toObject()));
    return request;
}
