// SPDX-License-Identifier: GPL-3.0-or-later
#include "UserDirectory.h"

#include "db/SqlError.h"

#include <QJsonDocument>
#include <QSqlQuery>

namespace {

QVariant textOrNull(const QString& text)
{
    return text.trimmed().isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(text);
}

QJsonObject jsonObject(const QVariant& value)
{
    return QJsonDocument::fromJson(value.toString().toUtf8()).object();
}

bool execute(QSqlQuery& q, QString* error)
{
    if (q.exec())
        return true;
    *error = SqlError::reason(q.lastError());
    return false;
}

} // namespace

UserDirectory::UserDirectory(QSqlDatabase db)
    : m_db(db)
{}

QStringList UserDirectory::categories()
{
    return {QStringLiteral("enrollments"),  QStringLiteral("lesson_completions"), QStringLiteral("test_results"),
            QStringLiteral("certificates"), QStringLiteral("login_events"),       QStringLiteral("usage_events"),
            QStringLiteral("sessions"),     QStringLiteral("messages"),           QStringLiteral("forum_posts"),
            QStringLiteral("invoices"),     QStringLiteral("payment_references"), QStringLiteral("social_identities"),
            QStringLiteral("processors")};
}

QString UserDirectory::operationKey(Operation operation)
{
    switch (operation) {
    case Operation::Lock:
        return QStringLiteral("lock");
    case Operation::Unlock:
        return QStringLiteral("unlock");
    case Operation::RevokeSessions:
        return QStringLiteral("revoke-sessions");
    case Operation::ForcePasswordReset:
        return QStringLiteral("reset-password");
    case Operation::WithdrawMarketing:
        return QStringLiteral("withdraw-consent");
    }
    return QString();
}

std::optional<UserDirectory::Operation> UserDirectory::operationFromKey(const QString& key)
{
    for (Operation o : {Operation::Lock, Operation::Unlock, Operation::RevokeSessions, Operation::ForcePasswordReset,
                        Operation::WithdrawMarketing}) {
        if (operationKey(o) == key)
            return o;
    }
    return std::nullopt;
}

bool UserDirectory::lookup(const QString& query, const AccessContext& context, int limit, QList<LookupHit>* hits,
                           QString* error)
{
    hits->clear();
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT user_id, public_id, first_name, last_name, email, status, created_at, matched, "
                             "score FROM privacy.lookup(?, ?, ?, ?)"));
    q.addBindValue(query);
    q.addBindValue(textOrNull(context.ticket));
    q.addBindValue(textOrNull(context.purpose));
    q.addBindValue(limit > 0 ? QVariant(limit) : QVariant(QMetaType(QMetaType::Int)));
    if (!execute(q, error))
        return false;
    while (q.next()) {
        LookupHit h;
        h.userId = q.value(0).toLongLong();
        h.publicId = q.value(1).toString();
        h.firstName = q.value(2).toString();
        h.lastName = q.value(3).toString();
        h.email = q.value(4).toString();
        h.status = q.value(5).toString();
        h.createdAt = q.value(6).toDateTime();
        h.matched = q.value(7).toString();
        h.score = q.value(8).toDouble();
        hits->append(h);
    }
    return true;
}

bool UserDirectory::summary(qint64 userId, const AccessContext& context, QJsonObject* summary, QString* error)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT privacy.user_summary(?, ?, ?)"));
    q.addBindValue(userId);
    q.addBindValue(textOrNull(context.ticket));
    q.addBindValue(textOrNull(context.purpose));
    if (!execute(q, error) || !q.next())
        return false;
    *summary = jsonObject(q.value(0));
    return true;
}

bool UserDirectory::rows(qint64 userId, const QString& category, qint64 afterId, int limit,
                         const AccessContext& context, QList<CategoryRow>* rows, QString* error)
{
    rows->clear();
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT row_id, data FROM privacy.user_rows(?, ?, ?, ?, ?, ?)"));
    q.addBindValue(userId);
    q.addBindValue(category);
    q.addBindValue(afterId);
    q.addBindValue(limit);
    q.addBindValue(textOrNull(context.ticket));
    q.addBindValue(textOrNull(context.purpose));
    if (!execute(q, error))
        return false;
    while (q.next())
        rows->append({q.value(0).toLongLong(), jsonObject(q.value(1))});
    return true;
}

bool UserDirectory::reveal(qint64 userId, const QString& field, std::optional<qint64> rowId, const QString& ticket,
                           const QString& reason, QString* value, QString* error)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT privacy.user_reveal(?, ?, ?, ?, ?)"));
    q.addBindValue(userId);
    q.addBindValue(field);
    q.addBindValue(rowId ? QVariant(*rowId) : QVariant(QMetaType(QMetaType::LongLong)));
    q.addBindValue(textOrNull(ticket));
    q.addBindValue(reason);
    if (!execute(q, error) || !q.next())
        return false;
    *value = q.value(0).toString();
    return true;
}

bool UserDirectory::operate(qint64 userId, Operation operation, const AccessContext& context, QJsonObject* result,
                            QString* error)
{
    static const QMap<Operation, QString> functions{
        {Operation::Lock, QStringLiteral("user_lock")},
        {Operation::Unlock, QStringLiteral("user_unlock")},
        {Operation::RevokeSessions, QStringLiteral("user_revoke_sessions")},
        {Operation::ForcePasswordReset, QStringLiteral("user_force_password_reset")},
        {Operation::WithdrawMarketing, QStringLiteral("user_withdraw_marketing")},
    };
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT privacy.%1(?, ?, ?)").arg(functions.value(operation)));
    q.addBindValue(userId);
    q.addBindValue(textOrNull(context.ticket));
    q.addBindValue(textOrNull(context.purpose));
    if (!execute(q, error) || !q.next())
        return false;
    *result = jsonObject(q.value(0));
    return true;
}

bool UserDirectory::rectify(qint64 userId, const QString& firstName, const QString& lastName, const QString& email,
                            const AccessContext& context, QJsonObject* result, QString* error)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT privacy.user_rectify(?, ?, ?, ?, ?, ?)"));
    q.addBindValue(userId);
    q.addBindValue(textOrNull(firstName));
    q.addBindValue(textOrNull(lastName));
    q.addBindValue(textOrNull(email));
    q.addBindValue(textOrNull(context.ticket));
    q.addBindValue(textOrNull(context.purpose));
    if (!execute(q, error) || !q.next())
        return false;
    *result = jsonObject(q.value(0));
    return true;
}

bool UserDirectory::restrictProcessing(qint64 userId, const QString& reason, const AccessContext& context,
                                       QJsonObject* result, QString* error)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT privacy.user_restrict(?, ?, ?, ?)"));
    q.addBindValue(userId);
    q.addBindValue(reason);
    q.addBindValue(textOrNull(context.ticket));
    q.addBindValue(textOrNull(context.purpose));
    if (!execute(q, error) || !q.next())
        return false;
    *result = jsonObject(q.value(0));
    return true;
}
