// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

// SQL scripts run one statement at a time: the QPSQL driver reports only the first result of a
// multi-statement string, so an error in a later statement would go unnoticed.
namespace SqlScript {

// Splits at top-level semicolons; knows comments, quoted strings, E'' strings, quoted
// identifiers and dollar quoting. Empty statements are dropped.
QStringList split(const QString& script);

// Runs every statement in order; stops at the first error (reason in *error).
bool run(QSqlDatabase db, const QString& script, QString* error);

} // namespace SqlScript
