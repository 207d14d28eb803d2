// SPDX-License-Identifier: GPL-3.0-or-later
#include "AuditSentence.h"

#include "core/SubjectLanguage.h"
#include "core/TimeFormat.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>

namespace AuditSentence {

namespace {

constexpr const char* Context = "AuditSentence";

QString t(const QString& language, const char* source)
{
    if (language.isEmpty())
        return QCoreApplication::translate(Context, source);
    if (language == QLatin1String("de")) {
        static const SubjectLanguage german(QStringLiteral("de"));
        return german.translate(Context, source);
    }
    return QString::fromUtf8(source);
}

QLocale localeOf(const QString& language)
{
    return (language.isEmpty() ? TimeFormat::uiLanguage() : language) == QLatin1String("de")
               ? QLocale(QLocale::German, QLocale::Germany)
               : QLocale(QLocale::English, QLocale::UnitedKingdom);
}

struct Label {
    const char* code;
    const char* text;
};

QString lookup(const QList<Label>& labels, const QString& code, const QString& language)
{
    for (const Label& l : labels)
        if (code == QLatin1String(l.code))
            return t(language, l.text);
    return {};
}

// One sentence per action; {staff}, {learner}, {context} (" for ticket …"), {request}, {incident}
// and the other names in braces are filled from the entry.
struct ActionText {
    const char* action;
    const char* label;
    const char* sentence;
};

const QList<ActionText>& actionTexts()
{
    static const QList<ActionText> texts{
        {"user.lookup", QT_TRANSLATE_NOOP("AuditSentence", "Learner search"),
         QT_TRANSLATE_NOOP("AuditSentence", "{staff} searched for learners by {kind} ({results} found){context}")},
        {"user.view", QT_TRANSLATE_NOOP("AuditSentence", "Learner opened"),
         QT_TRANSLATE_NOOP("AuditSentence", "{staff} opened the overview of learner {learner}{context}")},
        {"user.view_category", QT_TRANSLATE_NOOP("AuditSentence", "Learner data viewed"),
         QT_TRANSLATE_NOOP("AuditSentence", "{staff} viewed {category} of learner {learner}{context}")},
        {"user.reveal", QT_TRANSLATE_NOOP("AuditSentence", "Masked field revealed"),
         QT_TRANSLATE_NOOP("AuditSentence", "{staff} revealed {field} of learner {learner}{context}")},
        {"user.lock", QT_TRANSLATE_NOOP("AuditSentence", "Account locked"),
         QT_TRANSLATE_NOOP("AuditSentence", "{staff} locked the account of learner {learner}{context}")},
        {"user.unlock", QT_TRANSLATE_NOOP("AuditSentence", "Account unlocked"),
         QT_TRANSLATE_NOOP("AuditSentence", "{staff} unlocked the account of learner {learner}{context}")},
        {"user.revoke_sessions", QT_TRANSLATE_NOOP("AuditSentence", "Sessions ended"),
         QT_TRANSLATE_NOOP("AuditSentence", "{staff} signed learner {learner} out everywhere{context}")},
        {"user.force_password_reset", QT_TRANSLATE_NOOP("AuditSentence", "New password required"),
         QT_TRANSLATE_NOOP("AuditSentence", "{staff} required learner {learner} to choose a new password{context}")},
        {"user.rectify", QT_TRANSLATE_NOOP("AuditSentence", "Data corrected"),
         QT_TRANSLATE_NOOP("AuditSentence", "{staff} corrected the data of learner {learner}{context}")},
        {"user.withdraw_marketing", QT_TRANSLATE_NOOP("AuditSentence", "Marketing consent withdrawn"),
         QT_TRANSLATE_NOOP("AuditSentence", "{staff} withdrew the marketing consent of learner {learner}{context}")},
        {"user.consent_history", QT_TRANSLATE_NOOP("AuditSentence", "Consent history viewed"),
         QT_TRANSLATE_NOOP("AuditSentence", "{staff} viewed the consent history of learner {learner}{context}")},
        {"user.restrict", QT_TRANSLATE_NOOP("AuditSentence", "Processing restricted"),
         QT_TRANSLATE_NOOP("AuditSentence", "{staff} restricted the processing of learner {learner}'s data{context}")},
        {"request.open", QT_TRANSLATE_NOOP("AuditSentence", "Request opened"),
         QT_TRANSLATE_NOOP("AuditSentence", "{staff} opened {kind} for learner {learner}{context}")},
        {"request.view", QT_TRANSLATE_NOOP("AuditSentence", "Request viewed"),
         QT_TRANSLATE_NOOP("AuditSentence", "{staff} viewed request {request} of learner {learner}{context}")},
        {"request.extend", QT_TRANSLATE_NOOP("AuditSentence", "Deadline extended"),
         QT_TRANSLATE_NOOP("AuditSentence",
                           "{staff} extended the deadline of request {request} of learner {learner} by {months} "
                           "months{context}")},
        {"request.in_progress", QT_TRANSLATE_NOOP("AuditSentence", "Request started"),
         QT_TRANSLATE_NOOP("AuditSentence", "{staff} started work on request {request} of learner {learner}{context}")},
        {"request.fulfilled", QT_TRANSLATE_NOOP("AuditSentence", "Request fulfilled"),
         QT_TRANSLATE_NOOP("AuditSentence",
                           "{staff} closed request {request} of learner {learner} as fulfilled{context}")},
        {"request.rejected", QT_TRANSLATE_NOOP("AuditSentence", "Request rejected"),
         QT_TRANSLATE_NOOP("AuditSentence", "{staff} rejected request {request} of learner {learner}{context}")},
        {"request.withdrawn", QT_TRANSLATE_NOOP("AuditSentence", "Request withdrawn"),
         QT_TRANSLATE_NOOP("AuditSentence",
                           "{staff} closed request {request} of learner {learner} as withdrawn{context}")},
        {"request.assign", QT_TRANSLATE_NOOP("AuditSentence", "Request assigned"),
         QT_TRANSLATE_NOOP("AuditSentence", "{staff} assigned request {request} of learner {learner}{context}")},
        {"request.export", QT_TRANSLATE_NOOP("AuditSentence", "Data exported"),
         QT_TRANSLATE_NOOP("AuditSentence",
                           "{staff} exported the data of learner {learner} for request {request}{context}")},
        {"export.approve", QT_TRANSLATE_NOOP("AuditSentence", "Export approved"),
         QT_TRANSLATE_NOOP("AuditSentence",
                           "{staff} approved the export for request {request} of learner {learner}{context}")},
        {"erasure.preview", QT_TRANSLATE_NOOP("AuditSentence", "Erasure previewed"),
         QT_TRANSLATE_NOOP("AuditSentence",
                           "{staff} previewed the erasure for request {request} of learner {learner}{context}")},
        {"erasure.approve", QT_TRANSLATE_NOOP("AuditSentence", "Erasure approved"),
         QT_TRANSLATE_NOOP("AuditSentence",
                           "{staff} approved the erasure for request {request} of learner {learner}{context}")},
        {"erasure.reject", QT_TRANSLATE_NOOP("AuditSentence", "Erasure rejected"),
         QT_TRANSLATE_NOOP("AuditSentence",
                           "{staff} rejected the erasure for request {request} of learner {learner}{context}")},
        {"erasure.execute", QT_TRANSLATE_NOOP("AuditSentence", "Learner erased"),
         QT_TRANSLATE_NOOP("AuditSentence", "{staff} erased learner {learner} for request {request}{context}")},
        {"erasure.reapply", QT_TRANSLATE_NOOP("AuditSentence", "Erasure applied again"),
         QT_TRANSLATE_NOOP("AuditSentence", "{staff} erased learner {learner} again after a restore")},
        {"retention.purge_preview", QT_TRANSLATE_NOOP("AuditSentence", "Retention purge previewed"),
         QT_TRANSLATE_NOOP(
             "AuditSentence",
             "{staff} listed {records} retained records of learner {learner} whose retention period ended")},
        {"retention.purge", QT_TRANSLATE_NOOP("AuditSentence", "Retained records deleted"),
         QT_TRANSLATE_NOOP(
             "AuditSentence",
             "{staff} deleted {records} retained records of learner {learner} whose retention period ended")},
        {"retention.set", QT_TRANSLATE_NOOP("AuditSentence", "Retention rule changed"),
         QT_TRANSLATE_NOOP("AuditSentence", "{staff} changed the retention rule for {table}")},
        {"map.apply", QT_TRANSLATE_NOOP("AuditSentence", "Data map applied"),
         QT_TRANSLATE_NOOP("AuditSentence", "{staff} applied the data map {map} {version}")},
        {"processor.task_done", QT_TRANSLATE_NOOP("AuditSentence", "Processor task done"),
         QT_TRANSLATE_NOOP("AuditSentence", "{staff} marked a processor's erasure task of request {request} as done")},
        {"processor.add", QT_TRANSLATE_NOOP("AuditSentence", "Processor added"),
         QT_TRANSLATE_NOOP("AuditSentence", "{staff} added processor {processor} to the registry")},
        {"processor.edit", QT_TRANSLATE_NOOP("AuditSentence", "Processor changed"),
         QT_TRANSLATE_NOOP("AuditSentence", "{staff} changed processor {processor} in the registry")},
        {"incident.open", QT_TRANSLATE_NOOP("AuditSentence", "Incident opened"),
         QT_TRANSLATE_NOOP("AuditSentence", "{staff} opened incident {incident}")},
        {"incident.tick", QT_TRANSLATE_NOOP("AuditSentence", "Checklist item done"),
         QT_TRANSLATE_NOOP("AuditSentence", "{staff} ticked off a checklist item of incident {incident}")},
        {"incident.untick", QT_TRANSLATE_NOOP("AuditSentence", "Checklist item reopened"),
         QT_TRANSLATE_NOOP("AuditSentence", "{staff} reopened a checklist item of incident {incident}")},
        {"incident.triage", QT_TRANSLATE_NOOP("AuditSentence", "Incident assessed"),
         QT_TRANSLATE_NOOP("AuditSentence", "{staff} assessed the risk of incident {incident}")},
        {"incident.describe", QT_TRANSLATE_NOOP("AuditSentence", "Incident described"),
         QT_TRANSLATE_NOOP("AuditSentence", "{staff} described incident {incident}")},
        {"incident.notify", QT_TRANSLATE_NOOP("AuditSentence", "Notification recorded"),
         QT_TRANSLATE_NOOP("AuditSentence", "{staff} recorded a notification about incident {incident}")},
        {"incident.close", QT_TRANSLATE_NOOP("AuditSentence", "Incident closed"),
         QT_TRANSLATE_NOOP("AuditSentence", "{staff} closed incident {incident}")},
        {"incident.find", QT_TRANSLATE_NOOP("AuditSentence", "Affected people searched"),
         QT_TRANSLATE_NOOP("AuditSentence",
                           "{staff} searched for the people affected by an incident ({people} found)")},
        {"incident.attach_finding", QT_TRANSLATE_NOOP("AuditSentence", "Finding attached"),
         QT_TRANSLATE_NOOP("AuditSentence", "{staff} attached the people affected to incident {incident}")},
        {"incident.affected_export", QT_TRANSLATE_NOOP("AuditSentence", "Affected people exported"),
         QT_TRANSLATE_NOOP("AuditSentence",
                           "{staff} exported the contact data of {people} people affected by incident {incident}")},
        {"incident.register", QT_TRANSLATE_NOOP("AuditSentence", "Breach register exported"),
         QT_TRANSLATE_NOOP("AuditSentence", "{staff} exported the breach register")},
        {"audit.query", QT_TRANSLATE_NOOP("AuditSentence", "Access log searched"),
         QT_TRANSLATE_NOOP("AuditSentence", "{staff} searched the access log")},
        {"audit.report", QT_TRANSLATE_NOOP("AuditSentence", "Access-log report"),
         QT_TRANSLATE_NOOP("AuditSentence", "{staff} exported a report of {entries} access-log entries ({format})")},
        {"audit.review", QT_TRANSLATE_NOOP("AuditSentence", "Flag reviewed"),
         QT_TRANSLATE_NOOP("AuditSentence", "{staff} reviewed the flag on entry {entry}: {outcome}")},
        {"audit.verified", QT_TRANSLATE_NOOP("AuditSentence", "Access log verified"),
         QT_TRANSLATE_NOOP("AuditSentence", "{staff} verified the hash chain of the access log ({entries} entries)")},
        {"audit.checkpoint", QT_TRANSLATE_NOOP("AuditSentence", "Checkpoint signed"),
         QT_TRANSLATE_NOOP("AuditSentence", "{staff} signed a checkpoint of the access log at entry {last}")},
        {"settings.change", QT_TRANSLATE_NOOP("AuditSentence", "Setting changed"),
         QT_TRANSLATE_NOOP("AuditSentence", "{staff} set {setting} to {value}")},
        {"staff.add", QT_TRANSLATE_NOOP("AuditSentence", "Staff login added"),
         QT_TRANSLATE_NOOP("AuditSentence", "{staff} added the staff login {login} as {role}")},
        {"staff.remove", QT_TRANSLATE_NOOP("AuditSentence", "Staff login removed"),
         QT_TRANSLATE_NOOP("AuditSentence", "{staff} removed the staff login {login}")},
        {"staff.set_role", QT_TRANSLATE_NOOP("AuditSentence", "Role changed"),
         QT_TRANSLATE_NOOP("AuditSentence", "{staff} changed the role of {login} from {from} to {to}")},
        {"staff.enable", QT_TRANSLATE_NOOP("AuditSentence", "Staff login enabled"),
         QT_TRANSLATE_NOOP("AuditSentence", "{staff} enabled the staff login {login}")},
        {"staff.disable", QT_TRANSLATE_NOOP("AuditSentence", "Staff login disabled"),
         QT_TRANSLATE_NOOP("AuditSentence", "{staff} disabled the staff login {login}")},
        {"staff.recertify", QT_TRANSLATE_NOOP("AuditSentence", "Role confirmed"),
         QT_TRANSLATE_NOOP("AuditSentence", "{staff} confirmed that {login} still needs the role {role}")},
        {"refused", QT_TRANSLATE_NOOP("AuditSentence", "Operation refused"),
         QT_TRANSLATE_NOOP("AuditSentence", "The database refused an operation of {staff}")},
    };
    return texts;
}

const ActionText* actionText(const QString& action)
{
    for (const ActionText& a : actionTexts())
        if (action == QLatin1String(a.action))
            return &a;
    return nullptr;
}

const QList<Label>& categories()
{
    static const QList<Label> labels{
        {"enrollments", QT_TRANSLATE_NOOP("AuditSentence", "the course enrolments")},
        {"lesson_completions", QT_TRANSLATE_NOOP("AuditSentence", "the completed lessons")},
        {"test_results", QT_TRANSLATE_NOOP("AuditSentence", "the test results")},
        {"certificates", QT_TRANSLATE_NOOP("AuditSentence", "the certificates")},
        {"login_events", QT_TRANSLATE_NOOP("AuditSentence", "the sign-ins")},
        {"usage_events", QT_TRANSLATE_NOOP("AuditSentence", "the usage events")},
        {"sessions", QT_TRANSLATE_NOOP("AuditSentence", "the sessions")},
        {"messages", QT_TRANSLATE_NOOP("AuditSentence", "the messages")},
        {"forum_posts", QT_TRANSLATE_NOOP("AuditSentence", "the forum posts")},
        {"invoices", QT_TRANSLATE_NOOP("AuditSentence", "the invoices")},
        {"payment_references", QT_TRANSLATE_NOOP("AuditSentence", "the payment references")},
        {"social_identities", QT_TRANSLATE_NOOP("AuditSentence", "the linked social accounts")},
        {"processors", QT_TRANSLATE_NOOP("AuditSentence", "the processor links")},
    };
    return labels;
}

const QList<Label>& fields()
{
    static const QList<Label> labels{
        {"email", QT_TRANSLATE_NOOP("AuditSentence", "the email address")},
        {"billing_address", QT_TRANSLATE_NOOP("AuditSentence", "a billing address")},
        {"message_body", QT_TRANSLATE_NOOP("AuditSentence", "the content of a message")},
    };
    return labels;
}

const QList<Label>& lookupKinds()
{
    static const QList<Label> labels{
        {"id", QT_TRANSLATE_NOOP("AuditSentence", "user id")},
        {"public_id", QT_TRANSLATE_NOOP("AuditSentence", "public id")},
        {"invoice", QT_TRANSLATE_NOOP("AuditSentence", "invoice number")},
        {"ip", QT_TRANSLATE_NOOP("AuditSentence", "IP address")},
        {"email", QT_TRANSLATE_NOOP("AuditSentence", "email address")},
        {"name", QT_TRANSLATE_NOOP("AuditSentence", "name")},
    };
    return labels;
}

const QList<Label>& requestKinds()
{
    static const QList<Label> labels{
        {"export", QT_TRANSLATE_NOOP("AuditSentence", "an access request (export)")},
        {"erasure", QT_TRANSLATE_NOOP("AuditSentence", "an erasure request")},
        {"rectification", QT_TRANSLATE_NOOP("AuditSentence", "a rectification request")},
        {"restriction", QT_TRANSLATE_NOOP("AuditSentence", "a restriction request")},
        {"objection", QT_TRANSLATE_NOOP("AuditSentence", "an objection")},
    };
    return labels;
}

const QList<Label>& purposes()
{
    static const QList<Label> labels{
        {"access-log review", QT_TRANSLATE_NOOP("AuditSentence", "access-log review")},
        {"access-log verification", QT_TRANSLATE_NOOP("AuditSentence", "access-log verification")},
        {"access-log checkpoint", QT_TRANSLATE_NOOP("AuditSentence", "access-log checkpoint")},
        {"access recertification", QT_TRANSLATE_NOOP("AuditSentence", "access recertification")},
        {"policy", QT_TRANSLATE_NOOP("AuditSentence", "policy")},
        {"retention policy", QT_TRANSLATE_NOOP("AuditSentence", "retention policy")},
        {"data map", QT_TRANSLATE_NOOP("AuditSentence", "data map")},
        {"retention period ended", QT_TRANSLATE_NOOP("AuditSentence", "retention period ended")},
        {"erasure applied again after a restore",
         QT_TRANSLATE_NOOP("AuditSentence", "erasure applied again after a restore")},
        {"breach communication (Art. 34 GDPR)",
         QT_TRANSLATE_NOOP("AuditSentence", "breach communication (Art. 34 GDPR)")},
        {"breach register (Art. 33(5) GDPR)", QT_TRANSLATE_NOOP("AuditSentence", "breach register (Art. 33(5) GDPR)")},
    };
    return labels;
}

const QList<Label>& settings()
{
    static const QList<Label> labels{
        {"anomaly_min_distinct", QT_TRANSLATE_NOOP("AuditSentence", "people per hour that are never unusual")},
        {"anomaly_factor", QT_TRANSLATE_NOOP("AuditSentence", "unusual above this many times the usual hour")},
        {"work_hours", QT_TRANSLATE_NOOP("AuditSentence", "working hours")},
        {"work_days", QT_TRANSLATE_NOOP("AuditSentence", "working days")},
        {"work_timezone", QT_TRANSLATE_NOOP("AuditSentence", "time zone of the working hours")},
        {"ticket_pattern", QT_TRANSLATE_NOOP("AuditSentence", "form of a ticket reference")},
        {"request_warn_days", QT_TRANSLATE_NOOP("AuditSentence", "days of warning before a request's deadline")},
        {"checkpoint_warn_days", QT_TRANSLATE_NOOP("AuditSentence", "days after which a checkpoint is due")},
    };
    return labels;
}

// Keys of the details and of the filter, as labels.
const QList<Label>& keys()
{
    static const QList<Label> labels{
        {"request_id", QT_TRANSLATE_NOOP("AuditSentence", "Request")},
        {"kind", QT_TRANSLATE_NOOP("AuditSentence", "Kind")},
        {"results", QT_TRANSLATE_NOOP("AuditSentence", "Results")},
        {"user_ids", QT_TRANSLATE_NOOP("AuditSentence", "Learners found")},
        {"category", QT_TRANSLATE_NOOP("AuditSentence", "Category")},
        {"rows", QT_TRANSLATE_NOOP("AuditSentence", "Rows")},
        {"field", QT_TRANSLATE_NOOP("AuditSentence", "Field")},
        {"row_id", QT_TRANSLATE_NOOP("AuditSentence", "Record")},
        {"was", QT_TRANSLATE_NOOP("AuditSentence", "Status before")},
        {"sessions_revoked", QT_TRANSLATE_NOOP("AuditSentence", "Sessions ended")},
        {"changed", QT_TRANSLATE_NOOP("AuditSentence", "Changed fields")},
        {"was_opted_in", QT_TRANSLATE_NOOP("AuditSentence", "Had opted in")},
        {"months", QT_TRANSLATE_NOOP("AuditSentence", "Months")},
        {"sha256", QT_TRANSLATE_NOOP("AuditSentence", "Checksum (SHA-256)")},
        {"bytes", QT_TRANSLATE_NOOP("AuditSentence", "Size in bytes")},
        {"counts", QT_TRANSLATE_NOOP("AuditSentence", "Rows per table")},
        {"incident_id", QT_TRANSLATE_NOOP("AuditSentence", "Incident")},
        {"finding_id", QT_TRANSLATE_NOOP("AuditSentence", "Finding")},
        {"people", QT_TRANSLATE_NOOP("AuditSentence", "People")},
        {"login", QT_TRANSLATE_NOOP("AuditSentence", "Staff login")},
        {"role", QT_TRANSLATE_NOOP("AuditSentence", "Role")},
        {"from", QT_TRANSLATE_NOOP("AuditSentence", "Before")},
        {"to", QT_TRANSLATE_NOOP("AuditSentence", "After")},
        {"key", QT_TRANSLATE_NOOP("AuditSentence", "Setting")},
        {"value", QT_TRANSLATE_NOOP("AuditSentence", "Value")},
        {"format", QT_TRANSLATE_NOOP("AuditSentence", "Format")},
        {"entries", QT_TRANSLATE_NOOP("AuditSentence", "Entries")},
        {"filter", QT_TRANSLATE_NOOP("AuditSentence", "Filter")},
        {"operation", QT_TRANSLATE_NOOP("AuditSentence", "Operation")},
        {"sqlstate", QT_TRANSLATE_NOOP("AuditSentence", "Error code")},
        {"invoices", QT_TRANSLATE_NOOP("AuditSentence", "Invoices")},
        {"records", QT_TRANSLATE_NOOP("AuditSentence", "Records")},
        {"as_of", QT_TRANSLATE_NOOP("AuditSentence", "As of")},
        {"table", QT_TRANSLATE_NOOP("AuditSentence", "Table")},
        {"released", QT_TRANSLATE_NOOP("AuditSentence", "Records released")},
        {"map", QT_TRANSLATE_NOOP("AuditSentence", "Data map")},
        {"version", QT_TRANSLATE_NOOP("AuditSentence", "Version")},
        {"tables", QT_TRANSLATE_NOOP("AuditSentence", "Tables")},
        {"changes", QT_TRANSLATE_NOOP("AuditSentence", "Changes confirmed")},
        {"processor_id", QT_TRANSLATE_NOOP("AuditSentence", "Processor")},
        {"task_id", QT_TRANSLATE_NOOP("AuditSentence", "Task")},
        {"entry_id", QT_TRANSLATE_NOOP("AuditSentence", "Entry")},
        {"outcome", QT_TRANSLATE_NOOP("AuditSentence", "Outcome")},
        {"intact", QT_TRANSLATE_NOOP("AuditSentence", "Intact")},
        {"last_id", QT_TRANSLATE_NOOP("AuditSentence", "Last entry")},
        {"aware_at", QT_TRANSLATE_NOOP("AuditSentence", "Aware since")},
        {"items", QT_TRANSLATE_NOOP("AuditSentence", "Checklist items")},
        {"item", QT_TRANSLATE_NOOP("AuditSentence", "Checklist item")},
        {"risk", QT_TRANSLATE_NOOP("AuditSentence", "Risk")},
        {"exception", QT_TRANSLATE_NOOP("AuditSentence", "Exception")},
        {"fields", QT_TRANSLATE_NOOP("AuditSentence", "Fields")},
        {"phase", QT_TRANSLATE_NOOP("AuditSentence", "Phase")},
        {"late", QT_TRANSLATE_NOOP("AuditSentence", "Late")},
        // The filter of a query or report.
        {"since", QT_TRANSLATE_NOOP("AuditSentence", "From")},
        {"until", QT_TRANSLATE_NOOP("AuditSentence", "Until")},
        {"staff", QT_TRANSLATE_NOOP("AuditSentence", "Staff member")},
        {"staff_role", QT_TRANSLATE_NOOP("AuditSentence", "Role")},
        {"action", QT_TRANSLATE_NOOP("AuditSentence", "Action")},
        {"subject", QT_TRANSLATE_NOOP("AuditSentence", "Learner")},
        {"subject_id", QT_TRANSLATE_NOOP("AuditSentence", "Learner")},
        {"ticket", QT_TRANSLATE_NOOP("AuditSentence", "Ticket")},
        {"no_ticket", QT_TRANSLATE_NOOP("AuditSentence", "Only without ticket")},
        {"without_ticket", QT_TRANSLATE_NOOP("AuditSentence", "Only without ticket")},
        {"anomalies", QT_TRANSLATE_NOOP("AuditSentence", "Only unusual entries")},
        {"anomalies_only", QT_TRANSLATE_NOOP("AuditSentence", "Only unusual entries")},
        {"with_reviewed", QT_TRANSLATE_NOOP("AuditSentence", "Reviewed flags included")},
    };
    return labels;
}

QString yesNo(bool value, const QString& language)
{
    return value ? t(language, QT_TRANSLATE_NOOP("AuditSentence", "yes"))
                 : t(language, QT_TRANSLATE_NOOP("AuditSentence", "no"));
}

QString anyText(const QJsonValue& v, const QString& language)
{
    const QLocale locale = localeOf(language);
    if (v.isBool())
        return yesNo(v.toBool(), language);
    if (v.isDouble()) {
        const double d = v.toDouble();
        return d == double(qint64(d)) ? locale.toString(qint64(d)) : locale.toString(d);
    }
    if (v.isArray()) {
        QStringList parts;
        for (const QJsonValue& item : v.toArray())
            parts << anyText(item, language);
        return parts.join(QStringLiteral(", "));
    }
    if (v.isObject()) {
        QStringList parts;
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            parts << QStringLiteral("%1: %2").arg(it.key(), anyText(it.value(), language));
        return parts.join(QStringLiteral("; "));
    }
    // Dates and times in the details are ISO as the server wrote them: shown as everywhere else.
    const QString text = v.toString();
    static const QRegularExpression isoDate(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    static const QRegularExpression isoTime(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}[T ]\\d{2}:\\d{2}"));
    if (isoDate.match(text).hasMatch())
        return TimeFormat::date(QDate::fromString(text, Qt::ISODate), language);
    if (isoTime.match(text).hasMatch()) {
        const QDateTime time =
            QDateTime::fromString(QString(text).replace(QLatin1Char(' '), QLatin1Char('T')), Qt::ISODateWithMs);
        if (time.isValid())
            return TimeFormat::dateTimeSeconds(time, language);
    }
    return text;
}

QString keyLabel(const QString& key, const QString& language)
{
    const QString label = lookup(keys(), key, language);
    if (!label.isEmpty())
        return label;
    QString readable = key;
    readable.replace(QLatin1Char('_'), QLatin1Char(' '));
    if (!readable.isEmpty())
        readable[0] = readable.at(0).toUpper();
    return readable;
}

// A value of the details in words where its code has a label.
QString valueText(const QString& key, const QJsonValue& v, const QString& language)
{
    const QString s = v.toString();
    if (key == QLatin1String("category"))
        return lookup(categories(), s, language).isEmpty() ? s : lookup(categories(), s, language);
    if (key == QLatin1String("field"))
        return lookup(fields(), s, language).isEmpty() ? s : lookup(fields(), s, language);
    if (key == QLatin1String("role") || key == QLatin1String("staff_role"))
        return roleLabel(s, language);
    if (key == QLatin1String("outcome"))
        return outcomeLabel(s, language);
    if (key == QLatin1String("key"))
        return settingLabel(s, language);
    if (key == QLatin1String("action"))
        return actionLabel(s, language);
    if (key == QLatin1String("kind"))
        for (const QList<Label>* kinds : {&requestKinds(), &lookupKinds()})
            if (const QString k = lookup(*kinds, s, language); !k.isEmpty())
                return k;
    if (key == QLatin1String("filter") && v.isObject()) {
        QStringList parts;
        const QJsonObject f = v.toObject();
        for (auto it = f.begin(); it != f.end(); ++it) {
            if (it.value().isBool() && !it.value().toBool())
                continue;
            parts << (it.value().isBool() ? keyLabel(it.key(), language)
                                          : QStringLiteral("%1: %2").arg(keyLabel(it.key(), language),
                                                                         valueText(it.key(), it.value(), language)));
        }
        return parts.isEmpty() ? t(language, QT_TRANSLATE_NOOP("AuditSentence", "the whole log"))
                               : parts.join(QStringLiteral("; "));
    }
    return anyText(v, language);
}

QString fill(QString text, const QHash<QString, QString>& values)
{
    for (auto it = values.begin(); it != values.end(); ++it)
        text.replace(QLatin1Char('{') + it.key() + QLatin1Char('}'), it.value());
    return text;
}

QString numberText(const QJsonObject& d, const char* key, const QString& language)
{
    const QJsonValue v = d.value(QLatin1String(key));
    return v.isUndefined() || v.isNull() ? QStringLiteral("?") : anyText(v, language);
}

} // namespace

QString sentence(const AuditEntry& e, const QString& language)
{
    const QJsonObject d = e.detailsObject();
    QString context;
    if (!e.ticket.isEmpty())
        context += QLatin1Char(' ') + fill(t(language, QT_TRANSLATE_NOOP("AuditSentence", "for ticket {ticket}")),
                                           {{QStringLiteral("ticket"), e.ticket}});
    // The console's own purposes say what the action says already.
    if (!e.purpose.isEmpty() && lookup(purposes(), e.purpose, language).isEmpty())
        context += QLatin1Char(' ') + fill(t(language, QT_TRANSLATE_NOOP("AuditSentence", "(purpose: {purpose})")),
                                           {{QStringLiteral("purpose"), e.purpose}});
    const QString staff = e.staff.isEmpty() ? t(language, QT_TRANSLATE_NOOP("AuditSentence", "someone")) : e.staff;
    QHash<QString, QString> values{
        {QStringLiteral("staff"), staff},
        {QStringLiteral("learner"), QString::number(e.subjectId)},
        {QStringLiteral("context"), context},
        {QStringLiteral("request"), numberText(d, "request_id", language)},
        {QStringLiteral("incident"), numberText(d, "incident_id", language)},
        {QStringLiteral("entry"), numberText(d, "entry_id", language)},
        {QStringLiteral("months"), numberText(d, "months", language)},
        {QStringLiteral("results"), numberText(d, "results", language)},
        {QStringLiteral("people"), numberText(d, "people", language)},
        // Entries written before retention covered any table counted invoices.
        {QStringLiteral("records"),
         numberText(d, d.contains(QLatin1String("records")) ? "records" : "invoices", language)},
        {QStringLiteral("entries"), numberText(d, "entries", language)},
        {QStringLiteral("last"), numberText(d, "last_id", language)},
        {QStringLiteral("processor"), numberText(d, "processor_id", language)},
        {QStringLiteral("kind"), valueText(QStringLiteral("kind"), d.value(QLatin1String("kind")), language)},
        {QStringLiteral("category"),
         valueText(QStringLiteral("category"), d.value(QLatin1String("category")), language)},
        {QStringLiteral("field"), valueText(QStringLiteral("field"), d.value(QLatin1String("field")), language)},
        {QStringLiteral("table"), d.value(QLatin1String("table")).toString()},
        {QStringLiteral("map"), d.value(QLatin1String("map")).toString()},
        {QStringLiteral("version"), d.value(QLatin1String("version")).toString()},
        {QStringLiteral("login"), d.value(QLatin1String("login")).toString()},
        {QStringLiteral("role"), roleLabel(d.value(QLatin1String("role")).toString(), language)},
        {QStringLiteral("from"), roleLabel(d.value(QLatin1String("from")).toString(), language)},
        {QStringLiteral("to"), roleLabel(d.value(QLatin1String("to")).toString(), language)},
        {QStringLiteral("setting"), settingLabel(d.value(QLatin1String("key")).toString(), language)},
        {QStringLiteral("value"),
         settingValue(d.value(QLatin1String("key")).toString(), d.value(QLatin1String("value")).toString(), language)},
        {QStringLiteral("format"), d.value(QLatin1String("format")).toString().toUpper()},
        {QStringLiteral("outcome"), outcomeLabel(d.value(QLatin1String("outcome")).toString(), language)},
    };
    if (const ActionText* a = actionText(e.action)) {
        // A search of the log about one learner says so.
        if (e.action == QLatin1String("audit.query") && e.subjectId > 0)
            return fill(t(language, QT_TRANSLATE_NOOP("AuditSentence",
                                                      "{staff} searched the access log for entries about learner "
                                                      "{learner}{context}")),
                        values);
        return fill(t(language, a->sentence), values);
    }
    if (e.subjectId > 0)
        return fill(t(language, QT_TRANSLATE_NOOP("AuditSentence", "{staff} worked with the data of learner "
                                                                   "{learner}{context}")),
                    values);
    return fill(t(language, QT_TRANSLATE_NOOP("AuditSentence", "{staff} carried out an administrative task{context}")),
                values);
}

QString flagReason(const AuditFlag& f, const QString& language)
{
    const QLocale locale = localeOf(language);
    if (f.rule == QLatin1String("volume"))
        return fill(t(language, QT_TRANSLATE_NOOP("AuditSentence", "{people} different people within one hour; "
                                                                   "usually {usual}, unusual above {threshold}")),
                    {{QStringLiteral("people"), locale.toString(f.people)},
                     {QStringLiteral("usual"), locale.toString(f.usual, 'g', 4)},
                     {QStringLiteral("threshold"), locale.toString(f.threshold, 'g', 6)}});
    if (f.rule == QLatin1String("off_hours")) {
        const QDateTime local = QDateTime::fromString(f.localTime, Qt::ISODate);
        const QString when = local.isValid() ? locale.toString(local, QStringLiteral("ddd HH:mm")) : f.localTime;
        if (f.workHours.isEmpty()) // flagged before the rule kept its working hours
            return fill(t(language, QT_TRANSLATE_NOOP("AuditSentence", "outside working hours ({time} local time)")),
                        {{QStringLiteral("time"), when}});
        return fill(t(language, QT_TRANSLATE_NOOP("AuditSentence", "outside working hours: {time} ({zone}); working "
                                                                   "hours {hours}, {days}")),
                    {{QStringLiteral("time"), when},
                     {QStringLiteral("zone"), f.timeZone},
                     {QStringLiteral("hours"), settingValue(QStringLiteral("work_hours"), f.workHours, language)},
                     {QStringLiteral("days"), settingValue(QStringLiteral("work_days"), f.workDays, language)}});
    }
    if (f.rule == QLatin1String("no_request"))
        return t(language, QT_TRANSLATE_NOOP("AuditSentence", "about a learner, without a ticket and without an open "
                                                              "request"));
    if (f.rule == QLatin1String("refusals"))
        return fill(t(language, QT_TRANSLATE_NOOP("AuditSentence", "{count} refused operations within one hour")),
                    {{QStringLiteral("count"), locale.toString(f.refusals)}});
    if (f.rule == QLatin1String("sensitive_reveal"))
        return f.field == QLatin1String("message_body")
                   ? t(language, QT_TRANSLATE_NOOP("AuditSentence", "revealed the content of a message"))
                   : t(language, QT_TRANSLATE_NOOP("AuditSentence", "revealed payment data (a billing address)"));
    return t(language, QT_TRANSLATE_NOOP("AuditSentence", "flagged for review"));
}

QString flagReasons(const QList<AuditFlag>& flags, const QString& language)
{
    QStringList reasons;
    for (const AuditFlag& f : flags)
        reasons << flagReason(f, language);
    return reasons.join(QStringLiteral("; "));
}

QList<QPair<QString, QString>> detailLines(const AuditEntry& e, const QString& language)
{
    QList<QPair<QString, QString>> lines;
    const auto add = [&](const char* label, const QString& value) {
        if (!value.isEmpty())
            lines.append({t(language, label), value});
    };
    add(QT_TRANSLATE_NOOP("AuditSentence", "Entry"), QString::number(e.id));
    add(QT_TRANSLATE_NOOP("AuditSentence", "Time"), TimeFormat::dateTimeSeconds(e.at, language));
    add(QT_TRANSLATE_NOOP("AuditSentence", "Staff member"), e.staff);
    add(QT_TRANSLATE_NOOP("AuditSentence", "Role"), roleLabel(e.role, language));
    add(QT_TRANSLATE_NOOP("AuditSentence", "Action"), actionLabel(e.action, language));
    add(QT_TRANSLATE_NOOP("AuditSentence", "Learner"), e.subjectId > 0 ? QString::number(e.subjectId) : QString());
    add(QT_TRANSLATE_NOOP("AuditSentence", "Ticket"), e.ticket);
    add(QT_TRANSLATE_NOOP("AuditSentence", "Purpose"), purposeLabel(e.purpose, language));
    const QJsonObject d = e.detailsObject();
    for (auto it = d.begin(); it != d.end(); ++it)
        if (!it.value().isNull())
            lines.append({keyLabel(it.key(), language), valueText(it.key(), it.value(), language)});
    for (const AuditFlag& f : e.flags)
        lines.append({t(language, QT_TRANSLATE_NOOP("AuditSentence", "Unusual")), flagReason(f, language)});
    if (e.review.isReviewed()) {
        add(QT_TRANSLATE_NOOP("AuditSentence", "Review"),
            fill(t(language, QT_TRANSLATE_NOOP("AuditSentence", "{outcome}, by {who} on {when}")),
                 {{QStringLiteral("outcome"), outcomeLabel(e.review.outcome, language)},
                  {QStringLiteral("who"), e.review.reviewedBy},
                  {QStringLiteral("when"), TimeFormat::dateTime(e.review.reviewedAt, language)}}));
        add(QT_TRANSLATE_NOOP("AuditSentence", "Review note"), e.review.note);
    }
    return lines;
}

QString actionLabel(const QString& action, const QString& language)
{
    if (const ActionText* a = actionText(action))
        return t(language, a->label);
    return t(language, QT_TRANSLATE_NOOP("AuditSentence", "Other action"));
}

QString roleLabel(const QString& role, const QString& language)
{
    static const QList<Label> roles{
        {"support", QT_TRANSLATE_NOOP("AuditSentence", "Support")},
        {"dpo", QT_TRANSLATE_NOOP("AuditSentence", "Data protection officer")},
        {"admin", QT_TRANSLATE_NOOP("AuditSentence", "Administrator")},
        {"superuser", QT_TRANSLATE_NOOP("AuditSentence", "Database owner")},
    };
    const QString label = lookup(roles, role, language);
    return label.isEmpty() ? role : label;
}

QString outcomeLabel(const QString& outcome, const QString& language)
{
    static const QList<Label> labels{
        {"justified", QT_TRANSLATE_NOOP("AuditSentence", "Justified")},
        {"followed_up", QT_TRANSLATE_NOOP("AuditSentence", "Followed up")},
        {"escalated", QT_TRANSLATE_NOOP("AuditSentence", "Escalated")},
    };
    return lookup(labels, outcome, language);
}

QString purposeLabel(const QString& purpose, const QString& language)
{
    const QString label = lookup(purposes(), purpose, language);
    return label.isEmpty() ? purpose : label;
}

QString settingLabel(const QString& key, const QString& language)
{
    const QString label = lookup(settings(), key, language);
    return label.isEmpty() ? keyLabel(key, language) : label;
}

QString settingValue(const QString& key, const QString& value, const QString& language)
{
    if (key == QLatin1String("work_hours"))
        return QString(value).replace(QLatin1Char('-'), QStringLiteral("–"));
    if (key == QLatin1String("work_days")) {
        const QStringList days = value.split(QLatin1Char('-'));
        bool fromOk = false, toOk = false;
        const int from = days.value(0).toInt(&fromOk);
        const int to = days.value(1).toInt(&toOk);
        if (days.size() != 2 || !fromOk || !toOk || from < 1 || from > 7 || to < 1 || to > 7)
            return value;
        const QLocale locale = localeOf(language);
        return fill(t(language, QT_TRANSLATE_NOOP("AuditSentence", "{first} to {last}")),
                    {{QStringLiteral("first"), locale.dayName(from)}, {QStringLiteral("last"), locale.dayName(to)}});
    }
    return value;
}

QString filterKeyLabel(const QString& key, const QString& language)
{
    return keyLabel(key, language);
}

QStringList knownActions()
{
    QStringList actions;
    for (const ActionText& a : actionTexts())
        actions << QLatin1String(a.action);
    return actions;
}

QStringList outcomes()
{
    return {QStringLiteral("justified"), QStringLiteral("followed_up"), QStringLiteral("escalated")};
}

} // namespace AuditSentence
