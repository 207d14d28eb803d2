// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "requests/RequestDetail.h"

#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>

// The four-eyes approval of an export request (privacy.export_approve), which the policy
// export_needs_approval demands before privacy.export_begin builds the package. Like an erasure's,
// it is recorded in the request's approval columns; a rejection closes the request as any other.
class ExportApproval
{
public:
    explicit ExportApproval(QSqlDatabase db);

    // Whether the policy is on (privacy.export_needs_approval).
    bool needed(bool* needed, QString* error);
    bool approve(qint64 requestId, const QString& reason, RequestDetail* request, QString* error);
    bool approve(qint64 requestId, const QString& reason, QJsonObject* request, QString* error);

private:
    QSqlDatabase m_db;
};
