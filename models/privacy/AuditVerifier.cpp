// SPDX-License-Identifier: GPL-3.0-or-later
#include "AuditVerifier.h"

#include "db/SqlError.h"

#include <QCoreApplication>
#include <QSqlQuery>

#include <future>
#include <memory>

namespace {
// lupdate reads the context from here; free functions have no class to take it from.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(AuditVerifier)
};
constexpr int PageSize = 20000;
} // namespace

AuditVerifier::AuditVerifier()
    : m_expectedPrev(AuditChain::genesisHash())
{
    m_result.headHash = m_expectedPrev;
}

bool AuditVerifier::fail(Problem problem, qint64 id, const QString& message)
{
    m_result.intact = false;
    m_result.problem = problem;
    m_result.badId = id;
    m_result.message = message;
    return false;
}

bool AuditVerifier::feed(const AuditChain::Entry& entry)
{
    if (!m_result.intact)
        return false;
    const qint64 expectedId = m_result.lastId + 1;
    if (entry.id > expectedId) {
        return fail(Problem::Missing, expectedId,
                    entry.id == expectedId + 1
                        ? Tr::tr("Entry %1 is missing: the log jumps from entry %2 to entry %3.")
                              .arg(expectedId)
                              .arg(m_result.lastId)
                              .arg(entry.id)
                        : Tr::tr("Entries %1 to %2 are missing: the log jumps from entry %3 to entry %4.")
                              .arg(expectedId)
                              .arg(entry.id - 1)
                              .arg(m_result.lastId)
                              .arg(entry.id));
    }
    if (entry.id < expectedId)
        return fail(Problem::Reordered, entry.id, Tr::tr("Entry %1 appears out of order.").arg(entry.id));
    if (AuditChain::computeHash(entry) != entry.hash)
        return fail(Problem::Changed, entry.id,
                    Tr::tr("Entry %1 was changed: its content does not match its hash.").arg(entry.id));
    if (entry.prevHash != m_expectedPrev)
        return fail(Problem::Reordered, entry.id,
                    Tr::tr("Entry %1 does not follow entry %2: entries were reordered, replaced or removed.")
                        .arg(entry.id)
                        .arg(m_result.lastId));
    m_expectedPrev = entry.hash;
    m_result.headHash = entry.hash;
    m_result.lastId = entry.id;
    ++m_result.entriesChecked;
    return true;
}

bool AuditVerifier::verify(QSqlDatabase db, QString* error, const Progress& progress, const std::atomic_bool* cancel)
{
    // Reading a page and hashing the one before overlap: the connection's thread fetches while
    // another thread checks, in order, page after page.
    QSqlQuery q(db);
    q.setForwardOnly(true);
    qint64 after = 0;
    std::future<bool> checking;
    auto checked = [&]() { return !checking.valid() || checking.get(); };
    for (;;) {
        if (cancel && cancel->load()) {
            checked();
            *error = Tr::tr("Verification was cancelled.");
            return false;
        }
        q.prepare(QStringLiteral("SELECT id, at_us, staff, staff_role, action, subject_id, ticket, purpose, details, "
                                 "prev_hash, hash FROM privacy.access_log_page(?, ?)"));
        q.addBindValue(after);
        q.addBindValue(PageSize);
        if (!q.exec()) {
            checked();
            *error = SqlError::reason(q.lastError());
            return false;
        }
        auto page = std::make_shared<QList<AuditChain::Entry>>();
        page->reserve(PageSize);
        while (q.next()) {
            AuditChain::Entry e;
            e.id = q.value(0).toLongLong();
            e.atMicros = q.value(1).toLongLong();
            e.staff = q.value(2).toString();
            e.staffRole = q.value(3).toString();
            e.action = q.value(4).toString();
            if (!q.isNull(5))
                e.subjectId = q.value(5).toLongLong();
            if (!q.isNull(6))
                e.ticket = q.value(6).toString();
            if (!q.isNull(7))
                e.purpose = q.value(7).toString();
            e.details = q.value(8).toString();
            e.prevHash = q.value(9).toByteArray();
            e.hash = q.value(10).toByteArray();
            after = e.id;
            page->append(std::move(e));
        }
        if (!checked())
            return true; // the chain broke in the page before; the result names the entry
        if (progress)
            progress(m_result.entriesChecked);
        const bool last = page->size() < PageSize;
        checking = std::async(std::launch::async, [this, page] {
            for (const AuditChain::Entry& e : *page)
                if (!feed(e))
                    return false;
            return true;
        });
        if (last)
            break;
    }
    if (!checked())
        return true;
    if (progress)
        progress(m_result.entriesChecked);
    return checkHead(db, error);
}

bool AuditVerifier::checkHead(QSqlDatabase db, QString* error)
{
    // The head row is updated with every append; a log cut short at its end disagrees with it.
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT last_id, last_hash FROM privacy.access_log_head()")) || !q.next()) {
        *error = SqlError::reason(q.lastError());
        return false;
    }
    const qint64 headId = q.value(0).toLongLong();
    if (headId > m_result.lastId) {
        fail(Problem::Missing, m_result.lastId + 1,
             Tr::tr("Entries %1 to %2 are missing at the end of the log.").arg(m_result.lastId + 1).arg(headId));
    } else if (headId < m_result.lastId || q.value(1).toByteArray() != m_result.headHash) {
        fail(Problem::Changed, m_result.lastId,
             Tr::tr("The recorded head of the log does not match entry %1.").arg(m_result.lastId));
    }
    return true;
}
