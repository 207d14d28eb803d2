// SPDX-License-Identifier: GPL-3.0-or-later
// Atomicity under faults. Every function of schema privacy that changes data (FaultScenarios.h) is
// stopped at several points: one per table it writes, found by a dry run, where the test holds an
// exclusive lock on that table so the call waits there with its earlier work done but
// uncommitted. Then its backend is terminated, or (separately) the server is stopped with
// pg_ctl -m immediate and started again. Afterwards every table and the staff roles are exactly as
// before, the access log's hash chain verifies, and the same call succeeds on retry.
//
// Runs its own server (it stops it), not the suite's shared one. The regular suite stops the server
// at one point per function (where the call writes the access log, its last step);
// FX_FAULT_CRASH_EVERY_POINT=1 (ctest -L long) at every point. FX_FAULT_ONLY=name limits the run
// to one function.
#include "FaultScenarios.h"
#include "db/DatabaseConnection.h"
#include "db/LocalCluster.h"
#include "db/Migrator.h"
#include "db/ScramVerifier.h"
#include "db/Seeder.h"
#include "db/StaffDirectory.h"
#include "privacy/AuditVerifier.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QRegularExpression>
#include <QTest>
#include <QThread>

#include <libpq-fe.h>

#include <memory>
#include <optional>

namespace {

const QString ownerLogin = QStringLiteral("fxf_owner");
const QString ownerPassword = QStringLiteral("Fault owner pass phrase 9");
const QString staffPassword = QStringLiteral("Correct horse battery staple 7");
const QString templateDb = QStringLiteral("fxf_template");

// A libpq connection: the blocked call must run asynchronously, which QSqlQuery cannot.
class Pg
{
public:
    Pg(const LocalCluster& cluster, const QString& database, const QString& login, const QString& password)
    {
        const QString info = QStringLiteral("host='%1' port=%2 dbname='%3' user='%4' password='%5' sslmode=disable")
                                 .arg(cluster.dir())
                                 .arg(cluster.port())
                                 .arg(database, login, password);
        m_conn.reset(PQconnectdb(info.toUtf8().constData()));
    }
    bool ok() const { return PQstatus(m_conn.get()) == CONNECTION_OK; }
    QString error() const { return QString::fromUtf8(PQerrorMessage(m_conn.get())).trimmed(); }
    int pid() const { return PQbackendPID(m_conn.get()); }

    // The first value of the result (empty for none); nullopt with error() on failure.
    std::optional<QString> exec(const QString& sql)
    {
        std::unique_ptr<PGresult, decltype(&PQclear)> r(PQexec(m_conn.get(), sql.toUtf8().constData()), PQclear);
        const auto status = PQresultStatus(r.get());
        if (status != PGRES_TUPLES_OK && status != PGRES_COMMAND_OK) {
            m_lastError = QString::fromUtf8(PQresultErrorMessage(r.get())).trimmed();
            return std::nullopt;
        }
        if (PQntuples(r.get()) == 0 || PQnfields(r.get()) == 0)
            return QString();
        return QString::fromUtf8(PQgetvalue(r.get(), 0, 0));
    }
    QStringList column(const QString& sql)
    {
        std::unique_ptr<PGresult, decltype(&PQclear)> r(PQexec(m_conn.get(), sql.toUtf8().constData()), PQclear);
        QStringList values;
        for (int i = 0; PQresultStatus(r.get()) == PGRES_TUPLES_OK && i < PQntuples(r.get()); ++i)
            values << QString::fromUtf8(PQgetvalue(r.get(), i, 0));
        return values;
    }
    bool send(const QString& sql) { return PQsendQuery(m_conn.get(), sql.toUtf8().constData()) == 1; }
    // After a fault: true if any result failed or the connection broke.
    bool drainFailed()
    {
        bool failed = false;
        while (PGresult* r = PQgetResult(m_conn.get())) {
            failed = failed || PQresultStatus(r) == PGRES_FATAL_ERROR;
            PQclear(r);
        }
        return failed || PQstatus(m_conn.get()) != CONNECTION_OK;
    }
    QString lastError() const { return m_lastError; }

private:
    std::unique_ptr<PGconn, decltype(&PQfinish)> m_conn{nullptr, PQfinish};
    QString m_lastError;
};

QString valueAt(const QJsonValue& root, const QStringList& path)
{
    QJsonValue v = root;
    for (const QString& key : path) {
        bool isIndex = false;
        const int index = key.toInt(&isIndex);
        v = isIndex ? v.toArray().at(index) : v.toObject().value(key);
    }
    return v.isDouble() ? QString::number(v.toInteger()) : v.toString();
}

} // namespace

