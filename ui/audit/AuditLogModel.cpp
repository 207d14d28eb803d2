// SPDX-License-Identifier: GPL-3.0-or-later
#include "AuditLogModel.h"

#include "async/StoreCall.h"

#include <QApplication>
#include <QJsonDocument>
#include <QLocale>
#include <QStyle>

AuditLogModel::AuditLogModel(DbSession* session, QObject* parent)
    : QAbstractTableModel(parent)
    , m_session(session)
{}

void AuditLogModel::setFilter(const AuditFilter& filter, bool oldestFirst)
{
    beginResetModel();
    m_filter = filter;
    m_oldestFirst = oldestFirst;
    m_rows.clear();
    m_loadedTotal = 0;
    ++m_generation; // a page still on its way belongs to the old filter
    m_loading = false;
    m_atEnd = false;
    endResetModel();
    fetchMore({});
}

const AuditEntry* AuditLogModel::entry(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int AuditLogModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AuditLogModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditLogModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const AuditEntry& e = m_rows.at(index.row());
    const bool flagged = !e.anomalies.isEmpty();
    if (role == Qt::DecorationRole && index.column() == Anomalies && flagged)
        return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
    if (role == Qt::ForegroundRole && flagged && index.column() == Anomalies)
        return QColor(0xb0, 0x00, 0x20);
    if (role == Qt::UserRole)
        return e.id;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Time:
        return QLocale().toString(e.at.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    case Staff:
        return e.staff;
    case Role:
        return e.role;
    case Action:
        return e.action;
    case Subject:
        return e.subjectId > 0 ? QVariant(e.subjectId) : QVariant();
    case Ticket:
        return e.ticket;
    case Purpose:
        return e.purpose;
    case Anomalies: {
        QStringList reasons;
        for (const QJsonValue& a : e.anomalies)
            reasons << AuditStore::explain(a.toObject());
        return reasons.join(QStringLiteral("; "));
    }
    case Details:
        return e.details == QLatin1String("{}") ? QString() : e.details;
    }
    return {};
}

QVariant AuditLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Time:
        return tr("Time");
    case Staff:
        return tr("Staff");
    case Role:
        return tr("Role");
    case Action:
        return tr("Action");
    case Subject:
        return tr("Learner");
    case Ticket:
        return tr("Ticket");
    case Purpose:
        return tr("Purpose");
    case Anomalies:
        return tr("Unusual");
    case Details:
        return tr("Details");
    }
    return {};
}

bool AuditLogModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && !m_atEnd && !m_loading;
}

void AuditLogModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent))
        return;
    m_loading = true;
    const qint64 cursor = m_rows.isEmpty() ? 0 : m_rows.last().id;
    const bool oldestFirst = m_oldestFirst;
    StoreCall::call<QList<AuditEntry>>(
        m_session, this,
        [filter = m_filter, cursor, oldestFirst](Stores& stores, QList<AuditEntry>* entries, QString* error) {
            return stores.audit().page(filter, oldestFirst ? 0 : cursor, oldestFirst ? cursor : -1, PageSize, entries,
                                       error);
        },
        [this, generation = m_generation](const Result<QList<AuditEntry>>& page) {
            if (generation != m_generation)
                return;
            if (!page.ok) {
                m_loading = false;
                m_atEnd = true;
                emit failed(page.error);
                return;
            }
            // The window: what would grow past MaxRows leaves at the top.
            const qsizetype overflow = m_rows.size() + page.value.size() - MaxRows;
            if (overflow > 0) {
                beginRemoveRows({}, 0, int(overflow) - 1);
                m_rows.remove(0, overflow);
                endRemoveRows();
            }
            if (!page.value.isEmpty()) {
                beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page.value.size()) - 1);
                m_rows.append(page.value);
                m_loadedTotal += page.value.size();
                endInsertRows();
            }
            m_atEnd = page.value.size() < PageSize;
            m_loading = false;
            emit pageLoaded();
        });
}
