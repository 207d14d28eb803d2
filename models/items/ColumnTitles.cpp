// SPDX-License-Identifier: GPL-3.0-or-later
#include "ColumnTitles.h"

#include "core/TimeFormat.h"

#include <QMap>

QString ColumnTitles::column(const QString& name)
{
    static const QMap<QString, const char*> titles{
        {QStringLiteral("id"), QT_TR_NOOP("Id")},
        {QStringLiteral("at"), QT_TR_NOOP("Time")},
        {QStringLiteral("amount_cents"), QT_TR_NOOP("Amount")},
        {QStringLiteral("author_user_id"), QT_TR_NOOP("Author")},
        {QStringLiteral("billing_address"), QT_TR_NOOP("Billing address")},
        {QStringLiteral("billing_name"), QT_TR_NOOP("Billing name")},
        {QStringLiteral("biography"), QT_TR_NOOP("Biography")},
        {QStringLiteral("body"), QT_TR_NOOP("Text")},
        {QStringLiteral("browser"), QT_TR_NOOP("Browser")},
        {QStringLiteral("category"), QT_TR_NOOP("Category")},
        {QStringLiteral("completed_at"), QT_TR_NOOP("Completed")},
        {QStringLiteral("course_id"), QT_TR_NOOP("Course")},
        {QStringLiteral("created_at"), QT_TR_NOOP("Created")},
        {QStringLiteral("currency"), QT_TR_NOOP("Currency")},
        {QStringLiteral("device"), QT_TR_NOOP("Device")},
        {QStringLiteral("duration_seconds"), QT_TR_NOOP("Duration (s)")},
        {QStringLiteral("email"), QT_TR_NOOP("Email")},
        {QStringLiteral("enrolled_at"), QT_TR_NOOP("Enrolled")},
        {QStringLiteral("external_id"), QT_TR_NOOP("External id")},
        {QStringLiteral("instructor_user_id"), QT_TR_NOOP("Instructor")},
        {QStringLiteral("interests"), QT_TR_NOOP("Interests")},
        {QStringLiteral("ip"), QT_TR_NOOP("IP address")},
        {QStringLiteral("issued_at"), QT_TR_NOOP("Issued")},
        {QStringLiteral("kind"), QT_TR_NOOP("Kind")},
        {QStringLiteral("language"), QT_TR_NOOP("Language")},
        {QStringLiteral("last4"), QT_TR_NOOP("Last 4 digits")},
        {QStringLiteral("last_login_at"), QT_TR_NOOP("Last login")},
        {QStringLiteral("last_seen_at"), QT_TR_NOOP("Last seen")},
        {QStringLiteral("lesson_id"), QT_TR_NOOP("Lesson")},
        {QStringLiteral("linked_at"), QT_TR_NOOP("Linked")},
        {QStringLiteral("marketing_changed_at"), QT_TR_NOOP("Marketing consent changed")},
        {QStringLiteral("marketing_opt_in"), QT_TR_NOOP("Marketing emails")},
        {QStringLiteral("max_score"), QT_TR_NOOP("Out of")},
        {QStringLiteral("name"), QT_TR_NOOP("Name")},
        {QStringLiteral("number"), QT_TR_NOOP("Number")},
        {QStringLiteral("os"), QT_TR_NOOP("Operating system")},
        {QStringLiteral("password_reset_required"), QT_TR_NOOP("Password reset required")},
        {QStringLiteral("picture_path"), QT_TR_NOOP("Profile picture")},
        {QStringLiteral("policy_accepted_at"), QT_TR_NOOP("Privacy policy accepted")},
        {QStringLiteral("policy_version"), QT_TR_NOOP("Privacy policy version")},
        {QStringLiteral("posted_at"), QT_TR_NOOP("Posted")},
        {QStringLiteral("price_cents"), QT_TR_NOOP("Price")},
        {QStringLiteral("processor_id"), QT_TR_NOOP("Processor")},
        {QStringLiteral("profile"), QT_TR_NOOP("Profile details")},
        {QStringLiteral("progress_percent"), QT_TR_NOOP("Progress (%)")},
        {QStringLiteral("provider"), QT_TR_NOOP("Provider")},
        {QStringLiteral("recipient_user_id"), QT_TR_NOOP("Recipient")},
        {QStringLiteral("score"), QT_TR_NOOP("Score")},
        {QStringLiteral("sender_user_id"), QT_TR_NOOP("Sender")},
        {QStringLiteral("sent_at"), QT_TR_NOOP("Sent")},
        {QStringLiteral("serial"), QT_TR_NOOP("Serial number")},
        {QStringLiteral("since"), QT_TR_NOOP("Since")},
        {QStringLiteral("subject"), QT_TR_NOOP("Subject")},
        {QStringLiteral("succeeded"), QT_TR_NOOP("Succeeded")},
        {QStringLiteral("taken_at"), QT_TR_NOOP("Taken")},
        {QStringLiteral("thread_id"), QT_TR_NOOP("Thread")},
        {QStringLiteral("title"), QT_TR_NOOP("Title")},
        {QStringLiteral("user_agent"), QT_TR_NOOP("User agent")},
    };
    if (const char* title = titles.value(name, nullptr))
        return tr(title);
    QString readable = name;
    readable.replace(QLatin1Char('_'), QLatin1Char(' '));
    return readable;
}

QString ColumnTitles::column(const QString& name, const QJsonObject& mapTitles)
{
    const QJsonObject title = mapTitles.value(name).toObject();
    const QString text = title.value(TimeFormat::uiLanguage()).toString();
    return text.isEmpty() ? column(name) : text;
}

QString ColumnTitles::category(const QString& category)
{
    static const QMap<QString, const char*> titles{
        {QStringLiteral("account"), QT_TR_NOOP("Account")},
        {QStringLiteral("profile"), QT_TR_NOOP("Profile")},
        {QStringLiteral("consents"), QT_TR_NOOP("Consents")},
        {QStringLiteral("education"), QT_TR_NOOP("Education")},
        {QStringLiteral("technical"), QT_TR_NOOP("Technical data")},
        {QStringLiteral("communication"), QT_TR_NOOP("Communication")},
        {QStringLiteral("payment"), QT_TR_NOOP("Payment")},
        {QStringLiteral("processors"), QT_TR_NOOP("Processors")},
        {QStringLiteral("requests"), QT_TR_NOOP("Requests")},
    };
    const char* title = titles.value(category, nullptr);
    return title ? tr(title) : category;
}
