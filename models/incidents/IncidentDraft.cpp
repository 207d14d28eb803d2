// SPDX-License-Identifier: GPL-3.0-or-later
#include "IncidentDraft.h"

#include "IncidentTexts.h"
#include "core/PdfDocument.h"
#include "core/SubjectLanguage.h"

#include <QCoreApplication>
#include <QSaveFile>

namespace IncidentDraft {

namespace {

const char* const context = "IncidentDraft";

using Field = Incident::Content::Field;

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(IncidentDraft)
};

// A draft as headed paragraphs, rendered as HTML or text.
struct Part {
    QString heading;
    QStringList lines;
};

struct Draft {
    QString title;
    QString intro;
    QList<Part> parts;
    QString closing;
};

class Builder
{
public:
    Builder(const Incident& incident, const QString& language, const QTimeZone& zone)
        : m_incident(incident)
        , m_t(language)
        , m_zone(zone)
    {}

    QString say(const char* source) const { return m_t.translate(context, source); }

    // A free text of the incident, or a marker that it is still missing.
    QString value(const QString& free) const
    {
        const QString text = free.trimmed();
        return text.isEmpty() ? say(QT_TRANSLATE_NOOP("IncidentDraft", "[missing: to be completed]")) : text;
    }
    QString value(const std::optional<qint64>& number) const
    {
        return number ? m_t.locale().toString(*number) : value(QString());
    }
    QString labelled(Field field, const QString& text) const
    {
        return IncidentTexts::field(Incident::Content::key(field), &m_t) + QStringLiteral(": ") + text;
    }
    QString time(const QDateTime& at) const { return IncidentTexts::localTime(at, m_zone, &m_t); }

    // What happened: the nature as described for the notice, and the description given when the
    // incident was opened; missing only when neither says anything.
    QStringList whatHappened() const
    {
        const QString nature = m_incident.content.nature.trimmed();
        const QString description = m_incident.description.trimmed();
        QStringList lines;
        if (!nature.isEmpty())
            lines << nature;
        if (!description.isEmpty() && description != nature)
            lines << (nature.isEmpty() ? description
                                       : say(QT_TRANSLATE_NOOP("IncidentDraft", "As reported when the incident was "
                                                                                "opened: %1"))
                                             .arg(description));
        if (lines.isEmpty())
            lines << value(QString());
        return lines;
    }

    // The measures as described, and every containment measure ticked on the checklist, with its
    // note and when; missing only when there is neither.
    QStringList measuresTaken() const
    {
        QStringList lines;
        const QString measures = m_incident.content.measures.trimmed();
        if (!measures.isEmpty())
            lines << measures;
        const bool german = m_t.code() == QLatin1String("de");
        for (const Incident::Item& item : m_incident.items) {
            if (item.section != QLatin1String("containment") || !item.isDone())
                continue;
            QString title = german ? item.titleDe : item.titleEn;
            if (title.trimmed().isEmpty())
                title = german ? item.titleEn : item.titleDe;
            QString line = say(QT_TRANSLATE_NOOP("IncidentDraft", "Done: %1 (%2)")).arg(title, time(item.doneAt));
            if (!item.note.trimmed().isEmpty())
                line += QStringLiteral(" — ") + item.note.trimmed();
            lines << line;
        }
        if (lines.isEmpty())
            lines << value(QString());
        return lines;
    }

    Draft authority() const
    {
        Draft d;
        const Incident::Content& c = m_incident.content;
        int phase = 1;
        for (const Incident::Notice& n : m_incident.notices)
            if (n.kind == QLatin1String("authority"))
                ++phase;
        d.title = say(QT_TRANSLATE_NOOP("IncidentDraft",
                                        "Notification of a personal data breach to the supervisory authority "
                                        "(Art. 33 GDPR)"));
        d.intro = say(QT_TRANSLATE_NOOP("IncidentDraft", "Controller: Fluxariont. Our reference: incident %1, "
                                                         "\"%2\". Phase %3 of the notification (Art. 33(4) GDPR)."))
                      .arg(m_incident.id)
                      .arg(m_incident.title)
                      .arg(phase);
        Part timeline{say(QT_TRANSLATE_NOOP("IncidentDraft", "Timeline")), {}};
        timeline.lines
            << say(QT_TRANSLATE_NOOP("IncidentDraft", "Breach detected: %1")).arg(time(m_incident.detectedAt))
            << say(QT_TRANSLATE_NOOP("IncidentDraft", "Controller became aware: %1")).arg(time(m_incident.awareAt))
            << say(QT_TRANSLATE_NOOP("IncidentDraft", "72 hours end: %1")).arg(time(m_incident.authorityDeadline));
        if (phase == 1 && m_incident.secondsLeft < 0)
            timeline.lines << say(QT_TRANSLATE_NOOP("IncidentDraft",
                                                    "Reasons for the delay (Art. 33(1) GDPR): [missing: to be "
                                                    "completed]"));
        d.parts << timeline
                << Part{say(QT_TRANSLATE_NOOP("IncidentDraft", "(a) Nature of the breach")),
                        whatHappened() + QStringList{labelled(Field::SubjectCategories, value(c.subjectCategories)),
                                                     labelled(Field::SubjectsApprox, value(c.subjectsApprox)),
                                                     labelled(Field::RecordCategories, value(c.recordCategories)),
                                                     labelled(Field::RecordsApprox, value(c.recordsApprox))}}
                << Part{say(QT_TRANSLATE_NOOP("IncidentDraft", "(b) Data protection officer or other contact point")),
                        {value(c.dpoContact)}}
                << Part{say(QT_TRANSLATE_NOOP("IncidentDraft", "(c) Likely consequences")), {value(c.consequences)}}
                << Part{say(QT_TRANSLATE_NOOP("IncidentDraft", "(d) Measures taken or proposed")), measuresTaken()};
        Part assessment{say(QT_TRANSLATE_NOOP("IncidentDraft", "Risk assessment")), {}};
        const QString& risk = m_incident.risk;
        assessment.lines << say(QT_TRANSLATE_NOOP("IncidentDraft", "Risk to the people concerned: %1"))
                                .arg(IncidentTexts::risk(risk, &m_t));
        if (!risk.isEmpty())
            assessment.lines << value(m_incident.riskReasoning);
        if (risk == QLatin1String("high_risk")) {
            const QString& exception = m_incident.subjectException;
            assessment.lines << (exception.isEmpty()
                                     ? say(QT_TRANSLATE_NOOP("IncidentDraft",
                                                             "The people concerned are being informed (Art. 34 GDPR)."))
                                     : say(QT_TRANSLATE_NOOP("IncidentDraft", "Art. 34(3) GDPR applies: %1"))
                                           .arg(IncidentTexts::exception(exception, &m_t)));
        }
        d.parts << assessment;
        d.closing = say(QT_TRANSLATE_NOOP("IncidentDraft", "Draft prepared with the Fluxariont Privacy Console on %1."))
                        .arg(time(m_incident.serverNow));
        return d;
    }

