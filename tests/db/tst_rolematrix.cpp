// SPDX-License-Identifier: GPL-3.0-or-later
// The role x function matrix, read from the catalog: which of fx_support, fx_dpo and fx_admin may
// execute each function of schema privacy, compared with the decisions in role_matrix.txt. A
// function without a decision, a decision without a function, or a grant beyond the decision fails.
// A login outside the roles may execute nothing. Then every function is called, as each role and as
// an unrelated login, and every table is read directly: the database refuses exactly what the
// matrix denies. The matrix is printed in the test log.
#include "TestDatabase.h"

#include <QFile>
#include <QMap>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

namespace {

QMap<QString, QString> decisions()
{
    QFile file(qEnvironmentVariable("FX_SOURCE_DIR") + QStringLiteral("/tests/db/role_matrix.txt"));
    QMap<QString, QString> decided;
    if (!file.open(QIODevice::ReadOnly))
        return decided;
    for (const QByteArray& raw : file.readAll().split('\n')) {
        const QString line = QString::fromUtf8(raw).trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        const qsizetype bar = line.lastIndexOf(QLatin1Char('|'));
        decided.insert(line.left(bar), line.mid(bar + 1));
    }
    return decided;
}

// A plausible value for a parameter, by its name and type. Whatever the function then decides
// about the values, the privilege check comes first.
QString argument(const QString& name, const QString& type)
{
    if (name.endsWith(QLatin1String("user_id")) || name == QLatin1String("p_subject_id"))
        return QStringLiteral("1::%1").arg(type);
    if (name == QLatin1String("p_ticket"))
        return QStringLiteral("'SUP-1'::%1").arg(type);
    if (name == QLatin1String("p_purpose") || name == QLatin1String("p_reason"))
        return QStringLiteral("'role matrix'::%1").arg(type);
    if (name == QLatin1String("p_limit"))
        return QStringLiteral("5::%1").arg(type);
    if (name == QLatin1String("p_query"))
        return QStringLiteral("'example.org'::%1").arg(type);
    // Never NULL where a value fits: a strict function called with NULL is folded to NULL while
    // planning, before the privilege check that this test is about.
    static const QMap<QString, QString> byType{{QStringLiteral("text"), QStringLiteral("'x'")},
                                               {QStringLiteral("bigint"), QStringLiteral("1")},
                                               {QStringLiteral("integer"), QStringLiteral("1")},
                                               {QStringLiteral("boolean"), QStringLiteral("false")},
                                               {QStringLiteral("date"), QStringLiteral("current_date")},
                                               {QStringLiteral("timestamp with time zone"), QStringLiteral("now()")},
                                               {QStringLiteral("jsonb"), QStringLiteral("'{}'")},
                                               {QStringLiteral("text[]"), QStringLiteral("'{}'")},
                                               {QStringLiteral("bytea"), QStringLiteral("'\\x00'")}};
    return QStringLiteral("%1::%2").arg(byType.value(type, QStringLiteral("NULL")), type);
}

bool refusedByPrivilege(const QSqlError& error)
{
    const QString text = error.databaseText();
    return error.nativeErrorCode() == QLatin1String("42501") &&
           (text.contains(QLatin1String("permission denied for function")) ||
            text.contains(QLatin1String("permission denied for schema")) ||
            text.contains(QLatin1String("permission denied for table")));
}

} // namespace

