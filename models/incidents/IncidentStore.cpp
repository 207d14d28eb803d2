// SPDX-License-Identifier: GPL-3.0-or-later
#include "IncidentStore.h"

#include "db/PrivacyCall.h"
#include "db/SqlError.h"

#include <QJsonDocument>
#include <QSqlQuery>

namespace {

QString jsonText(const QJsonObject& object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QVariant timeOrNull(const QDateTime& at)
{
    return at.isValid() ? QVariant(at.toUTC().toString(Qt::ISODateWithMs)) : QVariant(QMetaType(QMetaType::QString));
}

} // namespace

IncidentStore::IncidentStore(QSqlDatabase db)
    : m_db(db)
{}

bool IncidentStore::open(const IncidentOpening& opening, const QList<ChecklistItem>& checklist, QJsonObject* incident,
                         QString* error)
{
    const QString items =
        QString::fromUtf8(QJsonDocument(ChecklistTemplate::toJson(checklist)).toJson(QJsonDocument::Compact));
    return PrivacyCall::json(m_db, QStringLiteral("incident_open"),
                             {opening.title, opening.description, timeOrNull(opening.detectedAt),
                              timeOrNull(opening.awareAt), opening.reportedBy, items},
                             incident, error);
}

bool IncidentStore::open(const IncidentOpening& opening, const QList<ChecklistItem>& checklist, Incident* incident,
                         QString* error)
{
    QJsonObject json;
    if (!open(opening, checklist, &json, error))
        return false;
    *incident = Incident::fromJson(json);
    return true;
}

bool IncidentStore::list(QList<IncidentSummary>* incidents, QString* error)
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT id, title, status, risk, aware_at, authority_deadline, seconds_left, "
                               "authority_state, open_mandatory, opened_by FROM privacy.incident_list()"))) {
        *error = SqlError::reasonNoting(m_db, QStringLiteral("incident_list"), q.lastError());
        return false;
    }
    incidents->clear();
    while (q.next())
        incidents->append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                           q.value(4).toDateTime(), q.value(5).toDateTime(), q.value(6).toLongLong(),
                           q.value(7).toString(), q.value(8).toLongLong(), q.value(9).toString()});
    return true;
}

bool IncidentStore::get(qint64 id, QJsonObject* incident, QString* error)
{
    return PrivacyCall::json(m_db, QStringLiteral("incident_get"), {id}, incident, error);
}

bool IncidentStore::get(qint64 id, Incident* incident, QString* error)
{
    QJsonObject json;
    if (!get(id, &json, error))
        return false;
    *incident = Incident::fromJson(json);
    return true;
}

bool IncidentStore::tick(qint64 itemId, bool done, const QString& note, QString* error)
{
    return PrivacyCall::value(m_db, QStringLiteral("incident_tick"), {itemId, done, PrivacyCall::textOrNull(note)},
                              nullptr, error);
}

bool IncidentStore::triage(qint64 id, const QString& risk, const QString& reasoning, const QString& exception,
                           const QString& exceptionReasoning, QString* error)
{
    return PrivacyCall::value(
        m_db, QStringLiteral("incident_triage"),
        {id, risk, reasoning, PrivacyCall::textOrNull(exception), PrivacyCall::textOrNull(exceptionReasoning)}, nullptr,
        error);
}

bool IncidentStore::describe(qint64 id, const QJsonObject& fields, QString* error)
{
    return PrivacyCall::value(m_db, QStringLiteral("incident_describe"), {id, jsonText(fields)}, nullptr, error);
}

bool IncidentStore::describe(qint64 id, const Incident::Content& content, QString* error)
{
    return describe(id, content.toJson(), error);
}

bool IncidentStore::notify(qint64 id, const QString& kind, const QString& reference, const QString& note,
                           const QString& delayReasons, QJsonObject* notice, QString* error)
{
    return PrivacyCall::json(m_db, QStringLiteral("incident_notify"),
                             {id, kind, PrivacyCall::textOrNull(reference), PrivacyCall::textOrNull(note),
                              PrivacyCall::textOrNull(delayReasons)},
                             notice, error);
}

