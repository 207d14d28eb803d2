// SPDX-License-Identifier: GPL-3.0-or-later
#include "AuditReport.h"

#include "AuditSentence.h"
#include "core/TimeFormat.h"
#include "db/SqlError.h"
#include "export/Csv.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSaveFile>
#include <QSqlQuery>

namespace AuditReport {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(AuditReport)
};

constexpr int PageSize = 1000;

} // namespace

bool forEachEntry(QSqlDatabase db, const AuditFilter& filter, qint64 limit,
                  const std::function<void(const AuditEntry&)>& visit, QString* error)
{
    AuditStore store(db);
    qint64 before = 0;
    qint64 seen = 0;
    QList<AuditEntry> page;
    do {
        if (!store.page(filter, before, -1, PageSize, &page, error))
            return false;
        for (const AuditEntry& e : page) {
            if (limit > 0 && seen >= limit)
                return true;
            visit(e);
            ++seen;
            before = e.id;
        }
    } while (page.size() == PageSize);
    return true;
}

bool writeCsv(QSqlDatabase db, const AuditFilter& filter, const QString& path, qint64* entries, QString* error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = Tr::tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    file.write(Csv::byteOrderMark());
    QList<Csv::Field> header;
    for (const char* name : {"id", "at_utc", "staff", "role", "action", "subject", "ticket", "purpose", "details",
                             "anomalies", "description", "review_outcome", "review_note", "reviewed_by", "reviewed_at"})
        header.append({QLatin1String(name), true});
    file.write(Csv::record(header));
    *entries = 0;
    const bool ok = forEachEntry(
        db, filter, 0,
        [&](const AuditEntry& e) {
            file.write(Csv::record({{QString::number(e.id), false},
                                    {e.at.toUTC().toString(Qt::ISODateWithMs), true},
                                    {e.staff, true},
                                    {e.role, true},
                                    {e.action, true},
                                    {e.subjectId > 0 ? QString::number(e.subjectId) : QString(), false},
                                    {e.ticket, true},
                                    {e.purpose, true},
                                    {e.details, true},
                                    {AuditSentence::flagReasons(e.flags), true},
                                    {AuditSentence::sentence(e), true},
                                    {e.review.outcome, true},
                                    {e.review.note, true},
                                    {e.review.reviewedBy, true},
                                    {TimeFormat::iso(e.review.reviewedAt), true}}));
            ++*entries;
        },
        error);
    if (!ok)
        return false;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT privacy.audit_note_report('csv', ?, ?)"));
    q.addBindValue(*entries);
    q.addBindValue(QString::fromUtf8(QJsonDocument(filter.toJson()).toJson(QJsonDocument::Compact)));
    if (!q.exec()) {
        *error = SqlError::reason(q.lastError());
        return false;
    }
    if (!file.commit()) {
        *error = Tr::tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace AuditReport
