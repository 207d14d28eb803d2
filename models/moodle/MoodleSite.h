// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "datamap/DataMapFile.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

// A Moodle-shaped site where no Moodle installation is at hand (the demo, the tests, the
// benchmarks): Moodle 4.5's schema as its installer creates it on PostgreSQL
// (resources/moodle/schema.sql) in a schema of its own, filled with synthetic learners
// (resources/moodle/seed.sql). Needs a connection that may create tables and roles' grants.
class MoodleSite
{
public:
    explicit MoodleSite(QSqlDatabase db, const QString& schema = QStringLiteral("public"));

    // Moodle's 494 tables, and fx_owner's use of the schema (a DBA's step on a real site).
    bool create(QString* error);
    // The guest, the admin and `users` learners with their courses and activity: one
    // transaction, deterministic for `seed`; times are whole seconds before `asOf`.
    bool seed(int users, qint64 seed, qint64 asOf, QString* error);
    // What a DBA does once for a map: the indexes and privileges `map check` asks for, as it
    // states them. The statements run are listed in *done.
    bool prepare(const DataMapFile& map, QStringList* done, QString* error);

private:
    QSqlDatabase m_db;
    QString m_schema;
};
