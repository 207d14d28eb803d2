// SPDX-License-Identifier: GPL-3.0-or-later
#include "AuditPdfReport.h"

#include "AuditReport.h"
#include "AuditSentence.h"
#include "AuditVerifier.h"
#include "core/PdfDocument.h"
#include "core/SubjectLanguage.h"
#include "core/TimeFormat.h"
#include "db/SqlError.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QMap>
#include <QSaveFile>
#include <QSqlQuery>

namespace AuditPdfReport {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(AuditPdfReport)
};

constexpr int ListedAnomalies = 300;
constexpr qint64 ScannedFlags = 5000; // the newest flagged entries the lists are taken from

QString esc(const QString& s)
{
    return s.toHtmlEscaped();
}

} // namespace

bool write(QSqlDatabase db, const AuditFilter& filter, const QString& language, const QString& path, qint64* entries,
           QString* error)
{
    const SubjectLanguage lang(language);
    const auto t = [&](const char* s) { return lang.translate("AuditPdfReport", s); };
    const QLocale& locale = lang.locale();

    QList<AuditActivity> activity;
    if (!AuditStore(db).activity(filter, QStringLiteral("day"), &activity, error))
        return false;
    qint64 total = 0, unusual = 0;
    QMap<QString, QPair<qint64, qint64>> byStaff;
    QMap<QDate, QPair<qint64, qint64>> byDay;
    for (const AuditActivity& a : activity) {
        total += a.entries;
        unusual += a.anomalies;
        byStaff[a.staff].first += a.entries;
        byStaff[a.staff].second += a.anomalies;
        byDay[a.bucket.toLocalTime().date()].first += a.entries;
        byDay[a.bucket.toLocalTime().date()].second += a.anomalies;
    }
    // The flags: open ones and reviewed ones, each listed up to a limit.
    AuditFilter flagged = filter;
    flagged.anomaliesOnly = true;
    flagged.withReviewed = true;
    QList<AuditEntry> listed;
    QList<AuditEntry> reviewed;
    if (!AuditReport::forEachEntry(
            db, flagged, ScannedFlags,
            [&](const AuditEntry& e) {
                QList<AuditEntry>& list = e.review.isReviewed() ? reviewed : listed;
                if (list.size() < ListedAnomalies)
                    list << e;
            },
            error))
        return false;
    QJsonObject settings;
    if (!AuditStore(db).settings(&settings, error))
        return false;
    AuditVerifier verifier;
    if (!verifier.verify(db, error))
        return false;
    const auto& chain = verifier.result();

    QString html = QStringLiteral("<html><body><h1>%1</h1><p>%2</p>")
                       .arg(esc(t(QT_TRANSLATE_NOOP("AuditPdfReport", "Access-log review"))),
                            esc(t(QT_TRANSLATE_NOOP("AuditPdfReport", "Created %1 by %2.")))
                                .arg(TimeFormat::dateTimeWithZone(QDateTime::currentDateTime(), lang.code()),
                                     db.userName().isEmpty() ? QStringLiteral("-") : db.userName()));
    const QStringList conditions = filter.describe(lang.code());
    html += QStringLiteral("<h2>%1</h2><p>%2</p>")
                .arg(esc(t(QT_TRANSLATE_NOOP("AuditPdfReport", "Filter"))),
                     esc(conditions.isEmpty() ? t(QT_TRANSLATE_NOOP("AuditPdfReport", "the whole log"))
                                              : conditions.join(QStringLiteral(", "))));
    // The rules' settings, labelled: what "unusual" meant for this report.
    QStringList rules;
    for (const char* key : {"work_hours", "work_days", "work_timezone", "anomaly_min_distinct", "anomaly_factor"}) {
        const QString k = QLatin1String(key);
        if (settings.contains(k))
            rules << QStringLiteral("%1: %2").arg(
                AuditSentence::settingLabel(k, lang.code()),
                AuditSentence::settingValue(k, settings.value(k).toString(), lang.code()));
    }
    html += QStringLiteral("<h2>%1</h2><p>%2</p>")
                .arg(esc(t(QT_TRANSLATE_NOOP("AuditPdfReport", "Rules for unusual entries"))),
                     esc(rules.join(QStringLiteral("; "))));
    html += QStringLiteral("<h2>%1</h2><p>%2</p>")
                .arg(esc(t(QT_TRANSLATE_NOOP("AuditPdfReport", "Counts"))),
                     esc(t(QT_TRANSLATE_NOOP("AuditPdfReport", "Entries: %1. Unusual entries: %2.")))
                         .arg(locale.toString(total), locale.toString(unusual)));
    html += QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" width=\"100%\"><tr><th>%1</th>"
                           "<th>%2</th><th>%3</th></tr>")
                .arg(esc(t(QT_TRANSLATE_NOOP("AuditPdfReport", "Staff member"))),
                     esc(t(QT_TRANSLATE_NOOP("AuditPdfReport", "Entries"))),
                     esc(t(QT_TRANSLATE_NOOP("AuditPdfReport", "Unusual"))));
    for (auto it = byStaff.begin(); it != byStaff.end(); ++it)
        html += QStringLiteral("<tr><td>%1</td><td align=\"right\">%2</td><td align=\"right\">%3</td></tr>")
                    .arg(esc(it.key()), locale.toString(it.value().first), locale.toString(it.value().second));
    html += QStringLiteral("</table>");
    // Activity per day as bars: the chart of the page, in a form a PDF keeps.
    const qint64 busiest = std::max<qint64>(
        1, std::max_element(byDay.begin(), byDay.end(), [](auto a, auto b) { return a.first < b.first; })->first);
    html += QStringLiteral("<h2>%1</h2><table cellspacing=\"0\" cellpadding=\"1\" width=\"100%\">")
                .arg(esc(t(QT_TRANSLATE_NOOP("AuditPdfReport", "Entries per day (red: unusual)"))));
    for (auto it = byDay.begin(); it != byDay.end(); ++it) {
        const int normal = int(80 * (it.value().first - it.value().second) / busiest);
        const int odd = int(80 * it.value().second / busiest);
        html += QStringLiteral("<tr><td width=\"15%\">%1</td><td width=\"85%\"><table cellspacing=\"0\" "
                               "cellpadding=\"0\" width=\"%2%\"><tr>%3%4<td>&nbsp;%5</td></tr></table></td></tr>")
                    .arg(TimeFormat::date(it.key(), lang.code()))
                    .arg(std::max(1, normal + odd + 12))
                    .arg(normal > 0 ? QStringLiteral("<td bgcolor=\"#3b6ea5\" width=\"%1\">&nbsp;</td>").arg(normal * 5)
                                    : QString())
                    .arg(odd > 0 ? QStringLiteral("<td bgcolor=\"#b00020\" width=\"%1\">&nbsp;</td>").arg(odd * 5)
                                 : QString())
                    .arg(locale.toString(it.value().first));
    }
    html += QStringLiteral("</table>");
    const QString code = lang.code();
    html += QStringLiteral("<h2>%1</h2><table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" width=\"100%\">"
                           "<tr><th>%2</th><th>%3</th><th>%4</th><th>%5</th></tr>")
                .arg(esc(t(QT_TRANSLATE_NOOP("AuditPdfReport", "Unusual entries, not yet reviewed"))),
                     esc(t(QT_TRANSLATE_NOOP("AuditPdfReport", "Entry"))),
                     esc(t(QT_TRANSLATE_NOOP("AuditPdfReport", "Time"))),
                     esc(t(QT_TRANSLATE_NOOP("AuditPdfReport", "What happened"))),
                     esc(t(QT_TRANSLATE_NOOP("AuditPdfReport", "Why it is unusual"))));
    for (const AuditEntry& e : listed)
        html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td></tr>")
                    .arg(e.id)
                    .arg(esc(TimeFormat::dateTimeSeconds(e.at, code)), esc(AuditSentence::sentence(e, code)),
                         esc(AuditSentence::flagReasons(e.flags, code)));
    html += QStringLiteral("</table>");
    if (listed.size() >= ListedAnomalies)
        html += QStringLiteral("<p>%1</p>")
                    .arg(esc(t(QT_TRANSLATE_NOOP("AuditPdfReport", "The first %1 open flags are listed.")))
                             .arg(listed.size()));
    html += QStringLiteral("<h2>%1</h2><table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" width=\"100%\">"
                           "<tr><th>%2</th><th>%3</th><th>%4</th><th>%5</th><th>%6</th></tr>")
                .arg(esc(t(QT_TRANSLATE_NOOP("AuditPdfReport", "Reviewed flags"))),
                     esc(t(QT_TRANSLATE_NOOP("AuditPdfReport", "Entry"))),
                     esc(t(QT_TRANSLATE_NOOP("AuditPdfReport", "What happened"))),
                     esc(t(QT_TRANSLATE_NOOP("AuditPdfReport", "Outcome"))),
                     esc(t(QT_TRANSLATE_NOOP("AuditPdfReport", "Note"))),
                     esc(t(QT_TRANSLATE_NOOP("AuditPdfReport", "Reviewed by, on"))));
    for (const AuditEntry& e : reviewed)
        html +=
            QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td><td>%5</td></tr>")
                .arg(e.id)
                .arg(esc(AuditSentence::sentence(e, code) + QStringLiteral(" (") +
                         AuditSentence::flagReasons(e.flags, code) + QLatin1Char(')')),
                     esc(AuditSentence::outcomeLabel(e.review.outcome, code)), esc(e.review.note),
                     esc(e.review.reviewedBy + QStringLiteral(", ") + TimeFormat::dateTime(e.review.reviewedAt, code)));
    html += QStringLiteral("</table>");
    if (reviewed.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(esc(t(QT_TRANSLATE_NOOP("AuditPdfReport", "No flag reviewed yet."))));
    html +=
        QStringLiteral("<h2>%1</h2><p>%2</p></body></html>")
            .arg(esc(t(QT_TRANSLATE_NOOP("AuditPdfReport", "Integrity"))),
                 esc(chain.intact
                         ? t(QT_TRANSLATE_NOOP("AuditPdfReport",
                                               "The hash chain is intact up to entry %1, head hash %2."))
                               .arg(chain.lastId)
                               .arg(QString::fromLatin1(chain.headHash.toHex()))
                         : t(QT_TRANSLATE_NOOP("AuditPdfReport", "The hash chain is broken: %1")).arg(chain.message)));

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = Tr::tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    {
        PdfDocument::write(&file, html, t(QT_TRANSLATE_NOOP("AuditPdfReport", "Access-log review")));
    }
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT privacy.audit_note_report('pdf', ?, ?)"));
    q.addBindValue(total);
    q.addBindValue(QString::fromUtf8(QJsonDocument(filter.toJson()).toJson(QJsonDocument::Compact)));
    if (!q.exec()) {
        *error = SqlError::reason(q.lastError());
        return false;
    }
    if (!file.commit()) {
        *error = Tr::tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    *entries = total;
    return true;
}

} // namespace AuditPdfReport
