// SPDX-License-Identifier: GPL-3.0-or-later
#include "db/SqlScript.h"

#include <QTest>

class TestSqlScript : public QObject
{
    Q_OBJECT
private slots:
    void splits_data()
    {
        QTest::addColumn<QString>("script");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("plain") << "SELECT 1; SELECT 2;" << QStringList{"SELECT 1", "SELECT 2"};
        QTest::newRow("no final semicolon") << "SELECT 1;\nSELECT 2" << QStringList{"SELECT 1", "SELECT 2"};
        QTest::newRow("comments only") << "-- nothing here;\n/* nor; here */" << QStringList{};
        QTest::newRow("line comment") << "-- a; b\nSELECT 1;" << QStringList{"-- a; b\nSELECT 1"};
        QTest::newRow("string") << "SELECT 'a;b', 'it''s;';" << QStringList{"SELECT 'a;b', 'it''s;'"};
        QTest::newRow("escape string") << "SELECT E'a\\';b';" << QStringList{"SELECT E'a\\';b'"};
        QTest::newRow("identifier") << "SELECT 1 AS \"x;y\";" << QStringList{"SELECT 1 AS \"x;y\""};
        QTest::newRow("dollar") << "CREATE FUNCTION f() AS $$ SELECT 1; SELECT 2 $$; SELECT 3"
                                << QStringList{"CREATE FUNCTION f() AS $$ SELECT 1; SELECT 2 $$", "SELECT 3"};
        QTest::newRow("tagged dollar") << "DO $body$ BEGIN PERFORM '$$;'; END $body$;"
                                       << QStringList{"DO $body$ BEGIN PERFORM '$$;'; END $body$"};
        QTest::newRow("positional param") << "SELECT $1; SELECT 2" << QStringList{"SELECT $1", "SELECT 2"};
        QTest::newRow("unterminated") << "SELECT 'abc; SELECT 2" << QStringList{"SELECT 'abc; SELECT 2"};
    }

    void splits()
    {
        QFETCH(QString, script);
        QFETCH(QStringList, expected);
        QCOMPARE(SqlScript::split(script), expected);
    }
};

QTEST_GUILESS_MAIN(TestSqlScript)
#include "tst_sqlscript.moc"
