// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExportReport.h"

#include "ExportConsultations.h"

#include "core/SubjectLanguage.h"
#include "core/TimeFormat.h"

#include <QCoreApplication>
#include <QFile>
#include <QLocale>
#include <QSet>

namespace ExportReport {

namespace {

// The report speaks the learner's language, whatever the console's is.
class Text
{
public:
    explicit Text(const QString& language)
        : m_language(language)
    {}
    QString operator()(const char* source) const { return m_language.translate("ExportReport", source); }
    const QLocale& locale() const { return m_language.locale(); }
    QString code() const { return m_language.code(); }

private:
    SubjectLanguage m_language;
};

QString esc(const QString& text)
{
    return text.toHtmlEscaped();
}

QString categoryName(const Text& t, const QString& key)
{
    if (key == QLatin1String("account"))
        return t(QT_TRANSLATE_NOOP("ExportReport", "Account"));
    if (key == QLatin1String("profile"))
        return t(QT_TRANSLATE_NOOP("ExportReport", "Optional profile"));
    if (key == QLatin1String("consents"))
        return t(QT_TRANSLATE_NOOP("ExportReport", "Consents"));
    if (key == QLatin1String("education"))
        return t(QT_TRANSLATE_NOOP("ExportReport", "Education"));
    if (key == QLatin1String("technical"))
        return t(QT_TRANSLATE_NOOP("ExportReport", "Technical data"));
    if (key == QLatin1String("communication"))
        return t(QT_TRANSLATE_NOOP("ExportReport", "Communication"));
    if (key == QLatin1String("payment"))
        return t(QT_TRANSLATE_NOOP("ExportReport", "Payment"));
    if (key == QLatin1String("processors"))
        return t(QT_TRANSLATE_NOOP("ExportReport", "External service providers"));
    if (key == QLatin1String("requests"))
        return t(QT_TRANSLATE_NOOP("ExportReport", "Your data protection requests"));
    return key;
}

QString originName(const Text& t, const QString& key)
{
    if (key == QLatin1String("provided"))
        return t(QT_TRANSLATE_NOOP("ExportReport", "provided by you"));
    if (key == QLatin1String("observed"))
        return t(QT_TRANSLATE_NOOP("ExportReport", "recorded while you used the platform"));
    if (key == QLatin1String("derived"))
        return t(QT_TRANSLATE_NOOP("ExportReport", "derived by us from other data"));
    if (key == QLatin1String("received"))
        return t(QT_TRANSLATE_NOOP("ExportReport", "received from a third party"));
    return key;
}

QString processorCategoryName(const Text& t, const QString& key)
{
    if (key == QLatin1String("analytics"))
        return t(QT_TRANSLATE_NOOP("ExportReport", "Analytics"));
    if (key == QLatin1String("video_hosting"))
        return t(QT_TRANSLATE_NOOP("ExportReport", "Video hosting"));
    if (key == QLatin1String("payment"))
        return t(QT_TRANSLATE_NOOP("ExportReport", "Payment services"));
    if (key == QLatin1String("cloud_cdn"))
        return t(QT_TRANSLATE_NOOP("ExportReport", "Cloud storage and content delivery"));
    if (key == QLatin1String("communication"))
        return t(QT_TRANSLATE_NOOP("ExportReport", "Communication tools"));
    return key;
}

QString list(const QStringList& items)
{
    QString html = QStringLiteral("<ul>\n");
    for (const QString& item : items)
        html += QStringLiteral("<li>%1</li>\n").arg(item);
    return html + QStringLiteral("</ul>\n");
}

QString section(const QString& title, const QString& content)
{
    return QStringLiteral("<h2>%1</h2>\n%2").arg(esc(title), content);
}

QString para(const QString& text)
{
    return QStringLiteral("<p>%1</p>\n").arg(esc(text));
}

QString aboutYou(const Text& t, const ExportMeta& meta)
{
    const auto row = [](const QString& label, const QString& value) {
        return QStringLiteral("<tr><th>%1</th><td>%2</td></tr>\n").arg(esc(label), esc(value));
    };
    QString html = QStringLiteral("<table>\n");
    html += row(t(QT_TRANSLATE_NOOP("ExportReport", "Name")), meta.name);
    html += row(t(QT_TRANSLATE_NOOP("ExportReport", "Email address")), meta.email);
    html += row(t(QT_TRANSLATE_NOOP("ExportReport", "Customer number")), QString::number(meta.userId));
    html += row(t(QT_TRANSLATE_NOOP("ExportReport", "Public identifier")), meta.publicId);
    return html + QStringLiteral("</table>\n");
}

QString contents(const Text& t, const ExportMeta& meta)
{
    QString html = para(t(QT_TRANSLATE_NOOP(
        "ExportReport",
        "The file data.json contains all data below in machine-readable form (its structure is described in "
        "schema.json); the folder csv holds the same rows as one spreadsheet file per table; manifest.json lists "
        "a SHA-256 checksum of every file.")));
    html += QStringLiteral("<table>\n<tr><th>%1</th><th>%2</th><th>%3</th><th>%4</th></tr>\n")
                .arg(esc(t(QT_TRANSLATE_NOOP("ExportReport", "Category"))),
                     esc(t(QT_TRANSLATE_NOOP("ExportReport", "File"))),
                     esc(t(QT_TRANSLATE_NOOP("ExportReport", "Records"))),
                     esc(t(QT_TRANSLATE_NOOP("ExportReport", "Where the data comes from"))));
    for (const ExportTable& table : meta.tables)
        html += QStringLiteral("<tr><td>%1</td><td><code>%2</code></td><td class=\"number\">%3</td><td>%4</td></tr>\n")
                    .arg(esc(categoryName(t, table.category)), esc(table.csvPath()),
                         esc(t.locale().toString(table.rows)), esc(originName(t, table.origin)));
    html += QStringLiteral("</table>\n");
    html += para(t(QT_TRANSLATE_NOOP("ExportReport",
                                     "Not included: your password, which we store only as a one-way hash, and the "
                                     "encrypted payment token of your payment provider. Both are security "
                                     "credentials, not information about you.")));
    return html;
}

// The purposes the data map gives the tables of the package, in the order of the privacy policy.
QString purposes(const Text& t, const ExportMeta& meta)
{
    const QList<QPair<QString, const char*>> known{
        {QStringLiteral("service"),
         QT_TRANSLATE_NOOP("ExportReport", "Providing our courses: your account, access to courses, your progress "
                                           "and certificates (contract, Art. 6(1)(b) GDPR).")},
        {QStringLiteral("personalisation"),
         QT_TRANSLATE_NOOP("ExportReport", "Personalisation: course suggestions and difficulty adapted to your "
                                           "learning (legitimate interest, Art. 6(1)(f) GDPR).")},
        {QStringLiteral("communication"),
         QT_TRANSLATE_NOOP("ExportReport", "Communication: messages and notices about your courses (contract, "
                                           "Art. 6(1)(b) GDPR).")},
        {QStringLiteral("marketing"),
         QT_TRANSLATE_NOOP("ExportReport", "Marketing emails about new courses, only with your consent "
                                           "(Art. 6(1)(a) GDPR).")},
        {QStringLiteral("security"),
         QT_TRANSLATE_NOOP("ExportReport", "Security and fraud prevention: detecting unauthorised access "
                                           "(legitimate interest, Art. 6(1)(f) GDPR).")},
        {QStringLiteral("legal_obligation"),
         QT_TRANSLATE_NOOP("ExportReport", "Legal obligations: keeping records as the law requires, such as "
                                           "invoices under tax law (Art. 6(1)(c) GDPR).")},
        {QStringLiteral("improvement"),
         QT_TRANSLATE_NOOP("ExportReport", "Improving our courses: how they are used, to add explanations where "
                                           "many learners struggle (legitimate interest, Art. 6(1)(f) GDPR).")},
    };
    QSet<QString> used;
    for (const ExportTable& table : meta.tables)
        for (const QString& purpose : table.purposes)
            used.insert(purpose);
    QStringList items;
    for (const auto& [key, text] : known)
        if (used.contains(key))
            items.append(esc(t(text)));
    return list(items);
}

QString recipients(const Text& t, const ExportMeta& meta)
{
    QString html = para(t(QT_TRANSLATE_NOOP(
        "ExportReport", "We use external service providers who process data on our behalf (Art. 28 GDPR). Those "
                        "marked \"yes\" hold data about you.")));
    html += QStringLiteral("<table>\n<tr><th>%1</th><th>%2</th><th>%3</th></tr>\n")
                .arg(esc(t(QT_TRANSLATE_NOOP("ExportReport", "Kind of service"))),
                     esc(t(QT_TRANSLATE_NOOP("ExportReport", "Provider"))),
                     esc(t(QT_TRANSLATE_NOOP("ExportReport", "Holds data about you"))));
    for (const ExportProcessor& processor : meta.processors)
        html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td></tr>\n")
                    .arg(esc(processorCategoryName(t, processor.category)), esc(processor.name),
                         esc(processor.holdsData ? t(QT_TRANSLATE_NOOP("ExportReport", "yes"))
                                                 : t(QT_TRANSLATE_NOOP("ExportReport", "no"))));
    return html + QStringLiteral("</table>\n");
}

// How long, from the erasure rules the data map compiled: what goes at erasure, and per retained
// table its period and legal basis in the learner's language.
QString storage(const Text& t, const ExportMeta& meta)
{
    QStringList erased;
    QStringList items;
    for (const ExportTable& table : meta.tables) {
        const QString category = categoryName(t, table.category);
        if (table.erasure == QLatin1String("retain")) {
            const QString basis =
                table.basis.value(t.code() == QLatin1String("de") ? QLatin1String("de") : QLatin1String("en"))
                    .toString();
            items.append(esc(t(QT_TRANSLATE_NOOP("ExportReport", "%1 — %2; during that time they are only "
                                                                 "kept, not otherwise used."))
                                 .arg(category, basis)));
        } else if (!table.erasure.isEmpty() && !erased.contains(category)) {
            erased.append(category);
        }
    }
    if (!erased.isEmpty())
        items.prepend(esc(t(QT_TRANSLATE_NOOP("ExportReport", "%1: as long as your account exists; after erasure "
                                                              "they are deleted or made anonymous."))
                              .arg(erased.join(QStringLiteral(", ")))));
    items.append(esc(t(QT_TRANSLATE_NOOP("ExportReport", "Records of data protection requests and of staff access "
                                                         "to your data: as long as we must be able to prove that we "
                                                         "handled your data lawfully."))));
    return list(items);
}

QString rights(const Text& t)
{
    return list({
        esc(t(QT_TRANSLATE_NOOP("ExportReport", "Rectification of inaccurate data (Art. 16 GDPR)."))),
        esc(t(QT_TRANSLATE_NOOP("ExportReport", "Erasure (Art. 17 GDPR), unless we must keep data by law."))),
        esc(t(QT_TRANSLATE_NOOP("ExportReport", "Restriction of processing (Art. 18 GDPR)."))),
        esc(t(QT_TRANSLATE_NOOP("ExportReport", "Objection to processing based on legitimate interest "
                                                "(Art. 21 GDPR)."))),
        esc(t(QT_TRANSLATE_NOOP("ExportReport", "Data portability: this package is in a common machine-readable "
                                                "format (Art. 20 GDPR)."))),
        esc(t(QT_TRANSLATE_NOOP("ExportReport", "Withdrawing a consent at any time, with effect for the future "
                                                "(Art. 7(3) GDPR)."))),
        esc(t(QT_TRANSLATE_NOOP("ExportReport", "Lodging a complaint with a data protection supervisory "
                                                "authority, in particular in the member state where you live or "
                                                "work (Art. 77 GDPR)."))),
    });
}

QString sources(const Text& t)
{
    return list({
        esc(t(QT_TRANSLATE_NOOP("ExportReport", "Most data comes from you or was recorded while you used the "
                                                "platform."))),
        esc(t(QT_TRANSLATE_NOOP("ExportReport", "If you signed in with a social network, we received your "
                                                "profile details from that network."))),
        esc(t(QT_TRANSLATE_NOOP("ExportReport", "Payment references come from our payment service "
                                                "provider."))),
        esc(t(QT_TRANSLATE_NOOP("ExportReport", "Test results and certificates are derived from your answers "
                                                "and progress. We make no decisions based solely on automated "
                                                "processing that have legal or similarly significant effects on "
                                                "you (Art. 22 GDPR)."))),
    });
}

} // namespace

QString categoryName(const QString& key, const QString& language)
{
    return categoryName(Text(language), key);
}

QByteArray render(const ExportMeta& meta, const QDateTime& generatedAt)
{
    const Text t(meta.language);
    const QString title = t(QT_TRANSLATE_NOOP("ExportReport", "Your personal data at Fluxariont"));
    QString body = QStringLiteral("<h1>%1</h1>\n").arg(esc(title));
    body += QStringLiteral("<p class=\"lead\">%1</p>\n")
                .arg(esc(t(QT_TRANSLATE_NOOP("ExportReport",
                                             "Copy of your data under Art. 15 and 20 GDPR, request no. %1, created "
                                             "%2."))
                             .arg(meta.requestId)
                             .arg(TimeFormat::legal(generatedAt, t.code()))));
    body += section(t(QT_TRANSLATE_NOOP("ExportReport", "About you")), aboutYou(t, meta));
    body += section(t(QT_TRANSLATE_NOOP("ExportReport", "What this package contains")), contents(t, meta));
    body += section(t(QT_TRANSLATE_NOOP("ExportReport", "Why we process your data")), purposes(t, meta));
    body += section(t(QT_TRANSLATE_NOOP("ExportReport", "Who receives your data")), recipients(t, meta));
    body += section(t(QT_TRANSLATE_NOOP("ExportReport", "How long we keep your data")), storage(t, meta));
    body += section(t(QT_TRANSLATE_NOOP("ExportReport", "Who at Fluxariont consulted your data")),
                    ExportConsultations::reportSection(meta.consultations, meta.language));
    body += section(t(QT_TRANSLATE_NOOP("ExportReport", "Your rights")), rights(t));
    body += section(t(QT_TRANSLATE_NOOP("ExportReport", "Where the data comes from")), sources(t));

    QFile templateFile(QStringLiteral(":/export/report.html"));
    templateFile.open(QIODevice::ReadOnly);
    QString html = QString::fromUtf8(templateFile.readAll());
    html.replace(QLatin1String("{{lang}}"),
                 meta.language == QLatin1String("de") ? QStringLiteral("de") : QStringLiteral("en"));
    html.replace(QLatin1String("{{title}}"), esc(title));
    html.replace(QLatin1String("{{body}}"), body);
    return html.toUtf8();
}

} // namespace ExportReport
