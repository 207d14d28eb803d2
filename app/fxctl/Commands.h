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
QList<Verb> incidentVerbs();

// Nouns whose verbs share one function: it takes the verb and its arguments.
int db(const QString& verb, const QStringList& args);
int demo(const QString& verb, const QStringList& args);
int staff(const QString& verb, const QStringList& args);
int audit(const QString& verb, const QStringList& args);
int lookup(const QStringList& args);
int user(const QString& verb, const QStringList& args);
int request(const QString& verb, const QStringList& args);
int exportPackage(const QStringList& args);
int erasure(const QString& verb, const QStringList& args);
int retention(const QString& verb, const QStringList& args);
int processors(const QString& verb, const QStringList& args);
// Administrators: retention rules|set, processors list|add|edit.
int retentionRules(const QString& verb, const QStringList& args);
int processorRegistry(const QString& verb, const QStringList& args);
int policy(const QString& verb, const QStringList& args);
} // namespace Commands
