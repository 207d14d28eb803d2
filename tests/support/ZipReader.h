// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFile>
#include <QMap>
#include <QString>

#include <zip.h>

// The archive's members, read back with libzip (passphrase for encrypted archives).
inline bool readZip(const QString& path, const QString& passphrase, QMap<QString, QByteArray>* members, QString* error)
{
    int code = 0;
    zip_t* archive = zip_open(QFile::encodeName(path).constData(), ZIP_RDONLY, &code);
    if (!archive) {
        *error = QStringLiteral("zip_open %1").arg(code);
        return false;
    }
    if (!passphrase.isEmpty())
        zip_set_default_password(archive, passphrase.toUtf8().constData());
    bool ok = true;
    for (zip_int64_t i = 0; ok && i < zip_get_num_entries(archive, 0); ++i) {
        zip_stat_t st;
        zip_stat_index(archive, zip_uint64_t(i), 0, &st);
        zip_file_t* file = zip_fopen_index(archive, zip_uint64_t(i), 0);
        if (!file) {
            *error = QString::fromUtf8(zip_strerror(archive));
            ok = false;
            break;
        }
        QByteArray content(qsizetype(st.size), Qt::Uninitialized);
        ok = zip_fread(file, content.data(), st.size) == zip_int64_t(st.size);
        if (!ok)
            *error = QString::fromUtf8(zip_file_strerror(file));
        zip_fclose(file);
        members->insert(QString::fromUtf8(st.name), content);
    }
    zip_discard(archive);
    return ok;
}
