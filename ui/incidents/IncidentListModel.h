// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "incidents/IncidentStore.h"

#include <QAbstractTableModel>
#include <QElapsedTimer>

// The incident list with its 72-hour clocks, counted down from the server's figure (not the
// desktop clock). A clock under 24 hours is amber, an overdue one red, each also in words and
// with an icon.
class IncidentListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Number, Title, Clock, Deadline, Risk, ColumnCount };

    explicit IncidentListModel(QObject* parent = nullptr);

    void setRows(const QList<IncidentSummary>& rows);
    const IncidentSummary* row(int row) const;
    // Seconds left now: the server's figure less the time since it was fetched.
    qint64 secondsLeft(const IncidentSummary& incident) const;
    // Repaints the clocks (called every half minute).
    void tick();

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<IncidentSummary> m_rows;
    QElapsedTimer m_fetched;
};