class TestRoleMatrix : public QObject
{
    Q_OBJECT
private slots:
    void catalogMatchesTheDecisions()
    {
        const QMap<QString, QString> decided = decisions();
        QVERIFY(decided.size() > 50);

        const QString db = TestDatabase::createDatabase();
        const auto owner = TestDatabase::connectSuperuser(db);
        QSqlQuery q(owner->database());
        QVERIFY(q.exec(QStringLiteral(
            "SELECT p.proname || '(' || pg_get_function_identity_arguments(p.oid) || ')', "
            "CASE WHEN has_function_privilege('fx_support', p.oid, 'EXECUTE') THEN 's' ELSE '-' END "
            "|| CASE WHEN has_function_privilege('fx_dpo', p.oid, 'EXECUTE') THEN 'd' ELSE '-' END "
            "|| CASE WHEN has_function_privilege('fx_admin', p.oid, 'EXECUTE') THEN 'a' ELSE '-' END, "
            "has_function_privilege('public', p.oid, 'EXECUTE') "
            "FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace WHERE n.nspname = 'privacy' ORDER BY 1")));
        QStringList problems;
        QStringList table;
        QMap<QString, QString> actual;
        while (q.next()) {
            const QString function = q.value(0).toString();
            const QString roles = q.value(1).toString();
            actual.insert(function, roles);
            table << QStringLiteral("%1 %2 %3 %4")
                         .arg(roles.at(0) == QLatin1Char('s') ? QStringLiteral("support") : QStringLiteral("   -   "))
                         .arg(roles.at(1) == QLatin1Char('d') ? QStringLiteral("dpo") : QStringLiteral(" - "))
                         .arg(roles.at(2) == QLatin1Char('a') ? QStringLiteral("admin") : QStringLiteral("  -  "))
                         .arg(function.left(function.indexOf(QLatin1Char('('))));
            if (q.value(2).toBool())
                problems << QStringLiteral("PUBLIC may execute %1").arg(function);
            if (!decided.contains(function))
                problems << QStringLiteral("no decision for %1 (granted: %2)").arg(function, roles);
            else if (decided.value(function) != roles)
                problems << QStringLiteral("%1: decided %2, granted %3").arg(function, decided.value(function), roles);
        }
        for (auto it = decided.begin(); it != decided.end(); ++it)
            if (!actual.contains(it.key()))
                problems << QStringLiteral("decided but missing: %1").arg(it.key());
        qInfo("%s", qPrintable(QStringLiteral("\nsupport dpo admin function\n") + table.join(QLatin1Char('\n'))));
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    void aLoginOutsideTheRolesReachesNothing()
    {
        const QString db = TestDatabase::createDatabase();
        const QString login = db + QStringLiteral("_stranger");
        QVERIFY(TestDatabase::exec(
            db, QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD '%2'").arg(login, TestDatabase::staffPassword())));
        const auto owner = TestDatabase::connectSuperuser(db);
        QSqlQuery q(owner->database());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace "
                                      "WHERE n.nspname = 'privacy' AND has_function_privilege('%1', p.oid, 'EXECUTE')")
                           .arg(login)) &&
                q.next());
        QCOMPARE(q.value(0).toInt(), 0);
        QVERIFY(q.exec(QStringLiteral("SELECT has_schema_privilege('%1', 'privacy', 'USAGE')").arg(login)) && q.next());
        QVERIFY(!q.value(0).toBool());
    }

