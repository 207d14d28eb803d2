// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "privacy/LearnerSummary.h"
#include "privacy/UserDirectory.h"

#include <QAbstractTableModel>
#include <QStringList>

class DbSession;

// One table of the data map of one learner, fetched page by page on the session's worker thread as the
// view scrolls (keyset paging), so any number of rows pages without freezing.
class CategoryRowsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    static constexpr int PageSize = 200;

    CategoryRowsModel(DbSession* session, qint64 userId, const LearnerTable& table, const AccessContext& context,
                      QObject* parent = nullptr);

    QString table() const { return m_category; }
    QString column(int section) const { return m_columns.value(section); }
    QString columnTitle(const QString& column) const;
    qint64 total() const { return m_total; }
    QJsonObject row(int row) const;
    qint64 rowId(int row) const;
    bool isLoading() const { return m_loading; }
    void setContext(const AccessContext& context) { m_context = context; } // for the pages still to come

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
    void append(const QList<CategoryRow>& rows);

    DbSession* m_session;
    qint64 m_userId;
    QString m_category; // the table
    AccessContext m_context;
    qint64 m_total;
    QStringList m_columns;
    QJsonObject m_columnTitles;
    QList<CategoryRow> m_rows;
    bool m_loading = false;
    bool m_atEnd = false;
};
