// SPDX-License-Identifier: GPL-3.0-or-later
#include "TextCheck.h"

#include <QCoreApplication>

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(TextCheck)
};

bool isDirectionOverride(char16_t c)
{
    return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
}

bool isControl(char16_t c, TextCheck::Kind kind)
{
    const bool lineBreakOrTab = c == u'\t' || c == u'\n' || c == u'\r';
    if (lineBreakOrTab)
        return kind == TextCheck::Kind::Identifier;
    return c < 0x20 || (c >= 0x7F && c < 0xA0);
}

QString codePoint(char16_t c)
{
    return QStringLiteral("U+%1").arg(QString::number(uint(c), 16).toUpper(), 4, QLatin1Char('0'));
}

} // namespace

namespace TextCheck {

QString problem(const QString& text, Kind kind, int maxLength)
{
    if (maxLength > 0 && text.size() > maxLength)
        return Tr::tr("The text is too long (%1 characters; at most %2).").arg(text.size()).arg(maxLength);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        if (c == 0)
            return Tr::tr("The text contains a NUL character (position %1), which cannot be stored. Remove it.")
                .arg(i + 1);
        if (isControl(c, kind))
            return Tr::tr("The text contains control characters (%1 at position %2). Remove them.")
                .arg(codePoint(c))
                .arg(i + 1);
        if (c == 0xFFFD)
            return Tr::tr("The text contains bytes that are not valid UTF-8 (position %1). Type it again.").arg(i + 1);
        if (QChar::isSurrogate(c)) {
            const bool paired = QChar::isHighSurrogate(c) && i + 1 < text.size() && text.at(i + 1).isLowSurrogate();
            if (!paired)
                return Tr::tr("The text contains a broken character (position %1). Type it again.").arg(i + 1);
            ++i;
            continue;
        }
        if (kind == Kind::Identifier && isDirectionOverride(c))
            return Tr::tr("The text contains the invisible direction mark %1 (position %2), which makes it read "
                          "differently than it is stored. Remove it.")
                .arg(codePoint(c))
                .arg(i + 1);
    }
    return QString();
}

QString firstProblem(const QVariantList& arguments)
{
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        if (arguments.at(i).typeId() != QMetaType::QString)
            continue;
        const QString reason = problem(arguments.at(i).toString(), Kind::FreeText);
        if (!reason.isEmpty())
            return reason;
    }
    return QString();
}

QString printable(const QString& message, bool keepLineBreaks, int maxLength)
{
    QString out;
    out.reserve(qMin(message.size(), qsizetype(maxLength)) + 16);
    for (QChar c : message) {
        if (out.size() >= maxLength) {
            out += QChar(0x2026);
            break;
        }
        const char16_t u = c.unicode();
        if (keepLineBreaks && u == u'\n')
            out += c;
        else if (isControl(u, Kind::FreeText) || u == u'\n' || u == u'\r' || u == u'\t' || isDirectionOverride(u))
            out += QLatin1Char('<') + codePoint(u) + QLatin1Char('>');
        else
            out += c;
    }
    return out;
}

} // namespace TextCheck
