// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

// What export_begin tells about an export: the request, the learner, the tables that hold their
// data (columns as the catalog has them, row counts) and the platform's external processors.
struct ExportColumn {
    QString name;
    QString type; // as format_type() spells it: bigint, text, timestamp with time zone, text[] …
    bool nullable = true;
};

struct ExportTable {
    QString name;
    QString category; // account, profile, consents, education, technical, communication, …
    QString origin;   // provided, observed, derived, received
    QList<ExportColumn> columns;
    QStringList omitted;
    QStringList purposes;   // of the privacy policy, as the data map names them
    QString erasure;        // delete, anonymize, retain; empty for the console's own tables
    int retentionYears = 0; // when retained
    QJsonObject basis;      // when retained: the legal basis, {"en": …, "de": …}
    qint64 rows = 0;

    QString csvPath() const { return QStringLiteral("csv/%1.csv").arg(name); }
};

struct ExportProcessor {
    QString name;
    QString category;
    bool holdsData = false;
};

// One consultation of the learner's data by staff, as the access log recorded it; never who.
struct ExportConsultation {
    QDateTime at;
    QString action;    // user.view, user.view_category, user.lookup, request.open, …
    QString role;      // support, dpo, admin
    QString category;  // the data category looked at, where the action names one
    QJsonObject title; // the mapped table's title, {"en": …, "de": …}, where the action names one
    bool ticket = false;
    QString purpose; // as staff gave it, or empty
};

struct ExportMeta {
    QJsonObject request;
    qint64 requestId = 0;
    qint64 userId = 0;
    QString publicId;
    QString language; // de or en: the learner's
    QString name;     // as the data map composes it
    QString email;
    QList<ExportTable> tables;
    QList<ExportProcessor> processors;
    QList<ExportConsultation> consultations;

    static ExportMeta fromJson(const QJsonObject& begin);
    qint64 totalRows() const;
};
