// SPDX-License-Identifier: GPL-3.0-or-later
// CSV: any bytes parse or are refused; any fields written read back exactly (quotes, line breaks,
// formula guards).
#include "FuzzInput.h"
#include "export/Csv.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    using FuzzInput::require;
    const QByteArray input = FuzzInput::bytes(data, size);
    QList<QStringList> records;
    Csv::parse(input, &records);

    // The input as fields of one record, split at the unit separator 0x1F.
    const QStringList values = QString::fromUtf8(input).split(QChar(0x1F));
    QList<Csv::Field> fields;
    for (const QString& value : values)
        fields.append({value, true});
    require(Csv::parse(Csv::byteOrderMark() + Csv::record(fields), &records), "written record parses");
    require(records.size() == 1 && records.first() == values, "round trip");
    return 0;
}
