// SPDX-License-Identifier: GPL-3.0-or-later
#include "HashedFile.h"

#include <QCoreApplication>

bool HashedFile::open(const QString& path)
{
    m_file.setFileName(path);
    return m_file.open(QIODevice::WriteOnly | QIODevice::NewOnly);
}

QString HashedFile::failureReason() const
{
    // A short write without an error code is the file system running out of space.
    const QString reason = m_file.errorString();
    return m_file.error() == QFileDevice::NoError || reason == QLatin1String("Unknown error")
               ? QCoreApplication::translate("HashedFile", "not enough space on the disk")
               : reason;
}

bool HashedFile::write(const QByteArray& bytes)
{
    if (m_failed || m_file.write(bytes) != bytes.size()) {
        if (!m_failed)
            m_error = failureReason();
        m_failed = true;
        return false;
    }
    m_hash.addData(bytes);
    m_size += bytes.size();
    return true;
}

bool HashedFile::close()
{
    const bool flushed = !m_failed && m_file.flush() && m_file.error() == QFileDevice::NoError;
    if (!flushed && m_error.isEmpty())
        m_error = failureReason();
    m_file.close();
    return flushed;
}

bool HashedFile::hashFile(const QString& path, QString* sha256Hex, qint64* size)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&file))
        return false;
    *sha256Hex = QString::fromLatin1(hash.result().toHex());
    *size = file.size();
    return true;
}
