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
} // namespace AppPaths
