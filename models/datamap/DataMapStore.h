// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "datamap/DataMapFile.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>

// The data map in the database (privacy.map_check / map_apply / map_show): the database checks
// every name against its catalog, records the map and binds the privacy functions to it.
struct MapFinding {
    enum class Severity { Error, Uncovered };
    Severity severity = Severity::Error;
    QString code;   // unknown_table, missing_index, subject_key, email, …
    QString table;  // may be empty
    QString column; // may be empty
    QJsonObject detail;

    // One line in the user's language: what is wrong or uncovered, and what to do.
    QString text() const;
};

struct MapApplying {
    bool applied = false;
    bool unchanged = false; // the same map is already in force
    qint64 id = 0;
    QJsonArray changes; // what the new map takes away; applying them needs confirmation

    static QString changeText(const QJsonObject& change);
};

class DataMapStore
{
public:
    explicit DataMapStore(QSqlDatabase db);

    bool check(const DataMapFile& file, QList<MapFinding>* findings, QString* error);
    bool apply(const DataMapFile& file, bool confirm, MapApplying* result, QString* error);
    // The map in force: id, name, version, sha256, applied_by, applied_at and the map itself.
    bool show(QJsonObject* current, QString* error);

private:
    QSqlDatabase m_db;
};
