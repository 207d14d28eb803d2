// SPDX-License-Identifier: GPL-3.0-or-later
#include "Incident.h"

#include "db/JsonFields.h"

#include <QJsonArray>

namespace {

using Field = Incident::Content::Field;
using namespace JsonFields;

} // namespace

Incident::Item Incident::Item::fromJson(const QJsonObject& object)
{
    Item item;
    item.id = object.value(QLatin1String("id")).toInteger();
    item.section = text(object, "section");
    item.applies = text(object, "applies");
    item.key = text(object, "key");
    item.titleEn = text(object, "title_en");
    item.titleDe = text(object, "title_de");
    item.guidanceEn = text(object, "guidance_en");
    item.guidanceDe = text(object, "guidance_de");
    item.mandatory = object.value(QLatin1String("mandatory")).toBool();
    item.inEffect = object.value(QLatin1String("in_effect")).toBool();
    item.required = object.value(QLatin1String("required")).toBool();
    item.doneBy = text(object, "done_by");
    item.doneAt = dateTime(object, "done_at");
    item.note = text(object, "note");
    return item;
}

Incident::Notice Incident::Notice::fromJson(const QJsonObject& object)
{
    Notice notice;
    notice.id = object.value(QLatin1String("id")).toInteger();
    notice.kind = text(object, "kind");
    notice.phase = object.value(QLatin1String("phase")).toInteger();
    notice.sentAt = dateTime(object, "sent_at");
    notice.sentBy = text(object, "sent_by");
    notice.reference = text(object, "reference");
    notice.note = text(object, "note");
    notice.late = object.value(QLatin1String("late")).toBool();
    notice.delayReasons = text(object, "delay_reasons");
    return notice;
}

Incident::Event Incident::Event::fromJson(const QJsonObject& object)
{
    Event event;
    event.at = dateTime(object, "at");
    event.staff = text(object, "staff");
    event.event = text(object, "event");
    event.note = text(object, "note");
    const QJsonObject details = object.value(QLatin1String("details")).toObject();
    event.item = text(details, "item");
    event.risk = text(details, "risk");
    event.kind = text(details, "kind");
    event.phase = details.value(QLatin1String("phase")).toInteger();
    event.people = details.value(QLatin1String("people")).toInteger();
    return event;
}

QList<Field> Incident::Content::fields()
{
    return {Field::Nature,        Field::SubjectCategories, Field::SubjectsApprox, Field::RecordCategories,
            Field::RecordsApprox, Field::DpoContact,        Field::Consequences,   Field::Measures};
}

QString Incident::Content::key(Field field)
{
    switch (field) {
    case Field::Nature:
        return QStringLiteral("nature");
    case Field::SubjectCategories:
        return QStringLiteral("subject_categories");
    case Field::SubjectsApprox:
        return QStringLiteral("subjects_approx");
    case Field::RecordCategories:
        return QStringLiteral("record_categories");
    case Field::RecordsApprox:
        return QStringLiteral("records_approx");
    case Field::DpoContact:
        return QStringLiteral("dpo_contact");
    case Field::Consequences:
        return QStringLiteral("consequences");
    case Field::Measures:
        return QStringLiteral("measures");
    }
    return QString();
}

std::optional<Field> Incident::Content::fieldOf(const QString& key)
{
    for (Field field : fields())
        if (Content::key(field) == key)
            return field;
    return std::nullopt;
}

bool Incident::Content::isNumber(Field field)
{
    return field == Field::SubjectsApprox || field == Field::RecordsApprox;
}

QString Incident::Content::text(Field field) const
{
    const auto digits = [](const std::optional<qint64>& n) { return n ? QString::number(*n) : QString(); };
    switch (field) {
    case Field::Nature:
        return nature;
    case Field::SubjectCategories:
        return subjectCategories;
    case Field::SubjectsApprox:
        return digits(subjectsApprox);
    case Field::RecordCategories:
        return recordCategories;
    case Field::RecordsApprox:
        return digits(recordsApprox);
    case Field::DpoContact:
        return dpoContact;
    case Field::Consequences:
        return consequences;
    case Field::Measures:
        return measures;
    }
    return QString();
}

