// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QList>
#include <QString>

// One item of an incident checklist as a template defines it, in English and German.
struct ChecklistItem {
    QString section; // containment, assessment, authority, subjects, documentation, lessons
    QString applies; // always, risk, high_risk
    QString key;
    QString titleEn;
    QString titleDe;
    QString guidanceEn;
    QString guidanceDe;
    bool mandatory = false;
};

// The incident checklist templates: one JSON file per section (resources/checklists), read when an
// incident is opened and copied into it. A malformed file is refused with its name and line.
namespace ChecklistTemplate {
// Every *.json of the directory, sections in the order of their "position".
bool load(const QString& directory, QList<ChecklistItem>* items, QString* error);
// The templates built into the console.
bool loadBuiltIn(QList<ChecklistItem>* items, QString* error);
// One file's text; *position receives its section's place in the checklist.
bool parse(const QByteArray& data, const QString& fileName, QList<ChecklistItem>* items, int* position, QString* error);
// The items as incident_open takes them.
QJsonArray toJson(const QList<ChecklistItem>& items);
} // namespace ChecklistTemplate
