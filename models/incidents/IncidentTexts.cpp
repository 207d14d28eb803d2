// SPDX-License-Identifier: GPL-3.0-or-later
#include "IncidentTexts.h"

#include "Incident.h"

#include "core/SubjectLanguage.h"
#include "core/TimeFormat.h"

#include <QCoreApplication>
#include <QLocale>
#include <QMap>

namespace IncidentTexts {

namespace {

const char* const context = "IncidentTexts";

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(IncidentTexts)
};

QString say(const char* source, const SubjectLanguage* language)
{
    return language ? language->translate(context, source) : QCoreApplication::translate(context, source);
}

QString lookup(const QMap<QString, const char*>& names, const QString& code, const SubjectLanguage* language)
{
    const char* source = names.value(code);
    return source ? say(source, language) : code;
}

} // namespace

QString section(const QString& code, const SubjectLanguage* language)
{
    static const QMap<QString, const char*> names{
        {QStringLiteral("containment"), QT_TRANSLATE_NOOP("IncidentTexts", "Containment")},
        {QStringLiteral("assessment"), QT_TRANSLATE_NOOP("IncidentTexts", "Assessment")},
        {QStringLiteral("authority"), QT_TRANSLATE_NOOP("IncidentTexts", "Notification of the authority (Art. 33)")},
        {QStringLiteral("subjects"), QT_TRANSLATE_NOOP("IncidentTexts", "Communication to the people (Art. 34)")},
        {QStringLiteral("documentation"), QT_TRANSLATE_NOOP("IncidentTexts", "Documentation (Art. 33(5))")},
        {QStringLiteral("lessons"), QT_TRANSLATE_NOOP("IncidentTexts", "Lessons learned")},
    };
    return lookup(names, code, language);
}

QString risk(const QString& code, const SubjectLanguage* language)
{
    static const QMap<QString, const char*> names{
        {QString(), QT_TRANSLATE_NOOP("IncidentTexts", "not assessed yet")},
        {QStringLiteral("none"), QT_TRANSLATE_NOOP("IncidentTexts", "unlikely to result in a risk")},
        {QStringLiteral("risk"), QT_TRANSLATE_NOOP("IncidentTexts", "risk")},
        {QStringLiteral("high_risk"), QT_TRANSLATE_NOOP("IncidentTexts", "high risk")},
    };
    return lookup(names, code, language);
}

QString exception(const QString& code, const SubjectLanguage* language)
{
    static const QMap<QString, const char*> names{
        {QString(), QT_TRANSLATE_NOOP("IncidentTexts", "no exception")},
        {QStringLiteral("a"), QT_TRANSLATE_NOOP("IncidentTexts", "(a) the data is unintelligible, e.g. encrypted")},
        {QStringLiteral("b"), QT_TRANSLATE_NOOP("IncidentTexts", "(b) later measures removed the high risk")},
        {QStringLiteral("c"),
         QT_TRANSLATE_NOOP("IncidentTexts", "(c) disproportionate effort: public communication instead")},
    };
    return lookup(names, code, language);
}

QString noticeKind(const QString& code, const SubjectLanguage* language)
{
    static const QMap<QString, const char*> names{
        {QStringLiteral("authority"), QT_TRANSLATE_NOOP("IncidentTexts", "supervisory authority")},
        {QStringLiteral("subjects"), QT_TRANSLATE_NOOP("IncidentTexts", "people concerned")},
        {QStringLiteral("public"), QT_TRANSLATE_NOOP("IncidentTexts", "public communication")},
    };
    return lookup(names, code, language);
}

QString itemTitle(const Incident& incident, const QString& sectionKey, const SubjectLanguage* language)
{
    const bool german = language ? language->code() == QLatin1String("de") : QLocale().language() == QLocale::German;
    for (const Incident::Item& item : incident.items) {
        if (item.section + QLatin1Char('.') + item.key != sectionKey)
            continue;
        const QString title = german ? item.titleDe : item.titleEn;
        return title.trimmed().isEmpty() ? (german ? item.titleEn : item.titleDe) : title;
    }
    return sectionKey;
}

