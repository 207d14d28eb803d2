// SPDX-License-Identifier: GPL-3.0-or-later
#include "BuildInfo.h"

#include <QtGlobal>

#include <openssl/crypto.h>
#include <spdlog/version.h>
#include <zip.h>

namespace BuildInfo {

QList<Component> components()
{
    return {
        {QStringLiteral("Qt"), QString::fromLatin1(qVersion()), QStringLiteral("LGPL-3.0")},
        {QStringLiteral("OpenSSL"), QString::fromLatin1(OpenSSL_version(OPENSSL_VERSION)),
         QStringLiteral("Apache-2.0")},
        {QStringLiteral("libzip"), QString::fromLatin1(zip_libzip_version()), QStringLiteral("BSD-3-Clause")},
        {QStringLiteral("spdlog"),
         QStringLiteral("%1.%2.%3").arg(SPDLOG_VER_MAJOR).arg(SPDLOG_VER_MINOR).arg(SPDLOG_VER_PATCH),
         QStringLiteral("MIT")},
        {QStringLiteral("QtKeychain"), QString(), QStringLiteral("BSD-2-Clause")},
        // libpq is loaded by Qt's PostgreSQL driver; its version is the driver's.
        {QStringLiteral("PostgreSQL client library (libpq)"), QString(), QStringLiteral("PostgreSQL")},
    };
}

QString build()
{
#if defined(__clang__)
    const QString compiler = QStringLiteral("Clang ") + QString::fromLatin1(__clang_version__);
#elif defined(__GNUC__)
    const QString compiler = QStringLiteral("GCC %1.%2").arg(__GNUC__).arg(__GNUC_MINOR__);
#else
    const QString compiler = QStringLiteral("C++");
#endif
    return QStringLiteral("%1, Qt %2").arg(compiler, QStringLiteral(QT_VERSION_STR));
}

} // namespace BuildInfo
