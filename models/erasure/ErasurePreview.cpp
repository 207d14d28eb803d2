// SPDX-License-Identifier: GPL-3.0-or-later
#include "ErasurePreview.h"

#include <QJsonArray>

ErasureProcessor ErasureProcessor::fromJson(const QJsonObject& object)
{
    ErasureProcessor processor;
    processor.processor = object.value(QLatin1String("processor")).toString();
    processor.category = object.value(QLatin1String("category")).toString();
    processor.externalId = object.value(QLatin1String("external_id")).toString();
    return processor;
}

ErasurePreview ErasurePreview::fromJson(const QJsonObject& object)
{
    ErasurePreview preview;
    preview.request = RequestDetail::fromJson(object.value(QLatin1String("request")).toObject());
    preview.tables = ErasureStep::listFromJson(object.value(QLatin1String("tables")).toArray());
    for (const QJsonValue& value : object.value(QLatin1String("processors")).toArray())
        preview.processors.append(ErasureProcessor::fromJson(value.toObject()));
    return preview;
}

ErasureExecution ErasureExecution::fromJson(const QJsonObject& object)
{
    ErasureExecution execution;
    execution.request = RequestDetail::fromJson(object);
    execution.alreadyDone = object.value(QLatin1String("already_done")).toBool();
    const QJsonObject counts = object.value(QLatin1String("counts")).toObject();
    for (auto it = counts.begin(); it != counts.end(); ++it)
        execution.counts.insert(it.key(), it.value().toInteger());
    return execution;
}
