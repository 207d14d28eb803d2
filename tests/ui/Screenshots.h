// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Languages.h"

#include <QDir>
#include <QTest>
#include <QWidget>

// With FX_SCREENSHOT_DIR set, saves <name>_en.png and <name>_de.png of a widget, switching the
// language for each and back to English; without it, does nothing.
namespace Screenshots {
inline void both(QWidget* widget, Languages& languages, const QString& name)
{
    const QString folder = qEnvironmentVariable("FX_SCREENSHOT_DIR");
    if (folder.isEmpty())
        return;
    for (const QString& language : {QStringLiteral("en"), QStringLiteral("de")}) {
        languages.apply(language);
        QTest::qWait(150);
        widget->grab().save(QDir(folder).filePath(QStringLiteral("%1_%2.png").arg(name, language)));
    }
    languages.apply(QStringLiteral("en"));
    QTest::qWait(50);
}
} // namespace Screenshots
