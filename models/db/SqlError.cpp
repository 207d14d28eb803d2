// SPDX-License-Identifier: GPL-3.0-or-later
#include "SqlError.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace SqlError {

QString reason(const QSqlError& error)
{
    QString text = error.databaseText().trimmed();
    if (text.isEmpty())
        text = error.driverText().trimmed();
    text = text.section(QLatin1Char('\n'), 0, 0).trimmed();
    static const QRegularExpression prefix(QStringLiteral("^(ERROR|FATAL|PANIC):\\s+"));
    text.remove(prefix);
    static const QRegularExpression qpsqlSuffix(QStringLiteral("\\s*\\(?QPSQL: [^)]*\\)?$"));
    text.remove(qpsqlSuffix);
    if (sqlState(error) == QLatin1String("42501"))
        return QCoreApplication::translate("SqlError", "The database refused this for your login: %1.").arg(text);
    return text;
}

QString sqlState(const QSqlError& error)
{
    return error.nativeErrorCode();
}

QString forLog(const QSqlError& error)
{
    const QString state = sqlState(error);
    return state.isEmpty() ? QStringLiteral("driver error type %1").arg(int(error.type()))
                           : QStringLiteral("SQLSTATE %1").arg(state);
}

} // namespace SqlError
