// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>

#include <atomic>
#include <functional>

struct ExportMeta;
class HashedFile;

struct ExportOptions {
    qint64 requestId = 0;
    QString targetPath;
    bool overwrite = false;
    QString passphrase; // empty: not encrypted
};

struct ExportResult {
    QString path;
    QString sha256;
    qint64 rows = 0;
    qint64 bytes = 0;
    QJsonObject request; // the fulfilled request
};

// Builds the export package of an export request in one database transaction: reads every table
// that refers to the learner through the privacy functions (in pages from a cursor, so memory stays
// flat), writes data.json, schema.json, csv/<table>.csv, index.html and manifest.json into a
// private folder beside the target, zips them (AES-256 with a passphrase), records the archive's
// SHA-256 on the request and only after the commit renames the archive into place. Any failure or
// a cancel removes everything it wrote and rolls the request back.
class ExportPackage
{
public:
    explicit ExportPackage(QSqlDatabase db);

    // Called on the thread that runs the export, with 0…1000.
    void setProgress(std::function<void(int permille)> progress) { m_progress = std::move(progress); }
    // Thread-safe; the export stops at the next page or file.
    void cancel() { m_cancelled = true; }

    bool run(const ExportOptions& options, ExportResult* result, QString* error);

    static QString defaultFileName(qint64 requestId);
    static QStringList archiveMembers(const ExportMeta& meta);

private:
    bool writeMembers(const QString& folder, const ExportMeta& meta, qint64* rows, QString* error);
    bool writeTable(const ExportMeta& meta, int tableIndex, HashedFile& data, const QString& folder,
                    qint64* rowsWritten, QString* error);
    bool writeManifest(const QString& folder, const ExportMeta& meta, QString* error);
    bool zip(const QString& folder, const ExportMeta& meta, const QString& archive, const QString& passphrase,
             QString* error);
    void report(int permille);

    QSqlDatabase m_db;
    std::function<void(int)> m_progress;
    std::atomic_bool m_cancelled = false;
    qint64 m_totalRows = 0;
    qint64 m_rowsDone = 0;
    QDateTime m_generatedAt;
};
