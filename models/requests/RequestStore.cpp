// SPDX-License-Identifier: GPL-3.0-or-later
#include "RequestStore.h"

#include "db/PrivacyCall.h"
#include "db/SqlError.h"

#include <QJsonDocument>
#include <QSqlQuery>

using PrivacyCall::textOrNull;

namespace {

// The typed request of a call that brought back JSON.
bool detail(bool ok, const QJsonObject& json, RequestDetail* request)
{
    if (ok)
        *request = RequestDetail::fromJson(json);
    return ok;
}

} // namespace

RequestStore::RequestStore(QSqlDatabase db)
    : m_db(db)
{}

QStringList RequestStore::kinds()
{
    return {QStringLiteral("export"), QStringLiteral("erasure"), QStringLiteral("rectification"),
            QStringLiteral("restriction"), QStringLiteral("objection")};
}

QStringList RequestStore::statuses()
{
    return {QStringLiteral("new"), QStringLiteral("in_progress"), QStringLiteral("fulfilled"),
            QStringLiteral("rejected"), QStringLiteral("withdrawn")};
}

bool RequestStore::open(qint64 userId, const QString& kind, const QString& ticket, const QString& identityCheck,
                        const QDate& receivedOn, QJsonObject* request, QString* error)
{
    const QVariant received = receivedOn.isValid() ? QVariant(receivedOn) : QVariant(QMetaType(QMetaType::QDate));
    return PrivacyCall::json(m_db, QStringLiteral("request_open"), {userId, kind, ticket, identityCheck, received},
                             request, error);
}

bool RequestStore::warnDays(int* days, QString* error)
{
    QVariant value;
    if (!PrivacyCall::value(m_db, QStringLiteral("request_warn_days"), {}, &value, error))
        return false;
    *days = value.toInt();
    return true;
}

bool RequestStore::list(const RequestFilter& filter, QList<RequestRow>* rows, QString* error)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, user_id, kind, status, ticket, received_on, due_on, days_left, overdue, "
                             "extended_months, opened_by, assignee FROM privacy.request_list(?, ?, ?, ?)"));
    q.addBindValue(textOrNull(filter.kind));
    q.addBindValue(textOrNull(filter.status));
    q.addBindValue(filter.assignee == QLatin1String("-") ? QVariant(QString(QLatin1String("")))
                                                         : textOrNull(filter.assignee));
    q.addBindValue(filter.userId > 0 ? QVariant(filter.userId) : QVariant(QMetaType(QMetaType::LongLong)));
    if (!q.exec()) {
        *error = SqlError::reason(q.lastError());
        return false;
    }
    rows->clear();
    while (q.next()) {
        RequestRow row;
        row.id = q.value(0).toLongLong();
        row.userId = q.value(1).toLongLong();
        row.kind = q.value(2).toString();
        row.status = q.value(3).toString();
        row.ticket = q.value(4).toString();
        row.receivedOn = q.value(5).toDate();
        row.dueOn = q.value(6).toDate();
        row.daysLeft = q.value(7).toInt();
        row.overdue = q.value(8).toBool();
        row.extendedMonths = q.value(9).toInt();
        row.openedBy = q.value(10).toString();
        row.assignee = q.value(11).toString();
        rows->append(row);
    }
    return true;
}

bool RequestStore::queue(const RequestFilter& filter, RequestQueue* result, QString* error)
{
    return list(filter, &result->rows, error) && warnDays(&result->warnDays, error);
}

bool RequestStore::get(qint64 requestId, QJsonObject* request, QString* error)
{
    return PrivacyCall::json(m_db, QStringLiteral("request_get"), {requestId}, request, error);
}

bool RequestStore::extend(qint64 requestId, int months, const QString& reason, QJsonObject* request, QString* error)
{
    return PrivacyCall::json(m_db, QStringLiteral("request_extend"), {requestId, months, reason}, request, error);
}

bool RequestStore::setStatus(qint64 requestId, const QString& status, const QString& note, QJsonObject* request,
                             QString* error)
{
    return PrivacyCall::json(m_db, QStringLiteral("request_set_status"), {requestId, status, textOrNull(note)}, request,
                             error);
}

bool RequestStore::assign(qint64 requestId, const QString& login, QJsonObject* request, QString* error)
{
    return PrivacyCall::json(m_db, QStringLiteral("request_assign"), {requestId, textOrNull(login)}, request, error);
}

bool RequestStore::open(qint64 userId, const QString& kind, const QString& ticket, const QString& identityCheck,
                        const QDate& receivedOn, RequestDetail* request, QString* error)
{
    QJsonObject json;
    return detail(open(userId, kind, ticket, identityCheck, receivedOn, &json, error), json, request);
}

bool RequestStore::get(qint64 requestId, RequestDetail* request, QString* error)
{
    QJsonObject json;
    return detail(get(requestId, &json, error), json, request);
}

bool RequestStore::extend(qint64 requestId, int months, const QString& reason, RequestDetail* request, QString* error)
{
    QJsonObject json;
    return detail(extend(requestId, months, reason, &json, error), json, request);
}

bool RequestStore::setStatus(qint64 requestId, const QString& status, const QString& note, RequestDetail* request,
                             QString* error)
{
    QJsonObject json;
    return detail(setStatus(requestId, status, note, &json, error), json, request);
}

bool RequestStore::assign(qint64 requestId, const QString& login, RequestDetail* request, QString* error)
{
    QJsonObject json;
    return detail(assign(requestId, login, &json, error), json, request);
}
