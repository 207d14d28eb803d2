// SPDX-License-Identifier: GPL-3.0-or-later
#include "ZipWriter.h"

#include "core/SecretMemory.h"

#include <QCoreApplication>
#include <QFile>

#include <zip.h>

ZipWriter::~ZipWriter()
{
    if (m_zip)
        zip_discard(m_zip);
    SecretMemory::scrub(m_passphrase);
}

QString ZipWriter::lastError() const
{
    return QString::fromLocal8Bit(zip_strerror(m_zip));
}

bool ZipWriter::create(const QString& path, QString* error)
{
    int code = 0;
    m_zip = zip_open(QFile::encodeName(path).constData(), ZIP_CREATE | ZIP_EXCL, &code);
    if (!m_zip) {
        zip_error_t zipError;
        zip_error_init_with_code(&zipError, code);
        *error = QString::fromLocal8Bit(zip_error_strerror(&zipError));
        zip_error_fini(&zipError);
        return false;
    }
    return true;
}

bool ZipWriter::addFile(const QString& nameInArchive, const QString& diskPath, QString* error)
{
    zip_source_t* source = zip_source_file(m_zip, QFile::encodeName(diskPath).constData(), 0, 0);
    if (!source) {
        *error = lastError();
        return false;
    }
    const zip_int64_t index = zip_file_add(m_zip, nameInArchive.toUtf8().constData(), source, ZIP_FL_ENC_UTF_8);
    if (index < 0) {
        zip_source_free(source);
        *error = lastError();
        return false;
    }
    if (zip_set_file_compression(m_zip, zip_uint64_t(index), ZIP_CM_DEFLATE, 6) < 0 ||
        (!m_passphrase.isEmpty() &&
         zip_file_set_encryption(m_zip, zip_uint64_t(index), ZIP_EM_AES_256, m_passphrase.constData()) < 0)) {
        *error = lastError();
        return false;
    }
    return true;
}

bool ZipWriter::commit(const Progress& progress, QString* error)
{
    m_progress = progress;
    if (m_progress) {
        zip_register_progress_callback_with_state(
            m_zip, 0.01,
            [](zip_t*, double fraction, void* self) {
                auto* writer = static_cast<ZipWriter*>(self);
                if (!writer->m_progress(fraction))
                    writer->m_cancelled = true;
            },
            nullptr, this);
        zip_register_cancel_callback_with_state(
            m_zip, [](zip_t*, void* self) { return static_cast<ZipWriter*>(self)->m_cancelled ? 1 : 0; }, nullptr,
            this);
    }
    if (zip_close(m_zip) == 0) {
        m_zip = nullptr;
        return true;
    }
    *error = m_cancelled ? QCoreApplication::translate("ZipWriter", "Cancelled.") : lastError();
    return false;
}
