// SPDX-License-Identifier: GPL-3.0-or-later
#include "ErasureStep.h"

ErasureStep ErasureStep::fromJson(const QJsonObject& object)
{
    ErasureStep step;
    step.table = object.value(QLatin1String("table_name")).toString();
    step.category = object.value(QLatin1String("category")).toString();
    step.action = object.value(QLatin1String("action")).toString();
    step.rows = object.value(QLatin1String("rows")).toInteger();
    step.retainedUntil = QDate::fromString(object.value(QLatin1String("retained_until")).toString(), Qt::ISODate);
    step.basisEn = object.value(QLatin1String("basis_en")).toString();
    step.basisDe = object.value(QLatin1String("basis_de")).toString();
    return step;
}

QList<ErasureStep> ErasureStep::listFromJson(const QJsonArray& array)
{
    QList<ErasureStep> steps;
    steps.reserve(array.size());
    for (const QJsonValue& value : array)
        steps.append(fromJson(value.toObject()));
    return steps;
}
