// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// Names under which settings, data and logs of both executables are kept.
namespace AppInfo {
inline QString organization()
{
    return QStringLiteral("Fluxariont");
}
inline QString applicationName()
{
    return QStringLiteral("fxconsole");
}
inline QString displayName()
{
    return QStringLiteral("Fluxariont Privacy Console");
}
inline QString version()
{
    return QStringLiteral(FX_VERSION);
}
} // namespace AppInfo
