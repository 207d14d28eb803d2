// SPDX-License-Identifier: GPL-3.0-or-later
// A database set up and used by the last release (0.7.0: its migrations, kept as they shipped in
// fixtures/migrations-0.7.0.tar.gz) is upgraded by this build's "db init": every table's data is
// unchanged, the access log's chain verifies, and its schema, functions, owners and grants are
// exactly those of a database set up fresh by this build, so the role matrix holds there too.
#include "TestDatabase.h"

#include "db/DatabaseConnection.h"
#include "db/Migrator.h"
#include "db/Seeder.h"
#include "db/SqlError.h"
#include "db/SqlScript.h"
#include "privacy/AuditVerifier.h"

#include <QCryptographicHash>
#include <QDir>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

class TestUpgrade : public QObject
{
    Q_OBJECT
private:
    static QString scalar(QSqlDatabase db, const QString& sql)
    {
        QSqlQuery q(db);
        if (!q.exec(sql) || !q.next())
            qFatal("%s: %s", qPrintable(sql.left(80)), qPrintable(SqlError::reason(q.lastError())));
        return q.value(0).toString();
    }

    static void exec(QSqlDatabase db, const QString& sql)
    {
        QSqlQuery q(db);
        if (!q.exec(sql))
            qFatal("%s: %s", qPrintable(sql.left(80)), qPrintable(SqlError::reason(q.lastError())));
    }

