// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "LearnerSummary.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

// Why a staff member looks at a learner: support gives a ticket reference, the DPO a ticket or a
// purpose. The database checks both and logs them with the access.
struct AccessContext {
    QString ticket;
    QString purpose;
};

struct LookupHit {
    qint64 userId = 0;
    QString publicId; // empty when the platform has none
    QString name;     // as the data map composes it
    QString email;    // masked for support
    QString status;   // active, locked, erased
    QDateTime createdAt;
    QString matched;          // id, public_id, reference, ip, email, email_prefix, email_fuzzy, name
    QJsonObject matchedLabel; // a reference's name {en, de}, from the data map
    double score = 0;
};

struct CategoryRow {
    qint64 rowId = 0;
    QJsonObject data;
};

// The learner functions of schema privacy: lookup, the whole picture by category, reveal and
// account operations. Every call is checked, masked and logged by the database.
class UserDirectory
{
public:
    enum class Operation { Lock, Unlock, RevokeSessions, ForcePasswordReset, WithdrawMarketing };

    explicit UserDirectory(QSqlDatabase db);

    // "email", or "table.column" of a column the data map masks (the database checks which).
    static bool isRevealableField(const QString& field);
    static QString operationKey(Operation operation); // as fxctl names it: lock, revoke-sessions, …
    static QString mapName(Operation operation);      // as the data map binds it: lock, revoke_sessions, …
    static std::optional<Operation> operationFromKey(const QString& key);

    bool lookup(const QString& query, const AccessContext& context, int limit, QList<LookupHit>* hits, QString* error);
    // How many hits a lookup without its own limit returns at most (a policy, capped by the database).
    bool lookupLimit(int* limit, QString* error);
    bool summary(qint64 userId, const AccessContext& context, LearnerSummary* summary, QString* error);
    bool rows(qint64 userId, const QString& category, qint64 afterId, int limit, const AccessContext& context,
              QList<CategoryRow>* rows, QString* error);
    bool reveal(qint64 userId, const QString& field, std::optional<qint64> rowId, const QString& ticket,
                const QString& reason, QString* value, QString* error);
    bool operate(qint64 userId, Operation operation, const AccessContext& context, AccountChange* result,
                 QString* error);
    bool rectify(qint64 userId, const QString& firstName, const QString& lastName, const QString& email,
                 const AccessContext& context, AccountChange* result, QString* error);
    bool restrictProcessing(qint64 userId, const QString& reason, const AccessContext& context, AccountChange* result,
                            QString* error);

    // The same calls with the database's JSON as it is: for fxctl, which prints it, and tests that read it.
    bool summary(qint64 userId, const AccessContext& context, QJsonObject* summary, QString* error);
    bool operate(qint64 userId, Operation operation, const AccessContext& context, QJsonObject* result, QString* error);
    bool rectify(qint64 userId, const QString& firstName, const QString& lastName, const QString& email,
                 const AccessContext& context, QJsonObject* result, QString* error);
    bool restrictProcessing(qint64 userId, const QString& reason, const AccessContext& context, QJsonObject* result,
                            QString* error);

private:
    bool call(const QString& function, const QVariantList& args, QVariant* value, QString* error);

    QSqlDatabase m_db;
};
