// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Stores.h"
#include "db/DbSession.h"

#include <QString>

#include <memory>
#include <utility>
#include <variant>

// What a store call brings back to the widget: the value, or why there is none.
template <typename T> struct Result {
    bool ok = false;
    T value{};
    QString error;
};

// For calls that bring back nothing but success or a reason.
using NoValue = std::monostate;

// Typed asynchronous calls of the stores, the only way widgets reach the database:
//   StoreCall::call<RequestDetail>(session, this,
//       [id](Stores& stores, RequestDetail* request, QString* error) { return stores.requests().get(id, request,
//       error);
//       }, [this](const Result<RequestDetail>& result) { … });
// The job runs on the session's worker thread (Lane::Long: on the connection of its own that long
// jobs use, so they never hold up a look-up); done runs on context's thread, unless context is
// gone by then.
namespace StoreCall {
template <typename T, typename Job, typename Done>
void call(DbSession* session, QObject* context, Job job, Done done, DbSession::Lane lane = DbSession::Lane::Interactive)
{
    auto result = std::make_shared<Result<T>>();
    session->run(
        context,
        [job = std::move(job), result](QSqlDatabase& db) mutable {
            Stores stores(db);
            result->ok = job(stores, &result->value, &result->error);
            return QVariant();
        },
        [done = std::move(done), result](const QVariant&) { done(std::as_const(*result)); }, lane);
}
} // namespace StoreCall
