// SPDX-License-Identifier: GPL-3.0-or-later
#include "BreachRegister.h"

#include "IncidentTexts.h"
#include "core/PdfDocument.h"
#include "core/SubjectLanguage.h"
#include "core/TimeFormat.h"
#include "export/Csv.h"

#include <QCoreApplication>
#include <QPageLayout>
#include <QSaveFile>

namespace BreachRegister {

namespace {

const char* const context = "BreachRegister";

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(BreachRegister)
};

QString time(const QJsonObject& entry, const char* key, const SubjectLanguage& t)
{
    return IncidentTexts::localTime(
        QDateTime::fromString(entry.value(QLatin1String(key)).toString(), Qt::ISODateWithMs),
        QTimeZone::systemTimeZone(), &t);
}

} // namespace

QStringList columns()
{
    return {QStringLiteral("id"),
            QStringLiteral("title"),
            QStringLiteral("status"),
            QStringLiteral("detected_at"),
            QStringLiteral("aware_at"),
            QStringLiteral("authority_deadline"),
            QStringLiteral("risk"),
            QStringLiteral("risk_reasoning"),
            QStringLiteral("subject_exception"),
            QStringLiteral("exception_reasoning"),
            QStringLiteral("nature"),
            QStringLiteral("subjects_approx"),
            QStringLiteral("records_approx"),
            QStringLiteral("consequences"),
            QStringLiteral("measures"),
            QStringLiteral("authority_notified_at"),
            QStringLiteral("authority_late"),
            QStringLiteral("delay_reasons"),
            QStringLiteral("subjects_notified_at"),
            QStringLiteral("public_notified_at"),
            QStringLiteral("closed_at"),
            QStringLiteral("close_summary")};
}

QByteArray csv(const QList<QJsonObject>& entries)
{
    QList<Csv::Field> header;
    for (const QString& column : columns())
        header.append({column, true});
    QByteArray out = Csv::byteOrderMark() + Csv::record(header);
    for (const QJsonObject& entry : entries) {
        QList<Csv::Field> fields;
        for (const QString& column : columns()) {
            const QJsonValue v = entry.value(column);
            if (v.isDouble())
                fields.append({QString::number(v.toInteger()), false});
            else if (v.isBool())
                fields.append({v.toBool() ? QStringLiteral("true") : QStringLiteral("false"), false});
            else if (const QDateTime at = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
                     column.endsWith(QLatin1String("_at")) && at.isValid())
                fields.append({TimeFormat::iso(at), true});
            else
                fields.append({v.toString(), true});
        }
        out += Csv::record(fields);
    }
    return out;
}

QString html(const QList<QJsonObject>& entries, const QString& language)
{
    const SubjectLanguage t(language);
    const auto say = [&](const char* s) { return t.translate(context, s); };
    const auto esc = [](const QString& s) { return s.toHtmlEscaped(); };
    QString out =
        QStringLiteral("<html lang=\"%1\"><body><h2>%2</h2><p>%3</p>"
                       "<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"3\">"
                       "<tr><th>%4</th><th>%5</th><th>%6</th><th>%7</th><th>%8</th><th>%9</th></tr>")
            .arg(t.code(), esc(say(QT_TRANSLATE_NOOP("BreachRegister", "Register of personal data breaches"))),
                 esc(say(QT_TRANSLATE_NOOP("BreachRegister",
                                           "Every breach, whether notified or not, with its facts, effects, remedial "
                                           "action and the reasons for each decision (Art. 33(5) GDPR)."))),
                 esc(say(QT_TRANSLATE_NOOP("BreachRegister", "No."))),
                 esc(say(QT_TRANSLATE_NOOP("BreachRegister", "Breach"))),
                 esc(say(QT_TRANSLATE_NOOP("BreachRegister", "Became aware"))),
                 esc(say(QT_TRANSLATE_NOOP("BreachRegister", "Risk and reasoning"))),
                 esc(say(QT_TRANSLATE_NOOP("BreachRegister", "Notified"))),
                 esc(say(QT_TRANSLATE_NOOP("BreachRegister", "Outcome"))));
    for (const QJsonObject& e : entries) {
        const QString risk = e.value(QLatin1String("risk")).toString();
        QStringList notified;
        const QString authority = time(e, "authority_notified_at", t);
        if (authority.isEmpty())
            notified << say(QT_TRANSLATE_NOOP("BreachRegister", "Authority: not notified"));
        else if (e.value(QLatin1String("authority_late")).toBool())
            notified << say(QT_TRANSLATE_NOOP("BreachRegister", "Authority: %1 (late: %2)"))
                            .arg(authority, e.value(QLatin1String("delay_reasons")).toString());
        else
            notified << say(QT_TRANSLATE_NOOP("BreachRegister", "Authority: %1")).arg(authority);
        if (const QString at = time(e, "subjects_notified_at", t); !at.isEmpty())
            notified << say(QT_TRANSLATE_NOOP("BreachRegister", "People: %1")).arg(at);
        if (const QString at = time(e, "public_notified_at", t); !at.isEmpty())
            notified << say(QT_TRANSLATE_NOOP("BreachRegister", "Public: %1")).arg(at);
        for (QString& line : notified)
            line = esc(line);
        QString riskText = esc(IncidentTexts::risk(risk, &t));
        if (!risk.isEmpty())
            riskText += QStringLiteral(": ") + esc(e.value(QLatin1String("risk_reasoning")).toString());
        const QString exception = e.value(QLatin1String("subject_exception")).toString();
        if (!exception.isEmpty())
            riskText += QStringLiteral("<br>") + esc(IncidentTexts::exception(exception, &t)) + QStringLiteral(": ") +
                        esc(e.value(QLatin1String("exception_reasoning")).toString());
        const QString outcome = e.value(QLatin1String("status")).toString() == QLatin1String("closed")
                                    ? esc(e.value(QLatin1String("close_summary")).toString())
                                    : esc(say(QT_TRANSLATE_NOOP("BreachRegister", "still open")));
        out +=
            QStringLiteral("<tr><td>%1</td><td><b>%2</b><br>%3</td><td>%4</td><td>%5</td><td>%6</td><td>%7</td></tr>")
                .arg(e.value(QLatin1String("id")).toInteger())
                .arg(esc(e.value(QLatin1String("title")).toString()), esc(e.value(QLatin1String("nature")).toString()),
                     esc(time(e, "aware_at", t)), riskText, notified.join(QStringLiteral("<br>")), outcome);
    }
    return out + QStringLiteral("</table></body></html>");
}

bool write(const QList<QJsonObject>& entries, const QString& language, const QString& path, QString* error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = Tr::tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    if (path.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive)) {
        file.write(csv(entries));
    } else {
        PdfDocument::write(&file, html(entries, language), QString(), QPageLayout::Landscape);
    }
    if (!file.commit()) {
        *error = Tr::tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace BreachRegister
