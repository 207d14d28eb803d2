// SPDX-License-Identifier: GPL-3.0-or-later
#include "db/ConnectionProfile.h"

#include <QSqlDatabase>
#include <QTest>

class TestConnectionProfile : public QObject
{
    Q_OBJECT
private slots:
    void parsesUri()
    {
        QString error;
        const auto p = ConnectionProfile::fromDsn(
            QStringLiteral(
                "postgresql://dpo.anna@db.example.org:6432/fluxariont?sslmode=verify-ca&sslrootcert=/etc/ca.pem"),
            &error);
        QVERIFY2(p, qPrintable(error));
        QCOMPARE(p->host, QStringLiteral("db.example.org"));
        QCOMPARE(p->port, 6432);
        QCOMPARE(p->user, QStringLiteral("dpo.anna"));
        QCOMPARE(p->database, QStringLiteral("fluxariont"));
        QCOMPARE(p->sslMode, QStringLiteral("verify-ca"));
        QCOMPARE(p->sslRootCert, QStringLiteral("/etc/ca.pem"));
    }

    void parsesKeyValues()
    {
        QString error;
        const auto p = ConnectionProfile::fromDsn(
            QStringLiteral("host=/var/run/postgresql  dbname='my db' user=support_1 application_name='a \\'b\\''"),
            &error);
        QVERIFY2(p, qPrintable(error));
        QCOMPARE(p->host, QStringLiteral("/var/run/postgresql"));
        QCOMPARE(p->database, QStringLiteral("my db"));
        QCOMPARE(p->user, QStringLiteral("support_1"));
        QCOMPARE(p->extraOptions.value(QStringLiteral("application_name")), QStringLiteral("a 'b'"));
        QCOMPARE(p->port, 0);
    }

    void emptyDsnLeavesEverythingToLibpq()
    {
        QString error;
        const auto p = ConnectionProfile::fromDsn(QString(), &error);
        QVERIFY(p);
        QVERIFY(p->host.isEmpty());
        QCOMPARE(p->effectiveSslMode(), QStringLiteral("prefer"));
    }

    void refusesBadInput_data()
    {
        QTest::addColumn<QString>("dsn");
        QTest::addColumn<QString>("expected");
        QTest::newRow("password in uri") << "postgresql://u:secret@h/db"
                                         << "password";
        QTest::newRow("password keyword") << "host=h password=secret"
                                          << "password";
        QTest::newRow("port text") << "host=h port=abc"
                                   << "port";
        QTest::newRow("port range") << "host=h port=70000"
                                    << "port";
        QTest::newRow("unterminated") << "host='h"
                                      << "Unterminated";
        QTest::newRow("no equals") << "host"
                                   << "=";
        QTest::newRow("bad sslmode") << "sslmode=maybe"
                                     << "sslmode";
        QTest::newRow("semicolon") << "options=a;b"
                                   << ";";
        QTest::newRow("huge") << QString(10000, QLatin1Char('x')) << "=";
    }

    void refusesBadInput()
    {
        QFETCH(QString, dsn);
        QFETCH(QString, expected);
        QString error;
        QVERIFY(!ConnectionProfile::fromDsn(dsn, &error));
        QVERIFY2(error.contains(expected), qPrintable(error));
        QVERIFY(!error.contains(QLatin1String("secret")));
        QVERIFY(error.size() < 300);
    }

    void tlsDefaultsDependOnHost()
    {
        ConnectionProfile remote;
        remote.host = QStringLiteral("db.example.org");
        QCOMPARE(remote.effectiveSslMode(), QStringLiteral("verify-full"));
        ConnectionProfile local;
        local.host = QStringLiteral("localhost");
        QCOMPARE(local.effectiveSslMode(), QStringLiteral("prefer"));
        remote.sslMode = QStringLiteral("require");
        QCOMPARE(remote.effectiveSslMode(), QStringLiteral("require"));
    }

    void appliesQuotedOptions()
    {
        ConnectionProfile p;
        p.host = QStringLiteral("db.example.org");
        p.sslRootCert = QStringLiteral("/path with space/ca.pem");
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("apply"));
        p.applyTo(db, QStringLiteral("fxconsole"));
        QVERIFY(db.connectOptions().contains(QStringLiteral("sslmode='verify-full'")) ||
                db.connectOptions().contains(QStringLiteral("sslmode=verify-full")));
        QVERIFY(db.connectOptions().contains(QStringLiteral("sslrootcert='/path with space/ca.pem'")));
        QVERIFY(db.password().isEmpty());
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("apply"));
    }
};

QTEST_GUILESS_MAIN(TestConnectionProfile)
#include "tst_connectionprofile.moc"
