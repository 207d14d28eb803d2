// SPDX-License-Identifier: GPL-3.0-or-later
#include "IncidentListModel.h"

#include "ClockStyle.h"
#include "incidents/IncidentTexts.h"

IncidentListModel::IncidentListModel(QObject* parent)
    : QAbstractTableModel(parent)
{
    m_fetched.start();
}

void IncidentListModel::setRows(const QList<IncidentSummary>& rows)
{
    beginResetModel();
    m_rows = rows;
    m_fetched.restart();
    endResetModel();
}

const IncidentSummary* IncidentListModel::row(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

qint64 IncidentListModel::secondsLeft(const IncidentSummary& incident) const
{
    return incident.secondsLeft - m_fetched.elapsed() / 1000;
}

void IncidentListModel::tick()
{
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, Clock), index(int(m_rows.size()) - 1, Clock));
}

int IncidentListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int IncidentListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant IncidentListModel::data(const QModelIndex& index, int role) const
{
    const IncidentSummary* incident = row(index.row());
    if (!incident)
        return {};
    const qint64 left = secondsLeft(*incident);
    const auto clock = IncidentTexts::clock(incident->status, incident->authorityState, left);
    if (index.column() == Clock && role != Qt::DisplayRole)
        return ClockStyle::data(clock, role);
    if (role == Qt::ToolTipRole && incident->openMandatory > 0)
        return tr("%Ln mandatory checklist items open", nullptr, int(incident->openMandatory));
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Number:
        return incident->id;
    case Title:
        return incident->status == QLatin1String("closed") ? tr("%1 (closed)").arg(incident->title) : incident->title;
    case Clock:
        return IncidentTexts::clockText(clock, left);
    case Deadline:
        return IncidentTexts::localTime(incident->authorityDeadline);
    case Risk:
        return IncidentTexts::risk(incident->risk);
    }
    return {};
}

QVariant IncidentListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Number:
        return tr("No.");
    case Title:
        return tr("Incident");
    case Clock:
        return tr("72-hour clock");
    case Deadline:
        return tr("Notify authority by");
    case Risk:
        return tr("Risk");
    }
    return {};
}
