// SPDX-License-Identifier: GPL-3.0-or-later
#include "Commands.h"

#include <QCoreApplication>

namespace {

// The verbs of a noun whose verbs share one function.
QList<Verb> shared(int (*run)(const QString&, const QStringList&), const QStringList& names,
                   const QStringList& writingPdf = {})
{
    QList<Verb> verbs;
    for (const QString& name : names)
        verbs.append({name, [run, name](const QStringList& args) { return run(name, args); },
                      writingPdf.contains(name) ? Verb::Gui::Always : Verb::Gui::Never});
    return verbs;
}

QStringList words(const char* list)
{
    return QString::fromLatin1(list).split(QLatin1Char(' '));
}

} // namespace

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
         shared(db, words("init seed status"))},
        {QStringLiteral("demo"), QT_TRANSLATE_NOOP("fxctl", "the private demo database"),
         shared(demo, words("up down status"))},
        {QStringLiteral("staff"), QT_TRANSLATE_NOOP("fxctl", "staff logins and their roles"),
         shared(staff, words("add list set-role disable enable remove"))},
        {QStringLiteral("policy"),
         QT_TRANSLATE_NOOP("fxctl", "ticket pattern, DPO contact, review thresholds, ... (KEY [VALUE])"),
         shared(policy, words("get set"))},
        {QStringLiteral("lookup"),
         QT_TRANSLATE_NOOP("fxctl", "find learners (masked for support): QUERY --ticket T"),
         {{QString(), lookup}}},
        {QStringLiteral("user"), QT_TRANSLATE_NOOP("fxctl", "a learner's data and account operations: ... ID"),
         shared(user, words("show reveal lock unlock revoke-sessions reset-password rectify withdraw-consent "
                            "restrict"))},
        {QStringLiteral("request"), QT_TRANSLATE_NOOP("fxctl", "data-subject requests and their deadlines"),
         shared(request, words("open list show extend assign start fulfil reject withdraw"))},
        {QStringLiteral("export"),
         QT_TRANSLATE_NOOP("fxctl", "the export package of an export request: --request ID --out FILE [--encrypt]"),
         {{QString(), exportPackage}}},
        {QStringLiteral("erasure"), QT_TRANSLATE_NOOP("fxctl", "erasure with four eyes, certificate, ledger"),
         shared(erasure, words("preview approve reject execute certificate ledger reapply"),
                {QStringLiteral("certificate")})},
        {QStringLiteral("retention"), QT_TRANSLATE_NOOP("fxctl", "restricted records; retention periods (admin)"),
         shared(retention, words("list purge rules set"))},
        {QStringLiteral("processors"), QT_TRANSLATE_NOOP("fxctl", "the processor registry (admin); erasure follow-up"),
         shared(processors, words("list add edit tasks done"))},
        {QStringLiteral("incident"), QT_TRANSLATE_NOOP("fxctl", "personal-data breaches and the 72-hour clock"),
         incidentVerbs()},
        {QStringLiteral("audit"), QT_TRANSLATE_NOOP("fxctl", "review the access log, check and sign its chain"),
         [] {
             QList<Verb> verbs = shared(audit, words("list verify keygen checkpoint report settings"));
             verbs[4].gui = Verb::Gui::WithPdfOption;
             return verbs;
         }()},
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