QString dataCategory(const QString& code)
{
    // The names the export report gives the categories, with their translations.
    static const QMap<QString, const char*> names{
        {QStringLiteral("account"), QT_TRANSLATE_NOOP("ExportReport", "Account")},
        {QStringLiteral("profile"), QT_TRANSLATE_NOOP("ExportReport", "Optional profile")},
        {QStringLiteral("consents"), QT_TRANSLATE_NOOP("ExportReport", "Consents")},
        {QStringLiteral("education"), QT_TRANSLATE_NOOP("ExportReport", "Education")},
        {QStringLiteral("technical"), QT_TRANSLATE_NOOP("ExportReport", "Technical data")},
        {QStringLiteral("communication"), QT_TRANSLATE_NOOP("ExportReport", "Communication")},
        {QStringLiteral("payment"), QT_TRANSLATE_NOOP("ExportReport", "Payment")},
        {QStringLiteral("processors"), QT_TRANSLATE_NOOP("ExportReport", "External service providers")},
    };
    const char* source = names.value(code);
    return source ? QCoreApplication::translate("ExportReport", source) : code;
}

QString field(const QString& key, const SubjectLanguage* language)
{
    static const QMap<QString, const char*> names{
        {QStringLiteral("nature"), QT_TRANSLATE_NOOP("IncidentTexts", "Nature of the breach")},
        {QStringLiteral("subject_categories"), QT_TRANSLATE_NOOP("IncidentTexts", "Categories of people concerned")},
        {QStringLiteral("subjects_approx"), QT_TRANSLATE_NOOP("IncidentTexts", "Approximate number of people")},
        {QStringLiteral("record_categories"),
         QT_TRANSLATE_NOOP("IncidentTexts", "Categories of personal data records")},
        {QStringLiteral("records_approx"), QT_TRANSLATE_NOOP("IncidentTexts", "Approximate number of records")},
        {QStringLiteral("dpo_contact"), QT_TRANSLATE_NOOP("IncidentTexts", "Contact of the data protection officer")},
        {QStringLiteral("consequences"), QT_TRANSLATE_NOOP("IncidentTexts", "Likely consequences")},
        {QStringLiteral("measures"), QT_TRANSLATE_NOOP("IncidentTexts", "Measures taken or proposed")},
    };
    return lookup(names, key, language);
}

Clock clock(const QString& status, const QString& authorityState, qint64 secondsLeft)
{
    if (authorityState == QLatin1String("notified"))
        return Clock::Notified;
    if (authorityState == QLatin1String("not_required"))
        return Clock::NotRequired;
    if (status == QLatin1String("closed"))
        return Clock::Closed;
    if (secondsLeft < 0)
        return Clock::Overdue;
    return secondsLeft < 24 * 3600 ? Clock::Soon : Clock::Running;
}

QString clockText(Clock clock, qint64 secondsLeft)
{
    const qint64 s = qAbs(secondsLeft);
    const qint64 days = s / 86400;
    const qint64 hours = s % 86400 / 3600;
    const qint64 minutes = s % 3600 / 60;
    const QString span = days > 0 ? Tr::tr("%1 d %2 h %3 min")
                                        .arg(days)
                                        .arg(hours, 2, 10, QLatin1Char('0'))
                                        .arg(minutes, 2, 10, QLatin1Char('0'))
                                  : Tr::tr("%1 h %2 min").arg(hours).arg(minutes, 2, 10, QLatin1Char('0'));
    switch (clock) {
    case Clock::Running:
    case Clock::Soon:
        return Tr::tr("%1 left").arg(span);
    case Clock::Overdue:
        return Tr::tr("overdue by %1").arg(span);
    case Clock::Notified:
        return Tr::tr("authority notified");
    case Clock::NotRequired:
        return Tr::tr("no notification required");
    case Clock::Closed:
        return Tr::tr("closed");
    }
    return QString();
}

QString localTime(const QDateTime& at, const QTimeZone& zone, const SubjectLanguage* language)
{
    return TimeFormat::legal(at, language ? language->code() : QString(), zone);
}

} // namespace IncidentTexts