class TestFaults : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QString error;
        // Durable: without synchronous commit an immediate stop would lose the steps that prepare a call.
        QVERIFY2(m_cluster.init({ownerLogin, ownerPassword, 0, true}, &error), qPrintable(error));
        QVERIFY2(m_cluster.start(&error), qPrintable(error));
        QVERIFY(owner(QStringLiteral("postgres")).exec(QStringLiteral("CREATE DATABASE ") + templateDb));
        DatabaseConnection db;
        ConnectError connectError;
        QVERIFY(db.open(m_cluster.profile(templateDb, ownerLogin), ownerPassword, &connectError));
        Migrator::Result migrated;
        QVERIFY2(Migrator(db.database()).migrate(&migrated, &error), qPrintable(error));
        Seeder::Options options;
        options.users = 20;
        Seeder::Result seeded;
        QVERIFY2(Seeder(db.database()).seed(options, &seeded, &error), qPrintable(error));
        for (const auto& [role, login] : m_logins.asKeyValueRange())
            QVERIFY2(StaffDirectory(db.database())
                         .add(login,
                              role == 'a'   ? QStringLiteral("admin")
                              : role == 's' ? QStringLiteral("support")
                                            : QStringLiteral("dpo"),
                              staffPassword, QString(), &error),
                     qPrintable(error));
        db.close();
        m_verifier = ScramVerifier::compute(staffPassword, 4096);
    }

    void cleanupTestCase()
    {
        QString error;
        QVERIFY2(m_cluster.remove(&error), qPrintable(error));
    }

    void everyWriterIsAtomic_data()
    {
        QTest::addColumn<int>("index");
        const QList<FaultScenario> scenarios = faultScenarios();
        const QString only = qEnvironmentVariable("FX_FAULT_ONLY");
        for (int i = 0; i < scenarios.size(); ++i)
            if (only.isEmpty() || only == QLatin1String(scenarios[i].function))
                QTest::newRow(scenarios[i].function) << i;
    }

    void everyWriterIsAtomic()
    {
        QFETCH(int, index);
        const FaultScenario scenario = faultScenarios().at(index);
        QElapsedTimer timer;
        timer.start();

        // Dry run: which tables the call writes (this transaction's own statistics), then roll back.
        QStringList tables;
        {
            const QString db = copyTemplate();
            QMap<QString, QJsonValue> values;
            QVERIFY(prepare(db, scenario, &values));
            Pg session = connect(db, scenario.call.role);
            QVERIFY(session.exec(QStringLiteral("BEGIN")));
            QVERIFY2(session.exec(expand(scenario.call.sql, values)), qPrintable(session.lastError()));
            tables = session.column(
                QStringLiteral("SELECT format('%I.%I', schemaname, relname) FROM pg_stat_xact_user_tables "
                               "WHERE n_tup_ins + n_tup_upd + n_tup_del > 0 ORDER BY 1"));
            session.exec(QStringLiteral("ROLLBACK"));
            drop(db);
        }
        if (tables.isEmpty()) {
            qInfo("%s writes nothing: no fault to inject", scenario.function);
            return;
        }

        const bool crashEverywhere = qEnvironmentVariableIsSet("FX_FAULT_CRASH_EVERY_POINT");
        const QString crashPoint = tables.contains(QStringLiteral("privacy.access_log"))
                                       ? QStringLiteral("privacy.access_log")
                                       : tables.last();
        int faults = 0;
        for (const QString& table : tables) {
            for (const bool crash : {false, true}) {
                if (crash && !crashEverywhere && table != crashPoint)
                    continue;
                ++faults;
                const QString point =
                    QStringLiteral("%1 at %2 (%3)")
                        .arg(QLatin1String(scenario.function), table,
                             crash ? QStringLiteral("pg_ctl -m immediate") : QStringLiteral("backend terminated"));
                const QString db = copyTemplate();
                QMap<QString, QJsonValue> values;
                QVERIFY(prepare(db, scenario, &values));
                const QString call = expand(scenario.call.sql, values);
                const QString before = fingerprint(db);

                Pg lock = owner(db);
                QVERIFY(lock.exec(QStringLiteral("BEGIN")));
                QVERIFY(lock.exec(QStringLiteral("LOCK TABLE %1 IN ACCESS EXCLUSIVE MODE").arg(table)));
                Pg writer = connect(db, scenario.call.role);
                QVERIFY(writer.send(call));
                QVERIFY2(waitsForLock(db, writer.pid()), qPrintable(point + QStringLiteral(": never waited")));
                QString error;
                if (crash) {
                    QVERIFY2(m_cluster.stop(&error, LocalCluster::StopMode::Immediate), qPrintable(error));
                    QVERIFY2(m_cluster.start(&error), qPrintable(error));
                } else {
                    QVERIFY(owner(db).exec(QStringLiteral("SELECT pg_terminate_backend(%1)").arg(writer.pid())));
                    lock.exec(QStringLiteral("ROLLBACK"));
                }
                QVERIFY2(writer.drainFailed(), qPrintable(point + QStringLiteral(": the call survived")));

                QVERIFY2(fingerprint(db) == before, qPrintable(point + QStringLiteral(": half-done")));
                QVERIFY2(chainVerifies(db), qPrintable(point + QStringLiteral(": access log broken")));
                Pg retry = connect(db, scenario.call.role);
                QVERIFY2(retry.exec(call), qPrintable(point + QStringLiteral(": retry failed: ") + retry.lastError()));
                QVERIFY2(fingerprint(db) != before, qPrintable(point + QStringLiteral(": retry changed nothing")));
                QVERIFY2(chainVerifies(db), qPrintable(point + QStringLiteral(": access log broken after retry")));
                drop(db);
                ++m_points;
            }
        }
        qInfo("%s: %lld tables, %d faults, %lld ms", scenario.function, qlonglong(tables.size()), faults,
              qlonglong(timer.elapsed()));
    }

    void everyVolatileFunctionHasAScenario()
    {
        QStringList covered;
        for (const FaultScenario& s : faultScenarios())
            covered << QLatin1String(s.function);
        Pg db = owner(templateDb);
        const QStringList writers = db.column(QStringLiteral(
            "SELECT DISTINCT p.proname FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace "
            "WHERE n.nspname = 'privacy' AND p.provolatile = 'v' AND p.prorettype <> 'trigger'::regtype "
            "AND (has_function_privilege('fx_support', p.oid, 'EXECUTE') OR has_function_privilege('fx_dpo', p.oid, "
            "'EXECUTE') OR has_function_privilege('fx_admin', p.oid, 'EXECUTE')) ORDER BY 1"));
        QVERIFY(writers.size() > 30);
        QStringList missing;
        for (const QString& w : writers)
            if (!covered.contains(w))
                missing << w;
        qInfo("%lld functions that may change data; %d fault points passed", qlonglong(writers.size()), m_points);
        QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("no fault scenario for: ") + missing.join(", ")));
    }

