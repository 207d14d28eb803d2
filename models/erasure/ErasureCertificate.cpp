// SPDX-License-Identifier: GPL-3.0-or-later
#include "ErasureCertificate.h"

#include "core/PdfDocument.h"
#include "core/SubjectLanguage.h"
#include "core/TimeFormat.h"

#include <QCoreApplication>
#include <QDate>
#include <QSaveFile>

namespace ErasureCertificate {

namespace {

const char* const context = "ErasureCertificate";

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ErasureCertificate)
};

const char* tableSource(const QString& table)
{
    static const QMap<QString, const char*> names{
        {QStringLiteral("users"), QT_TRANSLATE_NOOP("ErasureCertificate", "Account")},
        {QStringLiteral("social_identities"), QT_TRANSLATE_NOOP("ErasureCertificate", "Sign-in via social networks")},
        {QStringLiteral("profiles"), QT_TRANSLATE_NOOP("ErasureCertificate", "Optional profile")},
        {QStringLiteral("consents"), QT_TRANSLATE_NOOP("ErasureCertificate", "Consents")},
        {QStringLiteral("enrollments"), QT_TRANSLATE_NOOP("ErasureCertificate", "Course enrolments")},
        {QStringLiteral("lesson_completions"), QT_TRANSLATE_NOOP("ErasureCertificate", "Completed lessons")},
        {QStringLiteral("test_results"), QT_TRANSLATE_NOOP("ErasureCertificate", "Test results")},
        {QStringLiteral("certificates"), QT_TRANSLATE_NOOP("ErasureCertificate", "Course certificates")},
        {QStringLiteral("courses"), QT_TRANSLATE_NOOP("ErasureCertificate", "Courses you taught")},
        {QStringLiteral("login_events"), QT_TRANSLATE_NOOP("ErasureCertificate", "Sign-in history")},
        {QStringLiteral("usage_events"), QT_TRANSLATE_NOOP("ErasureCertificate", "Usage records")},
        {QStringLiteral("sessions"), QT_TRANSLATE_NOOP("ErasureCertificate", "Sessions")},
        {QStringLiteral("messages"), QT_TRANSLATE_NOOP("ErasureCertificate", "Messages")},
        {QStringLiteral("forum_threads"), QT_TRANSLATE_NOOP("ErasureCertificate", "Forum threads")},
        {QStringLiteral("forum_posts"), QT_TRANSLATE_NOOP("ErasureCertificate", "Forum posts")},
        {QStringLiteral("invoices"), QT_TRANSLATE_NOOP("ErasureCertificate", "Invoices")},
        {QStringLiteral("payment_references"), QT_TRANSLATE_NOOP("ErasureCertificate", "Payment references")},
        {QStringLiteral("processor_links"), QT_TRANSLATE_NOOP("ErasureCertificate", "Links to external services")},
    };
    return names.value(table);
}

QString tableName(const SubjectLanguage& t, const QString& table)
{
    const char* name = tableSource(table);
    return name ? t.translate(context, name) : table;
}

QString actionText(const SubjectLanguage& t, const QString& action)
{
    if (action == QLatin1String("delete"))
        return t.translate(context, QT_TRANSLATE_NOOP("ErasureCertificate", "deleted"));
    if (action == QLatin1String("anonymize"))
        return t.translate(context, QT_TRANSLATE_NOOP("ErasureCertificate", "anonymized"));
    return t.translate(context, QT_TRANSLATE_NOOP("ErasureCertificate", "retained and restricted"));
}

struct Line {
    QString what;
    QString action;
    qint64 rows;
    QString until;
    QString basis;
};

QList<Line> lines(const SubjectLanguage& t, const RequestDetail& request)
{
    QList<Line> result;
    const bool german = t.code() == QLatin1String("de");
    for (const ErasureStep& step : request.erasureSummary.plan) {
        if (step.rows == 0)
            continue;
        const QDate& until = step.retainedUntil;
        result.append({tableName(t, step.table), actionText(t, step.action), step.rows,
                       TimeFormat::date(until, t.code()), german ? step.basisDe : step.basisEn});
    }
    return result;
}

struct Texts {
    QString title, intro, table, what, done, records, until, basis, processors, noProcessors, kept, closing;
};

