// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExportPackage.h"

#include "ExportConsultations.h"

#include "Csv.h"
#include "ExportMeta.h"
#include "ExportReport.h"
#include "ExportSchema.h"
#include "HashedFile.h"
#include "JsonText.h"
#include "ZipWriter.h"
#include "core/AppInfo.h"
#include "db/SqlError.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <filesystem>
#include <system_error>

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ExportPackage)
};

constexpr int fetchSize = 2000;
constexpr int readShare = 800; // of 1000: reading and writing the files; the rest is zipping

QString nothingSaved()
{
    return Tr::tr("Nothing was saved and the request is unchanged.");
}

QString diskError(const QString& reason)
{
    return Tr::tr("Could not write the export (%1). %2").arg(reason, nothingSaved());
}

QString databaseError(const QString& reason)
{
    return Tr::tr("The export failed: %1. %2").arg(reason, nothingSaved());
}

QString cancelled()
{
    return Tr::tr("The export was cancelled. %1").arg(nothingSaved());
}

// The JSON value of one column as a CSV field.
Csv::Field csvField(const QJsonValue& value, const QString& jsonType)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return {QString(), false};
    case QJsonValue::Bool:
        return {value.toBool() ? QStringLiteral("true") : QStringLiteral("false"), false};
    case QJsonValue::Double:
        return {jsonType == QLatin1String("integer") ? QString::number(value.toInteger())
                                                     : QString::number(value.toDouble(), 'g', 17),
                false};
    case QJsonValue::String:
        return {value.toString(), true};
    case QJsonValue::Array:
        return {QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact)), true};
    case QJsonValue::Object:
        return {QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact)), true};
    }
    return {};
}

bool writeWhole(const QString& path, const QByteArray& content, QString* error)
{
    HashedFile file;
    if (!file.open(path) || !file.write(content) || !file.close()) {
        *error = diskError(file.errorString());
        return false;
    }
    return true;
}

QByteArray jsonText(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

// Rolls the transaction back unless it was committed.
class Transaction
{
public:
    explicit Transaction(QSqlDatabase& db)
        : m_db(db)
    {}
    ~Transaction()
    {
        if (m_open)
            m_db.rollback();
    }
    bool begin() { return m_open = m_db.transaction(); }
    bool commit()
    {
        m_open = false;
        return m_db.commit();
    }

private:
    QSqlDatabase& m_db;
    bool m_open = false;
};

} // namespace

ExportPackage::ExportPackage(QSqlDatabase db)
    : m_db(db)
{}

QString ExportPackage::defaultFileName(qint64 requestId)
{
    return QStringLiteral("fluxariont-export-request-%1.zip").arg(requestId);
}

QStringList ExportPackage::archiveMembers(const ExportMeta& meta)
{
    QStringList members{QStringLiteral("data.json"), QStringLiteral("schema.json"), QStringLiteral("index.html"),
                        ExportConsultations::csvPath()};
    for (const ExportTable& table : meta.tables)
        members.append(table.csvPath());
    return members;
}

void ExportPackage::report(int permille)
{
    if (m_progress)
        m_progress(permille);
}

