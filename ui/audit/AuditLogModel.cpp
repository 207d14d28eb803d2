// SPDX-License-Identifier: GPL-3.0-or-later
#include "AuditLogModel.h"

#include "async/StoreCall.h"
#include "core/TimeFormat.h"
#include "privacy/AuditSentence.h"

#include <QApplication>
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

void AuditLogModel::setReview(qint64 entryId, const AuditReview& review)
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).id != entryId)
            continue;
        if (m_filter.anomaliesOnly && !m_filter.withReviewed) {
            beginRemoveRows({}, row, row);
            m_rows.removeAt(row);
            endRemoveRows();
        } else {
            m_rows[row].review = review;
            emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
        }
        return;
    }
}

QVariant AuditLogModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const AuditEntry& e = m_rows.at(index.row());
    const bool open = e.flagged() && !e.review.isReviewed();
    if (role == Qt::DecorationRole && index.column() == Flag && e.flagged())
        return QApplication::style()->standardIcon(open ? QStyle::SP_MessageBoxWarning : QStyle::SP_DialogApplyButton);
    if (role == Qt::ForegroundRole && open && index.column() == Flag)
        return QColor(0xb0, 0x00, 0x20);
    if (role == Qt::UserRole)
        return e.id;
    if (role == Qt::ToolTipRole) {
        // The details as labelled lines, the same for every cell of the row; the flag's cell
        // begins with its whole reason.
        QStringList lines;
        if (index.column() == Flag && e.flagged())
            lines << data(index, Qt::DisplayRole).toString().toHtmlEscaped();
        for (const auto& [label, value] : AuditSentence::detailLines(e))
            lines << QStringLiteral("<b>%1:</b> %2").arg(label.toHtmlEscaped(), value.toHtmlEscaped());
        return lines.join(QStringLiteral("<br>"));
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Time:
        return TimeFormat::dateTimeSeconds(e.at);
    case Flag: {
        if (!e.flagged())
            return QString();
        const QString reasons = AuditSentence::flagReasons(e.flags);
        return e.review.isReviewed()
                   ? tr("%1 (reviewed: %2)").arg(reasons, AuditSentence::outcomeLabel(e.review.outcome))
                   : reasons;
    }
    case Description:
        return AuditSentence::sentence(e);
    case Role:
        return AuditSentence::roleLabel(e.role);
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
    case Flag:
        return tr("Unusual");
    case Description:
        return tr("What happened");
    case Role:
        return tr("Role");
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
