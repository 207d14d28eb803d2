// SPDX-License-Identifier: GPL-3.0-or-later
#include "SecretFile.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace SecretFile {

bool write(const QString& path, const QByteArray& content, QString* error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = QCoreApplication::translate("SecretFile", "Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    // Restrict before any byte is written, so the secret is never readable by others.
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (file.write(content) != content.size() || !file.commit()) {
        *error = QCoreApplication::translate("SecretFile", "Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

bool read(const QString& path, QByteArray* content, QString* error, bool trimLine)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QCoreApplication::translate("SecretFile", "Cannot read %1: %2").arg(path, file.errorString());
        return false;
    }
    *content = file.readAll();
    if (trimLine) {
        const qsizetype end = content->indexOf('\n');
        if (end >= 0)
            content->truncate(end);
        if (content->endsWith('\r'))
            content->chop(1);
    }
    return true;
}

} // namespace SecretFile
