// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <functional>

// Fills the platform schema with realistic synthetic learners, deterministic for a seed and a
// reference date. Set-based SQL (resources/sql/seed), batches of users, one transaction: a
// failed or cancelled run leaves nothing behind.
class Seeder
{
public:
    struct Options {
        int users = 1000;
        qint64 seed = 1;
        QDate asOf = QDate::currentDate();
        int batchSize = 50000;
    };

    struct StepStats {
        QString step;
        qint64 rows = 0;
        double seconds = 0;
    };

    struct Result {
        qint64 rows = 0;
        double seconds = 0;
        QList<StepStats> steps;
    };

    // Called after every step; return false to cancel (the transaction is rolled back).
    using Progress = std::function<bool(int usersDone, int usersTotal, const QString& step)>;

    explicit Seeder(QSqlDatabase db);

    bool seed(const Options& options, Result* result, QString* error, const Progress& progress = {});

private:
    bool run(const QString& sql, qint64* rows, QString* error);

    QSqlDatabase m_db;
};
