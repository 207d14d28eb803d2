// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AffectedPeople.h"
#include "ChecklistTemplate.h"
#include "FinderRecords.h"
#include "Incident.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <functional>

// One row of the incident list.
struct IncidentSummary {
    qint64 id = 0;
    QString title;
    QString status; // open, closed
    QString risk;   // empty until triaged; none, risk, high_risk
    QDateTime awareAt;
    QDateTime authorityDeadline;
    qint64 secondsLeft = 0; // by the server's clock when listed
    QString authorityState; // undecided, pending, notified, not_required
    qint64 openMandatory = 0;
    QString openedBy;
};

// What an incident needs besides its checklist when it is opened.
struct IncidentOpening {
    QString title;
    QString description;
    QString reportedBy;
    QDateTime detectedAt; // invalid: when the organisation became aware
    QDateTime awareAt;    // invalid: now, by the server's clock
};

// The incident functions of schema privacy (fx_dpo and fx_admin). The database keeps the clock,
// checks the content and the state rules, and logs every change.
class IncidentStore
{
public:
    explicit IncidentStore(QSqlDatabase db);

    // The incident as opened (without its items, notices, findings and events).
    bool open(const IncidentOpening& opening, const QList<ChecklistItem>& checklist, Incident* incident,
              QString* error);
    bool list(QList<IncidentSummary>* incidents, QString* error);
    // The incident with items, notices, findings and events.
    bool get(qint64 id, Incident* incident, QString* error);
    // open and get with the incident as the server sends it.
    bool open(const IncidentOpening& opening, const QList<ChecklistItem>& checklist, QJsonObject* incident,
              QString* error);
    bool get(qint64 id, QJsonObject* incident, QString* error);
    bool tick(qint64 itemId, bool done, const QString& note, QString* error);
    bool triage(qint64 id, const QString& risk, const QString& reasoning, const QString& exception,
                const QString& exceptionReasoning, QString* error);
    // Sets the content of Art. 33(3), every field of it; the title and the description stay.
    bool describe(qint64 id, const Incident::Content& content, QString* error);
    // Art. 33(3) content and description as the server names them: only the keys given change
    // (fxctl passes on the keys it is given, and the server refuses unknown ones).
    bool describe(qint64 id, const QJsonObject& fields, QString* error);
    // Records a notice as sent; *notice is the notice recorded.
    bool notify(qint64 id, const QString& kind, const QString& reference, const QString& note,
                const QString& delayReasons, Incident::Notice* notice, QString* error);
    bool notify(qint64 id, const QString& kind, const QString& reference, const QString& note,
                const QString& delayReasons, QJsonObject* notice, QString* error);
    bool close(qint64 id, const QString& summary, QString* error);
    // Makes a change to incident ID, then reads the incident as the database has it, whatever
    // happened (*incident stays null if it cannot be read). Returns whether the change was made;
    // *error says why it was not, or, when it was, why the incident could not be read.
    bool changeAndGet(qint64 id, const std::function<bool(IncidentStore& store, QString* error)>& change,
                      Incident* incident, QString* error);
    // How many people the criteria select, per data category.
    bool find(const FinderCriteria& criteria, FinderCount* result, QString* error);
    // The same with the criteria and the result as the server has them, {people, categories:
    // {category: people}, categories_estimated} for criteria {from, to, network, course_id,
    // payment, processor_id}: for fxctl, which passes what it is given on and prints it with --json.
    bool find(const QJsonObject& criteria, QJsonObject* result, QString* error);
    bool attachFinding(qint64 id, const FinderCriteria& criteria, AttachedFinding* finding, QString* error);
    bool attachFinding(qint64 id, const QJsonObject& criteria, QJsonObject* finding, QString* error);
    // The people of an attached finding; DPO only, logged.
    bool affected(qint64 findingId, QList<AffectedPerson>* people, QString* error);
    // The people of an attached finding written to PATH as CSV (AffectedPeople::write); *people
    // is how many were read.
    bool writeAffected(qint64 findingId, const QString& path, qint64* people, QString* error);
    bool finderChoices(FinderChoices* choices, QString* error);
    // The breach register, one object per incident; noteRegister logs that it was exported.
    bool breachRegister(QList<QJsonObject>* entries, QString* error);
    bool noteRegister(const QString& format, qint64 incidents, QString* error);
    // The register to be saved as PATH (.csv, else PDF), its export logged: what the page and
    // fxctl both do before BreachRegister::write (which the page runs on the GUI thread, for fonts).
    bool registerForSaving(const QString& path, QList<QJsonObject>* entries, QString* error);

private:
    QSqlDatabase m_db;
};
