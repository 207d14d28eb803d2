// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

// One table's share of an erasure: what happens to how many rows, and for retained rows until
// when and why. A row of erasure_plan, as the preview and the executed erasure's summary list it.
struct ErasureStep {
    QString table;
    QString category;
    QString action; // delete, anonymize, retain
    qint64 rows = 0;
    QDate retainedUntil;
    QString basisEn;
    QString basisDe;

    static ErasureStep fromJson(const QJsonObject& object);
    static QList<ErasureStep> listFromJson(const QJsonArray& array);
};
