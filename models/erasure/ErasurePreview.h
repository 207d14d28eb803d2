// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ErasureStep.h"
#include "requests/RequestDetail.h"

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>

// An external processor that holds data of the learner, with its id for them.
struct ErasureProcessor {
    QString processor;
    QString category;
    QString externalId;

    static ErasureProcessor fromJson(const QJsonObject& object);
};

// What erasure_preview says an erasure would do: the request, per table what happens to its rows,
// and the external processors to ask for erasure too.
struct ErasurePreview {
    RequestDetail request;
    QList<ErasureStep> tables;
    QList<ErasureProcessor> processors;

    static ErasurePreview fromJson(const QJsonObject& object);
};

// What erasure_execute reports: the fulfilled request and, unless it had already been executed,
// the rows erased per "table.action".
struct ErasureExecution {
    RequestDetail request;
    bool alreadyDone = false; // a second execution does nothing
    QMap<QString, qint64> counts;

    static ErasureExecution fromJson(const QJsonObject& object);
};
