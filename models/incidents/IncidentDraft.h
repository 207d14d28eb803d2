// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Incident.h"

#include <QString>
#include <QTimeZone>

// Drafts filled from an incident as incident_get returns it, German or English: the notification
// of the supervisory authority with the content of Art. 33(3)(a)-(d), ready to paste into the
// authority's form, and the communication to the people concerned (Art. 34(2)). What is still
// missing is marked in the draft. The free texts stay in the language they were written in.
namespace IncidentDraft {
enum class Kind { Authority, Subjects };
bool kindFromName(const QString& name, Kind* kind); // "authority" or "subjects"
QString html(const Incident& incident, Kind kind, const QString& language,
             const QTimeZone& zone = QTimeZone::systemTimeZone());
QString text(const Incident& incident, Kind kind, const QString& language,
             const QTimeZone& zone = QTimeZone::systemTimeZone());
// PDF (needs a QGuiApplication) or, for a path ending in .txt, plain text; written atomically.
bool write(const Incident& incident, Kind kind, const QString& language, const QString& path, QString* error);
} // namespace IncidentDraft
