// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "datamap/DataMapStore.h"

#include <QStringList>

// The findings of one severity as "code:table.column", to compare and to print when a test fails.
inline QStringList mapFindingCodes(const QList<MapFinding>& found, MapFinding::Severity severity)
{
    QStringList list;
    for (const MapFinding& f : found)
        if (f.severity == severity)
            list << f.code + QLatin1Char(':') + f.table + QLatin1Char('.') + f.column;
    return list;
}
