// SPDX-License-Identifier: GPL-3.0-or-later
#include "Migrator.h"

#include "datamap/DataMapFile.h"
#include "datamap/DataMapStore.h"

#include "SqlError.h"
#include "SqlScript.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMultiMap>
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

namespace {

Migrator::Migration readShipped(const QString& path, int version, const QString& name, bool* ok)
{
    Migrator::Migration m;
    QFile f(path);
    *ok = f.open(QIODevice::ReadOnly);
    m.version = version;
    m.name = name;
    m.sql = f.readAll();
    m.sha256 = QString::fromLatin1(QCryptographicHash::hash(m.sql, QCryptographicHash::Sha256).toHex());
    return m;
}

// version -> checksums an earlier release recorded for the same migration.
QMultiMap<int, QString> released()
{
    QMultiMap<int, QString> result;
    QFile f(QStringLiteral(":/sql/migrations/released.sha256"));
    if (!f.open(QIODevice::ReadOnly | QIODevice::Text))
        return result;
    static const QRegularExpression line(QStringLiteral("^(\\d{3}) ([0-9a-f]{64})$"));
    for (const QByteArray& raw : f.readAll().split('\n')) {
        const auto match = line.match(QString::fromLatin1(raw.trimmed()));
        if (match.hasMatch())
            result.insert(match.captured(1).toInt(), match.captured(2));
    }
    return result;
}

} // namespace

QList<Migrator::Migration> Migrator::shipped()
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{3})_([a-z0-9_]+)\\.sql$"));
    QList<Migration> result;
    const QDir dir(QStringLiteral(":/sql/migrations"));
    for (const QString& file : dir.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name)) {
        const auto match = pattern.match(file);
        if (!match.hasMatch())
            continue;
        bool ok = false;
        const Migration m = readShipped(dir.filePath(file), match.captured(1).toInt(), match.captured(2), &ok);
        if (ok)
            result.append(m);
    }
    return result;
}

