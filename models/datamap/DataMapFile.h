// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

// A data map as people write it: a YAML file (comments welcome), read into the JSON document the
// database checks and applies. The SHA-256 is of the file's bytes, so "map show" names exactly the
// file that was reviewed. Structure and names are the database's to judge; this only refuses what
// cannot be a map at all (unreadable, too large, not YAML, anchors that multiply it).
struct DataMapFile {
    QJsonObject map;
    QString sha256; // hex, of the bytes read
    QString source; // the file, or "fluxariont" for a map this build ships

    // FILE, or the name of a shipped map (fluxariont, moodle).
    static bool load(const QString& fileOrName, DataMapFile* file, QString* error);
    static bool parse(const QByteArray& yaml, DataMapFile* file, QString* error);
    static QStringList shippedNames();

    // A platform installed with another table prefix than the map's "table_prefix" (Moodle's
    // mdl_ by default): every table the map names takes the new prefix. False for a map without
    // a prefix, or a prefix that is not lower-case letters, digits and _ (up to 20).
    bool setTablePrefix(const QString& prefix, QString* error);

    static constexpr qint64 MaxBytes = 1024 * 1024;
};
