// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

// What the console is built from, for the About dialog: each component with the version in use
// and its licence.
namespace BuildInfo {
struct Component {
    QString name;
    QString version;
    QString licence;
};
QList<Component> components();
// The compiler and the Qt the console was built against.
QString build();
} // namespace BuildInfo
