// SPDX-License-Identifier: GPL-3.0-or-later
#include "AuditStore.h"

#include "AuditSentence.h"
#include "Checkpoint.h"
#include "core/TimeFormat.h"
#include "db/PrivacyCall.h"
#include "db/SqlError.h"
#include "home/AuditNotes.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QLocale>
#include <QSqlQuery>

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(AuditStore)
};

QVariant timeOrNull(const QDateTime& at)
{
    return at.isValid() ? QVariant(at.toUTC()) : QVariant(QMetaType(QMetaType::QDateTime));
}

QVariant idOrNull(qint64 id, bool valid)
{
    return valid ? QVariant(id) : QVariant(QMetaType(QMetaType::LongLong));
}

void bindFilter(QSqlQuery& q, const AuditFilter& f)
{
    q.addBindValue(timeOrNull(f.since));
    q.addBindValue(timeOrNull(f.until));
    q.addBindValue(PrivacyCall::textOrNull(f.staff));
    q.addBindValue(PrivacyCall::textOrNull(f.role));
    q.addBindValue(PrivacyCall::textOrNull(f.action));
    q.addBindValue(idOrNull(f.subjectId, f.subjectId > 0));
    q.addBindValue(PrivacyCall::textOrNull(f.ticket));
    q.addBindValue(f.noTicket);
    q.addBindValue(f.anomaliesOnly);
    q.addBindValue(f.withReviewed);
}

} // namespace

QJsonObject AuditFilter::toJson() const
{
    QJsonObject o;
    if (since.isValid())
        o.insert(QStringLiteral("since"), since.toUTC().toString(Qt::ISODate));
    if (until.isValid())
        o.insert(QStringLiteral("until"), until.toUTC().toString(Qt::ISODate));
    for (const auto& [key, value] :
         {std::pair{QStringLiteral("staff"), staff}, std::pair{QStringLiteral("role"), role},
          std::pair{QStringLiteral("action"), action}, std::pair{QStringLiteral("ticket"), ticket}})
        if (!value.isEmpty())
            o.insert(key, value);
    if (subjectId > 0)
        o.insert(QStringLiteral("subject"), subjectId);
    if (noTicket)
        o.insert(QStringLiteral("without_ticket"), true);
    if (anomaliesOnly)
        o.insert(QStringLiteral("anomalies_only"), true);
    if (anomaliesOnly && withReviewed)
        o.insert(QStringLiteral("with_reviewed"), true);
    return o;
}

QStringList AuditFilter::describe(const QString& language) const
{
    QStringList parts;
    const auto add = [&](const char* key, const QString& value) {
        parts << (value.isEmpty() ? AuditSentence::filterKeyLabel(QLatin1String(key), language)
                                  : QStringLiteral("%1: %2").arg(
                                        AuditSentence::filterKeyLabel(QLatin1String(key), language), value));
    };
    if (since.isValid())
        add("since", TimeFormat::dateTime(since, language));
    if (until.isValid())
        add("until", TimeFormat::dateTime(until, language));
    if (!staff.isEmpty())
        add("staff", staff);
    if (!role.isEmpty())
        add("staff_role", AuditSentence::roleLabel(role, language));
    if (!action.isEmpty())
        add("action", AuditSentence::actionLabel(action, language));
    if (subjectId > 0)
        add("subject", QString::number(subjectId));
    if (!ticket.isEmpty())
        add("ticket", ticket);
    if (noTicket)
        add("without_ticket", QString());
    if (anomaliesOnly)
        add("anomalies_only", QString());
    if (anomaliesOnly && withReviewed)
        add("with_reviewed", QString());
    return parts;
}

AuditStore::AuditStore(QSqlDatabase db)
    : m_db(db)
{}

bool AuditStore::page(const AuditFilter& filter, qint64 beforeId, qint64 afterId, int limit, QList<AuditEntry>* entries,
                      QString* error)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral("SELECT id, at, staff, staff_role, action, subject_id, ticket, purpose, details, anomalies, "
                       "review FROM privacy.audit_page(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    bindFilter(q, filter);
    q.addBindValue(idOrNull(beforeId, beforeId > 0 && afterId < 0));
    q.addBindValue(idOrNull(afterId, afterId >= 0));
    q.addBindValue(limit);
    if (!q.exec()) {
        *error = SqlError::reasonNoting(m_db, QStringLiteral("audit_page"), q.lastError());
        return false;
    }
    entries->clear();
    while (q.next()) {
        AuditEntry e;
        e.id = q.value(0).toLongLong();
        e.at = q.value(1).toDateTime();
        e.staff = q.value(2).toString();
        e.role = q.value(3).toString();
        e.action = q.value(4).toString();
        e.subjectId = q.value(5).toLongLong();
        e.ticket = q.value(6).toString();
        e.purpose = q.value(7).toString();
        e.details = q.value(8).toString();
        e.flags = AuditFlag::listFromJson(QJsonDocument::fromJson(q.value(9).toString().toUtf8()).array());
        if (!q.value(10).isNull())
            e.review = AuditReview::fromJson(QJsonDocument::fromJson(q.value(10).toString().toUtf8()).object());
        entries->append(e);
    }
    return true;
}