void Incident::Content::setText(Field field, const QString& text)
{
    const auto parsed = [&text] { return text.isEmpty() ? std::nullopt : std::optional<qint64>(text.toLongLong()); };
    switch (field) {
    case Field::Nature:
        nature = text;
        break;
    case Field::SubjectCategories:
        subjectCategories = text;
        break;
    case Field::SubjectsApprox:
        subjectsApprox = parsed();
        break;
    case Field::RecordCategories:
        recordCategories = text;
        break;
    case Field::RecordsApprox:
        recordsApprox = parsed();
        break;
    case Field::DpoContact:
        dpoContact = text;
        break;
    case Field::Consequences:
        consequences = text;
        break;
    case Field::Measures:
        measures = text;
        break;
    }
}

QJsonObject Incident::Content::toJson() const
{
    QJsonObject object;
    const auto numberOrNull = [](const std::optional<qint64>& n) {
        return n ? QJsonValue(*n) : QJsonValue(QJsonValue::Null);
    };
    object.insert(key(Field::Nature), nature);
    object.insert(key(Field::SubjectCategories), subjectCategories);
    object.insert(key(Field::SubjectsApprox), numberOrNull(subjectsApprox));
    object.insert(key(Field::RecordCategories), recordCategories);
    object.insert(key(Field::RecordsApprox), numberOrNull(recordsApprox));
    object.insert(key(Field::DpoContact), dpoContact);
    object.insert(key(Field::Consequences), consequences);
    object.insert(key(Field::Measures), measures);
    return object;
}

Incident::Content Incident::Content::fromJson(const QJsonObject& incident)
{
    Content content;
    content.nature = ::text(incident, "nature");
    content.subjectCategories = ::text(incident, "subject_categories");
    content.subjectsApprox = number(incident, "subjects_approx");
    content.recordCategories = ::text(incident, "record_categories");
    content.recordsApprox = number(incident, "records_approx");
    content.dpoContact = ::text(incident, "dpo_contact");
    content.consequences = ::text(incident, "consequences");
    content.measures = ::text(incident, "measures");
    return content;
}

Incident Incident::fromJson(const QJsonObject& object)
{
    Incident incident;
    incident.id = object.value(QLatin1String("id")).toInteger();
    incident.title = text(object, "title");
    incident.description = text(object, "description");
    incident.reportedBy = text(object, "reported_by");
    incident.status = text(object, "status");
    incident.detectedAt = dateTime(object, "detected_at");
    incident.awareAt = dateTime(object, "aware_at");
    incident.authorityDeadline = dateTime(object, "authority_deadline");
    incident.risk = text(object, "risk");
    incident.riskReasoning = text(object, "risk_reasoning");
    incident.subjectException = text(object, "subject_exception");
    incident.exceptionReasoning = text(object, "exception_reasoning");
    incident.content = Content::fromJson(object);
    incident.serverNow = dateTime(object, "server_now");
    incident.secondsLeft = object.value(QLatin1String("seconds_left")).toInteger();
    incident.authorityState = text(object, "authority_state");
    incident.requiredNotices = texts(object, "required_notices");
    incident.missingAuthority = texts(object, "missing_authority");
    incident.missingSubjects = texts(object, "missing_subjects");
    incident.openMandatory = object.value(QLatin1String("open_mandatory")).toInteger();
    incident.items = listOf<Item>(object, "items");
    incident.notices = listOf<Notice>(object, "notices");
    incident.findings = listOf<AttachedFinding>(object, "findings");
    incident.events = listOf<Event>(object, "events");
    incident.raw = object;
    return incident;
}
