// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

// For JSON written piece by piece (the export's data.json streams rows instead of building one
// document): a string as a quoted, escaped JSON literal.
namespace JsonText {
QByteArray quoted(const QString& text);
} // namespace JsonText
