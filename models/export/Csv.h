// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

// CSV as spreadsheets read it: UTF-8 with a byte-order mark, comma-separated, CRLF, quoted per
// RFC 4180. Text that a spreadsheet would run as a formula (starting with = + - @, tab or CR)
// gets a leading apostrophe, which spreadsheets hide; parse() removes it again.
namespace Csv {

struct Field {
    QString value;
    bool isText = true; // numbers and booleans are never guarded
};

QByteArray byteOrderMark();
QByteArray record(const QList<Field>& fields);
// Records of a whole file, with the guard apostrophes removed; false on malformed input.
bool parse(const QByteArray& data, QList<QStringList>* records);

} // namespace Csv
