// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProcessingRecords.h"

#include "core/PdfDocument.h"
#include "core/SubjectLanguage.h"
#include "core/TimeFormat.h"
#include "db/PrivacyCall.h"
#include "export/Csv.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QSaveFile>

namespace ProcessingRecords {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ProcessingRecords)
};

// The records speak the language asked for, whatever the console's is.
class Text
{
public:
    explicit Text(const QString& language)
        : m_language(language)
    {}
    QString operator()(const char* source) const { return m_language.translate("ProcessingRecords", source); }
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
    static const QList<QPair<QString, const char*>> names{
        {QStringLiteral("account"), QT_TRANSLATE_NOOP("ProcessingRecords", "Account data")},
        {QStringLiteral("profile"), QT_TRANSLATE_NOOP("ProcessingRecords", "Optional profile")},
        {QStringLiteral("consents"), QT_TRANSLATE_NOOP("ProcessingRecords", "Consents")},
        {QStringLiteral("education"), QT_TRANSLATE_NOOP("ProcessingRecords", "Education data")},
        {QStringLiteral("technical"), QT_TRANSLATE_NOOP("ProcessingRecords", "Technical data")},
        {QStringLiteral("communication"), QT_TRANSLATE_NOOP("ProcessingRecords", "Communication data")},
        {QStringLiteral("payment"), QT_TRANSLATE_NOOP("ProcessingRecords", "Payment data")},
        {QStringLiteral("processors"), QT_TRANSLATE_NOOP("ProcessingRecords", "Links to external services")},
    };
    for (const auto& [k, name] : names)
        if (k == key)
            return t(name);
    return key;
}

// The purposes of the privacy policy, in its order.
QStringList purposeKeys()
{
    return {QStringLiteral("service"),    QStringLiteral("personalisation"), QStringLiteral("communication"),
            QStringLiteral("marketing"),  QStringLiteral("security"),        QStringLiteral("legal_obligation"),
            QStringLiteral("improvement")};
}

QString purposeName(const Text& t, const QString& key)
{
    static const QList<QPair<QString, const char*>> names{
        {QStringLiteral("service"),
         QT_TRANSLATE_NOOP("ProcessingRecords", "Providing the courses: accounts, access, progress and certificates "
                                                "(contract, Art. 6(1)(b) GDPR)")},
        {QStringLiteral("personalisation"),
         QT_TRANSLATE_NOOP("ProcessingRecords", "Personalised course suggestions and difficulty (legitimate "
                                                "interest, Art. 6(1)(f) GDPR)")},
        {QStringLiteral("communication"),
         QT_TRANSLATE_NOOP("ProcessingRecords", "Messages and notices about the courses (contract, Art. 6(1)(b) "
                                                "GDPR)")},
        {QStringLiteral("marketing"),
         QT_TRANSLATE_NOOP("ProcessingRecords", "Marketing emails (consent, Art. 6(1)(a) GDPR)")},
        {QStringLiteral("security"),
         QT_TRANSLATE_NOOP("ProcessingRecords", "Security and fraud prevention (legitimate interest, Art. 6(1)(f) "
                                                "GDPR)")},
        {QStringLiteral("legal_obligation"),
         QT_TRANSLATE_NOOP("ProcessingRecords", "Legal obligations such as retention under tax law (Art. 6(1)(c) "
                                                "GDPR)")},
        {QStringLiteral("improvement"),
         QT_TRANSLATE_NOOP("ProcessingRecords", "Improving the courses from how they are used (legitimate interest, "
                                                "Art. 6(1)(f) GDPR)")},
    };
    for (const auto& [k, name] : names)
        if (k == key)
            return t(name);
    return key;
}

