// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

// Text an attacker, a broken clipboard or a confused user might type: SQL, control characters,
// direction overrides, 100 kB, invalid UTF-8 (as Qt decodes it), NUL, and two harmless but
// unusual strings that must keep working. Shared by the unit, CLI and widget tests.
struct NastyString {
    const char* name;
    QString text;
    bool validIdentifier; // acceptable as a search or ticket reference
    bool validFreeText;   // acceptable as a reason or description
};

inline QList<NastyString> nastyStrings()
{
    return {
        {"sql-injection", QStringLiteral("x'); DROP TABLE platform.users; --"), true, true},
        {"sql-dollar-quote", QStringLiteral("$$; SELECT pg_sleep(30); $$"), true, true},
        {"control-escape", QStringLiteral("abc\x1b[31mred"), false, false},
        {"control-bell",
         QStringLiteral("a\x07"
                        "b"),
         false, false},
        {"line-break", QStringLiteral("first\nsecond"), false, true},
        {"bidi-override", QStringLiteral("invoice\u202Efdp.exe"), false, true},
        {"bidi-isolate", QStringLiteral("\u2066SUP-1\u2069"), false, true},
        {"hundred-kilobytes", QString(100 * 1024, QLatin1Char('x')), true, true},
        {"invalid-utf8", QString::fromUtf8("caf\xc3\x28 \xff\xfe"), false, false},
        {"nul", QString::fromUtf16(u"before\0after", 12), false, false},
        {"unpaired-surrogate", QString(QChar(0xD800)) + QStringLiteral("x"), false, false},
        {"umlaut-and-emoji", QStringLiteral("Jürgen Gößling \U0001F600"), true, true},
        {"combining-diaeresis", QStringLiteral("Zoe\u0308"), true, true},
    };
}
