// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>

// The records of processing activities (Art. 30(1)(a)-(g) GDPR) as the database holds them: the
// data map in force, the processor registry and the policies. A PDF for an authority, or CSV with
// one row per table and per processor, in German or English. The PDF needs a QGuiApplication.
namespace ProcessingRecords {

bool fetch(QSqlDatabase db, QJsonObject* records, QString* error);
QString html(const QJsonObject& records, const QString& language, const QDateTime& generatedAt);
QByteArray csv(const QJsonObject& records, const QString& language);
// Fetches and writes path as PDF or CSV by its suffix (.pdf, .csv); all or nothing.
bool write(QSqlDatabase db, const QString& path, const QString& language, QString* error);

} // namespace ProcessingRecords
