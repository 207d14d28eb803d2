// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "requests/RequestStore.h"

#include <QAbstractTableModel>

// The request queue as the Requests page shows it; overdue requests say so in words, with an
// icon and in red.
class RequestQueueModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Id, Due, DaysLeft, Kind, Status, Learner, Ticket, Assignee, ColumnCount };

    using QAbstractTableModel::QAbstractTableModel;

    void setRows(const QList<RequestRow>& rows);
    // Open requests with at most this many days left are due soon: amber, an icon and the words.
    void setWarnDays(int days);
    const RequestRow* row(int index) const;

    static QString kindText(const QString& kind);
    static QString statusText(const QString& status);
    static QString eventText(const QString& event); // opened, extended, assigned or a status

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<RequestRow> m_rows;
    int m_warnDays = 7;
};
