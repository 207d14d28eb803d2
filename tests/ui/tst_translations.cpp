// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/Languages.h"
#include "core/Settings.h"
#include "db/DbSession.h"
#include "login/LoginDialog.h"

#include <QFile>
#include <QPushButton>
#include <QStandardPaths>
#include <QTest>
#include <QXmlStreamReader>

class TestTranslations : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void germanIsComplete()
    {
        QFile ts(qEnvironmentVariable("FX_SOURCE_DIR") + QStringLiteral("/translations/fxconsole_de.ts"));
        QVERIFY2(ts.open(QIODevice::ReadOnly), qPrintable(ts.fileName()));
        QXmlStreamReader xml(&ts);
        int messages = 0;
        QStringList unfinished;
        QString source;
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement())
                continue;
            if (xml.name() == QLatin1String("source")) {
                source = xml.readElementText();
            } else if (xml.name() == QLatin1String("translation")) {
                ++messages;
                const QString type = xml.attributes().value(QLatin1String("type")).toString();
                const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
                if (type == QLatin1String("unfinished") || text.trimmed().isEmpty())
                    unfinished << source;
            }
        }
        QVERIFY(!xml.hasError());
        QVERIFY2(messages > 100, "the German catalogue looks empty");
        QVERIFY2(unfinished.isEmpty(),
                 qPrintable(QStringLiteral("unfinished: ") + unfinished.join(QStringLiteral(" | "))));
    }

    void switchingRetranslatesAnOpenWindow()
    {
        Languages languages;
        languages.apply(QStringLiteral("en"));
        Settings settings;
        DbSession session;
        LoginDialog dialog(&session, &settings);
        dialog.show();
        auto* connect = dialog.findChild<QPushButton*>(QStringLiteral("connectButton"));
        QVERIFY(connect);
        QCOMPARE(connect->text(), QStringLiteral("Connect"));
        const QString englishTitle = dialog.windowTitle();

        languages.apply(QStringLiteral("de"));
        QTRY_COMPARE(connect->text(), QStringLiteral("Verbinden"));
        QVERIFY(dialog.windowTitle() != englishTitle);
        // Qt's own strings are German too.
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Abbrechen"));

        languages.apply(QStringLiteral("en"));
        QTRY_COMPARE(connect->text(), QStringLiteral("Connect"));
        QCOMPARE(dialog.windowTitle(), englishTitle);
    }
};

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