// The purposes in a few words, for the tables; section (b) gives each in full with its legal basis.
QString purposeShortName(const Text& t, const QString& key)
{
    static const QList<QPair<QString, const char*>> names{
        {QStringLiteral("service"), QT_TRANSLATE_NOOP("ProcessingRecords", "providing the courses")},
        {QStringLiteral("personalisation"), QT_TRANSLATE_NOOP("ProcessingRecords", "personalisation")},
        {QStringLiteral("communication"), QT_TRANSLATE_NOOP("ProcessingRecords", "communication")},
        {QStringLiteral("marketing"), QT_TRANSLATE_NOOP("ProcessingRecords", "marketing")},
        {QStringLiteral("security"), QT_TRANSLATE_NOOP("ProcessingRecords", "security")},
        {QStringLiteral("legal_obligation"), QT_TRANSLATE_NOOP("ProcessingRecords", "legal obligations")},
        {QStringLiteral("improvement"), QT_TRANSLATE_NOOP("ProcessingRecords", "improving the courses")},
    };
    for (const auto& [k, name] : names)
        if (k == key)
            return t(name);
    return key;
}

QString originName(const Text& t, const QString& key)
{
    if (key == QLatin1String("provided"))
        return t(QT_TRANSLATE_NOOP("ProcessingRecords", "from the learner"));
    if (key == QLatin1String("observed"))
        return t(QT_TRANSLATE_NOOP("ProcessingRecords", "recorded during use"));
    if (key == QLatin1String("derived"))
        return t(QT_TRANSLATE_NOOP("ProcessingRecords", "derived"));
    if (key == QLatin1String("received"))
        return t(QT_TRANSLATE_NOOP("ProcessingRecords", "from a third party"));
    return key;
}

QString processorCategoryName(const Text& t, const QString& key)
{
    if (key == QLatin1String("analytics"))
        return t(QT_TRANSLATE_NOOP("ProcessingRecords", "Analytics"));
    if (key == QLatin1String("video_hosting"))
        return t(QT_TRANSLATE_NOOP("ProcessingRecords", "Video hosting"));
    if (key == QLatin1String("payment"))
        return t(QT_TRANSLATE_NOOP("ProcessingRecords", "Payment services"));
    if (key == QLatin1String("cloud_cdn"))
        return t(QT_TRANSLATE_NOOP("ProcessingRecords", "Cloud storage and content delivery"));
    if (key == QLatin1String("communication"))
        return t(QT_TRANSLATE_NOOP("ProcessingRecords", "Communication tools"));
    return key;
}

// What happens to a table's rows when a learner's data is erased, and for how long retained rows stay.
QString erasureText(const Text& t, const QJsonObject& table)
{
    const QString action = table.value(QLatin1String("erasure")).toString();
    if (action == QLatin1String("delete"))
        return t(QT_TRANSLATE_NOOP("ProcessingRecords", "deleted when the learner's data is erased"));
    if (action == QLatin1String("anonymize"))
        return t(QT_TRANSLATE_NOOP("ProcessingRecords", "made anonymous when the learner's data is erased"));
    if (action == QLatin1String("retain"))
        return t(QT_TRANSLATE_NOOP("ProcessingRecords", "kept %1 years from the end of the year of %2, restricted "
                                                        "meanwhile, then deleted: %3"))
            .arg(table.value(QLatin1String("years")).toInt())
            .arg(table.value(QLatin1String("from")).toString(),
                 table.value(t.code() == QLatin1String("de") ? QLatin1String("basis_de") : QLatin1String("basis_en"))
                     .toString());
    return t(QT_TRANSLATE_NOOP("ProcessingRecords", "no rule"));
}

QStringList purposesOf(const Text& t, const QJsonObject& table)
{
    QStringList names;
    for (const QJsonValue& p : table.value(QLatin1String("purposes")).toArray())
        names << purposeShortName(t, p.toString());
    return names;
}

// A field the registry leaves empty says so, as an authority should read it.
QString orNotRecorded(const Text& t, const QString& value)
{
    return value.trimmed().isEmpty() ? t(QT_TRANSLATE_NOOP("ProcessingRecords", "not recorded")) : value;
}

QStringList categoriesOf(const Text& t, const QJsonObject& processor)
{
    QStringList names;
    for (const QJsonValue& c : processor.value(QLatin1String("data_categories")).toArray())
        names << categoryName(t, c.toString());
    return names;
}

