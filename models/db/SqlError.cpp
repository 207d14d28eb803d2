// SPDX-License-Identifier: GPL-3.0-or-later
#include "SqlError.h"

#include "Refusal.h"

#include <QSqlQuery>

#include <QCoreApplication>
#include <QRegularExpression>

namespace SqlError {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("SqlError", text);
}

// A failure the privacy functions did not raise themselves, in a sentence of the user's language;
// empty when the server's own words are all there is.
QString sentenceFor(const QString& state)
{
    if (state == QLatin1String("42501"))
        return tr("The database refused this for your login.");
    if (state == QLatin1String("57014"))
        return tr("The database stopped the operation: it was cancelled or took too long. Nothing was changed.");
    if (state == QLatin1String("40001") || state == QLatin1String("40P01"))
        return tr("Another change collided with this one at the same moment. Nothing was changed; try again.");
    if (state == QLatin1String("55P03"))
        return tr("Someone else is changing this right now. Nothing was changed; try again in a moment.");
    if (state == QLatin1String("53100"))
        return tr("The database server's disk is full. Nothing was changed; ask its administrator to free space.");
    if (state.startsWith(QLatin1String("53")))
        return tr("The database server is out of resources. Nothing was changed; ask its administrator.");
    if (state.startsWith(QLatin1String("08")) || state.startsWith(QLatin1String("57P")))
        return tr("The connection to the database was lost.");
    return {};
}

} // namespace

QString serverText(const QSqlError& error)
{
    QString text = error.databaseText().trimmed();
    if (text.isEmpty())
        text = error.driverText().trimmed();
    text = text.section(QLatin1Char('\n'), 0, 0).trimmed();
    static const QRegularExpression prefix(QStringLiteral("^(ERROR|FATAL|PANIC):\\s+"));
    text.remove(prefix);
    static const QRegularExpression qpsqlSuffix(QStringLiteral("\\s*\\(?QPSQL: [^)]*\\)?$"));
    text.remove(qpsqlSuffix);
    static const QRegularExpression stateSuffix(QStringLiteral("\\([0-9A-Z]{5}\\)$"));
    return text.remove(stateSuffix).trimmed();
}

QString reason(const QSqlError& error)
{
    const QString state = sqlState(error);
    if (const auto refusal = Refusal::fromError(error)) {
        const QString text = refusal->text();
        const QString sentence = text.isEmpty() ? serverText(error) : text;
        if (state == QLatin1String("42501"))
            return tr("The database refused this for your login: %1.").arg(sentence);
        return sentence;
    }
    const QString sentence = sentenceFor(state);
    if (!sentence.isEmpty())
        return sentence;
    return serverText(error);
}

QString code(const QSqlError& error)
{
    if (const auto refusal = Refusal::fromError(error))
        return refusal->code();
    return {};
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
    if (state.isEmpty())
        return QStringLiteral("driver error type %1").arg(int(error.type()));
    const QString refusal = code(error);
    return refusal.isEmpty() ? QStringLiteral("SQLSTATE %1").arg(state)
                             : QStringLiteral("SQLSTATE %1 refusal %2").arg(state, refusal);
}

} // namespace SqlError
