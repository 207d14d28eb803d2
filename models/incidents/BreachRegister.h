// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

// The breach register (Art. 33(5)) as incident_register returns it, as CSV (one row per incident,
// stable column names) or as a PDF table in German or English. Both are written atomically.
namespace BreachRegister {
QStringList columns();
QByteArray csv(const QList<QJsonObject>& entries);
QString html(const QList<QJsonObject>& entries, const QString& language);
// CSV for a path ending in .csv, else PDF (needs a QGuiApplication).
bool write(const QList<QJsonObject>& entries, const QString& language, const QString& path, QString* error);
} // namespace BreachRegister
