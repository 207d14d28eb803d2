// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "UserDirectory.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>

// A learner's marketing consent over time (Art. 7(1) GDPR): every opt-in and withdrawal with
// its time, source and policy version, and the state in force at a given time, which is how
// the controller proves a consent for any date. Reading it is logged like any other look.
struct ConsentEvent {
    QDateTime at;
    bool marketing = false;
    QString source; // platform, support, console
    QString ticket; // for support
    QString policyVersion;
};

struct ConsentState {
    QDateTime at; // the time asked about
    bool known = false;
    bool marketing = false;
    QDateTime since;
    QString source;
    QString policyVersion;
    QList<ConsentEvent> events;

    static ConsentState fromJson(const QJsonObject& json);
};

class ConsentHistory
{
public:
    explicit ConsentHistory(QSqlDatabase db);

    // The history, and what was in force at `at` (now when invalid).
    bool read(qint64 userId, const QDateTime& at, const AccessContext& context, ConsentState* state, QString* error);

private:
    QSqlDatabase m_db;
};
