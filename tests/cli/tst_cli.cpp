// SPDX-License-Identifier: GPL-3.0-or-later
// fxctl's conventions: exit 0 / 1 / 2, one-line reasons on stderr, --json on stdout.
#include "CliRunner.h"
#include "PdfText.h"
#include "TestDatabase.h"

#include "core/SecretFile.h"
#include "db/LocalCluster.h"
#include "export/Csv.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <algorithm>

class TestCli : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_tmp;
    QString m_ownerPasswordFile;
    QString m_staffPasswordFile;

    QString dsn(const QString& database, const QString& user) const
    {
        return QStringLiteral("host=%1 port=%2 dbname=%3 user=%4 sslmode=disable")
            .arg(TestDatabase::clusterDir())
            .arg(LocalCluster(TestDatabase::clusterDir()).port())
            .arg(database, user);
    }

    CliRun asOwner(const QString& database, QStringList args)
    {
        args << QStringLiteral("--dsn") << dsn(database, QStringLiteral("fx_test_owner"))
             << QStringLiteral("--password-file") << m_ownerPasswordFile;
        return runProgram(QStringLiteral("fxctl"), args);
    }

    static bool oneLine(const QString& text)
    {
        return text.trimmed().count(QLatin1Char('\n')) == 0 && !text.trimmed().isEmpty();
    }

