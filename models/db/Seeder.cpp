// SPDX-License-Identifier: GPL-3.0-or-later
#include "Seeder.h"

#include "SqlError.h"
#include "SqlScript.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QMap>
#include <QSqlQuery>

#include <spdlog/spdlog.h>

namespace {

// lupdate reads the context from here; free functions have no class to take it from.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Seeder)
};

QString resource(const QString& name)
{
    QFile f(QStringLiteral(":/sql/seed/") + name);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

QString fill(QString sql, const QMap<QString, QString>& values)
{
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        sql.replace(QStringLiteral("{{%1}}").arg(it.key()), it.value());
    return sql;
}

// "-- @step name" lines split batch.sql into named statements; text before the first is a comment.
QList<QPair<QString, QString>> steps(const QString& script)
{
    QList<QPair<QString, QString>> result;
    const QStringList parts = script.split(QStringLiteral("-- @step "));
    for (qsizetype i = 1; i < parts.size(); ++i) {
        const QString& part = parts.at(i);
        const qsizetype eol = part.indexOf(QLatin1Char('\n'));
        result.append({part.left(eol).trimmed(), part.mid(eol + 1).trimmed()});
    }
    return result;
}

} // namespace

Seeder::Seeder(QSqlDatabase db)
    : m_db(db)
{}

bool Seeder::run(const QString& sql, qint64* rows, QString* error)
{
    QSqlQuery q(m_db);
    if (!q.exec(sql)) {
        *error = SqlError::reason(q.lastError());
        spdlog::error("seeding failed: {}", SqlError::forLog(q.lastError()).toStdString());
        return false;
    }
    if (rows)
        *rows = q.numRowsAffected();
    return true;
}

bool Seeder::seed(const Options& options, Result* result, QString* error, const Progress& progress)
{
    *result = {};
    if (options.users < 1 || options.users > 100000000) {
        *error = Tr::tr("The number of users must be between 1 and 100,000,000.");
        return false;
    }
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT to_regclass('platform.users') IS NOT NULL")) || !q.next()) {
        *error = SqlError::reason(q.lastError());
        return false;
    }
    if (!q.value(0).toBool()) {
        *error = Tr::tr("The database has no platform schema. Run fxctl db init first.");
        return false;
    }
    if (!q.exec(QStringLiteral("SELECT EXISTS (SELECT 1 FROM platform.users)")) || !q.next()) {
        *error = SqlError::reason(q.lastError());
        return false;
    }
    if (q.value(0).toBool()) {
        *error = Tr::tr("The database holds users already; the seeder only fills an empty platform schema.");
        return false;
    }

    // The registry of processors is the console's own table; a database of an earlier release
    // (as the upgrade test and the cost benchmark seed one) kept it beside the platform's.
    if (!q.exec(QStringLiteral("SELECT coalesce(to_regclass('privacy.processors'), "
                               "to_regclass('platform.processors'))::text")) ||
        !q.next()) {
        *error = SqlError::reason(q.lastError());
        return false;
    }
    const QMap<QString, QString> common{{QStringLiteral("seed"), QString::number(options.seed)},
                                        {QStringLiteral("users"), QString::number(options.users)},
                                        {QStringLiteral("asof"), options.asOf.toString(Qt::ISODate)},
                                        {QStringLiteral("registry"), q.value(0).toString()}};
    const auto batchSteps = steps(resource(QStringLiteral("batch.sql")));
    QElapsedTimer total;
    total.start();
    if (!m_db.transaction()) {
        *error = SqlError::reason(m_db.lastError());
        return false;
    }
    auto fail = [this]() {
        m_db.rollback();
        return false;
    };
    // The data is consistent by construction: a superuser skips the per-row foreign-key triggers.
    if (q.exec(QStringLiteral("SELECT rolsuper FROM pg_roles WHERE rolname = current_user")) && q.next() &&
        q.value(0).toBool() && !run(QStringLiteral("SET LOCAL session_replication_role = replica"), nullptr, error))
        return fail();
    if (!run(QStringLiteral("SET LOCAL synchronous_commit = off"), nullptr, error))
        return fail();
    if (!SqlScript::run(m_db, fill(resource(QStringLiteral("setup.sql")), common), error))
        return fail();

    QMap<QString, StepStats> stats;
    for (int lo = 1; lo <= options.users; lo += options.batchSize) {
        const int hi = std::min(options.users, lo + options.batchSize - 1);
        QMap<QString, QString> values = common;
        values.insert(QStringLiteral("lo"), QString::number(lo));
        values.insert(QStringLiteral("hi"), QString::number(hi));
        for (const auto& [name, body] : batchSteps) {
            QElapsedTimer timer;
            timer.start();
            qint64 rows = 0;
            if (!run(fill(body, values), &rows, error)) {
                *error = Tr::tr("Seeding step %1 failed: %2").arg(name, *error);
                return fail();
            }
            StepStats& s = stats[name];
            s.step = name;
            s.rows += rows;
            s.seconds += timer.nsecsElapsed() / 1e9;
            result->rows += rows;
            if (progress && !progress(hi, options.users, name)) {
                *error = Tr::tr("Seeding was cancelled; nothing was written.");
                return fail();
            }
        }
    }
    if (!run(QStringLiteral("DROP SCHEMA fxseed CASCADE"), nullptr, error) || !m_db.commit())
        return fail();
    QSqlQuery(m_db).exec(QStringLiteral("ANALYZE"));
    for (const auto& [name, body] : batchSteps) {
        Q_UNUSED(body);
        result->steps.append(stats.value(name));
    }
    result->seconds = total.nsecsElapsed() / 1e9;
    spdlog::info("seeded {} users, {} rows in {:.1f} s", options.users, result->rows, result->seconds);
    return true;
}