bool IncidentStore::notify(qint64 id, const QString& kind, const QString& reference, const QString& note,
                           const QString& delayReasons, Incident::Notice* notice, QString* error)
{
    QJsonObject json;
    if (!notify(id, kind, reference, note, delayReasons, &json, error))
        return false;
    *notice = Incident::Notice::fromJson(json);
    return true;
}

bool IncidentStore::close(qint64 id, const QString& summary, QString* error)
{
    return PrivacyCall::value(m_db, QStringLiteral("incident_close"), {id, summary}, nullptr, error);
}

bool IncidentStore::changeAndGet(qint64 id, const std::function<bool(IncidentStore& store, QString* error)>& change,
                                 Incident* incident, QString* error)
{
    const bool ok = change(*this, error);
    QString reloadError;
    get(id, incident, ok ? error : &reloadError);
    return ok;
}

bool IncidentStore::find(const QJsonObject& criteria, QJsonObject* result, QString* error)
{
    return PrivacyCall::json(m_db, QStringLiteral("incident_find"), {jsonText(criteria)}, result, error);
}

bool IncidentStore::attachFinding(qint64 id, const QJsonObject& criteria, QJsonObject* finding, QString* error)
{
    return PrivacyCall::json(m_db, QStringLiteral("incident_attach_finding"), {id, jsonText(criteria)}, finding, error);
}

bool IncidentStore::find(const FinderCriteria& criteria, FinderCount* result, QString* error)
{
    QJsonObject json;
    if (!find(criteria.toJson(), &json, error))
        return false;
    *result = FinderCount::fromJson(json);
    return true;
}

bool IncidentStore::attachFinding(qint64 id, const FinderCriteria& criteria, AttachedFinding* finding, QString* error)
{
    QJsonObject json;
    if (!attachFinding(id, criteria.toJson(), &json, error))
        return false;
    *finding = AttachedFinding::fromJson(json);
    return true;
}

bool IncidentStore::affected(qint64 findingId, QList<AffectedPerson>* people, QString* error)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT user_id, email, name, language FROM privacy.incident_affected(?)"));
    q.addBindValue(findingId);
    if (!q.exec()) {
        *error = SqlError::reasonNoting(m_db, QStringLiteral("incident_affected"), q.lastError());
        return false;
    }
    people->clear();
    while (q.next())
        people->append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString()});
    return true;
}

bool IncidentStore::writeAffected(qint64 findingId, const QString& path, qint64* people, QString* error)
{
    QList<AffectedPerson> list;
    const bool ok = affected(findingId, &list, error) && AffectedPeople::write(list, path, error);
    *people = list.size();
    return ok;
}

bool IncidentStore::finderChoices(FinderChoices* choices, QString* error)
{
    QJsonObject json;
    if (!PrivacyCall::json(m_db, QStringLiteral("incident_finder_choices"), {}, &json, error))
        return false;
    *choices = FinderChoices::fromJson(json);
    return true;
}

bool IncidentStore::breachRegister(QList<QJsonObject>* entries, QString* error)
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT to_jsonb(r)::text FROM privacy.incident_register() r"))) {
        *error = SqlError::reasonNoting(m_db, QStringLiteral("incident_register"), q.lastError());
        return false;
    }
    entries->clear();
    while (q.next())
        entries->append(QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object());
    return true;
}

bool IncidentStore::registerForSaving(const QString& path, QList<QJsonObject>* entries, QString* error)
{
    const QString format =
        path.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive) ? QStringLiteral("csv") : QStringLiteral("pdf");
    return breachRegister(entries, error) && noteRegister(format, entries->size(), error);
}

bool IncidentStore::noteRegister(const QString& format, qint64 incidents, QString* error)
{
    return PrivacyCall::value(m_db, QStringLiteral("incident_note_register"), {format, incidents}, nullptr, error);
}
