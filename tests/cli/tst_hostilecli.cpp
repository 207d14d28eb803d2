// SPDX-License-Identifier: GPL-3.0-or-later
// Every text argument of fxctl given each nasty string (NastyStrings.h): fxctl never crashes or
// hangs, exits 0, 1 or 2, and a refusal is one line that neither echoes 100 kB nor writes control
// characters to the terminal. Invalid UTF-8 also goes in as raw bytes. (A NUL cannot be part of
// a program argument; the unit and widget tests give it to the same checks.) Afterwards the
// database is whole and its access log verifies.
#include "CliRunner.h"
#include "NastyStrings.h"
#include "TestDatabase.h"
#include "core/SecretFile.h"
#include "core/TextCheck.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Slot {
    const char* name;
    char role;        // s support, d dpo, a admin
    QStringList args; // "@" is replaced by the nasty string
};

QList<Slot> argumentSlots()
{
    const QString aware = QStringLiteral("2026-11-20T10:00:00Z");
    return {
        {"lookup query", 's', {"lookup", "@", "--ticket", "SUP-1"}},
        {"lookup ticket", 's', {"lookup", "anna", "--ticket", "@"}},
        {"lookup purpose", 'd', {"lookup", "anna", "--purpose", "@"}},
        {"user id", 's', {"user", "lock", "@", "--ticket", "SUP-1"}},
        {"lock ticket", 's', {"user", "lock", "3", "--ticket", "@"}},
        {"rectify name", 'd', {"user", "rectify", "3", "--first-name", "@", "--purpose", "review"}},
        {"rectify email", 'd', {"user", "rectify", "3", "--email", "@", "--purpose", "review"}},
        {"request identity",
         's',
         {"request", "open", "--user", "4", "--kind", "export", "--ticket", "SUP-1", "--identity", "@"}},
        {"request kind", 's', {"request", "open", "--user", "4", "--kind", "@", "--ticket", "SUP-1"}},
        {"request received",
         's',
         {"request", "open", "--user", "4", "--kind", "export", "--ticket", "SUP-1", "--received", "@"}},
        {"incident title", 'd', {"incident", "open", "--title", "@", "--aware-at", aware}},
        {"incident description",
         'd',
         {"incident", "open", "--title", "Lost laptop", "--aware-at", aware, "--description", "@"}},
        {"incident time", 'd', {"incident", "open", "--title", "Lost laptop", "--aware-at", "@"}},
        {"staff login", 'a', {"staff", "add", "@", "--role", "support", "--generate-password"}},
        {"staff name",
         'a',
         {"staff", "add", "hostile_name", "--role", "support", "--name", "@", "--generate-password"}},
        {"policy dpo contact", 'a', {"policy", "set", "dpo_contact", "@"}},
        {"policy ticket pattern", 'a', {"policy", "set", "ticket_pattern", "@"}},
        {"connection string", 'x', {"audit", "verify", "--dsn", "@", "--password-file", "/dev/null"}},
        {"password file", 'x', {"audit", "verify", "--dsn", "host=/nonexistent", "--password-file", "@"}},
    };
}

} // namespace

class TestHostileCli : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        m_db = TestDatabase::createSeededDatabase(20);
        m_logins = {{'s', TestDatabase::createStaff(m_db, QStringLiteral("support"))},
                    {'d', TestDatabase::createStaff(m_db, QStringLiteral("dpo"))},
                    {'a', TestDatabase::createStaff(m_db, QStringLiteral("admin"))}};
        m_passwordFile = m_tmp.filePath(QStringLiteral("staff"));
        QString error;
        QVERIFY(SecretFile::write(m_passwordFile, TestDatabase::staffPassword().toUtf8(), &error));
    }

    void everyArgumentTakesEveryNastyString_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<char>("role");
        QTest::addColumn<QString>("text");
        for (const Slot& slot : argumentSlots()) {
            for (const NastyString& s : nastyStrings()) {
                if (s.text.contains(QChar(0)))
                    continue; // argv cannot carry it
                QStringList args = slot.args;
                args.replaceInStrings(QRegularExpression(QStringLiteral("^@$")), s.text);
                QTest::addRow("%s / %s", slot.name, s.name) << args << slot.role << s.text;
            }
        }
    }

    void everyArgumentTakesEveryNastyString()
    {
        QFETCH(QStringList, args);
        QFETCH(char, role);
        const CliRun run = runProgram(QStringLiteral("fxctl"), withConnection(args, role), 60000);
        check(run);
    }

    // Bytes that are not UTF-8 at all, as a shell would pass them.
    void rawInvalidBytes()
    {
        const QString fxctl = qEnvironmentVariable("FX_BIN_DIR") + QStringLiteral("/fxctl");
        const QStringList connection = withConnection({}, 's');
        QProcess p;
        p.setProgram(QStringLiteral("bash"));
        p.setArguments({QStringLiteral("-c"),
                        QStringLiteral("exec \"$0\" lookup \"$(printf 'caf\\xc3\\x28\\xff')\" --ticket SUP-1 \"$@\""),
                        fxctl});
        p.setArguments(p.arguments() + connection);
        p.start();
        QVERIFY(p.waitForFinished(60000));
        CliRun bytes;
        bytes.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
        bytes.err = QString::fromUtf8(p.readAllStandardError());
        check(bytes);
        QCOMPARE(bytes.exitCode, 1);
        QVERIFY2(bytes.err.contains(QLatin1String("not valid UTF-8")), qPrintable(bytes.err));
    }

    void theDatabaseIsWhole()
    {
        const CliRun run = runProgram(QStringLiteral("fxctl"),
                                      withConnection({QStringLiteral("audit"), QStringLiteral("verify")}, 'd'));
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const auto owner = TestDatabase::connectSuperuser(m_db);
        QSqlQuery q(owner->database());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM platform.users")) && q.next());
        QCOMPARE(q.value(0).toInt(), 20);
        qInfo("%d fxctl runs with hostile arguments", m_runs);
    }

private:
    QStringList withConnection(QStringList args, char role)
    {
        if (role == 'x')
            return args;
        const QString dsn = TestDatabase::dsn(m_db, m_logins.value(role));
        return args << QStringLiteral("--dsn") << dsn << QStringLiteral("--password-file") << m_passwordFile;
    }

    void check(const CliRun& run)
    {
        ++m_runs;
        QVERIFY2(run.exitCode >= 0 && run.exitCode <= 2,
                 qPrintable(QStringLiteral("exit %1: %2").arg(run.exitCode).arg(run.err.left(300))));
        if (run.exitCode == 0)
            return;
        const QString err = run.err.trimmed();
        QVERIFY2(!err.isEmpty(), "a refusal without a reason");
        QVERIFY2(err.size() < 2000, qPrintable(QStringLiteral("%1 characters on stderr").arg(err.size())));
        const auto echoed = [](QChar c) {
            return (c.unicode() < 0x20 && c != QLatin1Char('\n')) || c.unicode() == 0x202E || c.unicode() == 0x2066;
        };
        QVERIFY2(std::none_of(err.begin(), err.end(), echoed),
                 qPrintable(QStringLiteral("control characters echoed: ") + err.toUtf8().toHex().left(200)));
        if (run.exitCode == 1)
            QVERIFY2(!err.contains(QLatin1Char('\n')), qPrintable(QStringLiteral("more than one line: ") + err));
    }

    QTemporaryDir m_tmp;
    QString m_db;
    QMap<char, QString> m_logins;
    QString m_passwordFile;
    int m_runs = 0;
};

QTEST_GUILESS_MAIN(TestHostileCli)
#include "tst_hostilecli.moc"
