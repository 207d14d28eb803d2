// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "FinderRecords.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// One incident as incident_get returns it, with its checklist, notices, findings and timeline;
// incident_open returns the incident alone (the lists stay empty). Every time is the server's.
struct Incident {
    // One checklist item, copied from the templates when the incident was opened.
    struct Item {
        qint64 id = 0;
        QString section; // containment, assessment, authority, subjects, documentation, lessons
        QString applies; // always, risk, high_risk
        QString key;
        QString titleEn;
        QString titleDe;
        QString guidanceEn;
        QString guidanceDe;
        bool mandatory = false;
        bool inEffect = false; // its section applies, given the triage
        bool required = false; // mandatory and in effect
        QString doneBy;
        QDateTime doneAt; // invalid: not done
        QString note;

        bool isDone() const { return doneAt.isValid(); }

        static Item fromJson(const QJsonObject& object);
    };

    // A notice recorded as sent, in phases (Art. 33(4)).
    struct Notice {
        qint64 id = 0;
        QString kind; // authority, subjects, public
        qint64 phase = 0;
        QDateTime sentAt;
        QString sentBy;
        QString reference;
        QString note;
        bool late = false;
        QString delayReasons; // only for a late first notice to the authority

        static Notice fromJson(const QJsonObject& object);
    };

    // One entry of the timeline, with what its details say.
    struct Event {
        QDateTime at;
        QString staff;
        QString event; // open, tick, untick, triage, describe, notify, find, affected_export, close
        QString note;
        QString item;      // tick, untick: section.key
        QString risk;      // triage
        QString kind;      // notify: the notice's kind
        qint64 phase = 0;  // notify
        qint64 people = 0; // find, affected_export

        static Event fromJson(const QJsonObject& object);
    };

    // The content of Art. 33(3)(a)-(d): what IncidentStore::describe sets and a notice records.
    struct Content {
        enum class Field {
            Nature,
            SubjectCategories,
            SubjectsApprox,
            RecordCategories,
            RecordsApprox,
            DpoContact,
            Consequences,
            Measures
        };

        QString nature;
        QString subjectCategories;
        std::optional<qint64> subjectsApprox; // none: not known yet
        QString recordCategories;
        std::optional<qint64> recordsApprox;
        QString dpoContact;
        QString consequences;
        QString measures;

        // Every field, in the order of Art. 33(3).
        static QList<Field> fields();
        // The field's name at the server (nature, subject_categories, …), as IncidentTexts::field
        // and the missing lists have it.
        static QString key(Field field);
        // The field whose key() is KEY, if any.
        static std::optional<Field> fieldOf(const QString& key);
        static bool isNumber(Field field); // the approximate numbers
        // A field as text, a number in digits (empty when not known), and set from such a text.
        QString text(Field field) const;
        void setText(Field field, const QString& text);

        // Every field as incident_describe takes it; a number not known is null.
        QJsonObject toJson() const;
        static Content fromJson(const QJsonObject& incident);

        bool operator==(const Content& other) const = default;
    };

    qint64 id = 0;
    QString title;
    QString description; // what happened, as given when the incident was opened
    QString reportedBy;
    QString status; // open, closed
    QDateTime detectedAt;
    QDateTime awareAt;
    QDateTime authorityDeadline; // 72 hours after awareAt
    QString risk;                // empty until triaged; none, risk, high_risk
    QString riskReasoning;
    QString subjectException; // a, b, c of Art. 34(3), or empty
    QString exceptionReasoning;
    Content content;
    QDateTime serverNow;
    qint64 secondsLeft = 0;       // until authorityDeadline, by the server's clock when read
    QString authorityState;       // undecided, pending, notified, not_required
    QStringList requiredNotices;  // authority, subjects, public: what the triage requires
    QStringList missingAuthority; // the content fields a notice to the authority still lacks
    QStringList missingSubjects;  // those a communication to the people still lacks
    qint64 openMandatory = 0;     // mandatory items in effect and not done
    QList<Item> items;            // in the checklist's order
    QList<Notice> notices;        // by the time sent
    QList<AttachedFinding> findings;
    QList<Event> events; // by time
    // The object as the server sent it, for fxctl --json; widgets use the fields above.
    QJsonObject raw;

    bool isNull() const { return id == 0; }
    bool isOpen() const { return status == QLatin1String("open"); }

    static Incident fromJson(const QJsonObject& object);
};
