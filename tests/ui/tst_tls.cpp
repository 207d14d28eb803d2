// SPDX-License-Identifier: GPL-3.0-or-later
// TLS against a private server with certificates from a throwaway CA: verify-full connects and the
// status bar shows protocol and cipher; a wrong host name, an unknown CA and a server without TLS
// are refused with a message that says what to check.
#include "Screenshots.h"
#include "core/Languages.h"
#include "core/Settings.h"
#include "db/DatabaseConnection.h"
#include "db/DbSession.h"
#include "db/LocalCluster.h"
#include "db/Migrator.h"
#include "db/SessionInfo.h"
#include "db/StaffDirectory.h"
#include "main/MainWindow.h"
#include "main/SessionStatusBar.h"

#include <QApplication>
#include <QLabel>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>

#include <unistd.h>

namespace {

const QString ownerPassword = QStringLiteral("Owner pass phrase 42 long");
const QString staffPassword = QStringLiteral("Correct horse battery staple 7");

bool openssl(const QString& dir, const QStringList& args)
{
    QProcess p;
    p.setWorkingDirectory(dir);
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(QStringLiteral("openssl"), args);
    if (!p.waitForFinished(60000) || p.exitCode() != 0) {
        qWarning("openssl %s: %s", qPrintable(args.join(' ')), p.readAll().constData());
        return false;
    }
    return true;
}

// A CA (name.key, name.crt), and with a server name a key and certificate it signed.
bool makeCa(const QString& dir, const QString& name)
{
    return openssl(dir,
                   {"req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes", "-days", "2",
                    "-subj", "/CN=Fluxariont test CA " + name, "-keyout", name + ".key", "-out", name + ".crt"});
}

bool makeServerCertificate(const QString& dir, const QString& ca, const QString& host)
{
    return openssl(dir, {"req", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes", "-subj",
                         "/CN=" + host, "-keyout", "server.key", "-out", "server.csr"}) &&
           openssl(dir, {"x509", "-req", "-in", "server.csr", "-CA", ca + ".crt", "-CAkey", ca + ".key",
                         "-CAcreateserial", "-days", "2", "-extfile", "san.cnf", "-out", "server.crt"});
}

} // namespace

