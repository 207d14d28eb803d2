// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AuditEntry.h"
#include "AuditVerifier.h"
#include "Checkpoint.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <atomic>

struct AuditFilter {
    QDateTime since;
    QDateTime until;
    QString staff;
    QString role; // support, dpo, admin
    QString action;
    qint64 subjectId = 0;
    QString ticket;
    bool noTicket = false;
    bool anomaliesOnly = false; // flagged entries: the open ones
    bool withReviewed = false;  // with anomaliesOnly: reviewed flags too

    QJsonObject toJson() const; // for reports: only what is set
    // What is set, labelled in the language ("de", "en"; empty: the user interface's).
    QStringList describe(const QString& language = QString()) const;
};

struct AuditActivity {
    QDateTime bucket;
    QString staff;
    qint64 entries = 0;
    qint64 anomalies = 0;
};

// A verification of the whole chain, and with a checkpoint whether the chain matches it.
struct ChainCheck {
    AuditVerifier::Result chain;
    bool matches = true; // false: the intact chain does not match the checkpoint
    QString verdict;     // with a checkpoint and an intact chain: the comparison in words
};

// How far signing a checkpoint of the access log got.
struct CheckpointSigning {
    AuditVerifier::Result chain; // as verified before signing
    bool broken = false;         // the chain is broken (chain.message says where): nothing was signed
    bool unwritten = false;      // signed, but the file could not be written (the file's reason in *error)
    Checkpoint checkpoint;       // what was signed
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
    // The DPO's verdict on another staff member's flagged entry (justified, followed_up, escalated).
    bool review(qint64 entryId, const QString& outcome, const QString& note, AuditReview* review, QString* error);
    bool databaseName(QString* name, QString* error);
    // The stored hash of one entry (after a verified chain, the recomputed one).
    bool entryHash(qint64 id, QByteArray* hash, QString* error);

    // What a checkpoint adds to a verified chain: the entry it vouches for is still there with the
    // hash it had, in the database it was made for. *verdict says which, in words.
    bool checkAgainst(const Checkpoint& checkpoint, const AuditVerifier::Result& chain, QString* verdict);

    // Verifies the whole chain; if it is intact and a checkpoint is given, checks it against that.
    // False only when the chain could not be read (the reason in *error); check->chain says
    // whether it is intact.
    bool verifyChain(const Checkpoint* checkpoint, ChainCheck* check, QString* error,
                     const AuditVerifier::Progress& progress = {}, const std::atomic_bool* cancel = nullptr);
    // Verifies the whole chain and, if it is intact, signs its end with the key and writes the
    // checkpoint to a new file at outPath. True once the file is written.
    bool signCheckpoint(const QString& keyPath, const QByteArray& passphrase, const QString& outPath,
                        CheckpointSigning* signing, QString* error);

private:
    QSqlDatabase m_db;
};
