// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

// Files that hold secrets: written atomically, readable by their owner only.
namespace SecretFile {
bool write(const QString& path, const QByteArray& content, QString* error);
// Reads a secret file; with trimLine, the first line without its line break (password files).
bool read(const QString& path, QByteArray* content, QString* error, bool trimLine = false);
} // namespace SecretFile
