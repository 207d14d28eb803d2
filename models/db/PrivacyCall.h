// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>
#include <QVariant>

#include <optional>

// The one-value calls of schema privacy, SELECT privacy.<function>(?, …), as every store makes
// them: bound arguments, the server's reason on failure, and a refusal noted in the access log.
//
// Each call runs in its own explicit transaction whose id arrives with the result, before COMMIT.
// If the connection is lost during COMMIT, nobody knows whether the change was saved; the id is
// kept (per thread: the session's worker) and checked once connected again, so that the user
// learns whether to repeat it and nothing happens twice.
namespace PrivacyCall {
// NULL for empty or blank text, so that the database applies its defaults and rules.
QVariant textOrNull(const QString& text);
bool value(QSqlDatabase db, const QString& function, const QVariantList& args, QVariant* value, QString* error);
// For functions returning jsonb: the object (empty for JSON null).
bool json(QSqlDatabase db, const QString& function, const QVariantList& args, QJsonObject* result, QString* error);

struct UncertainChange {
    qint64 transaction = 0;
    QString function;
};
// The change whose COMMIT was cut off on this thread, if any; taking it forgets it.
std::optional<UncertainChange> takeUncertainChange();
// Whether a transaction committed: true, false (aborted), nullopt if the server no longer knows.
// Waits briefly while the server is still finishing it.
std::optional<bool> wasCommitted(QSqlDatabase db, qint64 transaction);
} // namespace PrivacyCall
