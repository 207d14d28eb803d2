// SPDX-License-Identifier: GPL-3.0-or-later
// Each way a sign-in can fail gives its own clear message in the dialog.
#include "TestDatabase.h"

#include "common/MessageBanner.h"
#include "core/Settings.h"
#include "db/DbSession.h"
#include "db/LocalCluster.h"
#include "login/LoginDialog.h"

#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTest>

class TestLoginDialog : public QObject
{
    Q_OBJECT
private:
    QString m_db;
    QString m_support;

    struct Attempt {
        bool accepted = false;
        QString message;
    };

    Attempt signIn(const QString& host, int port, const QString& database, const QString& user, const QString& password,
                   const QString& sslMode = QString())
    {
        Settings settings;
        DbSession session;
        LoginDialog dialog(&session, &settings);
        dialog.show();
        auto* combo = dialog.findChild<QComboBox*>(QStringLiteral("profileComboBox"));
        combo->setCurrentIndex(combo->count() - 1); // "New connection…"
        dialog.findChild<QLineEdit*>(QStringLiteral("hostLineEdit"))->setText(host);
        dialog.findChild<QSpinBox*>(QStringLiteral("portSpinBox"))->setValue(port);
        dialog.findChild<QLineEdit*>(QStringLiteral("databaseLineEdit"))->setText(database);
        dialog.findChild<QLineEdit*>(QStringLiteral("userLineEdit"))->setText(user);
        auto* mode = dialog.findChild<QComboBox*>(QStringLiteral("sslModeComboBox"));
        mode->setCurrentIndex(std::max(0, mode->findData(sslMode)));
        dialog.findChild<QLineEdit*>(QStringLiteral("passwordLineEdit"))->setText(password);
        QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("connectButton")), Qt::LeftButton);
        auto* banner = dialog.findChild<MessageBanner*>(QStringLiteral("messageBanner"));
        (void)QTest::qWaitFor([&] { return dialog.result() == QDialog::Accepted || banner->isVisible(); }, 15000);
        return {dialog.result() == QDialog::Accepted, banner->text()};
    }

    QString socketDir() const { return TestDatabase::clusterDir(); }
    int port() const { return LocalCluster(TestDatabase::clusterDir()).port(); }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_db = TestDatabase::createDatabase();
        m_support = TestDatabase::createStaff(m_db, QStringLiteral("support"));
    }

    void signsIn()
    {
        const Attempt a = signIn(socketDir(), port(), m_db, m_support, TestDatabase::staffPassword());
        QVERIFY2(a.accepted, qPrintable(a.message));
    }

    void wrongPassword()
    {
        const Attempt a = signIn(socketDir(), port(), m_db, m_support, QStringLiteral("not the password"));
        QVERIFY(!a.accepted);
        QVERIFY2(a.message.contains(QLatin1String("password is wrong")), qPrintable(a.message));
        QVERIFY(!a.message.contains(QLatin1String("not the password")));
    }

    void unreachableHost()
    {
        const int closedPort = LocalCluster::freePort();
        const Attempt a = signIn(QStringLiteral("127.0.0.1"), closedPort, m_db, m_support, QStringLiteral("x"),
                                 QStringLiteral("disable"));
        QVERIFY2(a.message.contains(QLatin1String("Cannot reach")), qPrintable(a.message));
        QVERIFY(a.message.contains(QString::number(closedPort)));
    }

    void tlsRequiredButNotOffered()
    {
        const Attempt a = signIn(QStringLiteral("127.0.0.1"), port(), m_db, m_support, TestDatabase::staffPassword(),
                                 QStringLiteral("require"));
        QVERIFY2(a.message.contains(QLatin1String("does not offer an encrypted")), qPrintable(a.message));
    }

    void databaseWithoutPrivacySchema()
    {
        const QString empty = TestDatabase::createDatabase(false);
        const Attempt a =
            signIn(socketDir(), port(), empty, QStringLiteral("fx_test_owner"), TestDatabase::superuserPassword());
        QVERIFY2(a.message.contains(QLatin1String("fxctl db init")), qPrintable(a.message));
    }

    void loginWithoutConsoleRole()
    {
        const QString login = m_db + QStringLiteral("_nobody");
        QVERIFY(TestDatabase::exec(
            m_db, QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD '%2'").arg(login, TestDatabase::staffPassword())));
        const Attempt a = signIn(socketDir(), port(), m_db, login, TestDatabase::staffPassword());
        QVERIFY2(a.message.contains(QLatin1String("not a member of a console role")), qPrintable(a.message));
        QVERIFY(a.message.contains(login));
    }

    void superuserIsNotAStaffLogin()
    {
        const Attempt a =
            signIn(socketDir(), port(), m_db, QStringLiteral("fx_test_owner"), TestDatabase::superuserPassword());
        QVERIFY(!a.accepted);
        QVERIFY2(a.message.contains(QLatin1String("not a member of a console role")), qPrintable(a.message));
    }

    void cancelWhileConnecting()
    {
        // A server that accepts and never answers: libpq waits, the dialog must not.
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
        Settings settings;
        DbSession session;
        LoginDialog dialog(&session, &settings);
        dialog.show();
        auto* combo = dialog.findChild<QComboBox*>(QStringLiteral("profileComboBox"));
        combo->setCurrentIndex(combo->count() - 1);
        dialog.findChild<QLineEdit*>(QStringLiteral("hostLineEdit"))->setText(QStringLiteral("127.0.0.1"));
        dialog.findChild<QSpinBox*>(QStringLiteral("portSpinBox"))->setValue(silent.serverPort());
        auto* connectButton = dialog.findChild<QPushButton*>(QStringLiteral("connectButton"));
        QTest::mouseClick(connectButton, Qt::LeftButton);
        QVERIFY(!connectButton->isEnabled());
        QVERIFY(session.isConnecting());
        dialog.reject(); // the Cancel button
        QVERIFY(dialog.isVisible());
        QVERIFY(connectButton->isEnabled());
        auto* banner = dialog.findChild<MessageBanner*>(QStringLiteral("messageBanner"));
        QVERIFY(banner->text().contains(QLatin1String("cancelled")));
    }
};

QTEST_MAIN(TestLoginDialog)
#include "tst_logindialog.moc"
