// SPDX-License-Identifier: GPL-3.0-or-later
#include "HomeItems.h"

#include "db/JsonFields.h"

using namespace JsonFields;

namespace {

bool flag(const QJsonObject& object, const char* key)
{
    return object.value(QLatin1String(key)).toBool();
}

} // namespace

HomeItems::Request HomeItems::Request::fromJson(const QJsonObject& object)
{
    Request r;
    r.id = number(object, "id").value_or(0);
    r.kind = text(object, "kind");
    r.status = text(object, "status");
    r.dueOn = date(object, "due_on");
    r.overdue = flag(object, "overdue");
    r.dueSoon = flag(object, "due_soon");
    return r;
}

HomeItems::Approval HomeItems::Approval::fromJson(const QJsonObject& object)
{
    Approval a;
    a.id = number(object, "id").value_or(0);
    a.dueOn = date(object, "due_on");
    a.overdue = flag(object, "overdue");
    return a;
}

HomeItems::Incident HomeItems::Incident::fromJson(const QJsonObject& object)
{
    Incident i;
    i.id = number(object, "id").value_or(0);
    i.authorityDeadline = dateTime(object, "authority_deadline");
    i.secondsLeft = number(object, "seconds_left").value_or(0);
    i.authorityState = text(object, "authority_state");
    return i;
}

HomeItems::ProcessorTasks HomeItems::ProcessorTasks::fromJson(const QJsonObject& object)
{
    ProcessorTasks t;
    t.requestId = number(object, "request_id").value_or(0);
    t.open = number(object, "open").value_or(0);
    return t;
}

HomeItems::StaffLogin HomeItems::StaffLogin::fromJson(const QJsonObject& object)
{
    return {text(object, "login"), dateTime(object, "last_seen")};
}

HomeItems::Recertification HomeItems::Recertification::fromJson(const QJsonObject& object)
{
    Recertification r;
    r.login = text(object, "login");
    r.role = text(object, "staff_role");
    r.confirmedAt = dateTime(object, "confirmed_at");
    r.dueAt = dateTime(object, "due_at");
    return r;
}

bool HomeItems::isEmpty() const
{
    return requests.isEmpty() && approvals.isEmpty() && incidents.isEmpty() && unreviewedFlags == 0 &&
           processorTasks.isEmpty() && purge.records == 0 && !(chain && chain->warning) && staleLogins.isEmpty() &&
           recertification.isEmpty();
}

HomeItems HomeItems::fromJson(const QJsonObject& object)
{
    HomeItems items;
    items.role = text(object, "role");
    items.serverNow = dateTime(object, "server_now");
    items.requests = listOf<Request>(object, "requests");
    items.approvals = listOf<Approval>(object, "approvals");
    items.incidents = listOf<Incident>(object, "incidents");
    items.unreviewedFlags = number(object, "unreviewed_flags").value_or(0);
    items.processorTasks = listOf<ProcessorTasks>(object, "processor_tasks");
    const QJsonObject purge = object.value(QLatin1String("purge")).toObject();
    items.purge.records = number(purge, "records").value_or(0);
    items.purge.learners = number(purge, "learners").value_or(0);
    items.purge.since = date(purge, "since");
    if (object.contains(QLatin1String("chain"))) {
        const QJsonObject c = object.value(QLatin1String("chain")).toObject();
        Chain chain;
        chain.verifiedAt = dateTime(c, "verified_at");
        chain.verifiedEntries = number(c, "verified_entries");
        chain.intact =
            !c.contains(QLatin1String("intact")) || c.value(QLatin1String("intact")).isNull() || flag(c, "intact");
        chain.checkpointAt = dateTime(c, "checkpoint_at");
        chain.checkpointAgeDays = number(c, "checkpoint_age_days");
        chain.warnDays = int(number(c, "warn_days").value_or(7));
        chain.warning = flag(c, "warning");
        items.chain = chain;
    }
    items.staleLogins = listOf<StaffLogin>(object, "stale_logins");
    items.recertification = listOf<Recertification>(object, "recertification");
    items.recertifyDays = int(number(object, "recertify_days").value_or(180));
    return items;
}