    // Every function called as support, DPO, admin and a login outside the roles, each call in a
    // transaction that is rolled back: refused with "permission denied" exactly where the matrix
    // says no. What the function then does with the arguments is its own suite's business.
    void everyFunctionCalledAsEachRole()
    {
        const QMap<QString, QString> decided = decisions();
        const QString db = TestDatabase::createSeededDatabase(20);
        const QString stranger = db + QStringLiteral("_stranger");
        QVERIFY(TestDatabase::exec(
            db, QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD '%2'").arg(stranger, TestDatabase::staffPassword())));
        const QList<std::pair<QChar, QString>> logins{
            {QLatin1Char('s'), TestDatabase::createStaff(db, QStringLiteral("support"))},
            {QLatin1Char('d'), TestDatabase::createStaff(db, QStringLiteral("dpo"))},
            {QLatin1Char('a'), TestDatabase::createStaff(db, QStringLiteral("admin"))},
            {QLatin1Char('x'), stranger}};
        std::vector<std::unique_ptr<DatabaseConnection>> sessions;
        for (const auto& [role, login] : logins) {
            sessions.push_back(TestDatabase::connectAs(db, login));
            QVERIFY(sessions.back() && sessions.back()->isOpen());
            QSqlQuery(sessions.back()->database()).exec(QStringLiteral("SET statement_timeout = '10s'"));
        }
        const auto owner = TestDatabase::connectSuperuser(db);
        QSqlQuery catalog(owner->database());
        QVERIFY(catalog.exec(QStringLiteral(
            "SELECT p.proname, p.proname || '(' || pg_get_function_identity_arguments(p.oid) || ')', "
            "coalesce((SELECT string_agg(coalesce(p.proargnames[i], '') || ' ' || format_type(p.proargtypes[i - 1], "
            "NULL), ',' ORDER BY i) FROM generate_series(1, p.pronargs) i), '') "
            "FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace WHERE n.nspname = 'privacy' "
            "AND p.prorettype <> 'trigger'::regtype ORDER BY 2")));
        QList<std::pair<QString, QString>> calls; // identity, SQL
        while (catalog.next()) {
            QStringList args;
            const QString params = catalog.value(2).toString();
            for (const QString& param : params.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
                const qsizetype space = param.indexOf(QLatin1Char(' '));
                args << argument(param.left(space), param.mid(space + 1));
            }
            calls.append(
                {catalog.value(1).toString(),
                 QStringLiteral("SELECT * FROM privacy.%1(%2)").arg(catalog.value(0).toString(), args.join(", "))});
        }
        QVERIFY(calls.size() > 50);

        QStringList problems, table;
        int callsMade = 0;
        for (const auto& [identity, sql] : calls) {
            const QString allowed = decided.value(identity, QStringLiteral("---"));
            QString row;
            for (qsizetype i = 0; i < logins.size(); ++i) {
                const auto& [role, login] = logins[i];
                QSqlDatabase session = sessions[size_t(i)]->database();
                QSqlQuery q(session);
                session.transaction();
                const bool ran = q.exec(sql);
                const bool refused = !ran && refusedByPrivilege(q.lastError());
                session.rollback();
                ++callsMade;
                const bool mayCall = role != QLatin1Char('x') && allowed.contains(role);
                row += refused ? QStringLiteral(" refused ")
                       : ran   ? QStringLiteral("   ok    ")
                               : QStringLiteral(" checked ");
                if (mayCall == refused)
                    problems << QStringLiteral("%1 as %2: %3 (%4)")
                                    .arg(identity, login, refused ? QStringLiteral("refused") : QStringLiteral("ran"),
                                         q.lastError().databaseText());
            }
            table << row + QLatin1Char(' ') + identity.left(identity.indexOf(QLatin1Char('(')));
        }
        qInfo("%s", qPrintable(QStringLiteral("\n%1 calls; ok = ran, checked = the function refused the values, "
                                              "refused = permission denied\n support    dpo     admin   stranger\n")
                                   .arg(callsMade) +
                               table.join(QLatin1Char('\n'))));
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    // No staff role reads or writes a table directly, in any schema: everything goes through the
    // functions above, which log the access.
    void noRoleTouchesATable()
    {
        const QString db = TestDatabase::createDatabase();
        const auto owner = TestDatabase::connectSuperuser(db);
        QSqlQuery q(owner->database());
        QVERIFY(q.exec(QStringLiteral(
            "SELECT format('%I.%I', n.nspname, c.relname) FROM pg_class c JOIN pg_namespace n ON n.oid = "
            "c.relnamespace "
            "WHERE c.relkind IN ('r', 'v', 'm', 'p') AND n.nspname NOT IN ('pg_catalog', 'information_schema') "
            "AND n.nspname NOT LIKE 'pg_toast%' ORDER BY 1")));
        QStringList tables;
        while (q.next())
            tables << q.value(0).toString();
        QVERIFY(tables.size() > 20);
        QStringList problems;
        for (const QString& role : {QStringLiteral("support"), QStringLiteral("dpo"), QStringLiteral("admin")}) {
            const auto connection = TestDatabase::connectAs(db, TestDatabase::createStaff(db, role));
            for (const QString& table : tables) {
                QSqlQuery read(connection->database());
                if (read.exec(QStringLiteral("SELECT 1 FROM %1 LIMIT 0").arg(table)) ||
                    !refusedByPrivilege(read.lastError()))
                    problems << QStringLiteral("%1 can read %2").arg(role, table);
                QSqlQuery wipe(connection->database());
                if (wipe.exec(QStringLiteral("DELETE FROM %1 WHERE false").arg(table)))
                    problems << QStringLiteral("%1 can delete from %2").arg(role, table);
            }
        }
        qInfo("%lld tables and views, each read and deleted from as support, dpo and admin", qlonglong(tables.size()));
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }
};

QTEST_GUILESS_MAIN(TestRoleMatrix)
#include "tst_rolematrix.moc"
