// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AuditStore.h"

// The DPO's review report as a PDF (QPdfWriter, German or English): the filter, the counts, the
// entries per staff member and per day, the unusual entries explained, and the result of
// verifying the chain. Needs a QGuiApplication (fonts); the export is logged.
namespace AuditPdfReport {
bool write(QSqlDatabase db, const AuditFilter& filter, const QString& language, const QString& path, qint64* entries,
           QString* error);
}