QList<Migrator::Migration> Migrator::shippedFunctions()
{
    QList<Migration> result;
    const QDir dir(QStringLiteral(":/sql/functions"));
    for (const QString& file : dir.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name)) {
        bool ok = false;
        const Migration m = readShipped(dir.filePath(file), 0, file.chopped(4), &ok);
        if (ok)
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
    if (!q.exec(QStringLiteral("SELECT pg_encoding_to_char(encoding) FROM pg_database "
                               "WHERE datname = current_database()")) ||
        !q.next()) {
        *error = SqlError::reason(q.lastError());
        return false;
    }
    if (q.value(0).toString() != QLatin1String("UTF8")) {
        *error = Tr::tr("The database uses the encoding %1; the console needs UTF8. Create the database with "
                        "ENCODING 'UTF8' and run the set-up again.")
                     .arg(q.value(0).toString());
        return false;
    }
    if (!q.exec(QStringLiteral("CREATE SCHEMA IF NOT EXISTS fxmeta")) ||
        !q.exec(QStringLiteral("REVOKE ALL ON SCHEMA fxmeta FROM PUBLIC")) ||
        !q.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS fxmeta.schema_migrations ("
                               " version integer PRIMARY KEY, name text NOT NULL, sha256 text NOT NULL,"
                               " applied_at timestamptz NOT NULL DEFAULT now(),"
                               " applied_by text NOT NULL DEFAULT session_user)")) ||
        !q.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS fxmeta.function_files ("
                               " name text PRIMARY KEY, sha256 text NOT NULL,"
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

bool Migrator::checkHistory(const QList<Migration>& recorded, const QList<Migration>& shipped, QList<int>* renewed,
                            QString* error)
{
    const QMultiMap<int, QString> earlier = released();
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
        if (r.version == s.version && r.name == s.name && r.sha256 != s.sha256 &&
            earlier.values(r.version).contains(r.sha256)) {
            renewed->append(r.version);
            continue;
        }
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
    QList<int> renewed;
    if (!checkHistory(recorded, all, &renewed, error))
        return false;
    result->alreadyApplied = int(recorded.size());
    if (!m_db.transaction()) {
        *error = SqlError::reason(m_db.lastError());
        return false;
    }
    const auto abandon = [this, result] {
        spdlog::error("database set-up rolled back");
        m_db.rollback();
        result->applied = 0;
        result->functionFiles = 0;
        return false;
    };
    QSqlQuery q(m_db);
    for (const Migration& m : all) {
        if (!renewed.contains(m.version))
            continue;
        q.prepare(QStringLiteral("UPDATE fxmeta.schema_migrations SET sha256 = ? WHERE version = ?"));
        q.addBindValue(m.sha256);
        q.addBindValue(m.version);
        if (!q.exec()) {
            *error = SqlError::reason(q.lastError());
            return abandon();
        }
        spdlog::info("migration {} recorded as shipped now (its function bodies moved out)", m.version);
    }
    for (qsizetype i = recorded.size(); i < all.size(); ++i) {
        const Migration& m = all.at(i);
        if (progress)
            progress(Tr::tr("Applying migration %1 (%2)").arg(m.version).arg(m.name));
        QString reason;
        if (!SqlScript::run(m_db, QString::fromUtf8(m.sql), &reason)) {
            *error = Tr::tr("Migration %1 (%2) failed: %3").arg(m.version).arg(m.name, reason);
            spdlog::error("migration {} failed", m.version);
            return abandon();
        }
        q.exec(QStringLiteral("RESET ROLE"));
        q.prepare(QStringLiteral("INSERT INTO fxmeta.schema_migrations (version, name, sha256) VALUES (?, ?, ?)"));
        q.addBindValue(m.version);
        q.addBindValue(m.name);
        q.addBindValue(m.sha256);
        if (!q.exec()) {
            *error = SqlError::reason(q.lastError());
            return abandon();
        }
        spdlog::info("applied migration {}", m.version);
        ++result->applied;
    }
    if (progress)
        progress(Tr::tr("Applying the privacy functions"));
    if (!applyFunctions(result, error) || !bindShippedMap(error))
        return abandon();
    if (!m_db.commit()) {
        *error = SqlError::reason(m_db.lastError());
        return abandon();
    }
    return true;
}

// A database set up before the data map may hold retention rules an administrator chose; the
// map it is bound to keeps them (and is then recorded with the hash of what it became).
bool Migrator::keepRetentionRules(DataMapFile* file, QString* error)
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT c.relname, e.action, e.retention_years, e.basis_en, e.basis_de "
                               "FROM privacy.erasure_rules e JOIN pg_class c ON c.oid = e.table_name"))) {
        *error = SqlError::reason(q.lastError());
        return false;
    }
    QHash<QString, QJsonObject> chosen;
    while (q.next()) {
        const QString action = q.value(1).toString();
        if (action == QLatin1String("retain"))
            chosen.insert(q.value(0).toString(),
                          {{QStringLiteral("action"), action},
                           {QStringLiteral("years"), QString::number(q.value(2).toInt())},
                           {QStringLiteral("basis"), QJsonObject{{QStringLiteral("en"), q.value(3).toString()},
                                                                 {QStringLiteral("de"), q.value(4).toString()}}}});
        else if (action == QLatin1String("delete"))
            chosen.insert(q.value(0).toString(), {{QStringLiteral("action"), action}});
    }
    bool changed = false;
    QJsonArray tables = file->map.value(QLatin1String("tables")).toArray();
    for (qsizetype i = 0; i < tables.size(); ++i) {
        QJsonObject entry = tables.at(i).toObject();
        const QJsonValue erasure = entry.value(QLatin1String("erasure"));
        const QString action =
            erasure.isObject() ? erasure.toObject().value(QLatin1String("action")).toString() : erasure.toString();
        const auto it = chosen.constFind(entry.value(QLatin1String("table")).toString());
        // Only the rules an administrator can choose: retain for a period, or delete instead.
        if (it == chosen.cend() || action != QLatin1String("retain"))
            continue;
        QJsonObject kept = erasure.toObject();
        for (auto field = it->begin(); field != it->end(); ++field)
            kept.insert(field.key(), field.value());
        if (it->value(QLatin1String("action")).toString() == QLatin1String("delete"))
            kept = {{QStringLiteral("action"), QStringLiteral("delete")}};
        if (kept != erasure.toObject()) {
            entry.insert(QStringLiteral("erasure"), kept);
            tables.replace(i, entry);
            changed = true;
        }
    }
    if (changed) {
        file->map.insert(QStringLiteral("tables"), tables);
        file->sha256 =
            QString::fromLatin1(QCryptographicHash::hash(QJsonDocument(file->map).toJson(QJsonDocument::Compact),
                                                         QCryptographicHash::Sha256)
                                    .toHex());
        spdlog::info("the shipped data map keeps the retention rules chosen before");
    }
    return true;
}

