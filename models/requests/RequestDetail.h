// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "erasure/ErasureStep.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

// One entry of a request's history: who did what when.
struct RequestEvent {
    QDateTime at;
    QString staff;
    QString event; // opened, extended, assigned, in_progress, fulfilled, rejected, withdrawn, approved, erased
    QString note;

    static RequestEvent fromJson(const QJsonObject& object);
};

// What an executed erasure did, as the request keeps it for the certificate: no personal data.
struct ErasureSummary {
    QList<ErasureStep> plan;      // the plan as executed
    QStringList processors;       // the external processors asked to erase too, by name
    QMap<QString, qint64> counts; // "table.action" -> rows

    static ErasureSummary fromJson(const QJsonObject& object);
};

// One data-subject request as request_get, request_open, request_extend, request_set_status,
// request_assign and erasure_decide return it; events only from request_get.
struct RequestDetail {
    qint64 id = 0;
    qint64 userId = 0;
    QString kind;   // export, erasure, rectification, restriction, objection
    QString status; // new, in_progress, fulfilled, rejected, withdrawn
    QString ticket;
    QString identityCheck;
    QDate receivedOn;
    QDate dueOn;
    int daysLeft = 0;
    bool overdue = false;
    QDate extendableUntil; // the end of the first month: extensions only until then
    int extendedMonths = 0;
    QString extensionReason;
    QString openedBy;
    QDateTime openedAt;
    QString assignee;
    QString closedBy;
    QDateTime closedAt;
    QString closeReason;
    QString exportSha256;
    QString approvedBy; // erasure requests: the second person who approved
    QDateTime approvedAt;
    QString approvalNote;
    bool needsApproval = false;    // an export request that the policy holds until a second person approves it
    ErasureSummary erasureSummary; // fulfilled erasure requests
    QString language;              // the learner's: de or en
    QList<RequestEvent> events;

    static RequestDetail fromJson(const QJsonObject& object);

    bool isNull() const { return id == 0; }
    bool isOpen() const { return status == QLatin1String("new") || status == QLatin1String("in_progress"); }
    bool isApproved() const { return approvedAt.isValid(); }
};
