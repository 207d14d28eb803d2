// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ErasurePreview.h"
#include "ErasureStep.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>

struct ProcessorTask {
    qint64 id = 0;
    QString processor;
    QString category;
    QString contact;
    QString externalId;
    QString what;
    QString doneBy;
    QDateTime doneAt;
    QString note;
};

// What the erasure dialog shows of one request: the preview and the processor follow-up.
struct ErasureReview {
    ErasurePreview preview;
    QList<ProcessorTask> tasks;
};

// Restricted records of one erased learner.
struct RestrictedSet {
    qint64 userId = 0;
    qint64 records = 0;
    QDate retainedUntil; // the soonest
    QString basis;
};

// A retained row: its table, as the data map names it, and its key there.
struct RestrictedRecord {
    QString table;
    qint64 rowKey = 0;
    qint64 userId = 0;
    QDate retainedUntil;
};

// The erasure functions of schema privacy: preview, four-eyes decision, execution, processor
// follow-up, retention purge and the ledger. The database enforces every rule.
class ErasureStore
{
public:
    explicit ErasureStore(QSqlDatabase db);

    static QList<ErasureStep> stepsFromJson(const QJsonArray& tables);

    bool preview(qint64 requestId, ErasurePreview* preview, QString* error);
    bool decide(qint64 requestId, bool approve, const QString& reason, RequestDetail* request, QString* error);
    bool execute(qint64 requestId, ErasureExecution* result, QString* error);
    // The same as the server's JSON, for printing it as it is (fxctl --json).
    bool preview(qint64 requestId, QJsonObject* preview, QString* error);
    bool decide(qint64 requestId, bool approve, const QString& reason, QJsonObject* request, QString* error);
    // *result carries already_done (a second execution does nothing) and the counts.
    bool execute(qint64 requestId, QJsonObject* result, QString* error);
    bool tasks(qint64 requestId, QList<ProcessorTask>* tasks, QString* error);
    bool taskDone(qint64 taskId, const QString& note, QString* error);
    // The preview, then (withTasks) the processor follow-up of the request.
    bool review(qint64 requestId, bool withTasks, ErasureReview* review, QString* error);
    // Restricted records past their period as of a day (default today): listed or deleted.
    bool purge(bool dryRun, const QDate& asOf, QList<RestrictedRecord>* records, QString* error);
    bool restricted(QList<RestrictedSet>* sets, QString* error);
    bool ledger(QJsonArray* entries, QString* error);
    bool reapply(const QJsonArray& entries, QJsonObject* result, QString* error);

private:
    QSqlDatabase m_db;
};
