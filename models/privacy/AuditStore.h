// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AuditVerifier.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>

class Checkpoint;

struct AuditFilter {
    QDateTime since;
    QDateTime until;
    QString staff;
    QString role; // support, dpo, admin
    QString action;
    qint64 subjectId = 0;
    QString ticket;
    bool noTicket = false;
    bool anomaliesOnly = false;

    QJsonObject toJson() const; // for reports: only what is set
};

struct AuditEntry {
    qint64 id = 0;
    QDateTime at;
    QString staff;
    QString role;
    QString action;
    qint64 subjectId = 0; // 0: none
    QString ticket;
    QString purpose;
    QString details;
    QJsonArray anomalies; // [{rule, detail}]
};

struct AuditActivity {
    QDateTime bucket;
    QString staff;
    qint64 entries = 0;
    qint64 anomalies = 0;
};

// The DPO's reading of the access log through schema privacy: keyset pages under a filter,
// activity for the chart, the anomaly settings, and checking the chain against a checkpoint.
class AuditStore
{
public:
    explicit AuditStore(QSqlDatabase db);

    // Newest first below beforeId (0: from the newest), or oldest first above afterId (>= 0).
    bool page(const AuditFilter& filter, qint64 beforeId, qint64 afterId, int limit, QList<AuditEntry>* entries,
              QString* error);
    bool activity(const AuditFilter& filter, const QString& bucket, QList<AuditActivity>* activity, QString* error);
    bool settings(QJsonObject* settings, QString* error);
    bool setSetting(const QString& key, const QString& value, QString* error);
    bool databaseName(QString* name, QString* error);
    // The stored hash of one entry (after a verified chain, the recomputed one).
    bool entryHash(qint64 id, QByteArray* hash, QString* error);

    // What a checkpoint adds to a verified chain: the entry it vouches for is still there with the
    // hash it had, in the database it was made for. *verdict says which, in words.
    bool checkAgainst(const Checkpoint& checkpoint, const AuditVerifier::Result& chain, QString* verdict);

    // An anomaly in words, in the console's language.
    static QString explain(const QJsonObject& anomaly);

private:
    QSqlDatabase m_db;
};
