// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "admin/PolicyStore.h"
#include "admin/ProcessorRegistry.h"
#include "admin/RetentionRules.h"
#include "db/StaffDirectory.h"
#include "erasure/ErasureStore.h"
#include "export/ExportApproval.h"
#include "export/ExportPackage.h"
#include "home/HomeStore.h"
#include "home/Recertifications.h"
#include "incidents/IncidentStore.h"
#include "privacy/AuditStore.h"
#include "privacy/AuditVerifier.h"
#include "privacy/UserDirectory.h"
#include "requests/RequestStore.h"

#include <QSqlDatabase>

#include <atomic>

// The stores of one connection, made on a worker thread for one job of StoreCall: the widgets
// ask for a store and never see the connection.
class Stores
{
public:
    explicit Stores(QSqlDatabase db)
        : m_db(db)
    {}

    UserDirectory users() const { return UserDirectory(m_db); }
    RequestStore requests() const { return RequestStore(m_db); }
    ErasureStore erasure() const { return ErasureStore(m_db); }
    IncidentStore incidents() const { return IncidentStore(m_db); }
    AuditStore audit() const { return AuditStore(m_db); }
    PolicyStore policies() const { return PolicyStore(m_db); }
    ProcessorRegistry processors() const { return ProcessorRegistry(m_db); }
    RetentionRules retention() const { return RetentionRules(m_db); }
    StaffDirectory staff() const { return StaffDirectory(m_db); }
    ExportPackage exportPackage() const { return ExportPackage(m_db); }
    HomeStore home() const { return HomeStore(m_db); }
    Recertifications recertifications() const { return Recertifications(m_db); }
    ExportApproval exportApproval() const { return ExportApproval(m_db); }

    // The jobs that read the whole access log: on the long-job connection.
    bool verifyChain(AuditVerifier& verifier, QString* error, const AuditVerifier::Progress& progress = {},
                     const std::atomic_bool* cancel = nullptr) const;
    bool writeAuditCsv(const AuditFilter& filter, const QString& path, qint64* entries, QString* error) const;
    bool writeAuditPdf(const AuditFilter& filter, const QString& language, const QString& path, qint64* entries,
                       QString* error) const;
    // The records of processing activities as .pdf or .csv (by the path's suffix).
    bool writeProcessingRecords(const QString& language, const QString& path, QString* error) const;

private:
    QSqlDatabase m_db;
};
