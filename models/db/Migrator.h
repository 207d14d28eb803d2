// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <functional>

// Applies the SQL migrations shipped in resources/sql/migrations, in order, each in its own
// transaction, and records them in fxmeta.schema_migrations. Re-running is a no-op; a database
// whose history differs from what this build ships is refused.
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
    };

    explicit Migrator(QSqlDatabase db);

    static QList<Migration> shipped();

    bool migrate(Result* result, QString* error, const std::function<void(const QString&)>& progress = {});

    // Versions recorded in the database (empty when it was never initialised).
    bool applied(QList<Migration>* migrations, QString* error);

private:
    bool ensureMetaTable(QString* error);
    bool checkHistory(const QList<Migration>& recorded, const QList<Migration>& shipped, QString* error);

    QSqlDatabase m_db;
};
