// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlError>
#include <QString>

// What a failed statement means, in one line: the server's primary message without its
// DETAIL (which can quote personal data), or the driver's message.
namespace SqlError {
QString reason(const QSqlError& error);
QString sqlState(const QSqlError& error);
// For log files: the SQLSTATE only, never the message text.
QString forLog(const QSqlError& error);
} // namespace SqlError
