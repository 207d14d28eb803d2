// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QSqlError>
#include <QString>

// What a failed statement means, in one line of the user's language: a privacy function's refusal
// built from its code (Refusal), a sentence for the failures every statement can meet (no
// privilege, cancelled, a conflict, a full disk, a lost connection), else the server's own
// primary message. Never the DETAIL, which can quote personal data.
namespace SqlError {
QString reason(const QSqlError& error);
// The server's primary message as it came, for set-up tools whose reader is a DBA.
QString serverText(const QSqlError& error);
QString sqlState(const QSqlError& error);
// The refusal's code ("requests.closed"), empty when the failure has none.
QString code(const QSqlError& error);
// reason(), and when the database refused the operation for the login (SQLSTATE 42501), a note of
// it in the access log, so that repeated refusals can be seen. operation: the function's name.
QString reasonNoting(QSqlDatabase db, const QString& operation, const QSqlError& error);
// For log files: the SQLSTATE and the refusal's code, never the message text.
QString forLog(const QSqlError& error);
} // namespace SqlError
