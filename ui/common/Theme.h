// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// The console's look: "system" follows the desktop's style and palette; "light" and "dark" use
// Qt's Fusion style with a light or dark palette, the same on every platform.
namespace Theme {
void apply(const QString& theme);
} // namespace Theme