bool ExportPackage::run(const ExportOptions& options, ExportResult* result, QString* error)
{
    m_cancelled = false;
    m_rowsDone = 0;
    m_generatedAt = QDateTime::currentDateTimeUtc();
    const QFileInfo target(options.targetPath);
    if (options.targetPath.isEmpty() || target.isDir()) {
        *error = Tr::tr("Choose a file name for the export.");
        return false;
    }
    if (target.exists() && !options.overwrite) {
        *error = Tr::tr("%1 already exists; choose another name or remove it first.").arg(target.filePath());
        return false;
    }
    const QDir folder = target.absoluteDir();
    if (!folder.exists()) {
        *error = Tr::tr("The folder %1 does not exist.").arg(folder.path());
        return false;
    }
    // Private (0700) and on the target's file system, so that the final rename is atomic.
    QTemporaryDir parts(folder.filePath(QStringLiteral(".fxexport-XXXXXX")));
    if (!parts.isValid()) {
        *error = diskError(Tr::tr("the folder %1 is not writable: %2").arg(folder.path(), parts.errorString()));
        return false;
    }

    Transaction transaction(m_db);
    QSqlQuery q(m_db);
    if (!transaction.begin() || !q.exec(QStringLiteral("SET LOCAL TimeZone = 'UTC'"))) {
        *error = databaseError(SqlError::reason(transaction.begin() ? q.lastError() : m_db.lastError()));
        return false;
    }
    q.prepare(QStringLiteral("SELECT privacy.export_begin(?)"));
    q.addBindValue(options.requestId);
    if (!q.exec() || !q.next()) {
        *error = databaseError(SqlError::reason(q.lastError()));
        return false;
    }
    const ExportMeta meta = ExportMeta::fromJson(QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object());
    m_totalRows = qMax<qint64>(1, meta.totalRows());
    report(0);

    qint64 rows = 0;
    const QString archive = parts.filePath(QStringLiteral("package.zip"));
    if (!writeMembers(parts.path(), meta, &rows, error) || !writeManifest(parts.path(), meta, error) ||
        !zip(parts.path(), meta, archive, options.passphrase, error))
        return false;

    QString sha256;
    qint64 bytes = 0;
    if (!HashedFile::hashFile(archive, &sha256, &bytes)) {
        *error = diskError(Tr::tr("the archive cannot be read back"));
        return false;
    }
    if (m_cancelled) {
        *error = cancelled();
        return false;
    }
    q.prepare(QStringLiteral("SELECT privacy.export_finish(?, ?, ?, ?)"));
    q.addBindValue(options.requestId);
    q.addBindValue(sha256);
    q.addBindValue(rows);
    q.addBindValue(bytes);
    if (!q.exec() || !q.next()) {
        *error = databaseError(SqlError::reason(q.lastError()));
        return false;
    }
    const QJsonObject request = QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object();
    if (!transaction.commit()) {
        *error = databaseError(SqlError::reason(m_db.lastError()));
        return false;
    }
    // Personal data: readable by its owner only, like every secret the console writes.
    QFile::setPermissions(archive, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    std::error_code renameError;
    std::filesystem::rename(QFile::encodeName(archive).toStdString(),
                            QFile::encodeName(target.absoluteFilePath()).toStdString(), renameError);
    if (renameError) {
        // The request is fulfilled by now; say where the archive is rather than lose it.
        parts.setAutoRemove(false);
        *error = Tr::tr("The export was recorded, but could not be moved to %1 (%2); it is at %3.")
                     .arg(target.absoluteFilePath(), QString::fromStdString(renameError.message()), archive);
        return false;
    }
    report(1000);
    *result = {target.absoluteFilePath(), sha256, rows, bytes, request};
    return true;
}

bool ExportPackage::writeMembers(const QString& folder, const ExportMeta& meta, qint64* rows, QString* error)
{
    if (!QDir(folder).mkdir(QStringLiteral("csv"))) {
        *error = diskError(Tr::tr("cannot create a folder"));
        return false;
    }
    HashedFile data;
    if (!data.open(QDir(folder).filePath(QStringLiteral("data.json")))) {
        *error = diskError(data.errorString());
        return false;
    }
    const QJsonObject request{{QStringLiteral("id"), meta.requestId},
                              {QStringLiteral("kind"), meta.request.value(QLatin1String("kind"))},
                              {QStringLiteral("received_on"), meta.request.value(QLatin1String("received_on"))}};
    const QJsonObject subject{{QStringLiteral("id"), meta.userId},
                              {QStringLiteral("public_id"), meta.publicId},
                              {QStringLiteral("language"), meta.language}};
    bool ok = data.write("{\n  \"format\": \"" + QByteArray(ExportSchema::format()) +
                         "\",\n  \"format_version\": " + QByteArray::number(ExportSchema::formatVersion) +
                         ",\n  \"generated_at\": \"" + m_generatedAt.toString(Qt::ISODateWithMs).toUtf8() +
                         "\",\n  \"request\": " + jsonText(request) + ",\n  \"subject\": " + jsonText(subject) +
                         ",\n  \"categories\": {");
    QString category;
    for (int i = 0; ok && i < meta.tables.size(); ++i) {
        const ExportTable& table = meta.tables[i];
        if (table.category != category) {
            ok = data.write((category.isEmpty() ? "\n    " : "\n    },\n    ") + JsonText::quoted(table.category) +
                            ": {");
            category = table.category;
        } else {
            ok = data.write(",");
        }
        ok = ok && data.write("\n      " + JsonText::quoted(table.name) + ": [");
        qint64 inTable = 0;
        if (ok && !writeTable(meta, i, data, folder, &inTable, error))
            return false;
        ok = ok && data.write(inTable > 0 ? "\n      ]" : "]");
        *rows += inTable;
    }
    ok = ok &&
         data.write("\n    }\n  },\n  \"consultations\": " + ExportConsultations::json(meta.consultations) + "\n}\n");
    if (!data.close() || !ok) {
        *error = diskError(data.errorString());
        return false;
    }
    return writeWhole(QDir(folder).filePath(ExportConsultations::csvPath()),
                      ExportConsultations::csv(meta.consultations, meta.language), error) &&
           writeWhole(QDir(folder).filePath(QStringLiteral("schema.json")), ExportSchema::build(meta), error) &&
           writeWhole(QDir(folder).filePath(QStringLiteral("index.html")), ExportReport::render(meta, m_generatedAt),
                      error);
}

bool ExportPackage::writeTable(const ExportMeta& meta, int tableIndex, HashedFile& data, const QString& folder,
                               qint64* rowsWritten, QString* error)
{
    const ExportTable& table = meta.tables[tableIndex];
    static const QRegularExpression identifier(QStringLiteral("^[a-z_][a-z0-9_]*$"));
    if (!identifier.match(table.name).hasMatch()) {
        *error = databaseError(Tr::tr("unexpected table name"));
        return false;
    }
    HashedFile csv;
    if (!csv.open(QDir(folder).filePath(table.csvPath()))) {
        *error = diskError(csv.errorString());
        return false;
    }
    QList<Csv::Field> header;
    QStringList types;
    for (const ExportColumn& column : table.columns) {
        header.append({column.name, true});
        types.append(ExportSchema::jsonType(column.type));
    }
    bool written = csv.write(Csv::byteOrderMark() + Csv::record(header));

    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("DECLARE fx_export_rows NO SCROLL CURSOR FOR SELECT privacy.export_rows(%1, '%2')")
                    .arg(meta.requestId)
                    .arg(table.name))) {
        *error = databaseError(SqlError::reason(q.lastError()));
        return false;
    }
    qint64 inTable = 0;
    int fetched = fetchSize;
    while (written && fetched == fetchSize) {
        if (m_cancelled) {
            *error = cancelled();
            return false;
        }
        if (!q.exec(QStringLiteral("FETCH %1 FROM fx_export_rows").arg(fetchSize))) {
            *error = databaseError(SqlError::reason(q.lastError()));
            return false;
        }
        fetched = 0;
        while (written && q.next()) {
            const QByteArray row = q.value(0).toString().toUtf8();
            const QJsonObject object = QJsonDocument::fromJson(row).object();
            QList<Csv::Field> fields;
            fields.reserve(table.columns.size());
            for (int c = 0; c < table.columns.size(); ++c)
                fields.append(csvField(object.value(table.columns[c].name), types[c]));
            written = data.write((inTable == 0 ? "\n        " : ",\n        ") + row) && csv.write(Csv::record(fields));
            ++fetched;
            ++inTable;
        }
        m_rowsDone += fetched;
        report(int(readShare * qMin<qint64>(m_rowsDone, m_totalRows) / m_totalRows));
    }
    if (!written || !csv.close()) {
        *error = diskError(data.failed() ? data.errorString() : csv.errorString());
        return false;
    }
    if (!q.exec(QStringLiteral("CLOSE fx_export_rows"))) {
        *error = databaseError(SqlError::reason(q.lastError()));
        return false;
    }
    *rowsWritten = inTable;
    return true;
}

