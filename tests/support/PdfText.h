// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QProcess>
#include <QString>

// The text a reader copies out of a PDF, read with pdftotext (poppler-utils) and not normalized:
// a ligature in the PDF shows up here as it would in a pasted address.
namespace PdfText {

inline QString read(const QString& path)
{
    QProcess text;
    text.start(QStringLiteral("pdftotext"), {path, QStringLiteral("-")});
    if (!text.waitForFinished(30000) || text.exitCode() != 0)
        qFatal("pdftotext (poppler-utils) is needed");
    return QString::fromUtf8(text.readAllStandardOutput()).simplified();
}

// The typographic ligatures of Unicode's alphabetic presentation forms (U+FB00 "ff" to U+FB06 "st").
inline QString ligatures(const QString& text)
{
    QString found;
    for (const QChar c : text) {
        if (c.unicode() >= 0xFB00 && c.unicode() <= 0xFB06 && !found.contains(c))
            found += c;
    }
    return found;
}

} // namespace PdfText
