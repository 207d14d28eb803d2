// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

// The access log's hash chain, as written down in resources/sql/ACCESS_LOG.md and implemented
// in SQL by privacy.access_log_canonical(). Keep the two in step.
namespace AuditChain {

struct Entry {
    qint64 id = 0;
    qint64 atMicros = 0; // microseconds since 1970-01-01 UTC
    QString staff;
    QString staffRole;
    QString action;
    std::optional<qint64> subjectId;
    std::optional<QString> ticket;
    std::optional<QString> purpose;
    QString details; // JSON text exactly as stored
    QByteArray prevHash;
    QByteArray hash;
};

QByteArray genesisHash(); // 32 zero bytes
QByteArray canonicalBytes(const Entry& entry);
// SHA-256(prevHash || canonicalBytes(entry)), with the entry's own prevHash.
QByteArray computeHash(const Entry& entry);

} // namespace AuditChain