bool ExportPackage::writeManifest(const QString& folder, const ExportMeta& meta, QString* error)
{
    QJsonArray files;
    for (const QString& member : archiveMembers(meta)) {
        QString sha256;
        qint64 size = 0;
        if (!HashedFile::hashFile(QDir(folder).filePath(member), &sha256, &size)) {
            *error = diskError(Tr::tr("a file cannot be read back"));
            return false;
        }
        files.append(QJsonObject{
            {QStringLiteral("path"), member}, {QStringLiteral("sha256"), sha256}, {QStringLiteral("bytes"), size}});
    }
    const QJsonObject manifest{{QStringLiteral("format"), QStringLiteral("fluxariont-data-export-manifest")},
                               {QStringLiteral("format_version"), ExportSchema::formatVersion},
                               {QStringLiteral("request_id"), meta.requestId},
                               {QStringLiteral("generated_at"), m_generatedAt.toString(Qt::ISODateWithMs)},
                               {QStringLiteral("console_version"), AppInfo::version()},
                               {QStringLiteral("files"), files}};
    return writeWhole(QDir(folder).filePath(QStringLiteral("manifest.json")),
                      QJsonDocument(manifest).toJson(QJsonDocument::Indented), error);
}

bool ExportPackage::zip(const QString& folder, const ExportMeta& meta, const QString& archive,
                        const QString& passphrase, QString* error)
{
    const QDir dir(folder);
    ZipWriter writer;
    QString reason;
    if (!writer.create(archive, &reason)) {
        *error = diskError(reason);
        return false;
    }
    writer.setPassphrase(passphrase);
    QStringList members = archiveMembers(meta);
    members.append(QStringLiteral("manifest.json"));
    for (const QString& member : members) {
        if (!writer.addFile(member, dir.filePath(member), &reason)) {
            *error = diskError(reason);
            return false;
        }
    }
    const bool committed = writer.commit(
        [this](double fraction) {
            report(readShare + int((1000 - readShare) * fraction));
            return !m_cancelled;
        },
        &reason);
    if (!committed) {
        *error = m_cancelled ? cancelled() : diskError(reason);
        return false;
    }
    return true;
}
