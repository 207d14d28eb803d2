// SPDX-License-Identifier: GPL-3.0-or-later
#include "Logging.h"

#include "AppPaths.h"

#include <QtGlobal>

#include <mutex>

#include <spdlog/sinks/rotating_file_sink.h>
#include <spdlog/spdlog.h>

namespace Logging {

namespace {
QString g_filePath;

void routeQtMessage(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    const std::string text = message.toStdString();
    const char* category = context.category ? context.category : "qt";
    switch (type) {
    case QtDebugMsg:
        spdlog::debug("[{}] {}", category, text);
        break;
    case QtInfoMsg:
        spdlog::info("[{}] {}", category, text);
        break;
    case QtWarningMsg:
        spdlog::warn("[{}] {}", category, text);
        break;
    case QtCriticalMsg:
    case QtFatalMsg:
        spdlog::error("[{}] {}", category, text);
        spdlog::default_logger()->flush();
        break;
    }
}
} // namespace

void init(const QString& component, const QString& level)
{
    g_filePath = AppPaths::logDir() + QStringLiteral("/") + component + QStringLiteral(".log");
    try {
        auto logger = spdlog::rotating_logger_mt(component.toStdString(), g_filePath.toStdString(), 5 * 1024 * 1024, 3);
        logger->set_pattern("%Y-%m-%dT%H:%M:%S.%e%z %l [%t] %n: %v");
        logger->flush_on(spdlog::level::warn);
        spdlog::set_default_logger(logger);
    } catch (const spdlog::spdlog_ex&) {
        // An unwritable log directory must not stop the program; spdlog's console logger stays.
    }
    setLevel(level);
    qInstallMessageHandler(routeQtMessage);
}

void setLevel(const QString& level)
{
    const auto parsed = spdlog::level::from_str(level.toStdString());
    spdlog::set_level(parsed == spdlog::level::off && level != QLatin1String("off") ? spdlog::level::info : parsed);
}

QString filePath()
{
    return g_filePath;
}

void shutdown()
{
    qInstallMessageHandler(nullptr);
    spdlog::shutdown();
}

std::shared_ptr<spdlog::logger> area(const std::string& name)
{
    static std::mutex creating;
    const std::lock_guard<std::mutex> lock(creating);
    if (auto existing = spdlog::get(name))
        return existing;
    auto logger = spdlog::default_logger()->clone(name);
    spdlog::register_logger(logger); // keeps the pattern, level and flushing of the default
    return logger;
}

} // namespace Logging
