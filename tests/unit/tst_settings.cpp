// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/Settings.h"

#include <QDir>
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

    void migratesFromVersionOne()
    {
        {
            QSettings old;
            old.clear();
            old.setValue(QStringLiteral("version"), 1);
            old.setValue(QStringLiteral("connection/lastProfile"), QStringLiteral("Produktion"));
            old.setValue(QStringLiteral("general/logLevel"), QStringLiteral("debug"));
            old.sync();
        }
        Settings s;
        s.sync();
        QCOMPARE(s.value(Settings::Key::DefaultProfile).toString(), QStringLiteral("Produktion"));
        QCOMPARE(s.logLevel(), QStringLiteral("debug")); // kept
        QCOMPARE(s.theme(), QStringLiteral("system"));   // new key, default
        QVERIFY(!s.useKeychain());                       // off unless chosen
        QCOMPARE(QSettings().value(QStringLiteral("version")).toInt(), 2);
        // A second start converts nothing again: a changed default stays.
        s.setValue(Settings::Key::DefaultProfile, QStringLiteral("Test"));
        s.sync();
        QCOMPARE(Settings().value(Settings::Key::DefaultProfile).toString(), QStringLiteral("Test"));
    }

    void newerFileIsLeftAlone()
    {
        {
            QSettings newer;
            newer.clear();
            newer.setValue(QStringLiteral("version"), 99);
            newer.sync();
        }
        Settings s;
        s.sync();
        QCOMPARE(QSettings().value(QStringLiteral("version")).toInt(), 99);
        QSettings().clear();
    }

    void exportFolderFallsBackToDocuments()
    {
        Settings s;
        s.setValue(Settings::Key::ExportFolder, QStringLiteral("/nonexistent/folder"));
        QCOMPARE(s.exportFolder(), QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));
        s.setValue(Settings::Key::ExportFolder, QDir::tempPath());
        QCOMPARE(s.exportFolder(), QDir::tempPath());
        s.setValue(Settings::Key::ExportFolder, QString());
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