private:
    Pg owner(const QString& database) const { return Pg(m_cluster, database, ownerLogin, ownerPassword); }
    Pg connect(const QString& database, char role) const
    {
        return Pg(m_cluster, database, m_logins.value(role), staffPassword);
    }

    QString copyTemplate()
    {
        const QString name = QStringLiteral("fxf_%1").arg(++m_run);
        Pg admin = owner(QStringLiteral("postgres"));
        if (!admin.exec(QStringLiteral("CREATE DATABASE %1 TEMPLATE %2").arg(name, templateDb)))
            qFatal("cannot copy the template: %s", qPrintable(admin.lastError()));
        return name;
    }

    void drop(const QString& database)
    {
        owner(QStringLiteral("postgres")).exec(QStringLiteral("DROP DATABASE %1 WITH (FORCE)").arg(database));
    }

    QString expand(QString sql, const QMap<QString, QJsonValue>& values) const
    {
        static const QRegularExpression placeholder(QStringLiteral("\\$\\{([a-z0-9_.]+)\\}"));
        QRegularExpressionMatch m;
        while ((m = placeholder.match(sql)).hasMatch()) {
            const QStringList path = m.captured(1).split(QLatin1Char('.'));
            QString value;
            if (path.first() == QLatin1String("n"))
                value = QString::number(m_run);
            else if (path.first() == QLatin1String("verifier"))
                value = m_verifier;
            else if (path.first() == QLatin1String("dpo"))
                value = m_logins.value('d');
            else
                value = valueAt(values.value(path.first()), path.mid(1));
            sql.replace(m.capturedStart(), m.capturedLength(), value);
        }
        return sql;
    }

    bool prepare(const QString& db, const FaultScenario& scenario, QMap<QString, QJsonValue>* values)
    {
        for (const FaultStep& step : scenario.prepare) {
            Pg session = connect(db, step.role);
            const auto result = session.exec(expand(QLatin1String(step.sql), *values));
            if (!result) {
                qWarning("%s: preparing step failed: %s", scenario.function, qPrintable(session.lastError()));
                return false;
            }
            if (*step.name) {
                const QJsonDocument json = QJsonDocument::fromJson(result->toUtf8());
                values->insert(QLatin1String(step.name), json.isObject()  ? QJsonValue(json.object())
                                                         : json.isArray() ? QJsonValue(json.array())
                                                                          : QJsonValue(*result));
            }
        }
        return true;
    }

    // Every table's rows and the console's roles with their logins and memberships.
    QString fingerprint(const QString& db) const
    {
        Pg session = owner(db);
        QCryptographicHash hash(QCryptographicHash::Sha256);
        for (const QString& table : session.column(QStringLiteral(
                 "SELECT format('%I.%I', n.nspname, c.relname) FROM pg_class c JOIN pg_namespace n ON n.oid = "
                 "c.relnamespace WHERE c.relkind IN ('r', 'p') AND n.nspname NOT IN ('pg_catalog', "
                 "'information_schema') AND n.nspname NOT LIKE 'pg_toast%' ORDER BY 1"))) {
            hash.addData(table.toUtf8());
            hash.addData(session
                             .exec(QStringLiteral("SELECT count(*) || ':' || coalesce(md5(string_agg(md5(t::text), '' "
                                                  "ORDER BY md5(t::text))), '') FROM %1 t")
                                       .arg(table))
                             .value_or(QStringLiteral("?"))
                             .toUtf8());
        }
        hash.addData(session
                         .exec(QStringLiteral(
                             "SELECT string_agg(r.rolname || r.rolcanlogin::text || coalesce(m.roles, ''), ',' "
                             "ORDER BY r.rolname) FROM pg_roles r LEFT JOIN LATERAL (SELECT string_agg(g.rolname, "
                             "'+' ORDER BY g.rolname) AS roles FROM pg_auth_members a JOIN pg_roles g ON g.oid = "
                             "a.roleid WHERE a.member = r.oid) m ON true WHERE r.rolname LIKE 'fx%'"))
                         .value_or(QStringLiteral("?"))
                         .toUtf8());
        return QString::fromLatin1(hash.result().toHex());
    }

    bool waitsForLock(const QString& db, int pid) const
    {
        Pg session = owner(db);
        for (int i = 0; i < 1000; ++i) {
            if (session.exec(QStringLiteral("SELECT wait_event_type FROM pg_stat_activity WHERE pid = %1").arg(pid)) ==
                QStringLiteral("Lock"))
                return true;
            QThread::msleep(10);
        }
        return false;
    }

    bool chainVerifies(const QString& db) const
    {
        DatabaseConnection dpo;
        ConnectError connectError;
        if (!dpo.open(m_cluster.profile(db, m_logins.value('d')), staffPassword, &connectError))
            return false;
        AuditVerifier verifier;
        QString error;
        return verifier.verify(dpo.database(), &error) && verifier.result().intact;
    }

    LocalCluster m_cluster{QStringLiteral("/tmp/fxtest-faults-%1").arg(QCoreApplication::applicationPid())};
    const QMap<char, QString> m_logins{{'s', QStringLiteral("fxf_support")},
                                       {'d', QStringLiteral("fxf_dpo")},
                                       {'e', QStringLiteral("fxf_dpo2")},
                                       {'a', QStringLiteral("fxf_admin")}};
    QString m_verifier;
    int m_run = 0;
    int m_points = 0;
};

QTEST_GUILESS_MAIN(TestFaults)
#include "tst_faults.moc"
