// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>
#include <QTimeZone>

class SubjectLanguage;
struct Incident;

// The words for an incident's codes and its clock, in the console's language or, given a
// SubjectLanguage, in that one (for drafts and the register).
namespace IncidentTexts {
QString section(const QString& code, const SubjectLanguage* language = nullptr);
QString risk(const QString& code, const SubjectLanguage* language = nullptr); // empty code: not assessed
QString exception(const QString& code, const SubjectLanguage* language = nullptr);
QString noticeKind(const QString& code, const SubjectLanguage* language = nullptr);
// A checklist item named as "section.key" (the timeline's events), by its title in the console's
// language (or the given one); the code itself when the incident has no such item.
QString itemTitle(const Incident& incident, const QString& sectionKey, const SubjectLanguage* language = nullptr);
// A data category of the privacy policy (account, profile, ..., processors).
QString dataCategory(const QString& code);
// The Art. 33(3) fields: nature, subject_categories, subjects_approx, ... dpo_contact.
QString field(const QString& key, const SubjectLanguage* language = nullptr);

// Where the 72-hour clock stands.
enum class Clock { Running, Soon, Overdue, Notified, NotRequired, Closed };
Clock clock(const QString& status, const QString& authorityState, qint64 secondsLeft);
// "2 d 03 h 12 min left", "overdue by 5 h 03 min", "notified", ...
QString clockText(Clock clock, qint64 secondsLeft);
// A server time as TimeFormat::legal() shows it: "30 Nov 2026 05:21 CET (04:21 UTC)" in the zone.
QString localTime(const QDateTime& at, const QTimeZone& zone = QTimeZone::systemTimeZone(),
                  const SubjectLanguage* language = nullptr);
} // namespace IncidentTexts
