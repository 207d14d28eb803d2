// SPDX-License-Identifier: GPL-3.0-or-later
#include "Migrator.h"

#include "SqlError.h"
#include "SqlScript.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSqlQuery>

#include <spdlog/spdlog.h>

namespace {

// lupdate reads the context from here; free functions have no class to take it from.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Migrator)
};

// Releases the advisory lock however migrate() returns.
class MigrationLock
{
public:
    explicit MigrationLock(QSqlDatabase db)
        : m_db(db)
    {
        QSqlQuery(m_db).exec(QStringLiteral("SELECT pg_advisory_lock(hashtext('fxconsole-migrate'))"));
    }
    ~MigrationLock()
    {
        QSqlQuery(m_db).exec(QStringLiteral("SELECT pg_advisory_unlock(hashtext('fxconsole-migrate'))"));
    }

private:
    QSqlDatabase m_db;
};

} // namespace

Migrator::Migrator(QSqlDatabase db)
    : m_db(db)
{}

QList<Migrator::Migration> Migrator::shipped()
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{3})_([a-z0-9_]+)\\.sql$"));
    QList<Migration> result;
    const QDir dir(QStringLiteral(":/sql/migrations"));
    for (const QString& file : dir.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name)) {
        const auto match = pattern.match(file);
        if (!match.hasMatch())
            continue;
        QFile f(dir.filePath(file));
        if (!f.open(QIODevice::ReadOnly))
            continue;
        Migration m;
        m.version = match.captured(1).toInt();
        m.name = match.captured(2);
        m.sql = f.readAll();
        m.sha256 = QString::fromLatin1(QCryptographicHash::hash(m.sql, QCryptographicHash::Sha256).toHex());
        result.append(m);
    }
    return result;
}

bool Migrator::ensureMetaTable(QString* error)
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT rolsuper FROM pg_roles WHERE rolname = current_user")) || !q.next()) {
        *error = SqlError::reason(q.lastError());
        return false;
    }
    if (!q.value(0).toBool()) {
        *error = Tr::tr("Setting up the database needs a superuser connection (it creates the console's roles). "
                        "Connect as the database's superuser, for example postgres.");
        return false;
    }
    if (!q.exec(QStringLiteral("CREATE SCHEMA IF NOT EXISTS fxmeta")) ||
        !q.exec(QStringLiteral("REVOKE ALL ON SCHEMA fxmeta FROM PUBLIC")) ||
        !q.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS fxmeta.schema_migrations ("
                               " version integer PRIMARY KEY, name text NOT NULL, sha256 text NOT NULL,"
                               " applied_at timestamptz NOT NULL DEFAULT now(),"
                               " applied_by text NOT NULL DEFAULT session_user)"))) {
        *error = SqlError::reason(q.lastError());
        return false;
    }
    return true;
}

bool Migrator::applied(QList<Migration>* migrations, QString* error)
{
    migrations->clear();
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT to_regclass('fxmeta.schema_migrations') IS NOT NULL")) || !q.next()) {
        *error = SqlError::reason(q.lastError());
        return false;
    }
    if (!q.value(0).toBool())
        return true;
    if (!q.exec(QStringLiteral("SELECT version, name, sha256 FROM fxmeta.schema_migrations ORDER BY version"))) {
        *error = SqlError::reason(q.lastError());
        return false;
    }
    while (q.next()) {
        Migration m;
        m.version = q.value(0).toInt();
        m.name = q.value(1).toString();
        m.sha256 = q.value(2).toString();
        migrations->append(m);
    }
    return true;
}

bool Migrator::checkHistory(const QList<Migration>& recorded, const QList<Migration>& shipped, QString* error)
{
    for (qsizetype i = 0; i < recorded.size(); ++i) {
        const Migration& r = recorded.at(i);
        if (i >= shipped.size()) {
            *error = Tr::tr("This database was set up by a newer console: it has migration %1 (%2), which this "
                            "version does not know. Use the newer console.")
                         .arg(r.version)
                         .arg(r.name);
            return false;
        }
        const Migration& s = shipped.at(i);
        if (r.version != s.version || r.name != s.name || r.sha256 != s.sha256) {
            *error = Tr::tr("The database's migration history does not match this console: migration %1 (%2) was "
                            "recorded with different content. The database was changed by hand or by another build; "
                            "restore it or use the console that set it up.")
                         .arg(r.version)
                         .arg(r.name);
            return false;
        }
    }
    return true;
}

bool Migrator::migrate(Result* result, QString* error, const std::function<void(const QString&)>& progress)
{
    *result = {};
    MigrationLock lock(m_db);
    if (!ensureMetaTable(error))
        return false;
    QList<Migration> recorded;
    if (!applied(&recorded, error))
        return false;
    const QList<Migration> all = shipped();
    if (all.isEmpty()) {
        *error = Tr::tr("No migrations are built into this program.");
        return false;
    }
    if (!checkHistory(recorded, all, error))
        return false;
    result->alreadyApplied = int(recorded.size());
    for (qsizetype i = recorded.size(); i < all.size(); ++i) {
        const Migration& m = all.at(i);
        if (progress)
            progress(Tr::tr("Applying migration %1 (%2)").arg(m.version).arg(m.name));
        QSqlQuery q(m_db);
        if (!m_db.transaction()) {
            *error = SqlError::reason(m_db.lastError());
            return false;
        }
        QString reason;
        if (!SqlScript::run(m_db, QString::fromUtf8(m.sql), &reason)) {
            *error = Tr::tr("Migration %1 (%2) failed: %3").arg(m.version).arg(m.name, reason);
            spdlog::error("migration {} failed", m.version);
            m_db.rollback();
            return false;
        }
        q.exec(QStringLiteral("RESET ROLE"));
        q.prepare(QStringLiteral("INSERT INTO fxmeta.schema_migrations (version, name, sha256) VALUES (?, ?, ?)"));
        q.addBindValue(m.version);
        q.addBindValue(m.name);
        q.addBindValue(m.sha256);
        if (!q.exec() || !m_db.commit()) {
            *error = SqlError::reason(q.lastError().isValid() ? q.lastError() : m_db.lastError());
            m_db.rollback();
            return false;
        }
        spdlog::info("applied migration {}", m.version);
        ++result->applied;
    }
    return true;
}
