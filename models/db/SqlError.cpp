// SPDX-License-Identifier: GPL-3.0-or-later
#include "SqlError.h"

#include <QSqlQuery>

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
    QT_TRANSLATE_NOOP("ServerMessage", "someone else is working on this request right now; try again in a moment"),
    QT_TRANSLATE_NOOP("ServerMessage", "there is no such request"),
    QT_TRANSLATE_NOOP("ServerMessage", "this request is already closed"),
    QT_TRANSLATE_NOOP("ServerMessage",
                      "the kind of request must be export, erasure, rectification, restriction or objection"),
    QT_TRANSLATE_NOOP("ServerMessage", "say in 5 to 500 characters how the requester's identity was verified"),
    QT_TRANSLATE_NOOP("ServerMessage", "the date received must lie within the last year and not in the future"),
    QT_TRANSLATE_NOOP("ServerMessage", "this learner already has an open request of this kind"),
    QT_TRANSLATE_NOOP("ServerMessage", "only support staff and the data protection officer may work on requests"),
    QT_TRANSLATE_NOOP("ServerMessage", "a request can be extended by at most two further months in total"),
    QT_TRANSLATE_NOOP("ServerMessage", "an extension needs a reason of 10 to 1000 characters"),
    QT_TRANSLATE_NOOP("ServerMessage", "the first month has passed; the deadline can no longer be extended"),
    QT_TRANSLATE_NOOP("ServerMessage", "this change of status is not allowed"),
    QT_TRANSLATE_NOOP("ServerMessage", "export and erasure requests are fulfilled by running them"),
    QT_TRANSLATE_NOOP("ServerMessage", "closing a request needs a note of at least 5 characters"),
    QT_TRANSLATE_NOOP("ServerMessage", "the note is too long (at most 1000 characters)"),
    QT_TRANSLATE_NOOP("ServerMessage", "requests can only be assigned to support staff or the data protection officer"),
    QT_TRANSLATE_NOOP("ServerMessage", "this is not an export request"),
    QT_TRANSLATE_NOOP("ServerMessage", "start the export first"),
    QT_TRANSLATE_NOOP("ServerMessage", "invalid archive checksum"),
    QT_TRANSLATE_NOOP("ServerMessage", "the chart shows entries per day or per hour"),
    QT_TRANSLATE_NOOP("ServerMessage", "this setting is not one of the access-log review's"),
    QT_TRANSLATE_NOOP("ServerMessage", "this value does not fit the setting"),
    QT_TRANSLATE_NOOP("ServerMessage", "this is not an erasure request"),
    QT_TRANSLATE_NOOP("ServerMessage", "there is no such erasure request"),
    QT_TRANSLATE_NOOP("ServerMessage", "only the data protection officer may do this"),
    QT_TRANSLATE_NOOP("ServerMessage", "you opened this request; a second person must decide on it"),
    QT_TRANSLATE_NOOP("ServerMessage", "this request is already approved"),
    QT_TRANSLATE_NOOP("ServerMessage", "a decision needs a reason of 5 to 1000 characters"),
    QT_TRANSLATE_NOOP("ServerMessage", "only an approved erasure request can be executed"),
    QT_TRANSLATE_NOOP("ServerMessage",
                      "this learner was erased; what is retained is visible to the data protection officer only"),
    QT_TRANSLATE_NOOP("ServerMessage", "records can only be purged as of today or an earlier day"),
    QT_TRANSLATE_NOOP("ServerMessage", "say in 3 to 1000 characters what was done or where the evidence is"),
    QT_TRANSLATE_NOOP("ServerMessage", "there is no such open task"),
    QT_TRANSLATE_NOOP("ServerMessage",
                      "an erasure request is approved or rejected by a second person, through its decision"),
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

QString reasonNoting(QSqlDatabase db, const QString& operation, const QSqlError& error)
{
    if (sqlState(error) == QLatin1String("42501") && db.isOpen()) {
        QSqlQuery note(db);
        note.prepare(QStringLiteral("SELECT privacy.log_refusal(?, ?)"));
        note.addBindValue(operation);
        note.addBindValue(sqlState(error));
        note.exec(); // best effort: inside a failed transaction it cannot be written
    }
    return reason(error);
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
