// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <functional>

struct zip;

// A new ZIP archive from files on disk (libzip), optionally AES-256 encrypted. libzip writes
// everything at commit(), into a temporary file it renames, so a failed or cancelled commit
// leaves no archive behind; the destructor discards an archive that was not committed.
class ZipWriter
{
public:
    ZipWriter() = default;
    ~ZipWriter();
    ZipWriter(const ZipWriter&) = delete;
    ZipWriter& operator=(const ZipWriter&) = delete;

    bool create(const QString& path, QString* error);
    // Every file added afterwards is encrypted with AES-256 under this passphrase.
    void setPassphrase(const QString& passphrase) { m_passphrase = passphrase.toUtf8(); }
    bool addFile(const QString& nameInArchive, const QString& diskPath, QString* error);

    // progress(fraction) during the write; returning false from it cancels.
    using Progress = std::function<bool(double)>;
    bool commit(const Progress& progress, QString* error);

private:
    QString lastError() const;

    zip* m_zip = nullptr;
    QByteArray m_passphrase;
    Progress m_progress;
    bool m_cancelled = false;
};
