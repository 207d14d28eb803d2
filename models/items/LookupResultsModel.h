// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "privacy/UserDirectory.h"

#include <QAbstractTableModel>

// The learners a lookup found, as the role sees them (masked for support).
class LookupResultsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Name, Email, Status, Id, Matched, ColumnCount };
    enum Role { UserIdRole = Qt::UserRole + 1 };

    explicit LookupResultsModel(QObject* parent = nullptr);

    void setHits(const QList<LookupHit>& hits);
    const LookupHit* hit(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString statusText(const QString& status);
    static QString matchText(const LookupHit& hit);

private:
    QList<LookupHit> m_hits;
};
