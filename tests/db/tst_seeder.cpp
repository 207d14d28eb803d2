// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestDatabase.h"

#include "db/Seeder.h"

#include <QSqlQuery>
#include <QTest>

namespace {

// One checksum over every seeded table, in a fixed order.
QString checksum(const QString& database)
{
    const auto owner = TestDatabase::connectSuperuser(database);
    QSqlQuery q(owner->database());
    const QStringList tables{QStringLiteral("users"),
                             QStringLiteral("social_identities"),
                             QStringLiteral("profiles"),
                             QStringLiteral("consents"),
                             QStringLiteral("courses"),
                             QStringLiteral("lessons"),
                             QStringLiteral("enrollments"),
                             QStringLiteral("lesson_completions"),
                             QStringLiteral("test_results"),
                             QStringLiteral("certificates"),
                             QStringLiteral("login_events"),
                             QStringLiteral("usage_events"),
                             QStringLiteral("messages"),
                             QStringLiteral("forum_threads"),
                             QStringLiteral("forum_posts"),
                             QStringLiteral("invoices"),
                             QStringLiteral("payment_references"),
                             QStringLiteral("processor_links"),
                             QStringLiteral("sessions")};
    QStringList sums;
    for (const QString& t : tables + QStringList{QStringLiteral("privacy.processors")}) {
        if (!q.exec(
                QStringLiteral("SELECT count(*) || ':' || md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) "
                               "FROM %1 t")
                    .arg(t.contains(QLatin1Char('.')) ? t : QStringLiteral("platform.") + t)) ||
            !q.next())
            qFatal("checksum failed on %s", qPrintable(t));
        sums << q.value(0).toString();
    }
    return sums.join(QLatin1Char(','));
}

void seed(const QString& database, qint64 seedValue, int batch)
{
    const auto owner = TestDatabase::connectSuperuser(database);
    Seeder::Options options;
    options.users = 600;
    options.seed = seedValue;
    options.asOf = QDate(2026, 11, 1);
    options.batchSize = batch;
    Seeder::Result result;
    QString error;
    if (!Seeder(owner->database()).seed(options, &result, &error))
        qFatal("seeding failed: %s", qPrintable(error));
}

} // namespace

class TestSeeder : public QObject
{
    Q_OBJECT
private slots:
    void sameSeedSameDataDifferentSeedDifferentData()
    {
        const QString a = TestDatabase::createDatabase();
        const QString b = TestDatabase::createDatabase();
        const QString c = TestDatabase::createDatabase();
        seed(a, 7, 600);
        seed(b, 7, 250); // other batch size, same data
        seed(c, 8, 600);
        const QString sumA = checksum(a);
        QCOMPARE(checksum(b), sumA);
        QVERIFY(checksum(c) != sumA);
    }

    void dataIsRealistic()
    {
        const QString db = TestDatabase::createDatabase();
        seed(db, 1, 600);
        const auto owner = TestDatabase::connectSuperuser(db);
        QSqlQuery q(owner->database());
        auto scalar = [&q](const QString& sql) {
            if (!q.exec(sql) || !q.next())
                qFatal("%s", qPrintable(sql));
            return q.value(0);
        };
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM platform.users")).toInt(), 600);
        QVERIFY(
            scalar(QStringLiteral("SELECT count(*) FROM platform.users WHERE first_name || last_name ~ '[äöüßÄÖÜ]'"))
                .toInt() > 20);
        QVERIFY(scalar(QStringLiteral("SELECT count(*) FROM platform.login_events WHERE family(ip) = 6")).toInt() > 0);
        QVERIFY(scalar(QStringLiteral("SELECT count(*) FROM platform.login_events WHERE family(ip) = 4")).toInt() > 0);
        QVERIFY(
            scalar(QStringLiteral("SELECT max(issued_at) - min(issued_at) > interval '9 years' FROM platform.invoices"))
                .toBool());
        // Near-duplicates: same name, addresses that differ only slightly.
        QVERIFY(scalar(QStringLiteral("SELECT count(*) FROM platform.users a JOIN platform.users b ON b.id = a.id + 1 "
                                      "AND a.first_name = b.first_name AND a.last_name = b.last_name"))
                    .toInt() >= 2);
        // A heavy user with thousands of events.
        QVERIFY(scalar(QStringLiteral(
                           "SELECT max(c) FROM (SELECT count(*) c FROM platform.usage_events GROUP BY user_id) s"))
                    .toInt() >= 10000);
        // Every processor link points at a user; emails are unique ignoring case.
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM platform.processor_links l LEFT JOIN platform.users u ON "
                                       "u.id = l.user_id WHERE u.id IS NULL"))
                     .toInt(),
                 0);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) - count(DISTINCT lower(email)) FROM platform.users")).toInt(),
                 0);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM platform.payment_references WHERE last4 !~ '^[0-9]{4}$'"))
                     .toInt(),
                 0);
        QCOMPARE(scalar(QStringLiteral("SELECT to_regnamespace('fxseed') IS NULL")).toBool(), true);
    }

    void refusesAFilledDatabase()
    {
        const QString db = TestDatabase::createDatabase();
        seed(db, 1, 600);
        const auto owner = TestDatabase::connectSuperuser(db);
        Seeder::Options options;
        options.users = 10;
        Seeder::Result result;
        QString error;
        QVERIFY(!Seeder(owner->database()).seed(options, &result, &error));
        QVERIFY2(error.contains(QLatin1String("holds users")), qPrintable(error));
    }

    void cancelLeavesNothing()
    {
        const QString db = TestDatabase::createDatabase();
        const auto owner = TestDatabase::connectSuperuser(db);
        Seeder::Options options;
        options.users = 100;
        Seeder::Result result;
        QString error;
        QVERIFY(!Seeder(owner->database()).seed(options, &result, &error, [](int, int, const QString& step) {
            return step != QLatin1String("enrollments");
        }));
        QVERIFY2(error.contains(QLatin1String("cancelled")), qPrintable(error));
        QSqlQuery q(owner->database());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM platform.users")) && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
    }
};

QTEST_GUILESS_MAIN(TestSeeder)
#include "tst_seeder.moc"
