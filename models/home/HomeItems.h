// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

// What needs the signed-in staff member today, as privacy.home_<role>() answers: ids, counts
// and deadlines only. A role's answer leaves the other roles' sections empty.
struct HomeItems {
    struct Request {
        qint64 id = 0;
        QString kind;   // export, erasure, …
        QString status; // new, in_progress
        QDate dueOn;
        bool overdue = false;
        bool dueSoon = false;
        static Request fromJson(const QJsonObject& object);
    };
    // An erasure request waiting for this DPO's decision (never one the DPO opened).
    struct Approval {
        qint64 id = 0;
        QDate dueOn;
        bool overdue = false;
        static Approval fromJson(const QJsonObject& object);
    };
    struct Incident {
        qint64 id = 0;
        QDateTime authorityDeadline;
        qint64 secondsLeft = 0; // negative once the 72 hours are over
        QString authorityState; // undecided, pending, notified, not_required
        static Incident fromJson(const QJsonObject& object);
    };
    struct ProcessorTasks {
        qint64 requestId = 0;
        qint64 open = 0;
        static ProcessorTasks fromJson(const QJsonObject& object);
    };
    struct Purge {
        qint64 records = 0;
        qint64 learners = 0;
        QDate since; // the earliest end of retention among them
    };
    struct Chain {
        QDateTime verifiedAt; // invalid: never verified
        std::optional<qint64> verifiedEntries;
        bool intact = true;
        QDateTime checkpointAt; // invalid: never signed
        std::optional<qint64> checkpointAgeDays;
        int warnDays = 7;
        bool warning = false; // no checkpoint, or older than the policy allows
    };
    struct StaffLogin {
        QString login;
        QDateTime lastSeen; // invalid: never in the access log
        static StaffLogin fromJson(const QJsonObject& object);
    };
    struct Recertification {
        QString login;
        QString role;          // support, dpo, admin
        QDateTime confirmedAt; // invalid: never confirmed
        QDateTime dueAt;
        static Recertification fromJson(const QJsonObject& object);
    };

    QString role; // support, dpo, admin
    QDateTime serverNow;
    QList<Request> requests;
    QList<Approval> approvals;
    QList<Incident> incidents;
    qint64 unreviewedFlags = 0;
    QList<ProcessorTasks> processorTasks;
    Purge purge;
    std::optional<Chain> chain; // the DPO's only
    QList<StaffLogin> staleLogins;
    QList<Recertification> recertification;
    int recertifyDays = 180;

    // Nothing to do today (a chain without a warning needs nothing).
    bool isEmpty() const;
    static HomeItems fromJson(const QJsonObject& object);
};
