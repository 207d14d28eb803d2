// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/Settings.h"

#include <QFile>
#include <QStandardPaths>
#include <QTest>

class TestSettings : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("FluxariontTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_settings"));
        QSettings().clear();
    }

    void defaults()
    {
        Settings s;
        QCOMPARE(s.language(), QStringLiteral("system"));
        QCOMPARE(s.logLevel(), QStringLiteral("info"));
        QVERIFY(s.profiles().isEmpty());
    }

    void profilesRoundTripWithoutPasswords()
    {
        ConnectionProfile p;
        p.name = QStringLiteral("Produktion");
        p.host = QStringLiteral("db.example.org");
        p.port = 6432;
        p.database = QStringLiteral("fluxariont");
        p.user = QStringLiteral("anna.dpo");
        p.sslMode = QStringLiteral("verify-full");
        {
            Settings s;
            s.setProfiles({p});
            s.sync();
        }
        Settings s;
        const auto loaded = s.profiles();
        QCOMPARE(loaded.size(), 1);
        QCOMPARE(loaded.first().host, p.host);
        QCOMPARE(loaded.first().port, 6432);
        QCOMPARE(loaded.first().sslMode, p.sslMode);
        const QString file = QSettings().fileName();
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(!f.readAll().toLower().contains("password"));
    }

    void versionIsRecorded()
    {
        Settings s;
        s.sync();
        QCOMPARE(QSettings().value(QStringLiteral("version")).toInt(), Settings::CurrentVersion);
    }
};

QTEST_GUILESS_MAIN(TestSettings)
#include "tst_settings.moc"
