// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "incidents/IncidentTexts.h"

#include <QVariant>

class QLabel;

// How a 72-hour clock looks: amber under 24 hours, red when overdue, each with an icon as well,
// so that no one depends on telling the colours apart.
namespace ClockStyle {
// Background, foreground and decoration roles for item views.
QVariant data(IncidentTexts::Clock clock, int role);
void apply(QLabel* label, IncidentTexts::Clock clock, const QString& text);
} // namespace ClockStyle
