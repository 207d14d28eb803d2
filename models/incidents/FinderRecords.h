// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

// What the affected-people finder selects: every criterion given must hold. As JSON
// {from, to, network, course_id, payment, processor_id}, only the criteria given.
struct FinderCriteria {
    QDateTime from;  // invalid: the window has no start
    QDateTime to;    // invalid: the window has no end
    QString network; // an address or a CIDR range; empty: any
    std::optional<qint64> courseId;
    bool payment = false; // holds payment references
    std::optional<qint64> processorId;

    QJsonObject toJson() const;
    static FinderCriteria fromJson(const QJsonObject& criteria);
};

// How many people, per data category, hold data in it.
struct FinderCategoryCount {
    QString category; // account, profile, payment, … (IncidentTexts::dataCategory)
    qint64 people = 0;
};

// What privacy.incident_find counts: the people the criteria select and, per data category, how
// many of them have data in it (in the order the server's object has them).
struct FinderCount {
    qint64 people = 0;
    QList<FinderCategoryCount> categories;
    bool estimated = false; // the categories were counted in a sample and scaled

    static FinderCount fromJson(const QJsonObject& result);
};

// A course the finder offers.
struct FinderCourse {
    qint64 id = 0;
    QString title;
};

// A processor the finder offers.
struct FinderProcessor {
    qint64 id = 0;
    QString name;
    QString category; // analytics, video_hosting, payment, cloud_cdn, communication
};

// What the finder offers on this platform (privacy.incident_finder_choices): the criteria the data
// map gives something to search, the courses and the processors.
struct FinderChoices {
    bool window = true;                // the map names when addresses were seen
    bool network = true;               // the map names tables of addresses
    bool payment = true;               // the map names tables of payment data
    QList<FinderCourse> courses;       // by title
    QList<FinderProcessor> processors; // by name

    static FinderChoices fromJson(const QJsonObject& choices);
};

// A finder result attached to an incident: the criteria and the count, never the list of people.
struct AttachedFinding {
    qint64 id = 0;
    qint64 people = 0;
    QString foundBy;
    QDateTime foundAt;
    FinderCriteria criteria;

    static AttachedFinding fromJson(const QJsonObject& finding);
};

// What the finder tab shows of an incident (privacy.incident_get): whether results may still be
// attached, and those attached so far.
struct FinderIncident {
    qint64 id = 0;
    bool open = false;
    QList<AttachedFinding> findings;

    static FinderIncident fromJson(const QJsonObject& incident);
};
