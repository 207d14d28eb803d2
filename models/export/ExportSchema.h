// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ExportMeta.h"

#include <QByteArray>

// schema.json: the JSON Schema (draft 2020-12) that data.json validates against, generated from
// the catalog's columns so that it always documents exactly what the export writes.
namespace ExportSchema {
inline const char* format()
{
    return "fluxariont-data-export";
}
constexpr int formatVersion = 1;

// "integer", "number", "boolean", "array", "object" (for json/jsonb: any value) or "string".
QString jsonType(const QString& sqlType);
QByteArray build(const ExportMeta& meta);
} // namespace ExportSchema
