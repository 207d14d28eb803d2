// SPDX-License-Identifier: GPL-3.0-or-later
// A connection lost during COMMIT. A proxy between the console's session and the server passes
// everything, except that it cuts the connection right after forwarding COMMIT (the server saves
// the change, the console never hears) or instead of forwarding it (the server never saves it).
// On reconnecting, the session asks the server for that transaction's status and reports whether
// the change was saved; it is never applied twice.
#include "TestDatabase.h"
#include "core/SecretFile.h"
#include "db/DbSession.h"
#include "privacy/UserDirectory.h"

#include <QProcess>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <atomic>

namespace {

// Forwards each client to the server's TCP port. It runs on a thread of its own: the session's
// destructor blocks the test's thread until its workers close, and a worker still talking
// through the proxy must be heard meanwhile.
class CommitCuttingProxy : public QObject
{
    Q_OBJECT
public:
    enum class Mode { PassThrough, CutAfterCommit, DropCommit };

    explicit CommitCuttingProxy(int serverPort)
        : m_serverPort(serverPort)
    {
        m_thread.setObjectName(QStringLiteral("commit-cutting-proxy"));
        moveToThread(&m_thread);
        m_thread.start();
        QMetaObject::invokeMethod(
            this,
            [this] {
                m_server = new QTcpServer(this);
                m_server->listen(QHostAddress::LocalHost, 0);
                m_port = m_server->serverPort();
                connect(m_server, &QTcpServer::newConnection, this, &CommitCuttingProxy::accept);
            },
            Qt::BlockingQueuedConnection);
    }
    ~CommitCuttingProxy() override
    {
        // The sockets and the server are children of this object; they go with it, on its thread.
        QMetaObject::invokeMethod(
            this, [this] { qDeleteAll(children()); }, Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
    }
    int port() const { return m_port; }
    void setMode(Mode mode) { m_mode = mode; }
    int cuts() const { return m_cuts; }

private:
    void accept()
    {
        QTcpSocket* client = m_server->nextPendingConnection();
        client->setParent(this);
        auto* upstream = new QTcpSocket(client);
        upstream->connectToHost(QHostAddress::LocalHost, quint16(m_serverPort));
        upstream->waitForConnected(5000);
        connect(upstream, &QTcpSocket::readyRead, client, [client, upstream] { client->write(upstream->readAll()); });
        connect(client, &QTcpSocket::readyRead, upstream, [this, client, upstream] {
            const QByteArray data = client->readAll();
            const bool commit = data.startsWith('Q') && data.contains(QByteArray("COMMIT\0", 7));
            if (!commit || m_mode == Mode::PassThrough) {
                upstream->write(data);
                return;
            }
            ++m_cuts;
            if (m_mode == Mode::CutAfterCommit) {
                upstream->write(data);
                upstream->waitForBytesWritten(5000);
            }
            client->abort();
            upstream->disconnectFromHost();
        });
        connect(client, &QTcpSocket::disconnected, client, &QObject::deleteLater);
    }

    QThread m_thread;
    QTcpServer* m_server = nullptr;
    int m_serverPort;
    int m_port = 0;
    std::atomic<Mode> m_mode = Mode::PassThrough;
    std::atomic<int> m_cuts = 0;
};

} // namespace

class TestCommitLoss : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        m_db = TestDatabase::createSeededDatabase(20);
        m_login = TestDatabase::createStaff(m_db, QStringLiteral("support"));
        m_proxy = std::make_unique<CommitCuttingProxy>(TestDatabase::profile(m_db, m_login).port);
        QVERIFY(m_proxy->port() > 0);
    }

    void savedChangeIsReportedAndNotRepeated() { cutOff(CommitCuttingProxy::Mode::CutAfterCommit, 3, true); }
    void unsavedChangeIsReportedAndDoneOnce() { cutOff(CommitCuttingProxy::Mode::DropCommit, 4, false); }

    // fxctl asks the server itself before it answers: saved is success, not saved says "run it again".
    void fxctlAsksTheServer()
    {
        QTemporaryDir tmp;
        const QString passwordFile = tmp.filePath(QStringLiteral("password"));
        QString error;
        QVERIFY(SecretFile::write(passwordFile, TestDatabase::staffPassword().toUtf8(), &error));
        const QString dsn = QStringLiteral("host=127.0.0.1 port=%1 dbname=%2 user=%3 sslmode=disable")
                                .arg(m_proxy->port())
                                .arg(m_db, m_login);
        const auto lockVia = [&](qint64 userId) {
            QProcess fxctl;
            fxctl.start(qEnvironmentVariable("FX_BIN_DIR") + QStringLiteral("/fxctl"),
                        {QStringLiteral("user"), QStringLiteral("lock"), QString::number(userId),
                         QStringLiteral("--ticket"), QStringLiteral("SUP-8"), QStringLiteral("--dsn"), dsn,
                         QStringLiteral("--password-file"), passwordFile});
            fxctl.waitForFinished(30000);
            return std::pair{fxctl.exitCode(), QString::fromUtf8(fxctl.readAllStandardError())};
        };

        m_proxy->setMode(CommitCuttingProxy::Mode::CutAfterCommit);
        auto [code, err] = lockVia(5);
        QVERIFY2(code == 0 && err.contains(QLatin1String("the server saved the change")), qPrintable(err));
        QCOMPARE(locks(5), 1);

        m_proxy->setMode(CommitCuttingProxy::Mode::DropCommit);
        std::tie(code, err) = lockVia(6);
        QVERIFY2(code == 1 && err.contains(QLatin1String("Run the command again")), qPrintable(err));
        QCOMPARE(locks(6), 0);
        m_proxy->setMode(CommitCuttingProxy::Mode::PassThrough);
        std::tie(code, err) = lockVia(6);
        QVERIFY2(code == 0, qPrintable(err));
        QCOMPARE(locks(6), 1);
    }

