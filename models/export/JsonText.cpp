// SPDX-License-Identifier: GPL-3.0-or-later
#include "JsonText.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace JsonText {

QByteArray quoted(const QString& text)
{
    // Qt's writer escapes quotes, backslashes and control characters; the array's brackets go.
    const QByteArray array = QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact);
    return array.mid(1, array.size() - 2);
}

} // namespace JsonText
