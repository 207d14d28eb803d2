// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExportConsultations.h"

#include "Csv.h"
#include "ExportReport.h"

#include "core/SubjectLanguage.h"
#include "core/TimeFormat.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace ExportConsultations {

namespace {

const char* const kContext = "ExportConsultations";

QString esc(const QString& text)
{
    return text.toHtmlEscaped();
}

// What was looked at or done, for the learner to read.
QString what(const SubjectLanguage& t, const ExportConsultation& c, const QString& language)
{
    static const QList<QPair<QLatin1String, const char*>> actions{
        {QLatin1String("user.view"), QT_TRANSLATE_NOOP("ExportConsultations", "your account overview")},
        {QLatin1String("user.reveal"),
         QT_TRANSLATE_NOOP("ExportConsultations", "a hidden value of your data, shown for the purpose given")},
        {QLatin1String("user.lookup"), QT_TRANSLATE_NOOP("ExportConsultations", "a search whose results listed you")},
        {QLatin1String("user.lock"), QT_TRANSLATE_NOOP("ExportConsultations", "your account was locked")},
        {QLatin1String("user.unlock"), QT_TRANSLATE_NOOP("ExportConsultations", "your account was unlocked")},
        {QLatin1String("user.revoke_sessions"),
         QT_TRANSLATE_NOOP("ExportConsultations", "your sign-in sessions were ended")},
        {QLatin1String("user.force_password_reset"),
         QT_TRANSLATE_NOOP("ExportConsultations", "a new password was required of you")},
        {QLatin1String("user.withdraw_marketing"),
         QT_TRANSLATE_NOOP("ExportConsultations", "your marketing consent was withdrawn")},
        {QLatin1String("user.rectify"), QT_TRANSLATE_NOOP("ExportConsultations", "your data was corrected")},
        {QLatin1String("user.restrict"),
         QT_TRANSLATE_NOOP("ExportConsultations", "the processing of your data was restricted")},
    };
    const QString title =
        c.title.value(t.code() == QLatin1String("de") ? QLatin1String("de") : QLatin1String("en")).toString();
    if (c.action == QLatin1String("user.view_category") && !title.isEmpty())
        return t.translate(kContext, QT_TRANSLATE_NOOP("ExportConsultations", "your data in the category %1: %2"))
            .arg(ExportReport::categoryName(c.category, language), title);
    if (c.action == QLatin1String("user.view_category"))
        return t.translate(kContext, QT_TRANSLATE_NOOP("ExportConsultations", "your data in the category %1"))
            .arg(ExportReport::categoryName(c.category, language));
    for (const auto& [action, text] : actions)
        if (c.action == action)
            return t.translate(kContext, text);
    if (c.action.startsWith(QLatin1String("request.")) || c.action.startsWith(QLatin1String("export.")) ||
        c.action.startsWith(QLatin1String("erasure.")))
        return t.translate(kContext, QT_TRANSLATE_NOOP("ExportConsultations", "your data protection request"));
    return t.translate(kContext, QT_TRANSLATE_NOOP("ExportConsultations", "other work with your data"));
}

QString role(const SubjectLanguage& t, const QString& role)
{
    if (role == QLatin1String("support"))
        return t.translate(kContext, QT_TRANSLATE_NOOP("ExportConsultations", "support staff"));
    if (role == QLatin1String("dpo"))
        return t.translate(kContext, QT_TRANSLATE_NOOP("ExportConsultations", "data protection officer"));
    if (role == QLatin1String("admin"))
        return t.translate(kContext, QT_TRANSLATE_NOOP("ExportConsultations", "administrator"));
    return t.translate(kContext, QT_TRANSLATE_NOOP("ExportConsultations", "staff"));
}

QString why(const SubjectLanguage& t, const ExportConsultation& c)
{
    if (!c.purpose.isEmpty())
        return c.purpose;
    return c.ticket ? t.translate(kContext, QT_TRANSLATE_NOOP("ExportConsultations", "a support request of yours"))
                    : t.translate(kContext, QT_TRANSLATE_NOOP("ExportConsultations", "none given"));
}

} // namespace

QString csvPath()
{
    return QStringLiteral("consultations.csv");
}

QByteArray json(const QList<ExportConsultation>& consultations)
{
    QJsonArray list;
    for (const ExportConsultation& c : consultations)
        list.append(QJsonObject{{QStringLiteral("at"), c.at.toUTC().toString(Qt::ISODateWithMs)},
                                {QStringLiteral("action"), c.action},
                                {QStringLiteral("category"), c.category.isEmpty() ? QJsonValue() : c.category},
                                {QStringLiteral("role"), c.role},
                                {QStringLiteral("ticket"), c.ticket},
                                {QStringLiteral("purpose"), c.purpose.isEmpty() ? QJsonValue() : c.purpose}});
    return QJsonDocument(list).toJson(QJsonDocument::Compact);
}

QByteArray csv(const QList<ExportConsultation>& consultations, const QString& language)
{
    const SubjectLanguage t(language);
    QByteArray out = Csv::byteOrderMark();
    out += Csv::record({{QStringLiteral("at")},
                        {QStringLiteral("action")},
                        {QStringLiteral("category")},
                        {QStringLiteral("role")},
                        {QStringLiteral("ticket")},
                        {QStringLiteral("purpose")},
                        {QStringLiteral("description")}});
    for (const ExportConsultation& c : consultations)
        out += Csv::record({{c.at.toUTC().toString(Qt::ISODateWithMs), false},
                            {c.action},
                            {c.category},
                            {c.role},
                            {c.ticket ? QStringLiteral("true") : QStringLiteral("false"), false},
                            {c.purpose},
                            {what(t, c, language)}});
    return out;
}

QString reportSection(const QList<ExportConsultation>& consultations, const QString& language)
{
    const SubjectLanguage t(language);
    QString html =
        QStringLiteral("<p>%1</p>\n")
            .arg(esc(t.translate(
                kContext,
                QT_TRANSLATE_NOOP("ExportConsultations",
                                  "Every time a member of our staff looked at your data or worked with it, our "
                                  "console recorded it. Here is each of these consultations: when, what was "
                                  "looked at, for what purpose, and the role of the person — as the Court of "
                                  "Justice of the EU held (C-579/21), not their name. The same list is in "
                                  "consultations.csv and in data.json."))));
    if (consultations.isEmpty())
        return html + QStringLiteral("<p>%1</p>\n")
                          .arg(esc(t.translate(
                              kContext, QT_TRANSLATE_NOOP("ExportConsultations", "No one has consulted your data."))));
    html += QStringLiteral("<table>\n<tr><th>%1</th><th>%2</th><th>%3</th><th>%4</th></tr>\n")
                .arg(esc(t.translate(kContext, QT_TRANSLATE_NOOP("ExportConsultations", "When"))),
                     esc(t.translate(kContext, QT_TRANSLATE_NOOP("ExportConsultations", "What"))),
                     esc(t.translate(kContext, QT_TRANSLATE_NOOP("ExportConsultations", "Purpose"))),
                     esc(t.translate(kContext, QT_TRANSLATE_NOOP("ExportConsultations", "By"))));
    for (const ExportConsultation& c : consultations)
        html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td></tr>\n")
                    .arg(esc(TimeFormat::dateTimeWithZone(c.at, t.code())), esc(what(t, c, language)), esc(why(t, c)),
                         esc(role(t, c.role)));
    return html + QStringLiteral("</table>\n");
}

} // namespace ExportConsultations