private:
    void cutOff(CommitCuttingProxy::Mode mode, qint64 userId, bool expectSaved)
    {
        DbSession session;
        session.setHeartbeatInterval(3600 * 1000);
        QVERIFY(open(session));

        m_proxy->setMode(mode);
        const QString error = lock(session, userId);
        QVERIFY2(error.contains(QLatin1String("not known whether")), qPrintable(error));
        QCOMPARE(m_proxy->cuts(), m_cutsBefore + 1);
        m_cutsBefore = m_proxy->cuts();

        m_proxy->setMode(CommitCuttingProxy::Mode::PassThrough);
        QSignalSpy checked(&session, &DbSession::uncertainChangeChecked);
        QVERIFY(open(session));
        QTRY_COMPARE_WITH_TIMEOUT(checked.size(), 1, 10000);
        QCOMPARE(checked.first().at(0).toString(), QStringLiteral("user_lock"));
        QCOMPARE(checked.first().at(1).toBool(), true);
        QCOMPARE(checked.first().at(2).toBool(), expectSaved);
        QCOMPARE(locks(userId), expectSaved ? 1 : 0);

        // What the banner asks for: nothing when saved, once more when not.
        if (!expectSaved)
            QCOMPARE(lock(session, userId), QString());
        QCOMPARE(locks(userId), 1);
        QSignalSpy again(&session, &DbSession::uncertainChangeChecked);
        QVERIFY(open(session));
        QTest::qWait(200);
        QCOMPARE(again.size(), 0); // reported once only
    }

    bool open(DbSession& session)
    {
        ConnectionProfile profile = TestDatabase::profile(m_db, m_login);
        profile.host = QStringLiteral("127.0.0.1");
        profile.port = m_proxy->port();
        profile.sslMode = QStringLiteral("disable");
        QSignalSpy opened(&session, &DbSession::opened);
        session.open(profile, TestDatabase::staffPassword());
        return opened.wait(10000);
    }

    // Locks a learner through the session; the error, empty on success.
    QString lock(DbSession& session, qint64 userId)
    {
        QString error = QStringLiteral("no answer");
        bool done = false;
        session.run(
            this,
            [userId](QSqlDatabase& db) {
                QJsonObject result;
                QString failure;
                UserDirectory(db).operate(userId, UserDirectory::Operation::Lock, {QStringLiteral("SUP-9"), {}},
                                          &result, &failure);
                return QVariant(failure);
            },
            [&](const QVariant& result) {
                error = result.toString();
                done = true;
            });
        if (!QTest::qWaitFor([&done] { return done; }, 15000))
            return QStringLiteral("timed out");
        return error;
    }

    int locks(qint64 userId)
    {
        const auto owner = TestDatabase::connectSuperuser(m_db);
        QSqlQuery q(owner->database());
        q.exec(QStringLiteral("SELECT count(*) FROM privacy.access_log WHERE action = 'user.lock' AND subject_id = %1")
                   .arg(userId));
        return q.next() ? q.value(0).toInt() : -1;
    }

    QString m_db;
    QString m_login;
    std::unique_ptr<CommitCuttingProxy> m_proxy;
    int m_cutsBefore = 0;
};

QTEST_GUILESS_MAIN(TestCommitLoss)
#include "tst_commitloss.moc"
