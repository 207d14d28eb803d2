// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// Where the console keeps its files, per user (QStandardPaths).
namespace AppPaths {
QString dataDir();        // created on demand
QString logDir();         // created on demand
QString demoStateFile();  // demo database: port, logins and their passwords (owner-only)
QString demoClusterDir(); // demo cluster; outside /root when running as root
bool runningAsRoot();
// Where XDG_RUNTIME_DIR is unset (root, cron, a container), sets it to a private folder of this
// user's, as Qt would, so that Qt does not say so on standard error. Call before the application.
void provideRuntimeDir();
} // namespace AppPaths
