// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCryptographicHash>
#include <QFile>

// A file written once, front to back, whose SHA-256 and size are known when it is closed.
class HashedFile
{
public:
    bool open(const QString& path);
    bool write(const QByteArray& bytes);
    bool close(); // flushes; false if anything could not be written (a full disk shows here)

    bool failed() const { return m_failed || !m_error.isEmpty(); }
    QString errorString() const { return m_error.isEmpty() ? m_file.errorString() : m_error; }
    QString sha256Hex() const { return QString::fromLatin1(m_hash.result().toHex()); }
    qint64 size() const { return m_size; }

    static bool hashFile(const QString& path, QString* sha256Hex, qint64* size);

private:
    QString failureReason() const;

    QFile m_file;
    QCryptographicHash m_hash{QCryptographicHash::Sha256};
    qint64 m_size = 0;
    bool m_failed = false;
    QString m_error; // the first failure's reason, kept past close()
};
