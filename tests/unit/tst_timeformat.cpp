// SPDX-License-Identifier: GPL-3.0-or-later
// TimeFormat in both languages, across Europe/Berlin's clock changes, with four-digit years.
#include "core/TimeFormat.h"

#include <QLocale>
#include <QRegularExpression>
#include <QTest>
#include <QTimeZone>

#include <ctime>

namespace {

QDateTime utc(const char* iso)
{
    return QDateTime::fromString(QLatin1String(iso), Qt::ISODate).toUTC();
}

} // namespace

class TimeFormatTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        // Before any QDateTime: the local zone comes from TZ, read by libc and by QTimeZone.
        qputenv("TZ", "Europe/Berlin");
        tzset();
        if (!QTimeZone(QByteArrayLiteral("Europe/Berlin")).isValid())
            QSKIP("no time zone data for Europe/Berlin on this machine");
        QCOMPARE(QTimeZone::systemTimeZoneId(), QByteArrayLiteral("Europe/Berlin"));
        QCOMPARE(utc("2026-01-15T12:00:00Z").toLocalTime().offsetFromUtc(), 3600);
        QCOMPARE(utc("2026-07-15T12:00:00Z").toLocalTime().offsetFromUtc(), 7200);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    void cleanup() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void formats_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("date");
        QTest::addColumn<QString>("dateTime");
        QTest::addColumn<QString>("seconds");
        QTest::addColumn<QString>("withZone");
        QTest::addColumn<QString>("legal");
        QTest::newRow("de") << "de"
                            << "24.12.2026"
                            << "24.12.2026 14:05"
                            << "24.12.2026 14:05:09"
                            << "24.12.2026 14:05 MEZ"
                            << "24.12.2026 14:05 MEZ (13:05 UTC)";
        QTest::newRow("en") << "en"
                            << "24 Dec 2026"
                            << "24 Dec 2026 14:05"
                            << "24 Dec 2026 14:05:09"
                            << "24 Dec 2026 14:05 CET"
                            << "24 Dec 2026 14:05 CET (13:05 UTC)";
    }

    void formats()
    {
        QFETCH(QString, language);
        const QDateTime t = utc("2026-12-24T13:05:09Z");
        QTEST(TimeFormat::date(QDate(2026, 12, 24), language), "date");
        QTEST(TimeFormat::date(t, language), "date");
        // 23:30 UTC is already the next day in Berlin.
        QCOMPARE(TimeFormat::date(utc("2026-12-23T23:30:00Z"), language),
                 TimeFormat::date(QDate(2026, 12, 24), language));
        QTEST(TimeFormat::dateTime(t, language), "dateTime");
        QTEST(TimeFormat::dateTimeSeconds(t, language), "seconds");
        QTEST(TimeFormat::dateTimeWithZone(t, language), "withZone");
        QTEST(TimeFormat::legal(t, language), "legal");
        QCOMPARE(TimeFormat::iso(t), QStringLiteral("2026-12-24T14:05:09+01:00"));
        // A time given with another offset still shows in the local zone.
        const QDateTime elsewhere(QDate(2026, 12, 24), QTime(18, 5, 9), QTimeZone(5 * 3600));
        QTEST(TimeFormat::dateTime(elsewhere, language), "dateTime");
    }

    void emptyLanguageIsTheInterfaces()
    {
        const QDateTime t = utc("2026-12-24T13:05:00Z");
        QCOMPARE(TimeFormat::uiLanguage(), QStringLiteral("en"));
        QCOMPARE(TimeFormat::dateTime(t), QStringLiteral("24 Dec 2026 14:05"));
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        QCOMPARE(TimeFormat::uiLanguage(), QStringLiteral("de"));
        QCOMPARE(TimeFormat::dateTime(t), QStringLiteral("24.12.2026 14:05"));
        QCOMPARE(TimeFormat::axisDayFormat(), QStringLiteral("dd.MM."));
        // The language asked for wins over the interface's.
        QCOMPARE(TimeFormat::dateTime(t, QStringLiteral("en")), QStringLiteral("24 Dec 2026 14:05"));
    }

    void fourDigitYearsAndShortMonths()
    {
        QCOMPARE(TimeFormat::date(QDate(1999, 1, 5), QStringLiteral("de")), QStringLiteral("05.01.1999"));
        QCOMPARE(TimeFormat::date(QDate(1999, 1, 5), QStringLiteral("en")), QStringLiteral("5 Jan 1999"));
        QCOMPARE(TimeFormat::date(QDate(2005, 3, 1), QStringLiteral("de")), QStringLiteral("01.03.2005"));
        QCOMPARE(TimeFormat::dateTime(utc("2009-06-30T22:00:00Z"), QStringLiteral("en")),
                 QStringLiteral("1 Jul 2009 00:00"));
        // English month names are three letters (no "Sept"), German dates carry none.
        const QRegularExpression english(QStringLiteral("^1 [A-Z][a-z]{2} 2026$"));
        const QRegularExpression german(QStringLiteral("^01\\.\\d{2}\\.2026$"));
        for (int month = 1; month <= 12; ++month) {
            const QDate day(2026, month, 1);
            QVERIFY2(english.match(TimeFormat::date(day, QStringLiteral("en"))).hasMatch(),
                     qPrintable(TimeFormat::date(day, QStringLiteral("en"))));
            QVERIFY2(german.match(TimeFormat::date(day, QStringLiteral("de"))).hasMatch(),
                     qPrintable(TimeFormat::date(day, QStringLiteral("de"))));
        }
        QCOMPARE(TimeFormat::date(QDate(2026, 9, 1), QStringLiteral("en")), QStringLiteral("1 Sep 2026"));
    }

    void clockChanges_data()
    {
        QTest::addColumn<QDateTime>("at");
        QTest::addColumn<QString>("de");
        QTest::addColumn<QString>("en");
        QTest::addColumn<QString>("iso");
        // Forward at 01:00 UTC on 29 March 2026, back at 01:00 UTC on 25 October 2026.
        QTest::newRow("before spring") << utc("2026-03-29T00:59:00Z") << "29.03.2026 01:59 MEZ (00:59 UTC)"
                                       << "29 Mar 2026 01:59 CET (00:59 UTC)"
                                       << "2026-03-29T01:59:00+01:00";
        QTest::newRow("after spring") << utc("2026-03-29T01:00:00Z") << "29.03.2026 03:00 MESZ (01:00 UTC)"
                                      << "29 Mar 2026 03:00 CEST (01:00 UTC)"
                                      << "2026-03-29T03:00:00+02:00";
        QTest::newRow("before autumn") << utc("2026-10-25T00:59:00Z") << "25.10.2026 02:59 MESZ (00:59 UTC)"
                                       << "25 Oct 2026 02:59 CEST (00:59 UTC)"
                                       << "2026-10-25T02:59:00+02:00";
        QTest::newRow("after autumn") << utc("2026-10-25T01:00:00Z") << "25.10.2026 02:00 MEZ (01:00 UTC)"
                                      << "25 Oct 2026 02:00 CET (01:00 UTC)"
                                      << "2026-10-25T02:00:00+01:00";
        // UTC is still on the day before: legal() names that day too.
        QTest::newRow("other UTC day") << utc("2026-12-24T23:30:00Z") << "25.12.2026 00:30 MEZ (24.12.2026 23:30 UTC)"
                                       << "25 Dec 2026 00:30 CET (24 Dec 2026 23:30 UTC)"
                                       << "2026-12-25T00:30:00+01:00";
    }

    void clockChanges()
    {
        QFETCH(QDateTime, at);
        QTEST(TimeFormat::legal(at, QStringLiteral("de")), "de");
        QTEST(TimeFormat::legal(at, QStringLiteral("en")), "en");
        QTEST(TimeFormat::iso(at), "iso");
        QCOMPARE(QDateTime::fromString(TimeFormat::iso(at), Qt::ISODate).toUTC(), at);
        QCOMPARE(TimeFormat::zoneName(at, QStringLiteral("de")).startsWith(QLatin1String("ME")), true);
    }

    void anotherZone()
    {
        const QDateTime t = utc("2026-12-24T13:05:00Z");
        // Where local time is UTC, legal() does not say it twice.
        QCOMPARE(TimeFormat::legal(t, QStringLiteral("de"), QTimeZone::utc()), QStringLiteral("24.12.2026 13:05 UTC"));
        const QTimeZone newYork(QByteArrayLiteral("America/New_York"));
        if (!newYork.isValid())
            QSKIP("no time zone data for America/New_York");
        QCOMPARE(TimeFormat::legal(t, QStringLiteral("en"), newYork),
                 QStringLiteral("24 Dec 2026 08:05 EST (13:05 UTC)"));
    }

    void axisAndEditFormats()
    {
        const QDateTime t = utc("2026-12-01T13:05:00Z").toLocalTime();
        QCOMPARE(t.date().toString(TimeFormat::axisDayFormat(QStringLiteral("de"))), QStringLiteral("01.12."));
        QCOMPARE(t.date().toString(TimeFormat::axisDayFormat(QStringLiteral("en"))), QStringLiteral("1 Dec"));
        for (const QString& language : {QStringLiteral("de"), QStringLiteral("en")}) {
            const QLocale locale = TimeFormat::locale(language);
            QCOMPARE(locale.toString(t, TimeFormat::editFormat(language)), TimeFormat::dateTime(t, language));
            QCOMPARE(locale.toString(t.date(), TimeFormat::dateEditFormat(language)),
                     TimeFormat::date(t.date(), language));
        }
    }

    void invalidIsEmpty()
    {
        for (const QString& language : {QStringLiteral("de"), QStringLiteral("en"), QString()}) {
            QVERIFY(TimeFormat::date(QDate(), language).isEmpty());
            QVERIFY(TimeFormat::date(QDateTime(), language).isEmpty());
            QVERIFY(TimeFormat::dateTime(QDateTime(), language).isEmpty());
            QVERIFY(TimeFormat::dateTimeSeconds(QDateTime(), language).isEmpty());
            QVERIFY(TimeFormat::dateTimeWithZone(QDateTime(), language).isEmpty());
            QVERIFY(TimeFormat::legal(QDateTime(), language).isEmpty());
            QVERIFY(TimeFormat::zoneName(QDateTime(), language).isEmpty());
        }
        QVERIFY(TimeFormat::iso(QDateTime()).isEmpty());
        QVERIFY(TimeFormat::isoDate(QDate()).isEmpty());
        QCOMPARE(TimeFormat::isoDate(QDate(2026, 12, 24)), QStringLiteral("2026-12-24"));
    }
};

QTEST_GUILESS_MAIN(TimeFormatTest)
#include "tst_timeformat.moc"
