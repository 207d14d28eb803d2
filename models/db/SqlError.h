// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QSqlError>
#include <QString>

// What a failed statement means, in one line: the server's primary message without its
// DETAIL (which can quote personal data), or the driver's message.
namespace SqlError {
QString reason(const QSqlError& error);
QString sqlState(const QSqlError& error);
// reason(), and when the database refused the operation for the login (SQLSTATE 42501), a note of
// it in the access log, so that repeated refusals can be seen. operation: the function's name.
QString reasonNoting(QSqlDatabase db, const QString& operation, const QSqlError& error);
// For log files: the SQLSTATE only, never the message text.
QString forLog(const QSqlError& error);
} // namespace SqlError