bool AuditStore::activity(const AuditFilter& filter, const QString& bucket, QList<AuditActivity>* activity,
                          QString* error)
{
    QSqlQuery q(m_db);
    q.prepare(
        QStringLiteral("SELECT bucket, staff, entries, anomalies FROM privacy.audit_activity(?, ?, ?, ?, ?, ?, ?, "
                       "?, ?, ?, ?)"));
    bindFilter(q, filter);
    q.addBindValue(bucket);
    if (!q.exec()) {
        *error = SqlError::reason(q.lastError());
        return false;
    }
    activity->clear();
    while (q.next())
        activity->append(
            {q.value(0).toDateTime(), q.value(1).toString(), q.value(2).toLongLong(), q.value(3).toLongLong()});
    return true;
}

bool AuditStore::settings(QJsonObject* settings, QString* error)
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT privacy.audit_settings()")) || !q.next()) {
        *error = SqlError::reason(q.lastError());
        return false;
    }
    *settings = QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object();
    return true;
}

bool AuditStore::setSetting(const QString& key, const QString& value, QString* error)
{
    return PrivacyCall::value(m_db, QStringLiteral("audit_set_setting"), {key, value}, nullptr, error);
}

bool AuditStore::review(qint64 entryId, const QString& outcome, const QString& note, AuditReview* review,
                        QString* error)
{
    QJsonObject result;
    if (!PrivacyCall::json(m_db, QStringLiteral("anomaly_review"), {entryId, outcome, note}, &result, error))
        return false;
    *review = AuditReview::fromJson(result);
    return true;
}

bool AuditStore::databaseName(QString* name, QString* error)
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT database FROM privacy.whoami()")) || !q.next()) {
        *error = SqlError::reason(q.lastError());
        return false;
    }
    *name = q.value(0).toString();
    return true;
}

bool AuditStore::entryHash(qint64 id, QByteArray* hash, QString* error)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT id, hash FROM privacy.access_log_page(?, 1)"));
    q.addBindValue(id - 1);
    if (!q.exec()) {
        *error = SqlError::reason(q.lastError());
        return false;
    }
    if (!q.next() || q.value(0).toLongLong() != id) {
        hash->clear();
        return true;
    }
    *hash = q.value(1).toByteArray();
    return true;
}

// What a checkpoint adds to an intact chain: the entry it vouches for is still there, with the
// hash it had, and the database is the one it was made for.
bool AuditStore::checkAgainst(const Checkpoint& checkpoint, const AuditVerifier::Result& r, QString* verdict)
{
    AuditStore& store = *this;
    QString database;
    QByteArray hash;
    QString error;
    if (!store.databaseName(&database, &error) || !store.entryHash(checkpoint.lastId, &hash, &error)) {
        *verdict = error;
        return false;
    }
    if (database != checkpoint.database) {
        *verdict = Tr::tr("The checkpoint was made for the database \"%1\", not for \"%2\".")
                       .arg(checkpoint.database, database);
        return false;
    }
    if (r.lastId < checkpoint.lastId || hash.isEmpty()) {
        *verdict = Tr::tr("The log ends at entry %1, but the checkpoint of %2 vouches for %3 entries: entries at the "
                          "end were removed.")
                       .arg(r.lastId)
                       .arg(checkpoint.createdAt.toString(Qt::ISODate))
                       .arg(checkpoint.lastId);
        return false;
    }
    if (hash != checkpoint.headHash) {
        *verdict = Tr::tr("Entry %1 differs from the signed checkpoint of %2: the log was rewritten up to there.")
                       .arg(checkpoint.lastId)
                       .arg(checkpoint.createdAt.toString(Qt::ISODate));
        return false;
    }
    *verdict = Tr::tr("The log matches the checkpoint of %1 (entry %2, key %3).")
                   .arg(checkpoint.createdAt.toString(Qt::ISODate))
                   .arg(checkpoint.lastId)
                   .arg(checkpoint.fingerprint());
    return true;
}

bool AuditStore::verifyChain(const Checkpoint* checkpoint, ChainCheck* check, QString* error,
                             const AuditVerifier::Progress& progress, const std::atomic_bool* cancel)
{
    AuditVerifier verifier;
    const bool ok = verifier.verify(m_db, error, progress, cancel);
    check->chain = verifier.result();
    QString unnoted; // a refused note leaves the verification as it is
    if (ok && !(cancel && cancel->load()))
        AuditNotes::verified(m_db, check->chain.entriesChecked, check->chain.intact, &unnoted);
    if (ok && check->chain.intact && checkpoint)
        check->matches = checkAgainst(*checkpoint, check->chain, &check->verdict);
    return ok;
}

bool AuditStore::signCheckpoint(const QString& keyPath, const QByteArray& passphrase, const QString& outPath,
                                CheckpointSigning* signing, QString* error)
{
    AuditVerifier verifier;
    QString database;
    if (!verifier.verify(m_db, error) || !databaseName(&database, error))
        return false;
    signing->chain = verifier.result();
    if (!signing->chain.intact) {
        signing->broken = true;
        return false;
    }
    if (!Checkpoint::sign(keyPath, passphrase, database, signing->chain.lastId, signing->chain.headHash,
                          &signing->checkpoint, error))
        return false;
    QFile file(outPath);
    if (file.open(QIODevice::WriteOnly | QIODevice::NewOnly) && file.write(signing->checkpoint.toJson()) > 0) {
        QString unnoted;
        AuditNotes::checkpoint(m_db, signing->checkpoint.lastId, signing->checkpoint.fingerprint(), &unnoted);
        return true;
    }
    signing->unwritten = true;
    *error = file.errorString();
    return false;
}
