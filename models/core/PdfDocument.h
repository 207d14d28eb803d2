// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPageLayout>
#include <QString>

class QIODevice;

// Sets an HTML document as an A4 PDF. The text is set without typographic ligatures, so that what
// a reader copies out of it (an address pasted into an authority's web form) is the text written.
namespace PdfDocument {
void write(QIODevice* device, const QString& html, const QString& title,
           QPageLayout::Orientation orientation = QPageLayout::Portrait);
} // namespace PdfDocument
