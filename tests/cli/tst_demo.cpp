// SPDX-License-Identifier: GPL-3.0-or-later
// The demo round trip, as a newcomer runs it: demo up, sign in as each role, demo down. And
// afterwards: nothing personal or secret in the logs.
#include "CliRunner.h"

#include "core/AppPaths.h"
#include "db/DatabaseConnection.h"
#include "db/DemoDatabase.h"
#include "db/LocalCluster.h"

#include <QDir>
#include <QDirIterator>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

class TestDemo : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_tmp;

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("Fluxariont"));
        QCoreApplication::setApplicationName(QStringLiteral("fxconsole"));
        QVERIFY(m_tmp.isValid());
        runProgram(QStringLiteral("fxctl"),
                   {QStringLiteral("demo"), QStringLiteral("down"), QStringLiteral("--purge")});
    }

    void roundTrip()
    {
        CliRun run = runProgram(
            QStringLiteral("fxctl"),
            {QStringLiteral("demo"), QStringLiteral("up"), QStringLiteral("--users"), QStringLiteral("400")}, 300000);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));

        // The state file with the demo passwords is for the user's eyes only.
        QFile state(AppPaths::demoStateFile());
        QCOMPARE(state.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther), QFileDevice::Permissions());

        for (const QString& role : DemoDatabase::roles()) {
            const QString shot = m_tmp.filePath(role + QStringLiteral(".png"));
            run = runProgram(QStringLiteral("fxconsole"),
                             {QStringLiteral("--demo"), role, QStringLiteral("--grab"), shot});
            QVERIFY2(run.exitCode == 0, qPrintable(role + QLatin1Char(' ') + run.err));
            QFile png(shot);
            QVERIFY(png.open(QIODevice::ReadOnly));
            QVERIFY(png.read(8) == QByteArray("\x89PNG\r\n\x1a\n", 8));
            QVERIFY(png.size() > 10000);
        }
        run = runProgram(QStringLiteral("fxconsole"),
                         {QStringLiteral("--demo"), QStringLiteral("support"), QStringLiteral("--page"),
                          QStringLiteral("audit"), QStringLiteral("--grab"), m_tmp.filePath(QStringLiteral("x.png"))});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QLatin1String("may not use")), qPrintable(run.err));

        run = runProgram(QStringLiteral("fxctl"),
                         {QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--demo"),
                          QStringLiteral("dpo"), QStringLiteral("--json")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(run.json().object().value(QStringLiteral("intact")).toBool());

        // Idempotent: a second "up" neither fails nor seeds again.
        run = runProgram(QStringLiteral("fxctl"), {QStringLiteral("demo"), QStringLiteral("up")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(!run.err.contains(QLatin1String("Seeding")));

        // Collect what must never be logged, then take the demo down.
        DemoDatabase::State demo;
        QString error;
        QVERIFY(DemoDatabase::loadState(&demo, &error));
        QStringList secrets = demo.passwordOfRole.values();
        secrets << demo.superuserPassword;
        {
            DatabaseConnection owner;
            ConnectError connectError;
            QVERIFY(owner.open(LocalCluster(demo.clusterDir).profile(demo.database, demo.superuser),
                               demo.superuserPassword, &connectError));
            QSqlQuery q(owner.database());
            QVERIFY(q.exec(QStringLiteral("SELECT email FROM platform.users")));
            while (q.next()) {
                secrets << q.value(0).toString();
            }
            QCOMPARE(secrets.size(), 4 + 400);
        }
        run = runProgram(QStringLiteral("fxctl"),
                         {QStringLiteral("demo"), QStringLiteral("status"), QStringLiteral("--json")});
        QVERIFY(run.json().object().value(QStringLiteral("running")).toBool());
        run = runProgram(QStringLiteral("fxctl"), {QStringLiteral("demo"), QStringLiteral("down")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        run = runProgram(QStringLiteral("fxctl"),
                         {QStringLiteral("demo"), QStringLiteral("status"), QStringLiteral("--json")});
        QVERIFY(!run.json().object().value(QStringLiteral("running")).toBool());
        run = runProgram(QStringLiteral("fxctl"),
                         {QStringLiteral("demo"), QStringLiteral("down"), QStringLiteral("--purge")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(!QFileInfo::exists(demo.clusterDir));
        QVERIFY(!QFileInfo::exists(AppPaths::demoStateFile()));

        int logFiles = 0;
        QDirIterator it(AppPaths::logDir(), QDir::Files);
        while (it.hasNext()) {
            QFile log(it.next());
            QVERIFY(log.open(QIODevice::ReadOnly));
            const QString text = QString::fromUtf8(log.readAll());
            QVERIFY(!text.isEmpty());
            ++logFiles;
            for (const QString& secret : secrets)
                QVERIFY2(!text.contains(secret, Qt::CaseInsensitive), qPrintable(log.fileName()));
        }
        QVERIFY(logFiles >= 2); // fxctl.log and fxconsole.log
    }
};

QTEST_GUILESS_MAIN(TestDemo)
#include "tst_demo.moc"
