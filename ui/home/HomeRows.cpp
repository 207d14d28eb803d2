// SPDX-License-Identifier: GPL-3.0-or-later
#include "HomeRows.h"

#include "core/TimeFormat.h"
#include "db/SessionInfo.h"
#include "incidents/IncidentTexts.h"
#include "requests/RequestQueueModel.h"

#include <QCoreApplication>

namespace HomeRows {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(HomePage)
};

QString roleWords(const QString& role)
{
    const auto staffRole = SessionInfo::roleFromKey(role);
    return staffRole ? SessionInfo::roleTitle(*staffRole) : role;
}

Status requestStatus(bool overdue, bool dueSoon)
{
    return overdue ? Status::Overdue : dueSoon ? Status::Soon : Status::Normal;
}

void addRequests(const HomeItems& items, QList<Row>* rows)
{
    for (const auto& r : items.requests) {
        const QString what = Tr::tr("Request #%1, %2 (%3)")
                                 .arg(r.id)
                                 .arg(RequestQueueModel::kindText(r.kind), RequestQueueModel::statusText(r.status));
        const QString due = TimeFormat::date(r.dueOn);
        rows->append({Section::Requests,
                      r.overdue ? Tr::tr("%1: was due %2").arg(what, due) : Tr::tr("%1: due %2").arg(what, due),
                      requestStatus(r.overdue, r.dueSoon),
                      {HomeTarget::Kind::Request, r.id, {}}});
    }
    for (const auto& a : items.approvals)
        rows->append(
            {Section::Approvals,
             Tr::tr("Erasure request #%1 waits for your decision: due %2").arg(a.id).arg(TimeFormat::date(a.dueOn)),
             a.overdue ? Status::Overdue : Status::Soon,
             {HomeTarget::Kind::Approval, a.id, {}}});
    for (const auto& t : items.processorTasks)
        rows->append({Section::ProcessorTasks,
                      Tr::tr("Erasure request #%1: processors still to confirm: %L2").arg(t.requestId).arg(t.open),
                      Status::Soon,
                      {HomeTarget::Kind::Request, t.requestId, {}}});
}

void addIncidents(const HomeItems& items, QList<Row>* rows)
{
    for (const auto& i : items.incidents) {
        const auto clock = IncidentTexts::clock(QStringLiteral("open"), i.authorityState, i.secondsLeft);
        const Status status = clock == IncidentTexts::Clock::Overdue ? Status::Overdue
                              : clock == IncidentTexts::Clock::Soon  ? Status::Soon
                                                                     : Status::Normal;
        rows->append({Section::Incidents,
                      Tr::tr("Incident #%1: %2 (authority deadline %3)")
                          .arg(i.id)
                          .arg(IncidentTexts::clockText(clock, i.secondsLeft), TimeFormat::legal(i.authorityDeadline)),
                      status,
                      {HomeTarget::Kind::Incident, i.id, {}}});
    }
}

void addAccessLog(const HomeItems& items, QList<Row>* rows)
{
    if (items.unreviewedFlags > 0)
        rows->append({Section::Flags,
                      Tr::tr("Flagged access-log entries not yet reviewed: %L1").arg(items.unreviewedFlags),
                      Status::Soon,
                      {HomeTarget::Kind::UnusualAccess, 0, {}}});
    if (items.purge.records > 0)
        rows->append({Section::Purge,
                      Tr::tr("Records whose retention has ended: %L1 of %L2 learners (since %3)")
                          .arg(items.purge.records)
                          .arg(items.purge.learners)
                          .arg(TimeFormat::date(items.purge.since)),
                      Status::Soon,
                      {HomeTarget::Kind::Purge, 0, {}}});
    if (!items.chain)
        return;
    const HomeItems::Chain& c = *items.chain;
    const HomeTarget log{HomeTarget::Kind::AccessLog, 0, {}};
    if (!c.verifiedAt.isValid())
        rows->append({Section::AccessLog, Tr::tr("The chain has not been verified yet"), Status::Soon, log});
    else if (!c.intact)
        rows->append(
            {Section::AccessLog,
             Tr::tr("The last verification, %1, found the chain broken").arg(TimeFormat::dateTime(c.verifiedAt)),
             Status::Overdue, log});
    else
        rows->append({Section::AccessLog,
                      Tr::tr("Chain last verified %1: intact, %L2 entries")
                          .arg(TimeFormat::dateTime(c.verifiedAt))
                          .arg(c.verifiedEntries.value_or(0)),
                      Status::Normal, log});
    if (!c.checkpointAt.isValid())
        rows->append({Section::AccessLog, Tr::tr("No checkpoint has been signed yet"), Status::Soon, log});
    else
        rows->append({Section::AccessLog,
                      c.warning
                          ? Tr::tr("Last signed checkpoint %1, %L2 days ago; the policy asks for one every %L3 days")
                                .arg(TimeFormat::dateTime(c.checkpointAt))
                                .arg(c.checkpointAgeDays.value_or(0))
                                .arg(c.warnDays)
                          : Tr::tr("Last signed checkpoint %1, %L2 days ago")
                                .arg(TimeFormat::dateTime(c.checkpointAt))
                                .arg(c.checkpointAgeDays.value_or(0)),
                      c.warning ? Status::Soon : Status::Normal, log});
}

void addStaff(const HomeItems& items, QList<Row>* rows)
{
    for (const auto& s : items.staleLogins)
        rows->append({Section::StaleLogins,
                      s.lastSeen.isValid() ? Tr::tr("%1: last seen %2").arg(s.login, TimeFormat::date(s.lastSeen))
                                           : Tr::tr("%1: never seen").arg(s.login),
                      Status::Soon,
                      {HomeTarget::Kind::Staff, 0, s.login}});
    for (const auto& r : items.recertification)
        rows->append(
            {Section::Recertification,
             r.confirmedAt.isValid()
                 ? Tr::tr("%1 (%2): last confirmed %3").arg(r.login, roleWords(r.role), TimeFormat::date(r.confirmedAt))
                 : Tr::tr("%1 (%2): never confirmed").arg(r.login, roleWords(r.role)),
             Status::Overdue,
             {HomeTarget::Kind::Staff, 0, r.login}});
}

} // namespace

QList<Row> build(const HomeItems& items)
{
    QList<Row> rows;
    addRequests(items, &rows);
    addIncidents(items, &rows);
    addAccessLog(items, &rows);
    addStaff(items, &rows);
    return rows;
}

QList<Section> order()
{
    return {Section::Requests,  Section::Approvals,      Section::Incidents,
            Section::Flags,     Section::ProcessorTasks, Section::Purge,
            Section::AccessLog, Section::StaleLogins,    Section::Recertification};
}

QString title(Section section, const QString& role)
{
    switch (section) {
    case Section::Requests:
        return role == QLatin1String("support") ? Tr::tr("My open requests") : Tr::tr("Requests due soon or overdue");
    case Section::Approvals:
        return Tr::tr("Erasures waiting for your decision");
    case Section::Incidents:
        return Tr::tr("Incident clocks");
    case Section::Flags:
        return Tr::tr("Unusual access");
    case Section::ProcessorTasks:
        return Tr::tr("Processors to confirm erasures");
    case Section::Purge:
        return Tr::tr("Due for purge");
    case Section::AccessLog:
        return Tr::tr("Access log");
    case Section::StaleLogins:
        return Tr::tr("Logins not used for 90 days");
    case Section::Recertification:
        return Tr::tr("Roles to confirm");
    }
    return QString();
}

} // namespace HomeRows
