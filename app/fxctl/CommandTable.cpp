// SPDX-License-Identifier: GPL-3.0-or-later
#include "Commands.h"

#include <QCoreApplication>

const Verb* Noun::verb(const QString& name) const
{
    for (const Verb& v : verbs) {
        if (v.name == name)
            return &v;
    }
    return nullptr;
}

QString Noun::usage() const
{
    QStringList names;
    for (const Verb& v : verbs)
        names << v.name;
    return (name + QLatin1Char(' ') + names.join(QLatin1Char('|'))).trimmed();
}

namespace Commands {

const QList<Noun>& nouns()
{
    static const QList<Noun> table{
        {QStringLiteral("db"), QT_TRANSLATE_NOOP("fxctl", "set up the schemas, fill them with synthetic data"),
         dbVerbs()},
        {QStringLiteral("demo"), QT_TRANSLATE_NOOP("fxctl", "the private demo database"), demoVerbs()},
        {QStringLiteral("map"), QT_TRANSLATE_NOOP("fxctl", "the data map: where the platform keeps personal data"),
         mapVerbs()},
        {QStringLiteral("ropa"),
         QT_TRANSLATE_NOOP("fxctl", "records of processing activities (Art. 30): --out FILE.pdf|FILE.csv"),
         {{QString(), processingRecords, Verb::Gui::Always}}},
        {QStringLiteral("staff"), QT_TRANSLATE_NOOP("fxctl", "staff logins and their roles"), staffVerbs()},
        {QStringLiteral("policy"),
         QT_TRANSLATE_NOOP("fxctl", "ticket pattern, DPO contact, review thresholds, ... (KEY [VALUE])"),
         {{QStringLiteral("get"), [](const QStringList& args) { return policy(QStringLiteral("get"), args); }},
          {QStringLiteral("set"), [](const QStringList& args) { return policy(QStringLiteral("set"), args); }}}},
        {QStringLiteral("lookup"),
         QT_TRANSLATE_NOOP("fxctl", "find learners (masked for support): QUERY --ticket T"),
         {{QString(), lookup}}},
        {QStringLiteral("user"), QT_TRANSLATE_NOOP("fxctl", "a learner's data and account operations: ... ID"),
         userVerbs()},
        {QStringLiteral("consent"),
         QT_TRANSLATE_NOOP("fxctl", "a learner's marketing consent over time: history ID [--at TIME]"), consentVerbs()},
        {QStringLiteral("request"), QT_TRANSLATE_NOOP("fxctl", "data-subject requests and their deadlines"),
         requestVerbs()},
        {QStringLiteral("export"),
         QT_TRANSLATE_NOOP("fxctl", "the export package of an export request: --request ID --out FILE [--encrypt]"),
         {{QString(), exportPackage}}},
        {QStringLiteral("erasure"), QT_TRANSLATE_NOOP("fxctl", "erasure with four eyes, certificate, ledger"),
         erasureVerbs()},
        {QStringLiteral("retention"), QT_TRANSLATE_NOOP("fxctl", "restricted records; retention periods (admin)"),
         retentionVerbs()},
        {QStringLiteral("processors"), QT_TRANSLATE_NOOP("fxctl", "the processor registry (admin); erasure follow-up"),
         processorsVerbs()},
        {QStringLiteral("incident"), QT_TRANSLATE_NOOP("fxctl", "personal-data breaches and the 72-hour clock"),
         incidentVerbs()},
        {QStringLiteral("audit"), QT_TRANSLATE_NOOP("fxctl", "review the access log, check and sign its chain"),
         auditVerbs()},
    };
    return table;
}

const Noun* noun(const QString& name)
{
    for (const Noun& n : nouns()) {
        if (n.name == name)
            return &n;
    }
    return nullptr;
}

} // namespace Commands
