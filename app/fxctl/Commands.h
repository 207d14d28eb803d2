// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QStringList>

#include <functional>

// fxctl's commands as tables: per noun its verbs, each with what runs it and whether it lays out
// a PDF (fonts need Qt's GUI part, started without a display). main() dispatches, writes the
// overview and decides about the GUI from these tables alone.
struct Verb {
    enum class Gui { Never, Always, WithPdfOption };
    QString name; // empty: the noun itself is the command ("lookup QUERY")
    std::function<int(const QStringList& args)> run;
    Gui gui = Gui::Never;

    bool needsGui(const QStringList& args) const
    {
        return gui == Gui::Always || (gui == Gui::WithPdfOption && args.contains(QStringLiteral("--pdf")));
    }
};

struct Noun {
    QString name;
    const char* summary; // translated in the context "fxctl"
    QList<Verb> verbs;

    const Verb* verb(const QString& name) const;
    QString usage() const; // "request open|list|…"
};

namespace Commands {
const QList<Noun>& nouns();
const Noun* noun(const QString& name);

QList<Verb> dbVerbs();
QList<Verb> demoVerbs();
QList<Verb> staffVerbs();
QList<Verb> userVerbs();
QList<Verb> requestVerbs();
QList<Verb> erasureVerbs();
QList<Verb> retentionVerbs();
QList<Verb> processorsVerbs();
QList<Verb> incidentVerbs();
QList<Verb> auditVerbs();
QList<Verb> mapVerbs();
QList<Verb> consentVerbs();
// Verbs that share one function: it takes the verb and its arguments.
int policy(const QString& verb, const QStringList& args);
int retentionRules(const QString& verb, const QStringList& args);    // rules, set (administrators)
int processorRegistry(const QString& verb, const QStringList& args); // list, add, edit (administrators)
// Nouns that are a command of their own.
int lookup(const QStringList& args);
int exportPackage(const QStringList& args);
int processingRecords(const QStringList& args);
} // namespace Commands