    // What release 0.7.0's "db init" did: each migration in its own transaction, recorded with the
    // SHA-256 of its bytes.
    static void setUpAsReleased(QSqlDatabase db)
    {
        QTemporaryDir dir;
        QProcess tar;
        tar.start(QStringLiteral("tar"),
                  {QStringLiteral("-xzf"),
                   qEnvironmentVariable("FX_SOURCE_DIR") + QStringLiteral("/tests/db/fixtures/migrations-0.7.0.tar.gz"),
                   QStringLiteral("-C"), dir.path()});
        QVERIFY(tar.waitForFinished(30000) && tar.exitCode() == 0);
        exec(db, QStringLiteral("CREATE SCHEMA fxmeta"));
        exec(db, QStringLiteral("CREATE TABLE fxmeta.schema_migrations ("
                                " version integer PRIMARY KEY, name text NOT NULL, sha256 text NOT NULL,"
                                " applied_at timestamptz NOT NULL DEFAULT now(),"
                                " applied_by text NOT NULL DEFAULT session_user)"));
        const QDir migrations(dir.filePath(QStringLiteral("resources/sql/migrations")));
        const QStringList files = migrations.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
        QCOMPARE(files.size(), 13);
        for (const QString& file : files) {
            QFile f(migrations.filePath(file));
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QByteArray sql = f.readAll();
            QVERIFY(db.transaction());
            QString error;
            QVERIFY2(SqlScript::run(db, QString::fromUtf8(sql), &error), qPrintable(file + QLatin1Char(' ') + error));
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("RESET ROLE")));
            q.prepare(QStringLiteral("INSERT INTO fxmeta.schema_migrations (version, name, sha256) VALUES (?, ?, ?)"));
            q.addBindValue(file.left(3).toInt());
            q.addBindValue(file.mid(4).chopped(4));
            q.addBindValue(QString::fromLatin1(QCryptographicHash::hash(sql, QCryptographicHash::Sha256).toHex()));
            QVERIFY(q.exec());
            QVERIFY(db.commit());
        }
    }

    // A working day on the released database: seeded learners, a few thousand look-ups, requests,
    // an erasure with four eyes, an incident.
    static void useAsReleased(const QString& name, QSqlDatabase owner)
    {
        Seeder::Options options;
        options.users = 200;
        Seeder::Result seeded;
        QString error;
        QVERIFY2(Seeder(owner).seed(options, &seeded, &error), qPrintable(error));
        const auto support = TestDatabase::connectAs(name, TestDatabase::createStaff(name, QStringLiteral("support")));
        const auto dpo = TestDatabase::connectAs(name, TestDatabase::createStaff(name, QStringLiteral("dpo")));
        const auto second = TestDatabase::connectAs(name, TestDatabase::createStaff(name, QStringLiteral("dpo")));
        scalar(support->database(), QStringLiteral("SELECT count(*) FROM generate_series(1, 3000) g "
                                                   "CROSS JOIN LATERAL privacy.lookup(g::text, 'SUP-1', NULL, 1)"));
        scalar(support->database(), QStringLiteral("SELECT privacy.request_open(10, 'export', 'SUP-2', 'email', "
                                                   "current_date)"));
        const QString erasure =
            scalar(support->database(), QStringLiteral("SELECT privacy.request_open(11, 'erasure', 'SUP-3', 'email', "
                                                       "current_date)::jsonb ->> 'id'"));
        scalar(second->database(),
               QStringLiteral("SELECT privacy.erasure_decide(%1, true, 'identity verified')").arg(erasure));
        scalar(dpo->database(), QStringLiteral("SELECT privacy.erasure_execute(%1)").arg(erasure));
        // Restricted invoices, as erasures of this release marked them in the invoices themselves.
        scalar(owner, QStringLiteral("UPDATE platform.invoices SET retained_until = current_date + 100, "
                                     "retention_basis = 'booking voucher' WHERE id IN (SELECT id FROM "
                                     "platform.invoices ORDER BY id LIMIT 3) RETURNING 1"));
        // A learner whose processing is restricted, marked in the learner's own row as this release did.
        scalar(owner, QStringLiteral("UPDATE platform.users SET restricted_at = now(), restriction_reason = "
                                     "'accuracy contested' WHERE id = 21 RETURNING 1"));
        const QString incident = scalar(
            dpo->database(),
            QStringLiteral("SELECT privacy.incident_open('Lost laptop', 'A laptop was stolen.', now() - interval "
                           "'2 hours', now() - interval '1 hour', 'IT desk', '[{\"section\": \"containment\", "
                           "\"applies\": \"always\", \"key\": \"k1\", \"title_en\": \"Contain\", \"title_de\": "
                           "\"Eindämmen\", \"mandatory\": true}]')::jsonb ->> 'id'"));
        scalar(dpo->database(),
               QStringLiteral("SELECT privacy.incident_triage(%1, 'risk', 'contact data of learners', NULL, NULL)")
                   .arg(incident));
    }

    // Every row of every table of the platform and the console, as one digest per table.
    static QMap<QString, QString> tableDigests(QSqlDatabase db)
    {
        QMap<QString, QString> digests;
        QSqlQuery tables(db);
        tables.exec(QStringLiteral("SELECT format('%I.%I', schemaname, tablename) FROM pg_tables "
                                   "WHERE schemaname IN ('platform', 'privacy') ORDER BY 1"));
        while (tables.next()) {
            const QString table = tables.value(0).toString();
            digests.insert(table,
                           scalar(db, QStringLiteral("SELECT count(*) || ' ' || md5(coalesce(string_agg(t::text, "
                                                     "E'\\n' ORDER BY t::text), '')) FROM %1 t")
                                          .arg(table)));
        }
        return digests;
    }

    // The digest of privacy.settings restricted to the given keys, as tableDigests computes it.
    static QString settingsDigest(QSqlDatabase db, const QStringList& keys)
    {
        QSqlQuery query(db);
        query.prepare(QStringLiteral("SELECT count(*) || ' ' || md5(coalesce(string_agg(t::text, E'\\n' ORDER BY "
                                     "t::text), '')) FROM privacy.settings t WHERE key = ANY(?::text[])"));
        query.addBindValue(QStringLiteral("{%1}").arg(keys.join(QLatin1Char(','))));
        return query.exec() && query.next() ? query.value(0).toString() : QString();
    }

    static QStringList strings(QSqlDatabase db, const QString& sql)
    {
        QStringList list;
        QSqlQuery query(db);
        query.exec(sql);
        while (query.next())
            list << query.value(0).toString();
        return list;
    }

    // Columns, indexes, triggers, and every function with its definition, owner and grants.
    static QString schemaDigest(QSqlDatabase db)
    {
        return scalar(
            db, QStringLiteral(
                    "SELECT md5(string_agg(x, E'\\n' ORDER BY x)) FROM ("
                    " SELECT format('column %s.%s.%s %s %s %s', table_schema, table_name, column_name, data_type,"
                    "   is_nullable, column_default) AS x FROM information_schema.columns"
                    "   WHERE table_schema IN ('platform', 'privacy', 'ext')"
                    " UNION ALL SELECT 'index ' || indexdef FROM pg_indexes WHERE schemaname IN ('platform', 'privacy')"
                    " UNION ALL SELECT 'trigger ' || pg_get_triggerdef(oid) FROM pg_trigger WHERE NOT tgisinternal"
                    " UNION ALL SELECT format('function %s owner %s acl %s %s', p.oid::regprocedure,"
                    "   p.proowner::regrole, p.proacl, md5(pg_get_functiondef(p.oid)))"
                    "   FROM pg_proc p WHERE p.pronamespace = 'privacy'::regnamespace"
                    " UNION ALL SELECT format('table %I.%I owner %s acl %s', n.nspname, c.relname, c.relowner::regrole,"
                    "   c.relacl) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
                    "   WHERE n.nspname IN ('platform', 'privacy') AND c.relkind IN ('r', 'v', 'S')) s"));
    }

