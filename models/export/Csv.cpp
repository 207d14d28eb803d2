// SPDX-License-Identifier: GPL-3.0-or-later
#include "Csv.h"

#include <QStringDecoder>

namespace Csv {

namespace {

bool startsLikeFormula(const QString& value)
{
    if (value.isEmpty())
        return false;
    const QChar first = value.front();
    return first == QLatin1Char('=') || first == QLatin1Char('+') || first == QLatin1Char('-') ||
           first == QLatin1Char('@') || first == QLatin1Char('\t') || first == QLatin1Char('\r');
}

// Apostrophes, then a formula: either a guard the writer added or text that needs one more.
bool guarded(const QString& value)
{
    qsizetype i = 0;
    while (i < value.size() && value[i] == QLatin1Char('\''))
        ++i;
    return i > 0 && startsLikeFormula(value.mid(i));
}

} // namespace

QByteArray byteOrderMark()
{
    return QByteArrayLiteral("\xEF\xBB\xBF");
}

QByteArray record(const QList<Field>& fields)
{
    QByteArray out;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            out += ',';
        QString value = fields[i].value;
        // An apostrophe before a formula, and before text that already looks guarded, so that
        // parsing gives back exactly the value.
        if (fields[i].isText && (startsLikeFormula(value) || guarded(value)))
            value.prepend(QLatin1Char('\''));
        QByteArray bytes = value.toUtf8();
        if (bytes.contains(',') || bytes.contains('"') || bytes.contains('\n') || bytes.contains('\r') ||
            (!bytes.isEmpty() && (bytes.front() == ' ' || bytes.back() == ' '))) {
            bytes.replace("\"", "\"\"");
            out += '"' + bytes + '"';
        } else {
            out += bytes;
        }
    }
    out += "\r\n";
    return out;
}

bool parse(const QByteArray& data, QList<QStringList>* records)
{
    records->clear();
    QByteArray text = data.startsWith(byteOrderMark()) ? data.mid(3) : data;
    QStringList fields;
    QByteArray field;
    bool quoted = false;
    bool wasQuoted = false;
    auto endField = [&] {
        // Keeps a field's leading U+FEFF, which QString::fromUtf8() would drop as a byte-order mark.
        QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::ConvertInitialBom);
        QString value = utf8(field);
        if (guarded(value))
            value.remove(0, 1);
        fields.append(value);
        field.clear();
        wasQuoted = false;
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (quoted) {
            if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') {
                field += '"';
                ++i;
            } else if (c == '"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == '"') {
            if (!field.isEmpty() || wasQuoted)
                return false;
            quoted = wasQuoted = true;
        } else if (c == ',') {
            endField();
        } else if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') {
            endField();
            records->append(fields);
            fields.clear();
            ++i;
        } else {
            if (wasQuoted)
                return false;
            field += c;
        }
    }
    if (quoted)
        return false;
    if (!field.isEmpty() || !fields.isEmpty()) {
        endField();
        records->append(fields);
    }
    return true;
}

} // namespace Csv
