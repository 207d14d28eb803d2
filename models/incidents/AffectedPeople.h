// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

// The people of an attached finding, as the DPO exports them to tell them (Art. 34).
struct AffectedPerson {
    qint64 userId = 0;
    QString email;
    QString name; // as the data map composes it
    QString language;
};

namespace AffectedPeople {
QByteArray csv(const QList<AffectedPerson>& people);
// Written atomically, readable by the owner only: the list names people.
bool write(const QList<AffectedPerson>& people, const QString& path, QString* error);
} // namespace AffectedPeople
