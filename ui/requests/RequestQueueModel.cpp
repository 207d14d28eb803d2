// SPDX-License-Identifier: GPL-3.0-or-later
#include "RequestQueueModel.h"

#include "core/TimeFormat.h"

#include <QApplication>
#include <QColor>
#include <QLocale>
#include <QStyle>

void RequestQueueModel::setWarnDays(int days)
{
    beginResetModel();
    m_warnDays = days;
    endResetModel();
}

void RequestQueueModel::setRows(const QList<RequestRow>& rows)
{
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

const RequestRow* RequestQueueModel::row(int index) const
{
    return index >= 0 && index < m_rows.size() ? &m_rows.at(index) : nullptr;
}

QString RequestQueueModel::kindText(const QString& kind)
{
    if (kind == QLatin1String("export"))
        return tr("Export (access)");
    if (kind == QLatin1String("erasure"))
        return tr("Erasure");
    if (kind == QLatin1String("rectification"))
        return tr("Rectification");
    if (kind == QLatin1String("restriction"))
        return tr("Restriction");
    if (kind == QLatin1String("objection"))
        return tr("Objection");
    return kind;
}

QString RequestQueueModel::statusText(const QString& status)
{
    if (status == QLatin1String("new"))
        return tr("New");
    if (status == QLatin1String("in_progress"))
        return tr("In progress");
    if (status == QLatin1String("fulfilled"))
        return tr("Fulfilled");
    if (status == QLatin1String("rejected"))
        return tr("Rejected");
    if (status == QLatin1String("withdrawn"))
        return tr("Withdrawn");
    return status;
}

QString RequestQueueModel::eventText(const QString& event)
{
    if (event == QLatin1String("opened"))
        return tr("opened");
    if (event == QLatin1String("extended"))
        return tr("deadline extended");
    if (event == QLatin1String("assigned"))
        return tr("assigned");
    if (event == QLatin1String("approved"))
        return tr("approved");
    if (event == QLatin1String("erased"))
        return tr("erased");
    return statusText(event);
}

int RequestQueueModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RequestQueueModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RequestQueueModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const RequestRow& r = m_rows.at(index.row());
    const bool overdue = r.overdue;
    const bool soon = r.isOpen() && !overdue && r.daysLeft <= m_warnDays;
    if (role == Qt::ForegroundRole && overdue)
        return QColor(0xb0, 0x00, 0x20);
    if (role == Qt::BackgroundRole && soon && index.column() == DaysLeft)
        return QColor(0xff, 0xe8, 0xb0);
    if (role == Qt::ForegroundRole && soon && index.column() == DaysLeft)
        return QColor(Qt::black);
    if (role == Qt::DecorationRole && (overdue || soon) && index.column() == DaysLeft)
        return QApplication::style()->standardIcon(overdue ? QStyle::SP_MessageBoxWarning
                                                           : QStyle::SP_MessageBoxInformation);
    if (role == Qt::TextAlignmentRole && (index.column() == Id || index.column() == DaysLeft))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Id:
        return r.id;
    case Due:
        return TimeFormat::date(r.dueOn);
    case DaysLeft:
        if (!r.isOpen())
            return QString();
        if (overdue)
            return tr("overdue by %Ln day(s)", nullptr, -r.daysLeft);
        return soon ? tr("due soon: %Ln day(s) left", nullptr, r.daysLeft) : tr("%Ln day(s) left", nullptr, r.daysLeft);
    case Kind:
        return kindText(r.kind) + (r.extendedMonths > 0 ? tr(" (extended)") : QString());
    case Status:
        return statusText(r.status);
    case Learner:
        return r.userId;
    case Ticket:
        return r.ticket;
    case Assignee:
        return r.assignee;
    }
    return {};
}

QVariant RequestQueueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Id:
        return tr("No.");
    case Due:
        return tr("Due");
    case DaysLeft:
        return tr("Time left");
    case Kind:
        return tr("Kind");
    case Status:
        return tr("Status");
    case Learner:
        return tr("Learner");
    case Ticket:
        return tr("Ticket");
    case Assignee:
        return tr("Assignee");
    }
    return {};
}
