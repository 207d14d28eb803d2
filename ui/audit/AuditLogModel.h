// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "privacy/AuditStore.h"

#include <QAbstractTableModel>

class DbSession;

// The access log under a filter, page by page from the database as the view scrolls (keyset
// paging on the session's worker). It holds a window of at most MaxRows entries: scrolling on
// drops the oldest-loaded rows, so memory stays flat over millions of entries. Newest first, or
// oldest first from the start of the log ("jump to the end").
class AuditLogModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    // The flag comes right after the time, so it is never scrolled out of sight; the details are
    // the row's tooltip.
    enum Column { Time, Flag, Description, Role, ColumnCount };
    static constexpr int PageSize = 500;
    static constexpr int MaxRows = 20000;

    explicit AuditLogModel(DbSession* session, QObject* parent = nullptr);

    void setFilter(const AuditFilter& filter, bool oldestFirst = false);
    const AuditFilter& filter() const { return m_filter; }
    bool oldestFirst() const { return m_oldestFirst; }
    const AuditEntry* entry(int row) const;
    // After a review: the entry shows its outcome (or leaves the open queue).
    void setReview(qint64 entryId, const AuditReview& review);
    bool isLoading() const { return m_loading; }
    qint64 loadedTotal() const { return m_loadedTotal; } // rows fetched since the filter was set

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

signals:
    void failed(const QString& message);
    void pageLoaded();

private:
    DbSession* m_session;
    AuditFilter m_filter;
    bool m_oldestFirst = false;
    QList<AuditEntry> m_rows;
    int m_generation = 0;
    qint64 m_loadedTotal = 0;
    bool m_loading = false;
    bool m_atEnd = true;
};
