// SPDX-License-Identifier: GPL-3.0-or-later
#include "SqlError.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace SqlError {

namespace {
// Fixed messages the privacy functions raise; listed so that lupdate offers them for translation.
[[maybe_unused]] const char* const serverMessages[] = {
    QT_TRANSLATE_NOOP("ServerMessage", "a ticket reference is required"),
    QT_TRANSLATE_NOOP("ServerMessage", "give a ticket reference or a purpose"),
    QT_TRANSLATE_NOOP("ServerMessage", "the ticket reference does not have the agreed form (for example SUP-12345)"),
    QT_TRANSLATE_NOOP("ServerMessage", "the purpose is too long (at most 500 characters)"),
    QT_TRANSLATE_NOOP("ServerMessage", "only support staff and the data protection officer may look at learners"),
    QT_TRANSLATE_NOOP("ServerMessage", "type something to search for"),
    QT_TRANSLATE_NOOP("ServerMessage", "the search text contains control characters"),
    QT_TRANSLATE_NOOP("ServerMessage", "this is not a valid IP address or network"),
    QT_TRANSLATE_NOOP("ServerMessage", "unknown data category"),
    QT_TRANSLATE_NOOP("ServerMessage", "a reveal needs a reason of 5 to 500 characters"),
    QT_TRANSLATE_NOOP("ServerMessage", "this field cannot be revealed; use email, billing_address or message_body"),
    QT_TRANSLATE_NOOP("ServerMessage", "names must be at most 100 characters without control characters"),
    QT_TRANSLATE_NOOP("ServerMessage", "this is not a valid email address"),
    QT_TRANSLATE_NOOP("ServerMessage", "another account uses this email address"),
    QT_TRANSLATE_NOOP("ServerMessage", "a restriction needs a reason of 5 to 500 characters"),
    QT_TRANSLATE_NOOP("ServerMessage", "only an administrator may manage staff"),
    QT_TRANSLATE_NOOP("ServerMessage", "you cannot remove your own login"),
    QT_TRANSLATE_NOOP("ServerMessage", "the last administrator cannot be removed"),
};
} // namespace

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
    text = QCoreApplication::translate("ServerMessage", text.toUtf8().constData());
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