// Inside migrate()'s transaction: the reference platform is bound to the map this build ships for
// it, once; any other platform applies its own map with "fxctl map apply".
bool Migrator::bindShippedMap(QString* error)
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT NOT EXISTS (SELECT 1 FROM privacy.data_maps) "
                               "AND to_regclass('platform.users') IS NOT NULL")) ||
        !q.next()) {
        *error = SqlError::reason(q.lastError());
        return false;
    }
    if (!q.value(0).toBool())
        return true;
    DataMapFile file;
    if (!DataMapFile::load(QStringLiteral("fluxariont"), &file, error))
        return false;
    if (!keepRetentionRules(&file, error))
        return false;
    // The shipped map is checked first, so that a fault in it is named rather than counted.
    const QString map = QString::fromUtf8(QJsonDocument(file.map).toJson(QJsonDocument::Compact));
    q.prepare(QStringLiteral("SELECT code, table_name, column_name, detail::text FROM privacy.map_findings(?::jsonb) "
                             "WHERE severity = 'error' LIMIT 1"));
    q.addBindValue(map);
    if (!q.exec()) {
        *error = SqlError::reason(q.lastError());
        return false;
    }
    if (q.next()) {
        MapFinding finding{MapFinding::Severity::Error, q.value(0).toString(), q.value(1).toString(),
                           q.value(2).toString(), QJsonDocument::fromJson(q.value(3).toString().toUtf8()).object()};
        *error = Tr::tr("The data map of the reference platform could not be applied: %1").arg(finding.text());
        return false;
    }
    // Setting up is no staff action: the map is recorded and compiled, and the log stays as it was.
    q.prepare(QStringLiteral("WITH m AS (INSERT INTO privacy.data_maps (name, version, sha256, map) "
                             "VALUES (?::jsonb ->> 'name', ?::jsonb ->> 'version', ?, ?::jsonb) RETURNING map) "
                             "SELECT privacy.map_compile(m.map) FROM m"));
    q.addBindValue(map);
    q.addBindValue(map);
    q.addBindValue(file.sha256);
    q.addBindValue(map);
    if (!q.exec()) {
        *error = Tr::tr("The data map of the reference platform could not be applied: %1")
                     .arg(SqlError::reason(q.lastError()));
        return false;
    }
    spdlog::info("applied the shipped data map fluxariont");
    return true;
}

// Inside migrate()'s transaction. The files are applied without checking bodies, so that they need
// no order among themselves (as pg_dump restores functions); then all bodies are checked at once.
bool Migrator::applyFunctions(Result* result, QString* error)
{
    QSqlQuery q(m_db);
    q.exec(QStringLiteral("SET LOCAL check_function_bodies = off"));
    for (const Migration& file : shippedFunctions()) {
        QString reason;
        if (!SqlScript::run(m_db, QString::fromUtf8(file.sql), &reason)) {
            *error = Tr::tr("The functions of %1 could not be applied: %2").arg(file.name, reason);
            spdlog::error("function file {} failed", file.name.toStdString());
            return false;
        }
        q.exec(QStringLiteral("RESET ROLE"));
        q.prepare(QStringLiteral("INSERT INTO fxmeta.function_files (name, sha256) VALUES (?, ?) "
                                 "ON CONFLICT (name) DO UPDATE SET sha256 = excluded.sha256, applied_at = now(), "
                                 "applied_by = session_user"));
        q.addBindValue(file.name);
        q.addBindValue(file.sha256);
        if (!q.exec()) {
            *error = SqlError::reason(q.lastError());
            return false;
        }
        ++result->functionFiles;
    }
    // Now that all exist, every body is checked as CREATE FUNCTION would have checked it.
    q.exec(QStringLiteral("SET LOCAL check_function_bodies = on"));
    if (!q.exec(QStringLiteral(
            // With each function's own settings (its search_path), as CREATE FUNCTION checks it.
            "DO $$ DECLARE f record; c record; v_path text := current_setting('search_path'); BEGIN"
            " FOR f IN SELECT p.oid, l.lanname, p.proconfig FROM pg_proc p JOIN pg_language l ON l.oid = p.prolang"
            "  WHERE p.pronamespace = 'privacy'::regnamespace LOOP"
            "  FOR c IN SELECT split_part(x, '=', 1) AS k, substr(x, strpos(x, '=') + 1) AS v"
            "   FROM unnest(f.proconfig) x WHERE split_part(x, '=', 1) = 'search_path' LOOP"
            "   PERFORM set_config(c.k, c.v, true);"
            "  END LOOP;"
            "  IF f.lanname = 'plpgsql' THEN PERFORM plpgsql_validator(f.oid);"
            "  ELSIF f.lanname = 'sql' THEN PERFORM fmgr_sql_validator(f.oid); END IF;"
            "  PERFORM set_config('search_path', v_path, true);"
            " END LOOP; END $$"))) {
        *error = Tr::tr("The functions of the database could not be checked: %1").arg(SqlError::reason(q.lastError()));
        spdlog::error("function check failed");
        return false;
    }
    // The map in force is compiled anew: the functions that compile it may have changed.
    if (!q.exec(QStringLiteral("SELECT privacy.map_compile_statements()"))) {
        *error = Tr::tr("The data map in force could not be compiled: %1").arg(SqlError::reason(q.lastError()));
        spdlog::error("map compilation failed");
        return false;
    }
    return true;
}
