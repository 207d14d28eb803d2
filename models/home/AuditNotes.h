// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QString>

// The client that verified the access log or signed a checkpoint tells the database, which logs
// it (audit.verified, audit.checkpoint); the home page reads the latest of each. Only the DPO
// may note; for anyone else the note is refused and the verification itself stands.
namespace AuditNotes {
bool verified(QSqlDatabase db, qint64 entries, bool intact, QString* error);
bool checkpoint(QSqlDatabase db, qint64 lastId, const QString& fingerprint, QString* error);
} // namespace AuditNotes
