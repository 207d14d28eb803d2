// SPDX-License-Identifier: GPL-3.0-or-later
#include "MoodleSite.h"

#include "datamap/DataMapStore.h"
#include "db/SqlError.h"
#include "db/SqlScript.h"

#include <QFile>
#include <QSqlQuery>

#include <spdlog/spdlog.h>

namespace {

QString resource(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

bool exec(QSqlDatabase db, const QString& sql, QString* error)
{
    QSqlQuery q(db);
    if (q.exec(sql))
        return true;
    *error = SqlError::reason(q.lastError());
    spdlog::error("moodle site: {}", SqlError::forLog(q.lastError()).toStdString());
    return false;
}

} // namespace

MoodleSite::MoodleSite(QSqlDatabase db, const QString& schema)
    : m_db(db)
    , m_schema(schema)
{}

bool MoodleSite::create(QString* error)
{
    const QString schema = QStringLiteral("\"%1\"").arg(m_schema);
    if (!m_db.transaction()) {
        *error = SqlError::reason(m_db.lastError());
        return false;
    }
    const bool done = exec(m_db, QStringLiteral("CREATE SCHEMA IF NOT EXISTS %1").arg(schema), error) &&
                      exec(m_db, QStringLiteral("SET LOCAL search_path = %1").arg(schema), error) &&
                      SqlScript::run(m_db, resource(QStringLiteral(":/moodle/schema.sql")), error) &&
                      exec(m_db, QStringLiteral("GRANT USAGE ON SCHEMA %1 TO fx_owner").arg(schema), error);
    if (done && m_db.commit())
        return true;
    m_db.rollback();
    return false;
}

bool MoodleSite::seed(int users, qint64 seed, qint64 asOf, QString* error)
{
    QString sql = resource(QStringLiteral(":/moodle/seed.sql"));
    sql.replace(QLatin1String("{{users}}"), QString::number(users))
        .replace(QLatin1String("{{seed}}"), QString::number(seed))
        .replace(QLatin1String("{{asof}}"), QString::number(asOf));
    if (!m_db.transaction()) {
        *error = SqlError::reason(m_db.lastError());
        return false;
    }
    const bool done = exec(m_db, QStringLiteral("SET LOCAL search_path = \"%1\"").arg(m_schema), error) &&
                      exec(m_db, QStringLiteral("SET LOCAL synchronous_commit = off"), error) &&
                      SqlScript::run(m_db, sql, error);
    if (!done || !m_db.commit()) {
        m_db.rollback();
        return false;
    }
    QSqlQuery(m_db).exec(QStringLiteral("ANALYZE"));
    return true;
}

bool MoodleSite::prepare(const DataMapFile& map, QStringList* done, QString* error)
{
    QList<MapFinding> findings;
    if (!DataMapStore(m_db).check(map, &findings, error))
        return false;
    for (const MapFinding& f : findings) {
        if (f.severity != MapFinding::Severity::Error)
            continue;
        const QString statement = f.code == QLatin1String("missing_index") ? f.detail.value("create_index").toString()
                                  : f.code == QLatin1String("missing_privilege") ? f.detail.value("grant").toString()
                                                                                 : QString();
        if (statement.isEmpty()) {
            *error = f.text();
            return false;
        }
        if (!exec(m_db, statement, error))
            return false;
        done->append(statement);
    }
    return true;
}
