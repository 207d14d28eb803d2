// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExportApproval.h"

#include "db/PrivacyCall.h"

ExportApproval::ExportApproval(QSqlDatabase db)
    : m_db(db)
{}

bool ExportApproval::needed(bool* needed, QString* error)
{
    QVariant value;
    if (!PrivacyCall::value(m_db, QStringLiteral("export_needs_approval"), {}, &value, error))
        return false;
    *needed = value.toBool();
    return true;
}

bool ExportApproval::approve(qint64 requestId, const QString& reason, QJsonObject* request, QString* error)
{
    return PrivacyCall::json(m_db, QStringLiteral("export_approve"), {requestId, reason}, request, error);
}

bool ExportApproval::approve(qint64 requestId, const QString& reason, RequestDetail* request, QString* error)
{
    QJsonObject json;
    if (!approve(requestId, reason, &json, error))
        return false;
    *request = RequestDetail::fromJson(json);
    return true;
}