private slots:
    void releasedDatabaseUpgrades()
    {
        const QString name = TestDatabase::createDatabase(false);
        const auto owner = TestDatabase::connectSuperuser(name);
        setUpAsReleased(owner->database());
        if (QTest::currentTestFailed())
            return;
        useAsReleased(name, owner->database());
        if (QTest::currentTestFailed())
            return;
        const qint64 entries =
            scalar(owner->database(), QStringLiteral("SELECT count(*) FROM privacy.access_log")).toLongLong();
        QVERIFY2(entries > 3000, qPrintable(QString::number(entries)));
        const QMap<QString, QString> before = tableDigests(owner->database());
        // The rules the data map now compiles keep what they said, in the columns they had (the
        // consent history, which the release did not keep, adds its own and moves the others'
        // positions, and the learner's requests leave out the staff who handled them); the invoices and learners keep
        // every column but the restriction marks, which move to the console's own tables.
        const QStringList compiled{QStringLiteral("privacy.erasure_rules"), QStringLiteral("privacy.export_tables"),
                                   QStringLiteral("platform.invoices"), QStringLiteral("platform.users")};
        QMap<QString, QString> compiledColumns;
        QMap<QString, QString> compiledBefore;
        const auto columnsDigest = [&](const QString& table) {
            return scalar(owner->database(),
                          QStringLiteral("SELECT count(*) || ' ' || md5(coalesce(string_agg(t::text, E'\\n' ORDER BY "
                                         "t::text), '')) FROM (SELECT %1 FROM %2 t %3) t")
                              .arg(compiledColumns.value(table), table,
                                   table.startsWith(QLatin1String("privacy."))
                                       ? QStringLiteral("WHERE t.table_name::text NOT IN ('platform.consent_events', "
                                                        "'privacy.requests')")
                                       : QString()));
        };
        for (const QString& table : compiled) {
            compiledColumns.insert(
                table, scalar(owner->database(), QStringLiteral("SELECT string_agg(format('t.%I', attname), ', ' "
                                                                "ORDER BY attnum) FROM pg_attribute WHERE attrelid = "
                                                                "'%1'::regclass AND attnum > 0 AND NOT attisdropped "
                                                                "AND attname NOT IN ('retained_until', 'position', "
                                                                "'retention_basis', 'restricted_at', "
                                                                "'restriction_reason', 'title')")
                                                     .arg(table)));
            compiledBefore.insert(table, columnsDigest(table));
        }
        const QString restrictedBefore =
            scalar(owner->database(),
                   QStringLiteral("SELECT string_agg(id || ':' || user_id || ':' || retained_until || ':' || "
                                  "retention_basis, ',' ORDER BY id) FROM platform.invoices WHERE "
                                  "retained_until IS NOT NULL"));
        QVERIFY(!restrictedBefore.isEmpty());
        const QString learnersRestrictedBefore =
            scalar(owner->database(), QStringLiteral("SELECT string_agg(id || ':' || restricted_at, ',' ORDER BY id) "
                                                     "FROM platform.users WHERE restricted_at IS NOT NULL"));
        QVERIFY(!learnersRestrictedBefore.isEmpty());
        const QStringList settingKeys = strings(owner->database(), QStringLiteral("SELECT key FROM privacy.settings"));
        QCOMPARE(settingsDigest(owner->database(), settingKeys), before.value(QStringLiteral("privacy.settings")));

        Migrator::Result result;
        QString error;
        QVERIFY2(Migrator(owner->database()).migrate(&result, &error), qPrintable(error));
        QCOMPARE(result.applied, int(Migrator::shipped().size()) - 13);
        QCOMPARE(result.alreadyApplied, 13);
        QCOMPARE(result.functionFiles, int(Migrator::shippedFunctions().size()));
        // Every row the release wrote is still there, unchanged. Derived data is not: the flags of
        // the access-log review are computed again under the current rules, and new policies add
        // their settings beside the old ones.
        const QMap<QString, QString> after = tableDigests(owner->database());
        // The registry of processors moved into the console's schema with its rows.
        const QMap<QString, QString> moved{
            {QStringLiteral("platform.processors"), QStringLiteral("privacy.processors")}};
        const QStringList derived{QStringLiteral("privacy.access_log_anomalies"),
                                  QStringLiteral("privacy.access_log_hours"), QStringLiteral("privacy.anomaly_scan")};
        for (auto it = before.begin(); it != before.end(); ++it) {
            if (derived.contains(it.key()))
                continue;
            const QString now = it.key() == QLatin1String("privacy.settings")
                                    ? settingsDigest(owner->database(), settingKeys)
                                : compiled.contains(it.key()) ? columnsDigest(it.key())
                                                              : after.value(moved.value(it.key(), it.key()));
            const QString then = compiled.contains(it.key()) ? compiledBefore.value(it.key()) : it.value();
            QVERIFY2(now == then, qPrintable(it.key()));
        }
        QCOMPARE(scalar(owner->database(),
                        QStringLiteral("SELECT string_agg(row_key || ':' || user_id || ':' || retained_until || ':' || "
                                       "basis, ',' ORDER BY row_key) FROM privacy.restrictions WHERE table_name = "
                                       "'platform.invoices'::regclass")),
                 restrictedBefore);
        QCOMPARE(scalar(owner->database(), QStringLiteral("SELECT string_agg(user_id || ':' || restricted_at, ',' "
                                                          "ORDER BY user_id) FROM privacy.subject_restrictions")),
                 learnersRestrictedBefore);
        // The history now reads as this build ships it, and a second run changes nothing.
        QList<Migrator::Migration> recorded;
        QVERIFY(Migrator(owner->database()).applied(&recorded, &error));
        const QList<Migrator::Migration> shipped = Migrator::shipped();
        QCOMPARE(recorded.size(), shipped.size());
        for (qsizetype i = 0; i < shipped.size(); ++i)
            QCOMPARE(recorded.at(i).sha256, shipped.at(i).sha256);
        QVERIFY2(Migrator(owner->database()).migrate(&result, &error), qPrintable(error));
        QCOMPARE(tableDigests(owner->database()), after);

        const auto dpo = TestDatabase::connectAs(name, TestDatabase::createStaff(name, QStringLiteral("dpo")));
        AuditVerifier verifier;
        QVERIFY2(verifier.verify(dpo->database(), &error), qPrintable(error));
        QVERIFY2(verifier.result().intact, qPrintable(verifier.result().message));
        QCOMPARE(verifier.result().entriesChecked,
                 scalar(owner->database(), QStringLiteral("SELECT count(*) FROM privacy.access_log")).toLongLong());

        const QString fresh = TestDatabase::createDatabase(true);
        QCOMPARE(schemaDigest(owner->database()), schemaDigest(TestDatabase::connectSuperuser(fresh)->database()));
    }

    // A migration recorded with content no release shipped is still refused.
    void unknownHistoryIsStillRefused()
    {
        const QString name = TestDatabase::createDatabase(true);
        QVERIFY(
            TestDatabase::exec(name, QStringLiteral("UPDATE fxmeta.schema_migrations SET sha256 = "
                                                    "'627cce6aa14e82e98796ed6fb169c1e3d4987f4542cd81e06f9e04d4b0f03171'"
                                                    " WHERE version = 4")));
        Migrator::Result result;
        QString error;
        QVERIFY(!Migrator(TestDatabase::connectSuperuser(name)->database()).migrate(&result, &error));
        QVERIFY2(error.contains(QLatin1String("migration 4")), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestUpgrade)
#include "tst_upgrade.moc"
