// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

// Why the database flagged an entry, with the figures the rule used.
struct AuditFlag {
    QString rule;      // volume, off_hours, no_request, sensitive_reveal, refusals
    qint64 people = 0; // volume: distinct people in the hour
    double usual = 0;  // volume: the staff member's usual (median) hour
    double threshold = 0;
    QString localTime;   // off_hours: YYYY-MM-DDTHH:MM in the working time zone
    QString workHours;   // off_hours: 07:00-19:00
    QString workDays;    // off_hours: ISO weekdays, 1-5
    QString timeZone;    // off_hours: Europe/Berlin
    QString field;       // sensitive_reveal: billing_address, message_body
    qint64 refusals = 0; // refusals: within the hour

    static AuditFlag fromJson(const QJsonObject& object); // {rule, detail}
    static QList<AuditFlag> listFromJson(const QJsonArray& array);
};

// The DPO's verdict on a flagged entry.
struct AuditReview {
    QString outcome; // justified, followed_up, escalated; empty: not reviewed
    QString note;
    QString reviewedBy;
    QDateTime reviewedAt;

    bool isReviewed() const { return !outcome.isEmpty(); }
    static AuditReview fromJson(const QJsonObject& object);
};

// One access-log entry as the review reads it.
struct AuditEntry {
    qint64 id = 0;
    QDateTime at;
    QString staff;
    QString role;
    QString action;
    qint64 subjectId = 0; // 0: none
    QString ticket;
    QString purpose;
    QString details; // the JSON text the chain hashes
    QList<AuditFlag> flags;
    AuditReview review;

    bool flagged() const { return !flags.isEmpty(); }
    QJsonObject detailsObject() const;
};
