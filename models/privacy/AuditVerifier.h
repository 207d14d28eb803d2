// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AuditChain.h"

#include <QSqlDatabase>
#include <QString>

#include <atomic>
#include <functional>

// Recomputes the access log's hash chain on the client and names the first entry that fails.
// Feed entries in id order (feed()), or let verify() page through privacy.access_log_page().
class AuditVerifier
{
public:
    enum class Problem { None, Changed, Missing, Reordered };

    struct Result {
        bool intact = true;
        qint64 entriesChecked = 0;
        qint64 lastId = 0;
        QByteArray headHash; // hash of the last good entry
        Problem problem = Problem::None;
        qint64 badId = 0; // the first entry that fails (for Missing: the first missing id)
        QString message;  // translated, one sentence
    };

    AuditVerifier();

    // Returns false once the chain is broken; the result then names the entry.
    bool feed(const AuditChain::Entry& entry);
    const Result& result() const { return m_result; }

    // Progress gets the number of entries checked so far; cancel stops between pages.
    using Progress = std::function<void(qint64 checked)>;
    bool verify(QSqlDatabase db, QString* error, const Progress& progress = {},
                const std::atomic_bool* cancel = nullptr);

private:
    bool checkHead(QSqlDatabase db, QString* error);
    bool fail(Problem problem, qint64 id, const QString& message);

    Result m_result;
    QByteArray m_expectedPrev;
};