QString section(const QString& title, const QString& body)
{
    return QStringLiteral("<h2>%1</h2>\n%2").arg(esc(title), body);
}

QString para(const QString& text)
{
    return QStringLiteral("<p>%1</p>\n").arg(esc(text));
}

QString row(const QStringList& cells, bool header = false)
{
    QString html = QStringLiteral("<tr>");
    for (const QString& c : cells)
        html += header ? QStringLiteral("<th align=\"left\">%1</th>").arg(esc(c))
                       : QStringLiteral("<td>%1</td>").arg(esc(c));
    return html + QStringLiteral("</tr>\n");
}

QString table(const QStringList& header, const QList<QStringList>& rows)
{
    QString html = QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\" width=\"100%\">\n");
    html += row(header, true);
    for (const QStringList& r : rows)
        html += row(r);
    return html + QStringLiteral("</table>\n");
}

QString title(const Text& t)
{
    return t(QT_TRANSLATE_NOOP("ProcessingRecords", "Records of processing activities (Art. 30(1) GDPR)"));
}

} // namespace

bool fetch(QSqlDatabase db, QJsonObject* records, QString* error)
{
    return PrivacyCall::json(db, QStringLiteral("processing_records"), {}, records, error);
}

QString html(const QJsonObject& records, const QString& language, const QDateTime& generatedAt)
{
    const Text t(language);
    const QJsonObject map = records.value(QLatin1String("map")).toObject();
    const QJsonArray tables = records.value(QLatin1String("tables")).toArray();
    const QJsonArray processors = records.value(QLatin1String("processors")).toArray();

    QString body = QStringLiteral("<h1>%1</h1>\n").arg(esc(title(t)));
    body += para(t(QT_TRANSLATE_NOOP("ProcessingRecords", "As of %1, from the data map %2 version %3 (SHA-256 %4) "
                                                          "applied on %5, the processor registry and the policies "
                                                          "(privacy policy version %6)."))
                     .arg(TimeFormat::legal(generatedAt, t.code()), map.value(QLatin1String("name")).toString(),
                          map.value(QLatin1String("version")).toString(), map.value(QLatin1String("sha256")).toString(),
                          TimeFormat::legal(QDateTime::fromString(map.value(QLatin1String("applied_at")).toString(),
                                                                  Qt::ISODateWithMs),
                                            t.code()),
                          records.value(QLatin1String("policy_version")).toString()));

    body += section(t(QT_TRANSLATE_NOOP("ProcessingRecords", "(a) Controller and data protection officer")),
                    table({t(QT_TRANSLATE_NOOP("ProcessingRecords", "Role")),
                           t(QT_TRANSLATE_NOOP("ProcessingRecords", "Name and contact"))},
                          {{t(QT_TRANSLATE_NOOP("ProcessingRecords", "Controller")),
                            records.value(QLatin1String("controller")).toString()},
                           {t(QT_TRANSLATE_NOOP("ProcessingRecords", "Data protection officer")),
                            records.value(QLatin1String("dpo")).toString()}}));

    QStringList used;
    for (const QJsonValue& v : tables)
        for (const QJsonValue& p : v.toObject().value(QLatin1String("purposes")).toArray())
            used << p.toString();
    QString list = QStringLiteral("<ul>\n");
    for (const QString& key : purposeKeys())
        if (used.contains(key))
            list += QStringLiteral("<li>%1</li>\n").arg(esc(purposeName(t, key)));
    body += section(t(QT_TRANSLATE_NOOP("ProcessingRecords", "(b) Purposes of the processing")),
                    list + QStringLiteral("</ul>\n"));

    QList<QStringList> categoryRows;
    for (const QJsonValue& v : tables) {
        const QJsonObject o = v.toObject();
        categoryRows << QStringList{
            categoryName(t, o.value(QLatin1String("category")).toString()), o.value(QLatin1String("table")).toString(),
            originName(t, o.value(QLatin1String("origin")).toString()), purposesOf(t, o).join(QStringLiteral(", "))};
    }
    body +=
        section(t(QT_TRANSLATE_NOOP("ProcessingRecords", "(c) Categories of data subjects and of personal data")),
                para(t(QT_TRANSLATE_NOOP("ProcessingRecords", "Data subjects: the learners of the platform (about %1 "
                                                              "accounts).  Personal data, by category and table:"))
                         .arg(t.locale().toString(records.value(QLatin1String("subjects")).toInteger()))) +
                    table({t(QT_TRANSLATE_NOOP("ProcessingRecords", "Category")),
                           t(QT_TRANSLATE_NOOP("ProcessingRecords", "Table")),
                           t(QT_TRANSLATE_NOOP("ProcessingRecords", "Origin")),
                           t(QT_TRANSLATE_NOOP("ProcessingRecords", "Purposes"))},
                          categoryRows));

    QList<QStringList> processorRows;
    for (const QJsonValue& v : processors) {
        const QJsonObject o = v.toObject();
        processorRows << QStringList{o.value(QLatin1String("name")).toString(),
                                     processorCategoryName(t, o.value(QLatin1String("category")).toString()),
                                     orNotRecorded(t, categoriesOf(t, o).join(QStringLiteral(", "))),
                                     orNotRecorded(t, o.value(QLatin1String("dpa_reference")).toString()),
                                     o.value(QLatin1String("contact")).toString()};
    }
    body += section(t(QT_TRANSLATE_NOOP("ProcessingRecords", "(d) Categories of recipients")),
                    para(t(QT_TRANSLATE_NOOP("ProcessingRecords",
                                             "Within the controller: support staff (masked data, for a ticket), "
                                             "the data protection officer and administrators, each through their own "
                                             "database login; every access is logged. Processors:"))) +
                        table({t(QT_TRANSLATE_NOOP("ProcessingRecords", "Processor")),
                               t(QT_TRANSLATE_NOOP("ProcessingRecords", "Service")),
                               t(QT_TRANSLATE_NOOP("ProcessingRecords", "Data categories")),
                               t(QT_TRANSLATE_NOOP("ProcessingRecords", "Processing agreement")),
                               t(QT_TRANSLATE_NOOP("ProcessingRecords", "Contact"))},
                              processorRows));

    body += section(t(QT_TRANSLATE_NOOP("ProcessingRecords", "(e) Transfers to third countries")),
                    para(t(QT_TRANSLATE_NOOP("ProcessingRecords",
                                             "The processor registry records no transfer to a third country. Where a "
                                             "processor transfers data outside the EU/EEA, its processing agreement "
                                             "(above) names the safeguards under Art. 46 GDPR."))));

    QList<QStringList> erasureRows;
    for (const QJsonValue& v : tables) {
        const QJsonObject o = v.toObject();
        erasureRows << QStringList{o.value(QLatin1String("table")).toString(), erasureText(t, o)};
    }
    body += section(t(QT_TRANSLATE_NOOP("ProcessingRecords", "(f) Time limits for erasure")),
                    para(t(QT_TRANSLATE_NOOP("ProcessingRecords",
                                             "Data is kept while the learner's account exists. On erasure:"))) +
                        table({t(QT_TRANSLATE_NOOP("ProcessingRecords", "Table")),
                               t(QT_TRANSLATE_NOOP("ProcessingRecords", "Erasure and retention"))},
                              erasureRows));

    QString measures = QStringLiteral("<ul>\n");
    for (const char* m :
         {QT_TRANSLATE_NOOP("ProcessingRecords", "Each staff member works with their own database login in one role "
                                                 "(support, data protection officer, administrator); the database "
                                                 "enforces what each role may do, staff hold no table privilege."),
          QT_TRANSLATE_NOOP("ProcessingRecords", "Every look at a learner's data is written, in the same transaction, "
                                                 "to an access log chained by SHA-256 hashes, with its ticket or "
                                                 "purpose; the data protection officer reviews and verifies it."),
          QT_TRANSLATE_NOOP("ProcessingRecords", "Support sees email addresses, billing addresses and message texts "
                                                 "masked; revealing one needs a reason and is logged."),
          QT_TRANSLATE_NOOP("ProcessingRecords", "Erasures and exports need a second person's approval; export "
                                                 "packages are encrypted (AES-256)."),
          QT_TRANSLATE_NOOP("ProcessingRecords", "Connections to a database on another machine are encrypted and "
                                                 "the server verified (TLS, verify-full); the console keeps passwords "
                                                 "only in the operating system's keychain."),
          QT_TRANSLATE_NOOP("ProcessingRecords", "Personal data breaches are run as incidents against the 72-hour "
                                                 "deadline of Art. 33 GDPR.")})
        measures += QStringLiteral("<li>%1</li>\n").arg(esc(t(m)));
    body += section(t(QT_TRANSLATE_NOOP("ProcessingRecords", "(g) Technical and organisational security measures")),
                    measures + QStringLiteral("</ul>\n"));

    return QStringLiteral("<!DOCTYPE html>\n<html lang=\"%1\"><head><meta charset=\"utf-8\"><title>%2</title></head>"
                          "<body>\n%3</body></html>\n")
        .arg(t.code(), esc(title(t)), body);
}

