// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DataMapStore.h"

#include <QList>
#include <QStringList>

// What map check leaves uncovered, as a DPO reads it: first each table outside the map that
// holds rows, with its columns by kind, then each column a mapped table leaves out, then the
// tables without rows on this site in one line. In the user's language.
namespace UncoveredSummary {

QStringList lines(const QList<MapFinding>& findings);

} // namespace UncoveredSummary
