// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <memory>
#include <string>

namespace spdlog {
class logger;
}

// spdlog set-up: a rotating file in the app's log directory; Qt's own messages go there too.
// What is logged carries ids, never names, emails or passwords.
namespace Logging {
void init(const QString& component, const QString& level);
void setLevel(const QString& level);
QString filePath();
void shutdown();
// The logger of one area ("lookup", "requests", "incidents", "ui", …): the same file, the area's
// name on each line.
std::shared_ptr<spdlog::logger> area(const std::string& name);
} // namespace Logging
