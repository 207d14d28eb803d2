// SPDX-License-Identifier: GPL-3.0-or-later
#include "ErasureStore.h"

#include "db/PrivacyCall.h"
#include "db/SqlError.h"

#include <QJsonDocument>
#include <QSqlQuery>

ErasureStore::ErasureStore(QSqlDatabase db)
    : m_db(db)
{}

QList<ErasureStep> ErasureStore::stepsFromJson(const QJsonArray& tables)
{
    return ErasureStep::listFromJson(tables);
}

bool ErasureStore::preview(qint64 requestId, QJsonObject* preview, QString* error)
{
    return PrivacyCall::json(m_db, QStringLiteral("erasure_preview"), {requestId}, preview, error);
}

bool ErasureStore::decide(qint64 requestId, bool approve, const QString& reason, QJsonObject* request, QString* error)
{
    return PrivacyCall::json(m_db, QStringLiteral("erasure_decide"), {requestId, approve, reason}, request, error);
}

bool ErasureStore::execute(qint64 requestId, QJsonObject* result, QString* error)
{
    return PrivacyCall::json(m_db, QStringLiteral("erasure_execute"), {requestId}, result, error);
}

bool ErasureStore::preview(qint64 requestId, ErasurePreview* preview, QString* error)
{
    QJsonObject json;
    if (!this->preview(requestId, &json, error))
        return false;
    *preview = ErasurePreview::fromJson(json);
    return true;
}

bool ErasureStore::decide(qint64 requestId, bool approve, const QString& reason, RequestDetail* request, QString* error)
{
    QJsonObject json;
    if (!decide(requestId, approve, reason, &json, error))
        return false;
    *request = RequestDetail::fromJson(json);
    return true;
}

bool ErasureStore::execute(qint64 requestId, ErasureExecution* result, QString* error)
{
    QJsonObject json;
    if (!execute(requestId, &json, error))
        return false;
    *result = ErasureExecution::fromJson(json);
    return true;
}

bool ErasureStore::tasks(qint64 requestId, QList<ProcessorTask>* tasks, QString* error)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT id, processor, category, contact, external_id, what, done_by, done_at, note "
                             "FROM privacy.processor_tasks_of(?)"));
    q.addBindValue(requestId);
    if (!q.exec()) {
        *error = SqlError::reason(q.lastError());
        return false;
    }
    tasks->clear();
    while (q.next())
        tasks->append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                       q.value(4).toString(), q.value(5).toString(), q.value(6).toString(), q.value(7).toDateTime(),
                       q.value(8).toString()});
    return true;
}

bool ErasureStore::taskDone(qint64 taskId, const QString& note, QString* error)
{
    return PrivacyCall::value(m_db, QStringLiteral("processor_task_done"), {taskId, note}, nullptr, error);
}

bool ErasureStore::review(qint64 requestId, bool withTasks, ErasureReview* review, QString* error)
{
    return preview(requestId, &review->preview, error) && (!withTasks || tasks(requestId, &review->tasks, error));
}

bool ErasureStore::purge(bool dryRun, const QDate& asOf, QList<RestrictedRecord>* records, QString* error)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT table_name, row_key, user_id, retained_until FROM privacy.retention_purge(?, ?)"));
    q.addBindValue(dryRun);
    q.addBindValue(asOf.isValid() ? QVariant(asOf) : QVariant(QMetaType(QMetaType::QDate)));
    if (!q.exec()) {
        *error = SqlError::reason(q.lastError());
        return false;
    }
    records->clear();
    while (q.next())
        records->append({q.value(0).toString(), q.value(1).toLongLong(), q.value(2).toLongLong(), q.value(3).toDate()});
    return true;
}

bool ErasureStore::restricted(QList<RestrictedSet>* sets, QString* error)
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT user_id, records, retained_until, basis FROM privacy.retention_list()"))) {
        *error = SqlError::reason(q.lastError());
        return false;
    }
    sets->clear();
    while (q.next())
        sets->append({q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toDate(), q.value(3).toString()});
    return true;
}

bool ErasureStore::ledger(QJsonArray* entries, QString* error)
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT request_id, subject_hash, erased_at FROM privacy.erasure_ledger_entries()"))) {
        *error = SqlError::reason(q.lastError());
        return false;
    }
    *entries = {};
    while (q.next())
        entries->append(
            QJsonObject{{QStringLiteral("request_id"), q.value(0).toLongLong()},
                        {QStringLiteral("subject_hash"), q.value(1).toString()},
                        {QStringLiteral("erased_at"), q.value(2).toDateTime().toUTC().toString(Qt::ISODateWithMs)}});
    return true;
}

bool ErasureStore::reapply(const QJsonArray& entries, QJsonObject* result, QString* error)
{
    return PrivacyCall::json(m_db, QStringLiteral("erasure_reapply"),
                             {QString::fromUtf8(QJsonDocument(entries).toJson(QJsonDocument::Compact))}, result, error);
}
