// SPDX-License-Identifier: GPL-3.0-or-later
#include "AuditNotes.h"

#include "db/SqlError.h"

#include <QSqlQuery>

namespace AuditNotes {

namespace {

// A plain call, not PrivacyCall: a refused note (a login that is not the DPO's) is no refused
// operation of that login, so it is not noted in the access log either.
bool note(QSqlDatabase db, const QString& sql, const QVariantList& args, QString* error)
{
    QSqlQuery q(db);
    q.prepare(sql);
    for (const QVariant& arg : args)
        q.addBindValue(arg);
    if (q.exec())
        return true;
    *error = SqlError::reason(q.lastError());
    return false;
}

} // namespace

bool verified(QSqlDatabase db, qint64 entries, bool intact, QString* error)
{
    return note(db, QStringLiteral("SELECT privacy.audit_note_verified(?, ?)"), {entries, intact}, error);
}

bool checkpoint(QSqlDatabase db, qint64 lastId, const QString& fingerprint, QString* error)
{
    return note(db, QStringLiteral("SELECT privacy.audit_note_checkpoint(?, ?)"), {lastId, fingerprint}, error);
}

} // namespace AuditNotes
