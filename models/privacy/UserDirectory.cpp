// SPDX-License-Identifier: GPL-3.0-or-later
#include "UserDirectory.h"

#include "LookupInput.h"
#include "db/PrivacyCall.h"
#include "db/SqlError.h"

#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlQuery>

namespace {

using PrivacyCall::textOrNull;

QJsonObject jsonObject(const QVariant& value)
{
    return QJsonDocument::fromJson(value.toString().toUtf8()).object();
}

// Runs q; a refusal is noted in the access log under the function's name.
bool execute(QSqlQuery& q, QSqlDatabase db, const QString& function, QString* error)
{
    if (q.exec())
        return true;
    *error = SqlError::reasonNoting(db, function, q.lastError());
    return false;
}

// A call of the JSON overload, then its typed value.
template <typename T, typename Call> bool typed(T* value, Call&& call)
{
    QJsonObject json;
    if (!call(&json))
        return false;
    *value = T::fromJson(json);
    return true;
}

} // namespace

// SELECT privacy.<function>(args…): the one-value calls (summary, reveal, operations).
bool UserDirectory::call(const QString& function, const QVariantList& args, QVariant* value, QString* error)
{
    return PrivacyCall::value(m_db, function, args, value, error);
}

UserDirectory::UserDirectory(QSqlDatabase db)
    : m_db(db)
{}

bool UserDirectory::isRevealableField(const QString& field)
{
    static const QRegularExpression columnOfTable(QStringLiteral("^[a-z_][a-z0-9_$]{0,62}\\.[a-z_][a-z0-9_$]{0,62}$"));
    return field == QLatin1String("email") || columnOfTable.match(field).hasMatch();
}

QString UserDirectory::mapName(Operation operation)
{
    switch (operation) {
    case Operation::Lock:
        return QStringLiteral("lock");
    case Operation::Unlock:
        return QStringLiteral("unlock");
    case Operation::RevokeSessions:
        return QStringLiteral("revoke_sessions");
    case Operation::ForcePasswordReset:
        return QStringLiteral("force_password_reset");
    case Operation::WithdrawMarketing:
        return QStringLiteral("withdraw_marketing");
    }
    return QString();
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

bool UserDirectory::lookupLimit(int* limit, QString* error)
{
    QVariant value;
    if (!PrivacyCall::value(m_db, QStringLiteral("lookup_limit"), {}, &value, error))
        return false;
    *limit = value.toInt();
    return true;
}

bool UserDirectory::lookup(const QString& query, const AccessContext& context, int limit, QList<LookupHit>* hits,
                           QString* error)
{
    hits->clear();
    QString text, ticket, purpose;
    if (!LookupInput::query(query, &text, error) || !LookupInput::ticket(context.ticket, &ticket, error) ||
        !LookupInput::purpose(context.purpose, &purpose, error))
        return false;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT user_id, public_id, name, email, status, created_at, matched, matched_label, "
                             "score FROM privacy.lookup(?, ?, ?, ?)"));
    q.addBindValue(text);
    q.addBindValue(textOrNull(ticket));
    q.addBindValue(textOrNull(purpose));
    q.addBindValue(limit > 0 ? QVariant(limit) : QVariant(QMetaType(QMetaType::Int)));
    if (!execute(q, m_db, QStringLiteral("lookup"), error))
        return false;
    while (q.next()) {
        LookupHit h;
        h.userId = q.value(0).toLongLong();
        h.publicId = q.value(1).toString();
        h.name = q.value(2).toString();
        h.email = q.value(3).toString();
        h.status = q.value(4).toString();
        h.createdAt = q.value(5).toDateTime();
        h.matched = q.value(6).toString();
        h.matchedLabel = QJsonDocument::fromJson(q.value(7).toString().toUtf8()).object();
        h.score = q.value(8).toDouble();
        hits->append(h);
    }
    return true;
}

bool UserDirectory::summary(qint64 userId, const AccessContext& context, QJsonObject* summary, QString* error)
{
    QVariant value;
    if (!call(QStringLiteral("user_summary"), {userId, textOrNull(context.ticket), textOrNull(context.purpose)}, &value,
              error))
        return false;
    *summary = jsonObject(value);
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
    if (!execute(q, m_db, QStringLiteral("user_rows"), error))
        return false;
    while (q.next())
        rows->append({q.value(0).toLongLong(), jsonObject(q.value(1))});
    return true;
}

bool UserDirectory::reveal(qint64 userId, const QString& field, std::optional<qint64> rowId, const QString& ticket,
                           const QString& reason, QString* value, QString* error)
{
    QVariant result;
    if (!call(QStringLiteral("user_reveal"),
              {userId, field, rowId ? QVariant(*rowId) : QVariant(QMetaType(QMetaType::LongLong)), textOrNull(ticket),
               reason},
              &result, error))
        return false;
    *value = result.toString();
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
    QVariant value;
    if (!call(functions.value(operation), {userId, textOrNull(context.ticket), textOrNull(context.purpose)}, &value,
              error))
        return false;
    *result = jsonObject(value);
    return true;
}

bool UserDirectory::rectify(qint64 userId, const QString& firstName, const QString& lastName, const QString& email,
                            const AccessContext& context, QJsonObject* result, QString* error)
{
    QVariant value;
    if (!call(QStringLiteral("user_rectify"),
              {userId, textOrNull(firstName), textOrNull(lastName), textOrNull(email), textOrNull(context.ticket),
               textOrNull(context.purpose)},
              &value, error))
        return false;
    *result = jsonObject(value);
    return true;
}

bool UserDirectory::restrictProcessing(qint64 userId, const QString& reason, const AccessContext& context,
                                       QJsonObject* result, QString* error)
{
    QVariant value;
    if (!call(QStringLiteral("user_restrict"),
              {userId, reason, textOrNull(context.ticket), textOrNull(context.purpose)}, &value, error))
        return false;
    *result = jsonObject(value);
    return true;
}

bool UserDirectory::summary(qint64 userId, const AccessContext& context, LearnerSummary* summary, QString* error)
{
    return typed(summary, [&](QJsonObject* json) { return this->summary(userId, context, json, error); });
}

bool UserDirectory::operate(qint64 userId, Operation operation, const AccessContext& context, AccountChange* result,
                            QString* error)
{
    return typed(result, [&](QJsonObject* json) { return operate(userId, operation, context, json, error); });
}

bool UserDirectory::rectify(qint64 userId, const QString& firstName, const QString& lastName, const QString& email,
                            const AccessContext& context, AccountChange* result, QString* error)
{
    return typed(result,
                 [&](QJsonObject* json) { return rectify(userId, firstName, lastName, email, context, json, error); });
}

bool UserDirectory::restrictProcessing(qint64 userId, const QString& reason, const AccessContext& context,
                                       AccountChange* result, QString* error)
{
    return typed(result, [&](QJsonObject* json) { return restrictProcessing(userId, reason, context, json, error); });
}