QByteArray csv(const QJsonObject& records, const QString& language)
{
    const Text t(language);
    QByteArray out = Csv::byteOrderMark();
    out += Csv::record({{t(QT_TRANSLATE_NOOP("ProcessingRecords", "Record"))},
                        {t(QT_TRANSLATE_NOOP("ProcessingRecords", "Name"))},
                        {t(QT_TRANSLATE_NOOP("ProcessingRecords", "Category"))},
                        {t(QT_TRANSLATE_NOOP("ProcessingRecords", "Origin"))},
                        {t(QT_TRANSLATE_NOOP("ProcessingRecords", "Purposes"))},
                        {t(QT_TRANSLATE_NOOP("ProcessingRecords", "Erasure and retention"))},
                        {t(QT_TRANSLATE_NOOP("ProcessingRecords", "Processing agreement"))},
                        {t(QT_TRANSLATE_NOOP("ProcessingRecords", "Contact"))}});
    for (const QJsonValue& v : records.value(QLatin1String("tables")).toArray()) {
        const QJsonObject o = v.toObject();
        out += Csv::record({{t(QT_TRANSLATE_NOOP("ProcessingRecords", "table"))},
                            {o.value(QLatin1String("table")).toString()},
                            {categoryName(t, o.value(QLatin1String("category")).toString())},
                            {originName(t, o.value(QLatin1String("origin")).toString())},
                            {purposesOf(t, o).join(QStringLiteral(", "))},
                            {erasureText(t, o)},
                            {QString()},
                            {QString()}});
    }
    for (const QJsonValue& v : records.value(QLatin1String("processors")).toArray()) {
        const QJsonObject o = v.toObject();
        out += Csv::record({{t(QT_TRANSLATE_NOOP("ProcessingRecords", "processor"))},
                            {o.value(QLatin1String("name")).toString()},
                            {processorCategoryName(t, o.value(QLatin1String("category")).toString())},
                            {QString()},
                            {categoriesOf(t, o).join(QStringLiteral(", "))},
                            {QString()},
                            {o.value(QLatin1String("dpa_reference")).toString()},
                            {o.value(QLatin1String("contact")).toString()}});
    }
    return out;
}

bool write(QSqlDatabase db, const QString& path, const QString& language, QString* error)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix != QLatin1String("pdf") && suffix != QLatin1String("csv")) {
        *error = Tr::tr("Name the file .pdf or .csv: %1").arg(path);
        return false;
    }
    QJsonObject records;
    if (!fetch(db, &records, error))
        return false;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = Tr::tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    if (suffix == QLatin1String("pdf"))
        PdfDocument::write(&file, html(records, language, QDateTime::currentDateTime()), title(Text(language)));
    else
        file.write(csv(records, language));
    if (!file.commit()) {
        *error = Tr::tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace ProcessingRecords
