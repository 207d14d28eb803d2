// SPDX-License-Identifier: GPL-3.0-or-later
#include "PdfDocument.h"

#include <QFont>
#include <QPdfWriter>
#include <QTextDocument>

namespace PdfDocument {

void write(QIODevice* device, const QString& html, const QString& title, QPageLayout::Orientation orientation)
{
    QPdfWriter pdf(device);
    pdf.setPageSize(QPageSize(QPageSize::A4));
    pdf.setPageOrientation(orientation);
    pdf.setTitle(title);
    pdf.setCreator(QStringLiteral("Fluxariont Privacy Console"));
    QTextDocument document;
    // Without shaping, Latin text is set glyph by glyph: no "fi" ligature whose copy reads "ﬁ".
    QFont font = document.defaultFont();
    font.setStyleStrategy(QFont::PreferNoShaping);
    document.setDefaultFont(font);
    document.setHtml(html);
    document.print(&pdf);
}

} // namespace PdfDocument
