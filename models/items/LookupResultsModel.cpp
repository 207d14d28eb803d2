// SPDX-License-Identifier: GPL-3.0-or-later
#include "LookupResultsModel.h"

#include "core/TimeFormat.h"

LookupResultsModel::LookupResultsModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void LookupResultsModel::setHits(const QList<LookupHit>& hits)
{
    beginResetModel();
    m_hits = hits;
    endResetModel();
}

const LookupHit* LookupResultsModel::hit(int row) const
{
    return row >= 0 && row < m_hits.size() ? &m_hits.at(row) : nullptr;
}

int LookupResultsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_hits.size());
}

int LookupResultsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LookupResultsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const LookupHit& h = m_hits.at(index.row());
    if (role == UserIdRole)
        return h.userId;
    if (role == Qt::TextAlignmentRole && index.column() == Id)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Name:
        return h.name;
    case Email:
        return h.email;
    case Status:
        return statusText(h.status);
    case Id:
        return h.userId;
    case Matched:
        return matchText(h);
    }
    return {};
}

QVariant LookupResultsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Name");
    case Email:
        return tr("Email");
    case Status:
        return tr("Status");
    case Id:
        return tr("Id");
    case Matched:
        return tr("Found by");
    }
    return {};
}

QString LookupResultsModel::statusText(const QString& status)
{
    if (status == QLatin1String("active"))
        return tr("active");
    if (status == QLatin1String("locked"))
        return tr("locked");
    if (status == QLatin1String("erased"))
        return tr("erased");
    return status;
}

QString LookupResultsModel::matchText(const LookupHit& hit)
{
    const QString& matched = hit.matched;
    if (matched == QLatin1String("id"))
        return tr("user id");
    if (matched == QLatin1String("public_id"))
        return tr("public id");
    if (matched == QLatin1String("reference")) {
        // The data map names its references in both languages.
        const QString label = hit.matchedLabel.value(TimeFormat::uiLanguage()).toString();
        return label.isEmpty() ? tr("reference") : label;
    }
    if (matched == QLatin1String("ip"))
        return tr("IP address");
    if (matched == QLatin1String("email"))
        return tr("email");
    if (matched == QLatin1String("email_prefix"))
        return tr("email (beginning)");
    if (matched == QLatin1String("email_fuzzy"))
        return tr("email (similar)");
    if (matched == QLatin1String("name"))
        return tr("name (similar)");
    return matched;
}
