// SPDX-License-Identifier: GPL-3.0-or-later
#include "TimeFormat.h"

#include <QLocale>

namespace TimeFormat {
namespace {

bool german(const QString& language)
{
    return (language.isEmpty() ? uiLanguage() : language) == QLatin1String("de");
}

QString datePattern(const QString& language)
{
    return german(language) ? QStringLiteral("dd.MM.yyyy") : QStringLiteral("d MMM yyyy");
}

QDateTime inZone(const QDateTime& time, const QTimeZone& zone)
{
    return zone.isValid() ? time.toTimeZone(zone) : time.toLocalTime();
}

QString format(const QDateTime& local, const QString& language, const QString& timePattern)
{
    return locale(language).toString(local, datePattern(language) + QLatin1Char(' ') + timePattern);
}

} // namespace

QString uiLanguage()
{
    return QLocale().language() == QLocale::German ? QStringLiteral("de") : QStringLiteral("en");
}

QString date(const QDate& date, const QString& language)
{
    return date.isValid() ? locale(language).toString(date, datePattern(language)) : QString();
}

QString date(const QDateTime& time, const QString& language)
{
    return time.isValid() ? date(time.toLocalTime().date(), language) : QString();
}

QString dateTime(const QDateTime& time, const QString& language)
{
    return time.isValid() ? format(time.toLocalTime(), language, QStringLiteral("HH:mm")) : QString();
}

QString dateTimeSeconds(const QDateTime& time, const QString& language)
{
    return time.isValid() ? format(time.toLocalTime(), language, QStringLiteral("HH:mm:ss")) : QString();
}

QString zoneName(const QDateTime& time, const QString& language, const QTimeZone& zone)
{
    if (!time.isValid())
        return {};
    const QString name = inZone(time, zone).timeZoneAbbreviation();
    if (german(language)) {
        if (name == QLatin1String("CET"))
            return QStringLiteral("MEZ");
        if (name == QLatin1String("CEST"))
            return QStringLiteral("MESZ");
    }
    return name;
}

QString dateTimeWithZone(const QDateTime& time, const QString& language, const QTimeZone& zone)
{
    if (!time.isValid())
        return {};
    return format(inZone(time, zone), language, QStringLiteral("HH:mm")) + QLatin1Char(' ') +
           zoneName(time, language, zone);
}

QString legal(const QDateTime& time, const QString& language, const QTimeZone& zone)
{
    if (!time.isValid())
        return {};
    const QDateTime local = inZone(time, zone);
    if (local.offsetFromUtc() == 0 && local.timeZoneAbbreviation() == QLatin1String("UTC"))
        return dateTimeWithZone(time, language, zone); // "… 14:05 UTC" says it all
    const QDateTime utc = time.toUTC();
    const QString utcText = utc.date() == local.date() ? utc.toString(QStringLiteral("HH:mm"))
                                                       : format(utc, language, QStringLiteral("HH:mm"));
    return QStringLiteral("%1 (%2 UTC)").arg(dateTimeWithZone(time, language, zone), utcText);
}

QString iso(const QDateTime& time)
{
    if (!time.isValid())
        return {};
    const QDateTime local = time.toLocalTime();
    return local.toOffsetFromUtc(local.offsetFromUtc()).toString(Qt::ISODate);
}

QString isoDate(const QDate& date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

// Month names fixed per language whatever the system locale says ("Dec", never "Dez." or
// "Sept"); the order comes from the pattern alone.
QLocale locale(const QString& language)
{
    return german(language) ? QLocale(QLocale::German, QLocale::Germany)
                            : QLocale(QLocale::English, QLocale::UnitedStates);
}

QString editFormat(const QString& language)
{
    return datePattern(language) + QStringLiteral(" HH:mm");
}

QString dateEditFormat(const QString& language)
{
    return datePattern(language);
}

QString axisDayFormat(const QString& language)
{
    return german(language) ? QStringLiteral("dd.MM.") : QStringLiteral("d MMM");
}

} // namespace TimeFormat