class TestTls : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_cluster.init({QStringLiteral("fx_tls_owner"), ownerPassword, 0, false}, &error), qPrintable(error));
        const QString data = m_cluster.dataDir();
        QFile san(data + QStringLiteral("/san.cnf"));
        QVERIFY(san.open(QIODevice::WriteOnly));
        san.write("subjectAltName = DNS:localhost\n");
        san.close();
        QVERIFY(makeCa(m_certs.path(), QStringLiteral("trusted")));
        QVERIFY(makeCa(m_certs.path(), QStringLiteral("stranger")));
        QVERIFY(QFile::copy(m_certs.filePath(QStringLiteral("trusted.crt")), data + QStringLiteral("/trusted.crt")));
        QVERIFY(QFile::copy(m_certs.filePath(QStringLiteral("trusted.key")), data + QStringLiteral("/trusted.key")));
        QVERIFY(makeServerCertificate(data, QStringLiteral("trusted"), QStringLiteral("localhost")));
        QFile::remove(data + QStringLiteral("/trusted.key"));
        QFile::setPermissions(data + QStringLiteral("/server.key"), QFile::ReadOwner | QFile::WriteOwner);
        if (::getuid() == 0)
            QCOMPARE(QProcess::execute(QStringLiteral("chown"),
                                       {QStringLiteral("-R"), QStringLiteral("postgres:"), m_cluster.dir()}),
                     0);
        QFile conf(data + QStringLiteral("/postgresql.conf"));
        QVERIFY(conf.open(QIODevice::Append));
        conf.write("ssl = on\nssl_cert_file = 'server.crt'\nssl_key_file = 'server.key'\n");
        conf.close();
        QVERIFY2(m_cluster.start(&error), qPrintable(error));

        // The schema and one administrator, so the console's own session query runs.
        DatabaseConnection owner;
        ConnectError connectError;
        QVERIFY2(owner.open(m_cluster.profile(QStringLiteral("postgres"), QStringLiteral("fx_tls_owner")),
                            ownerPassword, &connectError),
                 qPrintable(connectError.message));
        Migrator::Result result;
        QVERIFY2(Migrator(owner.database()).migrate(&result, &error), qPrintable(error));
        QVERIFY2(StaffDirectory(owner.database())
                     .add(QStringLiteral("tls_admin"), QStringLiteral("admin"), staffPassword, QString(), &error),
                 qPrintable(error));
    }

    void cleanupTestCase()
    {
        QString error;
        QVERIFY2(m_cluster.remove(&error), qPrintable(error));
    }

    void verifyFullConnectsAndShowsTheCipher()
    {
        DatabaseConnection connection;
        ConnectError error;
        const ConnectionProfile profile = tlsProfile(QStringLiteral("localhost"), QStringLiteral("trusted.crt"));
        QVERIFY2(connection.open(profile, staffPassword, &error), qPrintable(error.message));
        QSqlDatabase db = connection.database();
        const auto info = SessionInfo::query(db, profile, &error);
        QVERIFY2(info, qPrintable(error.message));
        QVERIFY(info->tls);
        QVERIFY2(info->tlsVersion.startsWith(QLatin1String("TLSv1.")), qPrintable(info->tlsVersion));
        QVERIFY(!info->tlsCipher.isEmpty());

        SessionStatusBar bar;
        bar.setSession(*info);
        const QString shown = bar.findChild<QLabel*>(QStringLiteral("tlsLabel"))->text();
        QVERIFY2(shown.contains(info->tlsVersion) && shown.contains(info->tlsCipher), qPrintable(shown));
        qInfo("status bar: %s", qPrintable(shown));
    }

    // The whole window on a TLS session, as a user sees it (screenshots with FX_SCREENSHOT_DIR).
    void mainWindowShowsProtocolAndCipher()
    {
        QStandardPaths::setTestModeEnabled(true);
        DbSession session;
        QSignalSpy opened(&session, &DbSession::opened);
        session.open(tlsProfile(QStringLiteral("localhost"), QStringLiteral("trusted.crt")), staffPassword);
        QVERIFY(opened.wait(15000));
        Languages languages;
        languages.apply(QStringLiteral("en"));
        Settings settings;
        MainWindow window(&session, &languages, &settings);
        window.show();
        const QString shown = window.findChild<QLabel*>(QStringLiteral("tlsLabel"))->text();
        QVERIFY2(shown.startsWith(QLatin1String("TLS: on (TLSv1.")) && shown.contains(QLatin1String("_")),
                 qPrintable(shown));
        Screenshots::both(&window, languages, QStringLiteral("tls_session"));
    }

    void wrongHostNameIsRefused()
    {
        const ConnectError error = refusal(tlsProfile(QStringLiteral("127.0.0.1"), QStringLiteral("trusted.crt")));
        QCOMPARE(error.kind, ConnectError::Kind::TlsVerifyFailed);
        QVERIFY2(error.message.contains(QLatin1String("different host name")), qPrintable(error.message));
    }

    void unknownCaIsRefused()
    {
        const ConnectError error = refusal(tlsProfile(QStringLiteral("localhost"), QStringLiteral("stranger.crt")));
        QCOMPARE(error.kind, ConnectError::Kind::TlsVerifyFailed);
        QVERIFY2(error.message.contains(QLatin1String("not issued by the CA")), qPrintable(error.message));
    }

    void missingCaFileIsRefused()
    {
        const ConnectError error = refusal(tlsProfile(QStringLiteral("localhost"), QStringLiteral("absent.crt")));
        QCOMPARE(error.kind, ConnectError::Kind::TlsVerifyFailed);
    }

    // Last: switches TLS off on the server.
    void serverWithoutTlsIsRefused()
    {
        {
            DatabaseConnection owner;
            ConnectError error;
            QVERIFY(owner.open(m_cluster.profile(QStringLiteral("postgres"), QStringLiteral("fx_tls_owner")),
                               ownerPassword, &error));
            QSqlQuery q(owner.database());
            QVERIFY(q.exec(QStringLiteral("ALTER SYSTEM SET ssl = off")));
            QVERIFY(q.exec(QStringLiteral("SELECT pg_reload_conf()")));
        }
        QTest::qWait(500);
        const ConnectError error = refusal(tlsProfile(QStringLiteral("localhost"), QStringLiteral("trusted.crt")));
        QCOMPARE(error.kind, ConnectError::Kind::TlsNotOffered);
        QVERIFY2(error.message.contains(QLatin1String("does not offer an encrypted")), qPrintable(error.message));

        // prefer still connects, and the status bar says the session is not encrypted.
        ConnectionProfile plain = tlsProfile(QStringLiteral("localhost"), QString());
        plain.sslMode = QStringLiteral("prefer");
        DatabaseConnection connection;
        ConnectError connectError;
        QVERIFY2(connection.open(plain, staffPassword, &connectError), qPrintable(connectError.message));
        QSqlDatabase db = connection.database();
        const auto info = SessionInfo::query(db, plain, &connectError);
        QVERIFY(info && !info->tls);
        SessionStatusBar bar;
        bar.setSession(*info);
        QVERIFY(bar.findChild<QLabel*>(QStringLiteral("tlsLabel"))->text().contains(QLatin1String("not encrypted")));
    }

private:
    ConnectionProfile tlsProfile(const QString& host, const QString& caFile) const
    {
        ConnectionProfile p;
        p.host = host;
        p.port = m_cluster.port();
        p.database = QStringLiteral("postgres");
        p.user = QStringLiteral("tls_admin");
        p.sslMode = QStringLiteral("verify-full");
        if (!caFile.isEmpty())
            p.sslRootCert = m_certs.filePath(caFile);
        return p;
    }

    ConnectError refusal(const ConnectionProfile& profile)
    {
        DatabaseConnection connection;
        ConnectError error;
        if (connection.open(profile, staffPassword, &error))
            qWarning("connected where it should have been refused");
        qInfo("refused: %s", qPrintable(error.message));
        return error;
    }

    QTemporaryDir m_certs;
    LocalCluster m_cluster{QStringLiteral("/tmp/fxtest-tls-%1").arg(QCoreApplication::applicationPid())};
};

QTEST_MAIN(TestTls)
#include "tst_tls.moc"
