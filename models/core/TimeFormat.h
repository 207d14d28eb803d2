// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QDateTime>
#include <QLocale>
#include <QString>
#include <QTimeZone>

// The one way the console shows time. German: 24.12.2026 14:05; English: 24 Dec 2026 14:05 (no
// month/day order to misread). Always four-digit years and the local time zone; where a time
// matters legally, the zone's name and UTC too. Files for machines (CSV, JSON) take ISO 8601 with
// the offset. language is "de" or "en"; empty means the language of the user interface. zone is
// the local one unless a caller (a draft for someone elsewhere) names another.
namespace TimeFormat {

QString date(const QDate& date, const QString& language = QString());
// The local calendar day of a moment (not the day of whatever offset it came with).
QString date(const QDateTime& time, const QString& language = QString());
QString dateTime(const QDateTime& time, const QString& language = QString());
// With seconds: for the access log, where the order of entries within a minute matters.
QString dateTimeSeconds(const QDateTime& time, const QString& language = QString());
// 24.12.2026 14:05 MEZ / 24 Dec 2026 14:05 CET
QString dateTimeWithZone(const QDateTime& time, const QString& language = QString(),
                         const QTimeZone& zone = QTimeZone::systemTimeZone());
// 24.12.2026 14:05 MEZ (13:05 UTC): incident deadlines, notices, certificates. The UTC part
// carries its date too when that differs from the local one.
QString legal(const QDateTime& time, const QString& language = QString(),
              const QTimeZone& zone = QTimeZone::systemTimeZone());
// The time zone's name at that moment (MEZ/MESZ in German for Central Europe).
QString zoneName(const QDateTime& time, const QString& language = QString(),
                 const QTimeZone& zone = QTimeZone::systemTimeZone());
// 2026-12-24T14:05:00+01:00 (local offset; Z where local time is UTC)
QString iso(const QDateTime& time);
// 2026-12-24: a date alone, for CSV/JSON
QString isoDate(const QDate& date);
// The format for a chart's day axis: 24.12. / 24 Dec
QString axisDayFormat(const QString& language = QString());
// A QDateTimeEdit's display format (24.12.2026 14:05 / 24 Dec 2026 14:05); set locale() on the
// edit too so its month names match.
QString editFormat(const QString& language = QString());
// The same for a QDateEdit: 24.12.2026 / 24 Dec 2026
QString dateEditFormat(const QString& language = QString());
QLocale locale(const QString& language = QString());
// "de" or "en" for the user interface's language, for callers that pass it on.
QString uiLanguage();

} // namespace TimeFormat
