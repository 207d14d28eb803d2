// SPDX-License-Identifier: GPL-3.0-or-later
#include "UserGuide.h"

#include <QFile>

namespace UserGuide {

QString html(const QString& pageKey, const QString& language)
{
    const QString lang = language == QLatin1String("de") ? QStringLiteral("de") : QStringLiteral("en");
    QFile file(QStringLiteral(":/help/%1/%2.html").arg(lang, pageKey));
    if (!file.open(QIODevice::ReadOnly))
        return QString();
    return QString::fromUtf8(file.readAll());
}

} // namespace UserGuide
