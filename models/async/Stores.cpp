// SPDX-License-Identifier: GPL-3.0-or-later
#include "Stores.h"

#include "admin/ProcessingRecords.h"
#include "privacy/AuditPdfReport.h"
#include "privacy/AuditReport.h"

bool Stores::verifyChain(AuditVerifier& verifier, QString* error, const AuditVerifier::Progress& progress,
                         const std::atomic_bool* cancel) const
{
    return verifier.verify(m_db, error, progress, cancel);
}

bool Stores::writeAuditCsv(const AuditFilter& filter, const QString& path, qint64* entries, QString* error) const
{
    return AuditReport::writeCsv(m_db, filter, path, entries, error);
}

bool Stores::writeAuditPdf(const AuditFilter& filter, const QString& language, const QString& path, qint64* entries,
                           QString* error) const
{
    return AuditPdfReport::write(m_db, filter, language, path, entries, error);
}

bool Stores::writeProcessingRecords(const QString& language, const QString& path, QString* error) const
{
    return ProcessingRecords::write(m_db, path, language, error);
}
