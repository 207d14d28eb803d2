// SPDX-License-Identifier: GPL-3.0-or-later
#include "PrivacyCall.h"

#include "ConnectError.h"
#include "ConnectionProfile.h"
#include "Refusal.h"
#include "SqlError.h"
#include "core/Logging.h"
#include "core/TextCheck.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlDriver>
#include <QSqlQuery>
#include <QThread>

#include <libpq-fe.h>

#include <spdlog/spdlog.h>

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(PrivacyCall)
};

thread_local std::optional<PrivacyCall::UncertainChange> t_uncertain;

bool connectionLost(const QSqlError& error)
{
    return ConnectError::fromSqlError(error, ConnectionProfile()).kind == ConnectError::Kind::ConnectionLost;
}

// A caller that opened a transaction itself also ends it; libpq knows, without a round trip.
bool insideTransaction(const QSqlDatabase& db)
{
    const QVariant handle = db.driver()->handle();
    if (qstrcmp(handle.typeName(), "pg_conn*") != 0 && qstrcmp(handle.typeName(), "PGconn*") != 0)
        return false;
    PGconn* connection = *static_cast<PGconn* const*>(handle.data());
    return connection && PQtransactionStatus(connection) != PQTRANS_IDLE;
}

// Logged in the refusal's area (its code's first part), or in "db": the function, the SQLSTATE
// and the code, never the message, which can quote what the user typed.
void logFailure(const QString& function, const QSqlError& failure)
{
    const auto refusal = Refusal::fromError(failure);
    Logging::area(refusal ? refusal->area().toStdString() : std::string("db"))
        ->warn("{} failed: {}", function.toStdString(), SqlError::forLog(failure).toStdString());
}

} // namespace

namespace PrivacyCall {

QVariant textOrNull(const QString& text)
{
    return text.trimmed().isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(text);
}

bool value(QSqlDatabase db, const QString& function, const QVariantList& args, QVariant* value, QString* error)
{
    if (const QString problem = TextCheck::firstProblem(args); !problem.isEmpty()) {
        *error = problem;
        return false;
    }
    const bool ownTransaction = !insideTransaction(db);
    if (ownTransaction && !db.transaction()) {
        *error = SqlError::reason(db.lastError());
        return false;
    }
    QSqlQuery q(db);
    const QStringList placeholders(args.size(), QStringLiteral("?"));
    q.prepare(
        QStringLiteral("SELECT privacy.%1(%2), txid_current()").arg(function, placeholders.join(QStringLiteral(", "))));
    for (const QVariant& arg : args)
        q.addBindValue(arg);
    if (!q.exec() || !q.next()) {
        const QSqlError failure = q.lastError();
        q.finish();
        if (ownTransaction)
            db.rollback();
        *error = SqlError::reasonNoting(db, function, failure);
        logFailure(function, failure);
        return false;
    }
    const QVariant result = q.value(0);
    const qint64 transaction = q.value(1).toLongLong();
    q.finish();
    if (ownTransaction && !db.commit()) {
        const QSqlError failure = db.lastError();
        if (connectionLost(failure)) {
            t_uncertain = UncertainChange{transaction, function};
            spdlog::warn("connection lost during COMMIT of {} (transaction {})", function.toStdString(), transaction);
            *error = Tr::tr("The connection was lost while the change was being saved, so it is not known whether "
                            "it was. Reconnect: the console then checks and tells you whether to do it again.");
        } else {
            *error = SqlError::reason(failure);
        }
        return false;
    }
    if (value)
        *value = result;
    return true;
}

bool json(QSqlDatabase db, const QString& function, const QVariantList& args, QJsonObject* result, QString* error)
{
    QVariant v;
    if (!value(db, function, args, &v, error))
        return false;
    if (result)
        *result = QJsonDocument::fromJson(v.toString().toUtf8()).object();
    return true;
}

std::optional<UncertainChange> takeUncertainChange()
{
    return std::exchange(t_uncertain, std::nullopt);
}

std::optional<bool> wasCommitted(QSqlDatabase db, qint64 transaction)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT txid_status(?)"));
    q.addBindValue(transaction);
    for (int attempt = 0; attempt < 50; ++attempt) {
        if (!q.exec() || !q.next() || q.isNull(0))
            return std::nullopt;
        const QString status = q.value(0).toString();
        if (status == QLatin1String("committed"))
            return true;
        if (status == QLatin1String("aborted"))
            return false;
        QThread::msleep(100); // "in progress": the old backend is still finishing
    }
    return std::nullopt;
}

} // namespace PrivacyCall
