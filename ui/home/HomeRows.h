// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "HomeTarget.h"
#include "home/HomeItems.h"

#include <QList>
#include <QString>

// The home page's items in words, section by section, in the console's language: a label, how
// urgent it is, and where it is handled. No widgets, so the wording is tested on its own.
namespace HomeRows {

enum class Section {
    Requests,
    Approvals,
    Incidents,
    Flags,
    ProcessorTasks,
    Purge,
    AccessLog,
    StaleLogins,
    Recertification
};
enum class Status { Normal, Soon, Overdue };

struct Row {
    Section section;
    QString text;
    Status status = Status::Normal;
    HomeTarget target;
};

QList<Row> build(const HomeItems& items);
// The heading of a section; the requests' depends on whose they are.
QString title(Section section, const QString& role);
QList<Section> order();

} // namespace HomeRows
