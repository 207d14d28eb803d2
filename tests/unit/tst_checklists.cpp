// SPDX-License-Identifier: GPL-3.0-or-later
// Checklist templates: the built-in ones load in order, bilingual and complete; a malformed file is
// refused with its name and the line to look at.
#include "incidents/ChecklistTemplate.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

class TestChecklists : public QObject
{
    Q_OBJECT
private:
    static QString templatesDir()
    {
        return qEnvironmentVariable("FX_SOURCE_DIR") + QStringLiteral("/resources/checklists");
    }

    // The built-in templates copied into a folder, with one file replaced.
    static QString withFile(QTemporaryDir& dir, const QString& name, const QByteArray& text)
    {
        for (const QString& file : QDir(templatesDir()).entryList({QStringLiteral("*.json")}))
            QFile::copy(templatesDir() + QLatin1Char('/') + file, dir.filePath(file));
        QFile::remove(dir.filePath(name));
        QFile out(dir.filePath(name));
        if (!out.open(QIODevice::WriteOnly))
            qFatal("cannot write %s", qPrintable(out.fileName()));
        out.write(text);
        return dir.path();
    }

private slots:
    void builtInTemplatesLoad()
    {
        QList<ChecklistItem> items;
        QString error;
        QVERIFY2(ChecklistTemplate::loadBuiltIn(&items, &error), qPrintable(error));
        QStringList sections;
        for (const ChecklistItem& item : items) {
            if (!sections.contains(item.section))
                sections << item.section;
            QVERIFY(!item.titleEn.isEmpty() && !item.titleDe.isEmpty());
            QVERIFY2(item.titleEn != item.titleDe, qPrintable(item.key));
        }
        QCOMPARE(sections,
                 (QStringList{QStringLiteral("containment"), QStringLiteral("assessment"), QStringLiteral("authority"),
                              QStringLiteral("subjects"), QStringLiteral("documentation"), QStringLiteral("lessons")}));
        const auto applies = [&](const QString& section) {
            for (const ChecklistItem& item : items)
                if (item.section == section)
                    return item.applies;
            return QString();
        };
        QCOMPARE(applies(QStringLiteral("authority")), QStringLiteral("risk"));
        QCOMPARE(applies(QStringLiteral("subjects")), QStringLiteral("high_risk"));
        QCOMPARE(applies(QStringLiteral("containment")), QStringLiteral("always"));
        // The source files are the resources.
        QList<ChecklistItem> fromSource;
        QVERIFY2(ChecklistTemplate::load(templatesDir(), &fromSource, &error), qPrintable(error));
        QCOMPARE(fromSource.size(), items.size());
        QCOMPARE(ChecklistTemplate::toJson(items).size(), items.size());
    }

    void malformedTemplateNamesTheLine_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("syntax") << QByteArray("{\n  \"section\": \"lessons\",\n  \"position\": 6\n  \"applies\": "
                                              "\"always\"\n}\n")
                                << QStringLiteral("6_lessons.json, line 4:");
        QTest::newRow("unknown section") << QByteArray("{\n  \"section\": \"party\",\n  \"position\": 6\n}\n")
                                         << QStringLiteral("6_lessons.json, line 2: \"section\" must be one of");
        QTest::newRow("missing German title")
            << QByteArray(
                   "{\n \"section\": \"lessons\",\n \"position\": 6,\n \"applies\": \"always\",\n \"items\": [\n"
                   "  {\"key\": \"root_cause\", \"title\": {\"en\": \"Root cause\"}, \"mandatory\": true}\n ]\n}\n")
            << QStringLiteral("6_lessons.json, line 6: item 1: \"title\" needs an English (en) and a German (de)");
        QTest::newRow("mandatory not a boolean")
            << QByteArray("{\n \"section\": \"lessons\",\n \"position\": 6,\n \"applies\": \"always\",\n \"items\": [\n"
                          "  {\"key\": \"a\", \"title\": {\"en\": \"A\", \"de\": \"A\"}, \"mandatory\": true},\n"
                          "  {\"key\": \"b\", \"title\": {\"en\": \"B\", \"de\": \"B\"}, \"mandatory\": \"yes\"}\n"
                          " ]\n}\n")
            << QStringLiteral("6_lessons.json, line 7: item 2: \"mandatory\" must be true or false");
        QTest::newRow("bad applies") << QByteArray(
                                            "{\"section\": \"lessons\", \"position\": 6, \"applies\": \"often\"}")
                                     << QStringLiteral("6_lessons.json, line 1: \"applies\" must be");
        QTest::newRow("two sections at one place")
            << QByteArray("{\"section\": \"lessons\", \"position\": 5, \"applies\": \"always\", \"items\": "
                          "[{\"key\": \"a\", \"title\": {\"en\": \"A\", \"de\": \"A\"}, \"mandatory\": true}]}")
            << QStringLiteral("6_lessons.json: another template has the same section or position");
    }

    void malformedTemplateNamesTheLine()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        QList<ChecklistItem> items;
        QString error;
        QVERIFY(!ChecklistTemplate::load(withFile(dir, QStringLiteral("6_lessons.json"), text), &items, &error));
        QVERIFY2(error.startsWith(expected), qPrintable(error));
    }

    void emptyFolderIsAnError()
    {
        QTemporaryDir dir;
        QList<ChecklistItem> items;
        QString error;
        QVERIFY(!ChecklistTemplate::load(dir.path(), &items, &error));
        QVERIFY(error.contains(QLatin1String("No checklist templates")));
    }
};

QTEST_GUILESS_MAIN(TestChecklists)
#include "tst_checklists.moc"