    Draft subjects() const
    {
        Draft d;
        const Incident::Content& c = m_incident.content;
        d.title = say(QT_TRANSLATE_NOOP("IncidentDraft", "Information about a breach of your personal data"));
        d.intro = say(QT_TRANSLATE_NOOP("IncidentDraft",
                                        "Dear learner, we are writing to tell you about a security incident that "
                                        "concerns your personal data at Fluxariont (Art. 34 GDPR)."));
        d.parts << Part{say(QT_TRANSLATE_NOOP("IncidentDraft", "What happened")), whatHappened()}
                << Part{say(QT_TRANSLATE_NOOP("IncidentDraft", "What this may mean for you")), {value(c.consequences)}}
                << Part{say(QT_TRANSLATE_NOOP("IncidentDraft", "What we have done")), measuresTaken()}
                << Part{say(QT_TRANSLATE_NOOP("IncidentDraft", "What you can do")),
                        {say(QT_TRANSLATE_NOOP("IncidentDraft",
                                               "Change your Fluxariont password and any other account where you use "
                                               "the same password. Be wary of e-mails or calls that refer to this "
                                               "incident and ask for passwords or payment details: we never ask for "
                                               "them."))}}
                << Part{say(QT_TRANSLATE_NOOP("IncidentDraft", "Contact")),
                        {say(QT_TRANSLATE_NOOP("IncidentDraft", "Our data protection officer answers your questions: "
                                                                "%1"))
                             .arg(value(c.dpoContact)),
                         say(QT_TRANSLATE_NOOP("IncidentDraft", "You also have the right to lodge a complaint with a "
                                                                "supervisory authority (Art. 77 GDPR)."))}};
        d.closing = say(QT_TRANSLATE_NOOP("IncidentDraft", "Your Fluxariont data protection team"));
        return d;
    }

    const SubjectLanguage& language() const { return m_t; }

private:
    const Incident& m_incident;
    SubjectLanguage m_t;
    QTimeZone m_zone;
};

Draft build(const Builder& builder, Kind kind)
{
    return kind == Kind::Authority ? builder.authority() : builder.subjects();
}

} // namespace

bool kindFromName(const QString& name, Kind* kind)
{
    if (name == QLatin1String("authority"))
        *kind = Kind::Authority;
    else if (name == QLatin1String("subjects"))
        *kind = Kind::Subjects;
    else
        return false;
    return true;
}

QString html(const Incident& incident, Kind kind, const QString& language, const QTimeZone& zone)
{
    const Builder builder(incident, language, zone);
    const Draft d = build(builder, kind);
    const auto esc = [](const QString& s) {
        return s.toHtmlEscaped().replace(QLatin1Char('\n'), QLatin1String("<br>"));
    };
    QString out = QStringLiteral("<html lang=\"%1\"><body><h2>%2</h2><p>%3</p>")
                      .arg(builder.language().code(), esc(d.title), esc(d.intro));
    for (const Part& part : d.parts) {
        out += QStringLiteral("<h3>%1</h3>").arg(esc(part.heading));
        for (const QString& line : part.lines)
            out += QStringLiteral("<p>%1</p>").arg(esc(line));
    }
    return out + QStringLiteral("<p><i>%1</i></p></body></html>").arg(esc(d.closing));
}

QString text(const Incident& incident, Kind kind, const QString& language, const QTimeZone& zone)
{
    const Draft d = build(Builder(incident, language, zone), kind);
    QString out = d.title + QStringLiteral("\n\n") + d.intro + QLatin1Char('\n');
    for (const Part& part : d.parts) {
        out += QLatin1Char('\n') + part.heading + QLatin1Char('\n');
        for (const QString& line : part.lines)
            out += line + QLatin1Char('\n');
    }
    return out + QLatin1Char('\n') + d.closing + QLatin1Char('\n');
}

bool write(const Incident& incident, Kind kind, const QString& language, const QString& path, QString* error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = Tr::tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    if (path.endsWith(QLatin1String(".txt"), Qt::CaseInsensitive)) {
        file.write(text(incident, kind, language).toUtf8());
    } else {
        const Builder builder(incident, language, QTimeZone::systemTimeZone());
        PdfDocument::write(&file, html(incident, kind, language), build(builder, kind).title);
    }
    if (!file.commit()) {
        *error = Tr::tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace IncidentDraft
