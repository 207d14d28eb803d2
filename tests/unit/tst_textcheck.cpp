// SPDX-License-Identifier: GPL-3.0-or-later
// Hostile text before it reaches the database: each nasty string is accepted or refused as a
// search, ticket reference or free text, a refusal says why without echoing the bad characters,
// and what is accepted is normalised. Also: secrets are wiped in place, release builds dump no core.
#include "NastyStrings.h"
#include "core/ProcessHardening.h"
#include "core/SecretMemory.h"
#include "core/TextCheck.h"
#include "privacy/LookupInput.h"

#include <QTest>

class TestTextCheck : public QObject
{
    Q_OBJECT
private slots:
    void hostileText_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("validIdentifier");
        QTest::addColumn<bool>("validFreeText");
        for (const NastyString& s : nastyStrings())
            QTest::newRow(s.name) << s.text << s.validIdentifier << s.validFreeText;
    }

    void hostileText()
    {
        QFETCH(QString, text);
        QFETCH(bool, validIdentifier);
        QFETCH(bool, validFreeText);
        const QString asIdentifier = TextCheck::problem(text, TextCheck::Kind::Identifier);
        const QString asFreeText = TextCheck::problem(text, TextCheck::Kind::FreeText);
        QCOMPARE(asIdentifier.isEmpty(), validIdentifier);
        QCOMPARE(asFreeText.isEmpty(), validFreeText);

        QString normalized, error;
        const bool searchable = LookupInput::query(text, &normalized, &error);
        QCOMPARE(searchable, validIdentifier && text.size() <= LookupInput::MaxQueryLength);
        if (!searchable) {
            QVERIFY(!error.isEmpty());
            QVERIFY2(TextCheck::problem(error, TextCheck::Kind::Identifier).isEmpty(), qPrintable(error));
            QVERIFY(error.size() < 300); // the reason, not the input
        }
        QCOMPARE(TextCheck::firstProblem({42, text}).isEmpty(), validFreeText);
    }

    void refusalsNameWhatAndWhere()
    {
        QString normalized, error;
        QVERIFY(!LookupInput::query(QString::fromUtf16(u"ab\0c", 4), &normalized, &error));
        QVERIFY2(error.contains(QLatin1String("NUL")) && error.contains(QLatin1String("position 3")),
                 qPrintable(error));
        QVERIFY(!LookupInput::ticket(QStringLiteral("SUP-1\u202E"), &normalized, &error));
        QVERIFY2(error.startsWith(QLatin1String("Ticket reference refused")) && error.contains(QLatin1String("U+202E")),
                 qPrintable(error));
        QVERIFY(!LookupInput::query(QString(201, QLatin1Char('a')), &normalized, &error));
        QVERIFY2(error.contains(QLatin1String("201")) && error.contains(QLatin1String("200")), qPrintable(error));
        QVERIFY(!LookupInput::query(QStringLiteral("   "), &normalized, &error));
        QVERIFY(error.startsWith(QLatin1String("Type something to search for")));
    }

    void acceptedTextIsNormalised()
    {
        QString normalized, error;
        QVERIFY(LookupInput::query(QStringLiteral("  Zoe\u0308   Müller "), &normalized, &error));
        QCOMPARE(normalized, QStringLiteral("Zo\u00EB Müller"));
        QVERIFY(LookupInput::ticket(QStringLiteral(" SUP-4711 "), &normalized, &error));
        QCOMPARE(normalized, QStringLiteral("SUP-4711"));
        QVERIFY(LookupInput::ticket(QString(), &normalized, &error));
        QVERIFY(normalized.isEmpty());
    }

    void scrubWipesTheOnlyCopyInPlace()
    {
        QByteArray secret("pass phrase 1234"); // copied to the heap, unlike a literal
        const char* bytes = secret.constData();
        SecretMemory::scrub(secret);
        QCOMPARE(secret.size(), 16);
        QCOMPARE(secret.constData(), bytes); // no detach: the same buffer
        QCOMPARE(secret, QByteArray(16, '\0'));

        QString password = QString::fromLatin1("Correct horse");
        SecretMemory::scrub(password);
        QCOMPARE(password, QString(13, QChar(0)));
    }

    void scrubLeavesASharedBufferToItsLastOwner()
    {
        QString first = QStringLiteral("Correct horse").toUpper();
        QString second = first; // implicitly shared
        SecretMemory::scrub(first);
        QVERIFY(first.isEmpty());
        QCOMPARE(second, QStringLiteral("CORRECT HORSE")); // still in use by its other owner
        const QChar* chars = second.constData();
        SecretMemory::scrub(second); // now the only owner: wiped in place
        QCOMPARE(second.constData(), chars);
        QCOMPARE(second, QString(13, QChar(0)));

        QString literal = QStringLiteral("in read-only memory");
        SecretMemory::scrub(literal); // must not write to it
        QVERIFY(literal.isEmpty());
    }

    void releaseBuildsDumpNoCore()
    {
        ProcessHardening::apply();
#ifdef NDEBUG
        QVERIFY(ProcessHardening::coreDumpsDisabled());
#else
        QSKIP("debug builds keep core dumps for developers");
#endif
    }
};

QTEST_GUILESS_MAIN(TestTextCheck)
#include "tst_textcheck.moc"