private slots:
    // The shipped program itself, not only the function: a running fxctl (waiting on a server that
    // never answers) may not dump core.
    void aRunningFxctlDumpsNoCore()
    {
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
        QProcess fxctl;
        fxctl.start(qEnvironmentVariable("FX_BIN_DIR") + QStringLiteral("/fxctl"),
                    {QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--dsn"),
                     QStringLiteral("host=127.0.0.1 port=%1 user=x sslmode=disable").arg(silent.serverPort())});
        QVERIFY(fxctl.waitForStarted());
        // Read until main() has run (a sanitized build starts slowly), at most 5 s.
        QFile limits(QStringLiteral("/proc/%1/limits").arg(fxctl.processId()));
        QByteArray line;
        bool readable = false;
        for (int i = 0; i < 250 && !line.startsWith("Max core file size 0 0"); ++i) {
            QTest::qWait(20);
            if (limits.open(QIODevice::ReadOnly)) {
                const QByteArray text = limits.readAll();
                limits.close();
                readable = readable || !text.isEmpty();
                line = text.mid(text.indexOf("Max core file size")).split('\n').first().simplified();
            }
        }
        fxctl.kill();
        fxctl.waitForFinished();
        if (!readable)
            QSKIP("a non-dumpable process's limits are readable by root only");
        QVERIFY2(line.startsWith("Max core file size 0 0"), line.constData());
    }

    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        QString error;
        m_ownerPasswordFile = m_tmp.filePath(QStringLiteral("owner"));
        m_staffPasswordFile = m_tmp.filePath(QStringLiteral("staff"));
        QVERIFY(SecretFile::write(m_ownerPasswordFile, TestDatabase::superuserPassword().toUtf8() + '\n', &error));
        QVERIFY(SecretFile::write(m_staffPasswordFile, TestDatabase::staffPassword().toUtf8(), &error));
    }

    void usageErrorsExitTwo_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("nothing") << QStringList{};
        QTest::newRow("unknown noun") << QStringList{QStringLiteral("frobnicate")};
        QTest::newRow("unknown verb") << QStringList{QStringLiteral("db"), QStringLiteral("explode")};
        QTest::newRow("unknown option") << QStringList{QStringLiteral("db"), QStringLiteral("init"),
                                                       QStringLiteral("--bogus")};
        QTest::newRow("seed without users") << QStringList{QStringLiteral("db"), QStringLiteral("seed")};
        QTest::newRow("seed bad users") << QStringList{QStringLiteral("db"), QStringLiteral("seed"),
                                                       QStringLiteral("--users"), QStringLiteral("-5")};
        QTest::newRow("staff add no login") << QStringList{QStringLiteral("staff"), QStringLiteral("add"),
                                                           QStringLiteral("--role"), QStringLiteral("dpo")};
        QTest::newRow("bad role") << QStringList{QStringLiteral("staff"), QStringLiteral("add"), QStringLiteral("x1"),
                                                 QStringLiteral("--role"), QStringLiteral("root")};
        QTest::newRow("bad demo role") << QStringList{QStringLiteral("audit"), QStringLiteral("verify"),
                                                      QStringLiteral("--demo"), QStringLiteral("boss")};
        QTest::newRow("both dsn and demo")
            << QStringList{QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--demo"),
                           QStringLiteral("dpo"),   QStringLiteral("--dsn"),  QStringLiteral("host=x")};
    }

    void usageErrorsExitTwo()
    {
        QFETCH(QStringList, args);
        const CliRun run = runProgram(QStringLiteral("fxctl"), args);
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.out.isEmpty());
        QVERIFY(!run.err.isEmpty());
    }

    // As root, cron or in a container nothing sets XDG_RUNTIME_DIR; standard error is fxctl's own.
    void nothingButFxctlOnStandardError()
    {
        QProcess fxctl;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("XDG_RUNTIME_DIR"));
        env.remove(QStringLiteral("QT_QPA_PLATFORM"));
        fxctl.setProcessEnvironment(env);
        fxctl.setStandardInputFile(QProcess::nullDevice());
        // A PDF command starts Qt's GUI part (offscreen), which is what asked for the runtime folder.
        fxctl.start(qEnvironmentVariable("FX_BIN_DIR") + QStringLiteral("/fxctl"),
                    {QStringLiteral("incident"), QStringLiteral("draft"), QStringLiteral("--help")});
        QVERIFY(fxctl.waitForFinished(30000));
        QCOMPARE(fxctl.exitCode(), 0);
        QCOMPARE(QString::fromUtf8(fxctl.readAllStandardError()), QString());
    }

    void helpExitsZero()
    {
        const CliRun run = runProgram(QStringLiteral("fxctl"),
                                      {QStringLiteral("db"), QStringLiteral("seed"), QStringLiteral("--help")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains(QLatin1String("--users")));
    }

    void initSeedVerifyRoundTrip()
    {
        const QString db = TestDatabase::createDatabase(false);
        CliRun run = asOwner(db, {QStringLiteral("db"), QStringLiteral("init"), QStringLiteral("--json")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(run.json().object().value(QStringLiteral("applied")).toInt() >= 4);
        run = asOwner(db, {QStringLiteral("db"), QStringLiteral("init")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains(QLatin1String("up to date")));

        run = asOwner(db, {QStringLiteral("db"), QStringLiteral("seed"), QStringLiteral("--users"),
                           QStringLiteral("50"), QStringLiteral("--json")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(run.json().object().value(QStringLiteral("rows")).toInteger() > 500);
        QCOMPARE(run.json().object().value(QStringLiteral("steps")).toArray().size(), 17);

        run = asOwner(db, {QStringLiteral("staff"), QStringLiteral("add"), db + QStringLiteral("_anna"),
                           QStringLiteral("--role"), QStringLiteral("support"), QStringLiteral("--staff-password-file"),
                           m_staffPasswordFile});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        run = asOwner(db, {QStringLiteral("staff"), QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 0);
        // Logins are cluster-wide: other test databases' staff are listed too.
        bool listed = false;
        for (const auto& member : run.json().array())
            listed = listed ||
                     (member.toObject().value(QStringLiteral("login")).toString() == db + QStringLiteral("_anna") &&
                      member.toObject().value(QStringLiteral("role")).toString() == QLatin1String("support"));
        QVERIFY(listed);

        // The support login may not list staff: refused by the database, exit 1, one line.
        run = runProgram(QStringLiteral("fxctl"), {QStringLiteral("staff"), QStringLiteral("list"),
                                                   QStringLiteral("--dsn"), dsn(db, db + QStringLiteral("_anna")),
                                                   QStringLiteral("--password-file"), m_staffPasswordFile});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(oneLine(run.err) && run.err.contains(QLatin1String("refused")), qPrintable(run.err));

        run = asOwner(db, {QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--json")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(run.json().object().value(QStringLiteral("intact")).toBool());
        QCOMPARE(run.json().object().value(QStringLiteral("lastGoodId")).toInt(), 1);

        QVERIFY(TestDatabase::exec(db, QStringLiteral("ALTER TABLE privacy.access_log DISABLE TRIGGER USER; "
                                                      "UPDATE privacy.access_log SET ticket = 'forged'; "
                                                      "ALTER TABLE privacy.access_log ENABLE TRIGGER USER")));
        run = asOwner(db, {QStringLiteral("audit"), QStringLiteral("verify")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QLatin1String("Entry 1 was changed")), qPrintable(run.err));
    }

    void learnerCommandsAsSupport()
    {
        const QString db = TestDatabase::createDatabase();
        CliRun run = asOwner(
            db, {QStringLiteral("db"), QStringLiteral("seed"), QStringLiteral("--users"), QStringLiteral("100")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QString login = TestDatabase::createStaff(db, QStringLiteral("support"));
        auto asSupport = [&](QStringList args) {
            args << QStringLiteral("--dsn") << dsn(db, login) << QStringLiteral("--password-file")
                 << m_staffPasswordFile;
            return runProgram(QStringLiteral("fxctl"), args);
        };
        run = asSupport({QStringLiteral("lookup"), QStringLiteral("42"), QStringLiteral("--ticket"),
                         QStringLiteral("SUP-1"), QStringLiteral("--json")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(run.json().array().size(), 1);
        QVERIFY(run.json()
                    .array()
                    .first()
                    .toObject()
                    .value(QStringLiteral("email"))
                    .toString()
                    .contains(QLatin1String("***@")));

        run = asSupport({QStringLiteral("lookup"), QStringLiteral("42")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(oneLine(run.err) && run.err.contains(QLatin1String("ticket reference is required")),
                 qPrintable(run.err));
        run = asSupport({QStringLiteral("lookup"), QString(10000, QLatin1Char('a')), QStringLiteral("--ticket"),
                         QStringLiteral("SUP-1")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(oneLine(run.err) && run.err.contains(QLatin1String("too long")), qPrintable(run.err));

        run = asSupport({QStringLiteral("user"), QStringLiteral("show"), QStringLiteral("42"),
                         QStringLiteral("--ticket"), QStringLiteral("SUP-1"), QStringLiteral("--json")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QStringList tables;
        for (const QJsonValue& table : run.json().object().value(QStringLiteral("tables")).toArray())
            tables << table[QLatin1String("table")].toString();
        QVERIFY2(tables.contains(QStringLiteral("invoices")), qPrintable(tables.join(QLatin1Char(','))));
        run =
            asSupport({QStringLiteral("user"), QStringLiteral("show"), QStringLiteral("7"), QStringLiteral("--ticket"),
                       QStringLiteral("SUP-1"), QStringLiteral("--category"), QStringLiteral("usage_events"),
                       QStringLiteral("--limit"), QStringLiteral("5"), QStringLiteral("--json")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(run.json().array().size(), 5);

        run = asSupport({QStringLiteral("user"), QStringLiteral("lock"), QStringLiteral("42"),
                         QStringLiteral("--ticket"), QStringLiteral("SUP-1"), QStringLiteral("--json")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(run.json().object().value(QStringLiteral("operation")).toString(), QStringLiteral("user.lock"));
        run = asSupport({QStringLiteral("user"), QStringLiteral("reveal"), QStringLiteral("42"),
                         QStringLiteral("--field"), QStringLiteral("email"), QStringLiteral("--ticket"),
                         QStringLiteral("SUP-1"), QStringLiteral("--reason"),
                         QStringLiteral("learner asked which address we hold")});
        QVERIFY2(run.exitCode == 0 && run.out.contains(QLatin1Char('@')) && !run.out.contains(QLatin1String("***")),
                 qPrintable(run.err));
        run = asSupport({QStringLiteral("user"), QStringLiteral("show"), QStringLiteral("abc")});
        QCOMPARE(run.exitCode, 2);
        run = asSupport({QStringLiteral("user"), QStringLiteral("explode"), QStringLiteral("42")});
        QCOMPARE(run.exitCode, 2);
    }

    void requestAndExportCommands()
    {
        const QString db = TestDatabase::createDatabase();
        CliRun run = asOwner(
            db, {QStringLiteral("db"), QStringLiteral("seed"), QStringLiteral("--users"), QStringLiteral("30")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QString login = TestDatabase::createStaff(db, QStringLiteral("support"));
        auto asSupport = [&](QStringList args) {
            args << QStringLiteral("--dsn") << dsn(db, login) << QStringLiteral("--password-file")
                 << m_staffPasswordFile;
            return runProgram(QStringLiteral("fxctl"), args);
        };
        const QDate received = QDate::currentDate().addDays(-2);
        run = asSupport({QStringLiteral("request"), QStringLiteral("open"), QStringLiteral("--kind"),
                         QStringLiteral("export"), QStringLiteral("--user"), QStringLiteral("12"),
                         QStringLiteral("--ticket"), QStringLiteral("SUP-5"), QStringLiteral("--identity"),
                         QStringLiteral("answered from the account address"), QStringLiteral("--received"),
                         received.toString(Qt::ISODate), QStringLiteral("--json")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QString id = QString::number(run.json().object().value(QStringLiteral("id")).toInteger());
        QCOMPARE(run.json().object().value(QStringLiteral("due")).toString(),
                 received.addMonths(1).toString(Qt::ISODate));

        run = asSupport({QStringLiteral("request"), QStringLiteral("list"), QStringLiteral("--json")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(run.json().array().size(), 1);
        run = asSupport({QStringLiteral("request"), QStringLiteral("extend"), id, QStringLiteral("--months"),
                         QStringLiteral("1"), QStringLiteral("--reason"),
                         QStringLiteral("the account holds data of many years")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.out.contains(QLatin1String("Art. 12(3)")) || run.out.contains(QLatin1String("Art. 12 Abs. 3")),
                 qPrintable(run.out));
        run = asSupport({QStringLiteral("request"), QStringLiteral("reject"), id});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(oneLine(run.err) && run.err.contains(QLatin1String("note")), qPrintable(run.err));

        // The policy export_needs_approval: a DPO other than the opener approves first.
        const QString dpo = TestDatabase::createStaff(db, QStringLiteral("dpo"));
        const auto approve = [&](const QString& request) {
            return runProgram(QStringLiteral("fxctl"),
                              {QStringLiteral("request"), QStringLiteral("approve"), request,
                               QStringLiteral("--reason"), QStringLiteral("identity verified"), QStringLiteral("--dsn"),
                               dsn(db, dpo), QStringLiteral("--password-file"), m_staffPasswordFile});
        };
        run = asSupport({QStringLiteral("export"), QStringLiteral("--request"), id, QStringLiteral("--out"),
                         m_tmp.filePath(QStringLiteral("unapproved.zip"))});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(oneLine(run.err) && run.err.contains(QLatin1String("approve")), qPrintable(run.err));
        run = approve(id);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));

        // Export: the passphrase goes to a new 0600 file, never to the output.
        QTemporaryDir folder;
        const QString zip = folder.filePath(QStringLiteral("export.zip"));
        const QString secret = folder.filePath(QStringLiteral("passphrase.txt"));
        run = asSupport({QStringLiteral("export"), QStringLiteral("--passphrase-file"), secret,
                         QStringLiteral("--request"), id, QStringLiteral("--out"), zip});
        QCOMPARE(run.exitCode, 2); // --passphrase-file without --encrypt
        run = asSupport({QStringLiteral("export"), QStringLiteral("--request"), id, QStringLiteral("--out"), zip,
                         QStringLiteral("--encrypt"), QStringLiteral("--passphrase-file"), secret,
                         QStringLiteral("--json")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(!run.out.contains(QLatin1String("passphrase")));
        QCOMPARE(QFile::permissions(secret) & 0x0077, QFileDevice::Permissions());
        QFile secretFile(secret);
        QVERIFY(secretFile.open(QIODevice::ReadOnly));
        const QString passphrase = QString::fromUtf8(secretFile.readAll()).trimmed();
        QVERIFY(passphrase.size() >= 28);
        QCOMPARE(run.json().object().value(QStringLiteral("sha256")).toString().size(), 64);
        run = asSupport({QStringLiteral("request"), QStringLiteral("show"), id, QStringLiteral("--json")});
        QCOMPARE(run.json().object().value(QStringLiteral("status")).toString(), QStringLiteral("fulfilled"));

        // A second export of the fulfilled request is refused; a new one prints its passphrase once.
        run = asSupport({QStringLiteral("export"), QStringLiteral("--request"), id, QStringLiteral("--out"),
                         folder.filePath(QStringLiteral("again.zip"))});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(oneLine(run.err) && run.err.contains(QLatin1String("already closed")), qPrintable(run.err));
        run = asSupport({QStringLiteral("request"), QStringLiteral("open"), QStringLiteral("--kind"),
                         QStringLiteral("export"), QStringLiteral("--user"), QStringLiteral("13"),
                         QStringLiteral("--ticket"), QStringLiteral("SUP-6"), QStringLiteral("--identity"),
                         QStringLiteral("answered from the account address"), QStringLiteral("--json")});
        const QString second = QString::number(run.json().object().value(QStringLiteral("id")).toInteger());
        QVERIFY2(approve(second).exitCode == 0, qPrintable(second));
        run = asSupport({QStringLiteral("export"), QStringLiteral("--request"), second, QStringLiteral("--out"),
                         folder.filePath(QStringLiteral("second.zip")), QStringLiteral("--encrypt")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(run.out.count(QLatin1String("passphrase: ")), 1);
    }

    void erasureCommands()
    {
        const QString db = TestDatabase::createDatabase();
        CliRun run = asOwner(
            db, {QStringLiteral("db"), QStringLiteral("seed"), QStringLiteral("--users"), QStringLiteral("30")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QString support = TestDatabase::createStaff(db, QStringLiteral("support"));
        const QString dpo = TestDatabase::createStaff(db, QStringLiteral("dpo"));
        const auto as = [&](const QString& login, QStringList args) {
            args << QStringLiteral("--dsn") << dsn(db, login) << QStringLiteral("--password-file")
                 << m_staffPasswordFile;
            return runProgram(QStringLiteral("fxctl"), args);
        };
        const auto owner = TestDatabase::connectSuperuser(db);
        QSqlQuery q(owner->database());
        QVERIFY(q.exec(QStringLiteral("SELECT email FROM platform.users WHERE id = 14")) && q.next());
        const QString email = q.value(0).toString();
        QVERIFY(q.exec(QStringLiteral("UPDATE platform.users SET locale = 'de' WHERE id = 14")));

        run = as(support, {QStringLiteral("request"), QStringLiteral("open"), QStringLiteral("--kind"),
                           QStringLiteral("erasure"), QStringLiteral("--user"), QStringLiteral("14"),
                           QStringLiteral("--ticket"), QStringLiteral("SUP-8"), QStringLiteral("--identity"),
                           QStringLiteral("answered from the account address"), QStringLiteral("--json")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QString id = QString::number(run.json().object().value(QStringLiteral("id")).toInteger());
        run = as(support, {QStringLiteral("erasure"), QStringLiteral("preview"), QStringLiteral("--request"), id,
                           QStringLiteral("--json")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(run.json().object().value(QStringLiteral("tables")).toArray().size() >= 18);
        run = as(support, {QStringLiteral("erasure"), QStringLiteral("execute"), QStringLiteral("--request"), id});
        QCOMPARE(run.exitCode, 1);
        run = as(dpo, {QStringLiteral("erasure"), QStringLiteral("execute"), QStringLiteral("--request"), id});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(oneLine(run.err) && run.err.contains(QLatin1String("approved")), qPrintable(run.err));
        run = as(dpo, {QStringLiteral("erasure"), QStringLiteral("approve"), QStringLiteral("--request"), id,
                       QStringLiteral("--reason"), QStringLiteral("identity and request checked")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        run = as(dpo, {QStringLiteral("erasure"), QStringLiteral("execute"), QStringLiteral("--request"), id});
        QVERIFY2(run.exitCode == 0 && run.out.contains(QLatin1String("erased")), qPrintable(run.err));
        run = as(dpo, {QStringLiteral("erasure"), QStringLiteral("execute"), QStringLiteral("--request"), id});
        QVERIFY2(run.exitCode == 0 && run.out.contains(QLatin1String("already executed")), qPrintable(run.out));

        QTemporaryDir folder;
        const QString pdf = folder.filePath(QStringLiteral("certificate.pdf"));
        const QString txt = folder.filePath(QStringLiteral("certificate.txt"));
        run = as(dpo, {QStringLiteral("erasure"), QStringLiteral("certificate"), QStringLiteral("--request"), id,
                       QStringLiteral("--out"), pdf});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QFile pdfFile(pdf);
        QVERIFY(pdfFile.open(QIODevice::ReadOnly) && pdfFile.read(5) == "%PDF-");
        run = as(support, {QStringLiteral("erasure"), QStringLiteral("certificate"), QStringLiteral("--request"), id,
                           QStringLiteral("--out"), txt});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QFile txtFile(txt);
        QVERIFY(txtFile.open(QIODevice::ReadOnly));
        const QString certificate = QString::fromUtf8(txtFile.readAll());
        QVERIFY2(certificate.contains(QStringLiteral("Löschung")), qPrintable(certificate)); // the learner's language
        QVERIFY(!certificate.contains(email));
        run = as(dpo, {QStringLiteral("erasure"), QStringLiteral("certificate"), QStringLiteral("--request"), id,
                       QStringLiteral("--out"), txt, QStringLiteral("--lang"), QStringLiteral("en")});
        QFile english(txt);
        QVERIFY(english.open(QIODevice::ReadOnly) && english.readAll().contains("Confirmation of erasure"));

        run = as(dpo, {QStringLiteral("processors"), QStringLiteral("tasks"), QStringLiteral("--request"), id,
                       QStringLiteral("--json")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        run = as(dpo, {QStringLiteral("retention"), QStringLiteral("list"), QStringLiteral("--json")});
        QVERIFY2(run.exitCode == 0 && run.json().isArray(), qPrintable(run.err));
        run = as(dpo, {QStringLiteral("retention"), QStringLiteral("purge"), QStringLiteral("--dry-run"),
                       QStringLiteral("--as-of"), QStringLiteral("2999-01-01")});
        QCOMPARE(run.exitCode, 1);
        const QString ledger = folder.filePath(QStringLiteral("ledger.json"));
        run = as(dpo, {QStringLiteral("erasure"), QStringLiteral("ledger"), QStringLiteral("--out"), ledger});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        run = as(dpo, {QStringLiteral("erasure"), QStringLiteral("reapply"), QStringLiteral("--ledger"), ledger,
                       QStringLiteral("--json")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(run.json().object().value(QStringLiteral("erased_again")).toInt(), 0);
    }

    void incidentCommands()
    {
        const QString db = TestDatabase::createDatabase();
        CliRun run = asOwner(
            db, {QStringLiteral("db"), QStringLiteral("seed"), QStringLiteral("--users"), QStringLiteral("30")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QString dpo = TestDatabase::createStaff(db, QStringLiteral("dpo"));
        const QString support = TestDatabase::createStaff(db, QStringLiteral("support"));
        const auto as = [&](const QString& login, QStringList args) {
            args << QStringLiteral("--dsn") << dsn(db, login) << QStringLiteral("--password-file")
                 << m_staffPasswordFile;
            return runProgram(QStringLiteral("fxctl"), args);
        };
        run = as(dpo, {QStringLiteral("incident"), QStringLiteral("open"), QStringLiteral("--title"),
                       QStringLiteral("Leaked backup"), QStringLiteral("--aware-at"),
                       QStringLiteral("2026-03-28T10:00:00+01:00"), QStringLiteral("--json")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QJsonObject opened = run.json().object();
        const QString id = QString::number(opened.value(QStringLiteral("id")).toInteger());
        QCOMPARE(QDateTime::fromString(opened.value(QStringLiteral("authority_deadline")).toString(), Qt::ISODateWithMs)
                     .toUTC(),
                 QDateTime::fromString(QStringLiteral("2026-03-31T09:00:00Z"), Qt::ISODate));
        run = as(dpo, {QStringLiteral("incident"), QStringLiteral("open"), QStringLiteral("--title"),
                       QStringLiteral("x y")});
        QCOMPARE(run.exitCode, 2); // --aware-at is required
        run = as(support, {QStringLiteral("incident"), QStringLiteral("list")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(oneLine(run.err), qPrintable(run.err));
        run = as(dpo, {QStringLiteral("incident"), QStringLiteral("tick"), QStringLiteral("--id"), id,
                       QStringLiteral("--item"), QStringLiteral("containment.stop_breach"), QStringLiteral("--note"),
                       QStringLiteral("bucket closed")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        run = as(dpo, {QStringLiteral("incident"), QStringLiteral("triage"), QStringLiteral("--id"), id,
                       QStringLiteral("--risk"), QStringLiteral("risk"), QStringLiteral("--reasoning"),
                       QStringLiteral("names and e-mail addresses")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        run = as(dpo, {QStringLiteral("incident"), QStringLiteral("notify"), QStringLiteral("--id"), id,
                       QStringLiteral("--kind"), QStringLiteral("authority")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(oneLine(run.err) && run.err.contains(QLatin1String("lacks required content")), qPrintable(run.err));
        run = as(dpo,
                 {QStringLiteral("incident"), QStringLiteral("describe"), QStringLiteral("--id"), id,
                  QStringLiteral("--set"), QStringLiteral("nature=public bucket"), QStringLiteral("--set"),
                  QStringLiteral("subject_categories=learners"), QStringLiteral("--set"),
                  QStringLiteral("subjects_approx=30"), QStringLiteral("--set"),
                  QStringLiteral("record_categories=names"), QStringLiteral("--set"),
                  QStringLiteral("records_approx=30"), QStringLiteral("--set"), QStringLiteral("consequences=phishing"),
                  QStringLiteral("--set"), QStringLiteral("measures=bucket closed")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        // Months late: only with the reasons.
        run = as(dpo, {QStringLiteral("incident"), QStringLiteral("notify"), QStringLiteral("--id"), id,
                       QStringLiteral("--kind"), QStringLiteral("authority")});
        QVERIFY2(run.exitCode == 1 && run.err.contains(QLatin1String("reasons for the delay")), qPrintable(run.err));
        run = as(dpo, {QStringLiteral("incident"), QStringLiteral("notify"), QStringLiteral("--id"), id,
                       QStringLiteral("--kind"), QStringLiteral("authority"), QStringLiteral("--delay-reasons"),
                       QStringLiteral("found in an audit months later")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        run = as(dpo, {QStringLiteral("incident"), QStringLiteral("find"), QStringLiteral("--payment"),
                       QStringLiteral("--attach"), QStringLiteral("--id"), id, QStringLiteral("--json")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QString finding = QString::number(run.json().object().value(QStringLiteral("id")).toInteger());
        const QString people = m_tmp.filePath(QStringLiteral("people.csv"));
        run = as(dpo, {QStringLiteral("incident"), QStringLiteral("affected"), QStringLiteral("--finding"), finding,
                       QStringLiteral("--out"), people});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(QFileInfo(people).size() > 0);
        QCOMPARE(QFileInfo(people).permissions() & (QFileDevice::ReadOther | QFileDevice::ReadGroup),
                 QFileDevice::Permissions());
        const QString draft = m_tmp.filePath(QStringLiteral("draft.pdf"));
        run = as(dpo, {QStringLiteral("incident"), QStringLiteral("draft"), QStringLiteral("--id"), id,
                       QStringLiteral("--kind"), QStringLiteral("authority"), QStringLiteral("--lang"),
                       QStringLiteral("de"), QStringLiteral("--out"), draft});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QFile pdf(draft);
        QVERIFY(pdf.open(QIODevice::ReadOnly) && pdf.read(5) == "%PDF-");
        run = as(dpo, {QStringLiteral("incident"), QStringLiteral("close"), QStringLiteral("--id"), id,
                       QStringLiteral("--summary"), QStringLiteral("notified late with reasons")});
        QVERIFY2(run.exitCode == 1 && run.err.contains(QLatin1String("mandatory checklist items")),
                 qPrintable(run.err));
        run = as(dpo, {QStringLiteral("incident"), QStringLiteral("show"), QStringLiteral("--id"), id});
        QVERIFY2(run.exitCode == 0 && run.out.contains(QLatin1String("[x] containment.stop_breach")),
                 qPrintable(run.out));
        const QString registerCsv = m_tmp.filePath(QStringLiteral("register.csv"));
        run = as(dpo, {QStringLiteral("incident"), QStringLiteral("register"), QStringLiteral("--out"), registerCsv});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QFile csv(registerCsv);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QByteArray text = csv.readAll();
        QVERIFY(text.contains("Leaked backup") && text.contains("found in an audit months later"));
    }

    void administrationCommands()
    {
        const QString db = TestDatabase::createDatabase();
        const QString admin = TestDatabase::createStaff(db, QStringLiteral("admin"));
        const QString support = TestDatabase::createStaff(db, QStringLiteral("support"));
        const auto as = [&](const QString& login, QStringList args) {
            args << QStringLiteral("--dsn") << dsn(db, login) << QStringLiteral("--password-file")
                 << m_staffPasswordFile;
            return runProgram(QStringLiteral("fxctl"), args);
        };
        CliRun run = as(admin, {QStringLiteral("staff"), QStringLiteral("set-role"), support, QStringLiteral("--role"),
                                QStringLiteral("dpo")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        run = as(admin, {QStringLiteral("staff"), QStringLiteral("disable"), admin});
        QVERIFY2(run.exitCode == 1 && oneLine(run.err) && run.err.contains(QLatin1String("your own login")),
                 qPrintable(run.err));
        run = as(admin, {QStringLiteral("staff"), QStringLiteral("list"), QStringLiteral("--json")});
        QVERIFY2(run.exitCode == 0 && run.json().array().size() >= 2, qPrintable(run.err));
        // Access recertification: another login's role is confirmed and logged; one's own is not.
        run = as(admin, {QStringLiteral("staff"), QStringLiteral("recertify"), support});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        {
            const auto owner = TestDatabase::connectSuperuser(db);
            QSqlQuery q(owner->database());
            QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM privacy.staff_recertifications WHERE login = '%1' "
                                          "AND role = 'dpo'")
                               .arg(support)) &&
                    q.next());
            QCOMPARE(q.value(0).toInt(), 1);
        }
        run = as(admin, {QStringLiteral("staff"), QStringLiteral("recertify"), admin});
        QVERIFY2(run.exitCode == 1 && oneLine(run.err), qPrintable(run.err));
        run = as(admin, {QStringLiteral("policy"), QStringLiteral("set"), QStringLiteral("request_warn_days"),
                         QStringLiteral("10")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        run = as(admin, {QStringLiteral("policy"), QStringLiteral("get"), QStringLiteral("request_warn_days"),
                         QStringLiteral("--json")});
        QCOMPARE(run.json().object().value(QStringLiteral("request_warn_days")).toString(), QStringLiteral("10"));
        run = as(admin,
                 {QStringLiteral("policy"), QStringLiteral("set"), QStringLiteral("nonsense"), QStringLiteral("1")});
        QCOMPARE(run.exitCode, 2);
        run = as(admin, {QStringLiteral("retention"), QStringLiteral("list"), QStringLiteral("--rules"),
                         QStringLiteral("--json")});
        QVERIFY2(run.exitCode == 0 && run.out.contains(QLatin1String("invoices")), qPrintable(run.err));
        run = as(admin, {QStringLiteral("retention"), QStringLiteral("set"), QStringLiteral("--table"),
                         QStringLiteral("invoices"), QStringLiteral("--years"), QStringLiteral("6"),
                         QStringLiteral("--basis-en"), QStringLiteral("booking voucher, six years"),
                         QStringLiteral("--basis-de"), QStringLiteral("Buchungsbeleg, sechs Jahre"),
                         QStringLiteral("--json")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        run = as(admin, {QStringLiteral("processors"), QStringLiteral("add"), QStringLiteral("--name"),
                         QStringLiteral("Mailjet"), QStringLiteral("--category"), QStringLiteral("communication"),
                         QStringLiteral("--contact"), QStringLiteral("dpo@mailjet.example"), QStringLiteral("--data"),
                         QStringLiteral("account,communication"), QStringLiteral("--json")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QString id = QString::number(run.json().object().value(QStringLiteral("id")).toInt());
        run = as(admin, {QStringLiteral("processors"), QStringLiteral("edit"), QStringLiteral("--id"), id,
                         QStringLiteral("--dpa"), QStringLiteral("AVV-7")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        run = as(admin, {QStringLiteral("processors"), QStringLiteral("list"), QStringLiteral("--json")});
        QVERIFY(run.out.contains(QLatin1String("AVV-7")));
        run = as(support, {QStringLiteral("policy"), QStringLiteral("get")});
        QVERIFY2(run.exitCode == 1 && oneLine(run.err), qPrintable(run.err));
        // The records of processing: every table of the map, the processor just added, in German.
        QTemporaryDir folder;
        const QString pdf = folder.filePath(QStringLiteral("ropa.pdf"));
        run = as(admin, {QStringLiteral("ropa"), QStringLiteral("--lang"), QStringLiteral("de"),
                         QStringLiteral("--out"), pdf});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QString records = PdfText::read(pdf);
        for (const char* expected :
             {"Verzeichnis von Verarbeitungstätigkeiten", "Mailjet", "AVV-7", "payment_references",
              "Buchungsbeleg, sechs Jahre", "(g) Technische und organisatorische"})
            QVERIFY2(records.contains(QString::fromUtf8(expected)), expected);
        const QString csv = folder.filePath(QStringLiteral("ropa.csv"));
        run = as(admin, {QStringLiteral("ropa"), QStringLiteral("--lang"), QStringLiteral("en"),
                         QStringLiteral("--out"), csv});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QFile csvFile(csv);
        QVERIFY(csvFile.open(QIODevice::ReadOnly));
        QList<QStringList> rows;
        QVERIFY(Csv::parse(csvFile.readAll(), &rows));
        QCOMPARE(rows.first().first(), QStringLiteral("Record"));
        QVERIFY(std::any_of(rows.cbegin(), rows.cend(), [](const QStringList& r) {
            return r.value(1) == QLatin1String("invoices") &&
                   r.value(5).contains(QLatin1String("booking voucher, six years"));
        }));
        run = as(TestDatabase::createStaff(db, QStringLiteral("support")),
                 {QStringLiteral("ropa"), QStringLiteral("--out"), csv});
        QVERIFY2(run.exitCode == 1 && oneLine(run.err), qPrintable(run.err));
        run = as(admin, {QStringLiteral("ropa"), QStringLiteral("--out"), folder.filePath(QStringLiteral("ropa.txt"))});
        QVERIFY2(run.exitCode == 1 && oneLine(run.err), qPrintable(run.err));
        // A two-letter login is in a random password often enough to fail within these tries.
        for (int i = 0; i < 25; ++i) {
            run = as(admin,
                     {QStringLiteral("staff"), QStringLiteral("add"), QStringLiteral("jo"), QStringLiteral("--role"),
                      QStringLiteral("support"), QStringLiteral("--generate-password"), QStringLiteral("--json")});
            QVERIFY2(run.exitCode == 0, qPrintable(run.err));
            QVERIFY(!run.json()
                         .object()
                         .value(QStringLiteral("password"))
                         .toString()
                         .contains(QLatin1String("jo"), Qt::CaseInsensitive));
            run = as(admin, {QStringLiteral("staff"), QStringLiteral("remove"), QStringLiteral("jo")});
            QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        }
    }

    void auditCommands()
    {
        const QString db = TestDatabase::createDatabase();
        const QString dpo = TestDatabase::createStaff(db, QStringLiteral("dpo"));
        const auto as = [&](QStringList args) {
            args << QStringLiteral("--dsn") << dsn(db, dpo) << QStringLiteral("--password-file") << m_staffPasswordFile;
            return runProgram(QStringLiteral("fxctl"), args);
        };
        CliRun run = as({QStringLiteral("audit"), QStringLiteral("settings"), QStringLiteral("--set"),
                         QStringLiteral("anomaly_factor=4"), QStringLiteral("--json")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(run.json().object().value(QStringLiteral("anomaly_factor")).toString(), QStringLiteral("4"));
        run = as({QStringLiteral("audit"), QStringLiteral("settings"), QStringLiteral("--set"),
                  QStringLiteral("work_days=weekdays")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(oneLine(run.err) && run.err.contains(QLatin1String("does not fit")), qPrintable(run.err));
        run = as({QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--action"),
                  QStringLiteral("settings.change"), QStringLiteral("--json")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(run.json().array().size(), 1);

        // A flag reviewed from the command line: working hours that exclude this hour in Berlin make
        // a support look-up now an off-hours access.
        const int hour = QDateTime::currentDateTime().toTimeZone(QTimeZone("Europe/Berlin")).time().hour();
        const int start = (hour + 2) % 22;
        run = as({QStringLiteral("audit"), QStringLiteral("settings"), QStringLiteral("--set"),
                  QStringLiteral("work_hours=%1:00-%2:00")
                      .arg(start, 2, 10, QLatin1Char('0'))
                      .arg(start + 1, 2, 10, QLatin1Char('0'))});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        run = asOwner(db,
                      {QStringLiteral("db"), QStringLiteral("seed"), QStringLiteral("--users"), QStringLiteral("10")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QString support = TestDatabase::createStaff(db, QStringLiteral("support"));
        run = runProgram(QStringLiteral("fxctl"),
                         {QStringLiteral("user"), QStringLiteral("show"), QStringLiteral("7"),
                          QStringLiteral("--ticket"), QStringLiteral("SUP-9"), QStringLiteral("--dsn"),
                          dsn(db, support), QStringLiteral("--password-file"), m_staffPasswordFile});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        run = as({QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--anomalies"),
                  QStringLiteral("--staff"), support, QStringLiteral("--json")});
        QVERIFY2(run.exitCode == 0 && run.json().array().size() == 1, qPrintable(run.out + run.err));
        const QString entry =
            QString::number(run.json().array().first().toObject().value(QStringLiteral("id")).toInteger());
        const QStringList reviewFlag{QStringLiteral("audit"),
                                     QStringLiteral("review"),
                                     entry,
                                     QStringLiteral("--outcome"),
                                     QStringLiteral("justified"),
                                     QStringLiteral("--note"),
                                     QStringLiteral("night shift on the roster")};
        run = as(reviewFlag);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        run = as(reviewFlag);
        QVERIFY2(run.exitCode == 1 && oneLine(run.err), qPrintable(run.err));
        run = as({QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--anomalies"),
                  QStringLiteral("--staff"), support, QStringLiteral("--json")});
        QVERIFY2(run.exitCode == 0 && run.json().array().isEmpty(), qPrintable(run.out));

        QTemporaryDir folder;
        const QString passphrase = folder.filePath(QStringLiteral("pass"));
        QFile pass(passphrase);
        QVERIFY(pass.open(QIODevice::WriteOnly));
        pass.write("a long passphrase\n");
        pass.close();
        const QString key = folder.filePath(QStringLiteral("dpo.key"));
        const QString checkpoint = folder.filePath(QStringLiteral("checkpoint.json"));
        run = as({QStringLiteral("audit"), QStringLiteral("keygen"), QStringLiteral("--out"), key,
                  QStringLiteral("--passphrase-file"), passphrase});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        run = as({QStringLiteral("audit"), QStringLiteral("checkpoint"), QStringLiteral("--key"), key,
                  QStringLiteral("--passphrase-file"), passphrase, QStringLiteral("--out"), checkpoint});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        run = as({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--checkpoint"), checkpoint,
                  QStringLiteral("--public-key"), key + QStringLiteral(".pub")});
        QVERIFY2(run.exitCode == 0 && run.out.contains(QLatin1String("intact")), qPrintable(run.err));
        const QString pdf = folder.filePath(QStringLiteral("review.pdf"));
        run = as({QStringLiteral("audit"), QStringLiteral("report"), QStringLiteral("--pdf"), QStringLiteral("--lang"),
                  QStringLiteral("de"), QStringLiteral("--out"), pdf});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QString review = PdfText::read(pdf);
        QVERIFY2(review.contains(QString::fromUtf8("Prüfung des Zugriffsprotokolls")), qPrintable(review.left(300)));
        QCOMPARE(PdfText::ligatures(review), QString());
    }

    void refusalsAreOneClearLine_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("expected");
        QTest::newRow("password in dsn") << QStringList{QStringLiteral("db"), QStringLiteral("status"),
                                                        QStringLiteral("--dsn"),
                                                        QStringLiteral("postgresql://u:hunter2@localhost/x")}
                                         << "pgpass";
        QTest::newRow("unreachable") << QStringList{QStringLiteral("db"), QStringLiteral("status"),
                                                    QStringLiteral("--dsn"),
                                                    QStringLiteral("host=127.0.0.1 port=1 sslmode=disable")}
                                     << "Cannot reach";
        QTest::newRow("10k dsn") << QStringList{QStringLiteral("db"), QStringLiteral("status"), QStringLiteral("--dsn"),
                                                QString(10000, QLatin1Char('x'))}
                                 << "=";
        QTest::newRow("missing password file")
            << QStringList{QStringLiteral("db"), QStringLiteral("status"), QStringLiteral("--password-file"),
                           QStringLiteral("/nonexistent/pw")}
            << "Cannot read";
        QTest::newRow("no demo") << QStringList{QStringLiteral("audit"), QStringLiteral("verify"),
                                                QStringLiteral("--demo"), QStringLiteral("dpo")}
                                 << "fxctl demo up";
    }

    void refusalsAreOneClearLine()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, expected);
        const CliRun run = runProgram(QStringLiteral("fxctl"), args);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(oneLine(run.err), qPrintable(run.err));
        QVERIFY2(run.err.contains(expected), qPrintable(run.err));
        QVERIFY(!run.err.contains(QLatin1String("hunter2")));
        QVERIFY(run.err.size() < 400);
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
