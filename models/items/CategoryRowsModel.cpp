// SPDX-License-Identifier: GPL-3.0-or-later
#include "CategoryRowsModel.h"

#include "ColumnTitles.h"
#include "ItemLabels.h"
#include "core/TimeFormat.h"
#include "db/DbSession.h"

#include <QDateTime>
#include <QJsonArray>
#include <QLocale>

namespace {

// A nested value (a social login's profile, a list of interests) as words, not JSON: lists joined
// with commas, objects as "key: value" pairs.
QString readable(const QJsonValue& value)
{
    QStringList parts;
    if (value.isArray()) {
        for (const QJsonValue& item : value.toArray())
            parts << readable(item);
        return parts.join(QStringLiteral(", "));
    }
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            parts << QStringLiteral("%1: %2").arg(QString(it.key()).replace(QLatin1Char('_'), QLatin1Char(' ')),
                                                  readable(it.value()));
        return parts.join(QStringLiteral("; "));
    }
    if (value.isBool())
        return value.toBool() ? CategoryRowsModel::tr("yes") : CategoryRowsModel::tr("no");
    return value.toVariant().toString();
}

} // namespace

CategoryRowsModel::CategoryRowsModel(DbSession* session, qint64 userId, const LearnerTable& table,
                                     const AccessContext& context, QObject* parent)
    : QAbstractTableModel(parent)
    , m_session(session)
    , m_userId(userId)
    , m_category(table.table)
    , m_context(context)
    , m_total(table.rows)
    , m_columns(table.columns)
    , m_columnTitles(table.columnTitles)
    , m_atEnd(table.rows == 0)
{}

QString CategoryRowsModel::columnTitle(const QString& column) const
{
    return ColumnTitles::column(column, m_columnTitles);
}

QJsonObject CategoryRowsModel::row(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).data : QJsonObject();
}

qint64 CategoryRowsModel::rowId(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).rowId : 0;
}

int CategoryRowsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CategoryRowsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

QVariant CategoryRowsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    const QString& key = m_columns.at(index.column());
    const QJsonObject& data = m_rows.at(index.row()).data;
    if (data.value(key + QStringLiteral("_masked")).toBool() && data.value(key).isNull())
        return tr("hidden — reveal with a reason");
    const QJsonValue value = data.value(key);
    if (value.isBool())
        return value.toBool() ? tr("yes") : tr("no");
    if (value.isArray() || value.isObject())
        return readable(value);
    if (key.endsWith(QLatin1String("_at")) || key == QLatin1String("at") || key == QLatin1String("since")) {
        const QDateTime time = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
        if (time.isValid())
            return TimeFormat::dateTime(time);
    }
    // Dates and times under any other name, as the console shows them.
    if (const QString text = value.toString(); text.size() == 10) {
        if (const QDate day = QDate::fromString(text, Qt::ISODate); day.isValid())
            return TimeFormat::date(day);
    } else if (text.size() >= 19 && text.at(10) == QLatin1Char('T')) {
        if (const QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs); time.isValid())
            return TimeFormat::dateTime(time);
    }
    if (key.endsWith(QLatin1String("_cents")))
        return QLocale().toString(value.toDouble() / 100.0, 'f', 2);
    // Codes in words; the code itself stays in the tooltip.
    if (value.isString() && role == Qt::DisplayRole)
        return ItemLabels::categoryValue(key, value.toString());
    return value.toVariant().toString();
}

QVariant CategoryRowsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section >= 0 && section < m_columns.size())
        return columnTitle(m_columns.at(section));
    return QAbstractTableModel::headerData(section, orientation, role);
}

bool CategoryRowsModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && !m_atEnd && !m_loading;
}

void CategoryRowsModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent))
        return;
    m_loading = true;
    const qint64 after = m_rows.isEmpty() ? 0 : m_rows.last().rowId;
    struct Page {
        QList<CategoryRow> rows;
        QString error;
        bool ok = false;
    };
    auto page = std::make_shared<Page>();
    m_session->run(
        this,
        [page, userId = m_userId, category = m_category, context = m_context, after](QSqlDatabase& db) {
            page->ok = UserDirectory(db).rows(userId, category, after, PageSize, context, &page->rows, &page->error);
            return QVariant();
        },
        [this, page, after](const QVariant&) {
            // Only the page that continues the rows we have may be appended.
            if (after != (m_rows.isEmpty() ? 0 : m_rows.last().rowId))
                return;
            if (!page->ok) {
                m_loading = false;
                m_atEnd = true;
                emit failed(page->error);
                return;
            }
            append(page->rows);
        });
}

void CategoryRowsModel::append(const QList<CategoryRow>& rows)
{
    if (rows.size() < PageSize)
        m_atEnd = true;
    if (!rows.isEmpty()) {
        beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + rows.size() - 1));
        m_rows.append(rows);
        endInsertRows();
    }
    // Views ask for more from inside the insertion signals; only now may they.
    m_loading = false;
    emit pageLoaded();
}
