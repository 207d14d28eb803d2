// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AuditStore.h"

#include <functional>

// The filtered access log as a CSV report (UTF-8 with BOM, one entry per line, the anomalies in
// words), written atomically; the export itself is logged.
namespace AuditReport {
bool forEachEntry(QSqlDatabase db, const AuditFilter& filter, qint64 limit,
                  const std::function<void(const AuditEntry&)>& visit, QString* error);
bool writeCsv(QSqlDatabase db, const AuditFilter& filter, const QString& path, qint64* entries, QString* error);
} // namespace AuditReport