Texts texts(const SubjectLanguage& t, const RequestDetail& request)
{
    const auto say = [&](const char* s) { return t.translate(context, s); };
    const auto date = [&](const QDate& day) { return TimeFormat::date(day, t.code()); };
    Texts x;
    x.title = say(QT_TRANSLATE_NOOP("ErasureCertificate", "Confirmation of erasure"));
    x.intro = say(QT_TRANSLATE_NOOP("ErasureCertificate",
                                    "We received your request to erase your personal data (Art. 17 GDPR) on %1, our "
                                    "reference %2, request no. %3. We carried it out on %4. This confirmation lists "
                                    "what we did; it repeats none of the erased data."))
                  .arg(date(request.receivedOn), request.ticket, QString::number(request.id),
                       TimeFormat::date(request.closedAt, t.code()));
    x.table = say(QT_TRANSLATE_NOOP("ErasureCertificate", "What we did"));
    x.what = say(QT_TRANSLATE_NOOP("ErasureCertificate", "Data"));
    x.done = say(QT_TRANSLATE_NOOP("ErasureCertificate", "Done"));
    x.records = say(QT_TRANSLATE_NOOP("ErasureCertificate", "Records"));
    x.until = say(QT_TRANSLATE_NOOP("ErasureCertificate", "Kept until"));
    x.basis = say(QT_TRANSLATE_NOOP("ErasureCertificate", "Why"));
    x.processors = say(QT_TRANSLATE_NOOP("ErasureCertificate",
                                         "We have asked these external service providers, who held data about you "
                                         "on our behalf, to erase it as well (Art. 19 GDPR):"));
    x.noProcessors = say(QT_TRANSLATE_NOOP("ErasureCertificate", "No external service provider held data about you."));
    x.kept = say(QT_TRANSLATE_NOOP("ErasureCertificate",
                                   "Records we must keep by law are restricted (Art. 18 GDPR): only our data "
                                   "protection officer can see them, they are used for nothing else, and they are "
                                   "deleted when the period ends. We also keep the record of your request and of who "
                                   "accessed your data, without further personal data, as proof that we handled "
                                   "your data lawfully."));
    x.closing = say(QT_TRANSLATE_NOOP("ErasureCertificate", "Your Fluxariont data protection team"));
    return x;
}

QString languageOf(const RequestDetail& request, const QString& language)
{
    return language.isEmpty() ? request.language : language;
}

} // namespace

QString tableTitle(const QString& table)
{
    const char* name = tableSource(table);
    return name ? QCoreApplication::translate(context, name) : table;
}

QString html(const RequestDetail& request, const QString& language)
{
    const SubjectLanguage t(languageOf(request, language));
    const Texts x = texts(t, request);
    const auto esc = [](const QString& s) { return s.toHtmlEscaped(); };
    QString out = QStringLiteral("<html lang=\"%1\"><body><h1>%2</h1><p>%3</p><h2>%4</h2>"
                                 "<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"4\">"
                                 "<tr><th>%5</th><th>%6</th><th>%7</th><th>%8</th><th>%9</th></tr>")
                      .arg(t.code(), esc(x.title), esc(x.intro), esc(x.table), esc(x.what), esc(x.done), esc(x.records),
                           esc(x.until), esc(x.basis));
    for (const Line& line : lines(t, request))
        out += QStringLiteral("<tr><td>%1</td><td>%2</td><td align=\"right\">%3</td><td>%4</td><td>%5</td></tr>")
                   .arg(esc(line.what), esc(line.action), t.locale().toString(line.rows), esc(line.until),
                        esc(line.basis));
    out += QStringLiteral("</table>");
    const QStringList& processors = request.erasureSummary.processors;
    if (processors.isEmpty()) {
        out += QStringLiteral("<p>%1</p>").arg(esc(x.noProcessors));
    } else {
        out += QStringLiteral("<p>%1</p><ul>").arg(esc(x.processors));
        for (const QString& p : processors)
            out += QStringLiteral("<li>%1</li>").arg(esc(p));
        out += QStringLiteral("</ul>");
    }
    out += QStringLiteral("<p>%1</p><p>%2</p></body></html>").arg(esc(x.kept), esc(x.closing));
    return out;
}

QString text(const RequestDetail& request, const QString& language)
{
    const SubjectLanguage t(languageOf(request, language));
    const Texts x = texts(t, request);
    QString out = x.title + QStringLiteral("\n\n") + x.intro + QStringLiteral("\n\n") + x.table + QStringLiteral(":\n");
    for (const Line& line : lines(t, request)) {
        out += QStringLiteral("- %1: %2 %3").arg(line.what, t.locale().toString(line.rows), line.action);
        if (!line.until.isEmpty())
            out += QStringLiteral(" (%1 %2; %3)").arg(x.until, line.until, line.basis);
        out += QLatin1Char('\n');
    }
    const QStringList& processors = request.erasureSummary.processors;
    out += QLatin1Char('\n') + (processors.isEmpty() ? x.noProcessors : x.processors) + QLatin1Char('\n');
    for (const QString& p : processors)
        out += QStringLiteral("- %1\n").arg(p);
    out += QLatin1Char('\n') + x.kept + QStringLiteral("\n\n") + x.closing + QLatin1Char('\n');
    return out;
}

bool write(const RequestDetail& request, const QString& language, const QString& path, QString* error)
{
    if (request.kind != QLatin1String("erasure") || request.status != QLatin1String("fulfilled")) {
        *error = Tr::tr("A certificate exists only for an executed erasure.");
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = Tr::tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    if (path.endsWith(QLatin1String(".txt"), Qt::CaseInsensitive)) {
        file.write(text(request, language).toUtf8());
    } else {
        PdfDocument::write(&file, html(request, language),
                           texts(SubjectLanguage(languageOf(request, language)), request).title);
    }
    if (!file.commit()) {
        *error = Tr::tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

QString html(const QJsonObject& request, const QString& language)
{
    return html(RequestDetail::fromJson(request), language);
}

QString text(const QJsonObject& request, const QString& language)
{
    return text(RequestDetail::fromJson(request), language);
}

bool write(const QJsonObject& request, const QString& language, const QString& path, QString* error)
{
    return write(RequestDetail::fromJson(request), language, path, error);
}

} // namespace ErasureCertificate
