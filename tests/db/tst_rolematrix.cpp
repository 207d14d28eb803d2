// SPDX-License-Identifier: GPL-3.0-or-later
// The role x function matrix, read from the catalog: which of fx_support, fx_dpo and fx_admin may
// execute each function of schema privacy, compared with the decisions in role_matrix.txt. A
// function without a decision, a decision without a function, or a grant beyond the decision fails.
// A login outside the roles may execute nothing. The matrix is printed in the test log.
#include "TestDatabase.h"

#include <QFile>
#include <QMap>
#include <QSqlQuery>
#include <QTest>

class TestRoleMatrix : public QObject
{
    Q_OBJECT
private slots:
    void catalogMatchesTheDecisions()
    {
        QFile file(qEnvironmentVariable("FX_SOURCE_DIR") + QStringLiteral("/tests/db/role_matrix.txt"));
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
        QMap<QString, QString> decided;
        for (const QByteArray& raw : file.readAll().split('\n')) {
            const QString line = QString::fromUtf8(raw).trimmed();
            if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
                continue;
            const qsizetype bar = line.lastIndexOf(QLatin1Char('|'));
            decided.insert(line.left(bar), line.mid(bar + 1));
        }
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
};

QTEST_GUILESS_MAIN(TestRoleMatrix)
#include "tst_rolematrix.moc"
