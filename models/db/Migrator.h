// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <functional>

struct DataMapFile;

// Brings a database to what this build ships, in one transaction: the pending migrations of
// resources/sql/migrations (tables, types, indexes, data), in order, recorded in
// fxmeta.schema_migrations; then every file of resources/sql/functions (functions and grants,
// CREATE OR REPLACE), re-applied each time and recorded with its checksum in
// fxmeta.function_files. A database whose history differs from what this build ships is refused;
// one recorded by an earlier release whose migration only lost its function bodies since
// (migrations/released.sha256) is the same history. Either all of it happens or nothing.
class Migrator
{
public:
    struct Migration {
        int version = 0;
        QString name;
        QByteArray sql;
        QString sha256; // hex
    };

    struct Result {
        int applied = 0;
        int alreadyApplied = 0;
        int functionFiles = 0;
    };

    explicit Migrator(QSqlDatabase db);

    static QList<Migration> shipped();
    static QList<Migration> shippedFunctions(); // version 0; name is the file's area

    bool migrate(Result* result, QString* error, const std::function<void(const QString&)>& progress = {});

    // Versions recorded in the database (empty when it was never initialised).
    bool applied(QList<Migration>* migrations, QString* error);

private:
    bool ensureMetaTable(QString* error);
    bool checkHistory(const QList<Migration>& recorded, const QList<Migration>& shipped, QList<int>* renewed,
                      QString* error);
    bool applyFunctions(Result* result, QString* error);
    bool bindShippedMap(QString* error);
    bool keepRetentionRules(DataMapFile* file, QString* error);

    QSqlDatabase m_db;
};
