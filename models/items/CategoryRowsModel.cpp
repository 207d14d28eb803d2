// SPDX-License-Identifier: GPL-3.0-or-later
#include "CategoryRowsModel.h"

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

CategoryRowsModel::CategoryRowsModel(DbSession* session, qint64 userId, const QString& category,
                                     const AccessContext& context, qint64 total, QObject* parent)
    : QAbstractTableModel(parent)
    , m_session(session)
    , m_userId(userId)
    , m_category(category)
    , m_context(context)
    , m_total(total)
    , m_columns(columnsOf(category))
    , m_atEnd(total == 0)
{}

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
    if (key == QLatin1String("amount_cents"))
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

QStringList CategoryRowsModel::columnsOf(const QString& category)
{
    static const QMap<QString, QStringList> columns{
        {QStringLiteral("enrollments"), {"course", "enrolled_at", "progress_percent", "completed_at"}},
        {QStringLiteral("lesson_completions"), {"course", "lesson", "completed_at"}},
        {QStringLiteral("test_results"), {"course", "lesson", "score", "max_score", "taken_at"}},
        {QStringLiteral("certificates"), {"course", "serial", "issued_at"}},
        {QStringLiteral("login_events"), {"at", "ip", "browser", "device", "os", "succeeded"}},
        {QStringLiteral("usage_events"), {"at", "kind", "course", "duration_seconds"}},
        {QStringLiteral("sessions"), {"created_at", "last_seen_at", "ip", "user_agent"}},
        {QStringLiteral("messages"), {"sent_at", "direction", "course", "subject", "body"}},
        {QStringLiteral("forum_posts"), {"posted_at", "thread", "body"}},
        {QStringLiteral("invoices"),
         {"number", "issued_at", "amount_cents", "currency", "billing_name", "billing_address"}},
        {QStringLiteral("payment_references"), {"provider", "last4", "created_at", "token"}},
        {QStringLiteral("social_identities"), {"provider", "subject", "linked_at", "profile"}},
        {QStringLiteral("processors"), {"processor", "category", "external_id", "since"}},
    };
    return columns.value(category);
}

QString CategoryRowsModel::columnTitle(const QString& key)
{
    static const QMap<QString, const char*> titles{
        {QStringLiteral("course"), QT_TR_NOOP("Course")},
        {QStringLiteral("lesson"), QT_TR_NOOP("Lesson")},
        {QStringLiteral("enrolled_at"), QT_TR_NOOP("Enrolled")},
        {QStringLiteral("progress_percent"), QT_TR_NOOP("Progress (%)")},
        {QStringLiteral("completed_at"), QT_TR_NOOP("Completed")},
        {QStringLiteral("score"), QT_TR_NOOP("Score")},
        {QStringLiteral("max_score"), QT_TR_NOOP("Out of")},
        {QStringLiteral("taken_at"), QT_TR_NOOP("Taken")},
        {QStringLiteral("serial"), QT_TR_NOOP("Serial number")},
        {QStringLiteral("issued_at"), QT_TR_NOOP("Issued")},
        {QStringLiteral("at"), QT_TR_NOOP("Time")},
        {QStringLiteral("ip"), QT_TR_NOOP("IP address")},
        {QStringLiteral("browser"), QT_TR_NOOP("Browser")},
        {QStringLiteral("device"), QT_TR_NOOP("Device")},
        {QStringLiteral("os"), QT_TR_NOOP("Operating system")},
        {QStringLiteral("succeeded"), QT_TR_NOOP("Succeeded")},
        {QStringLiteral("kind"), QT_TR_NOOP("Kind")},
        {QStringLiteral("duration_seconds"), QT_TR_NOOP("Duration (s)")},
        {QStringLiteral("created_at"), QT_TR_NOOP("Created")},
        {QStringLiteral("last_seen_at"), QT_TR_NOOP("Last seen")},
        {QStringLiteral("user_agent"), QT_TR_NOOP("User agent")},
        {QStringLiteral("sent_at"), QT_TR_NOOP("Sent")},
        {QStringLiteral("direction"), QT_TR_NOOP("Direction")},
        {QStringLiteral("subject"), QT_TR_NOOP("Subject")},
        {QStringLiteral("body"), QT_TR_NOOP("Text")},
        {QStringLiteral("posted_at"), QT_TR_NOOP("Posted")},
        {QStringLiteral("thread"), QT_TR_NOOP("Thread")},
        {QStringLiteral("number"), QT_TR_NOOP("Number")},
        {QStringLiteral("amount_cents"), QT_TR_NOOP("Amount")},
        {QStringLiteral("currency"), QT_TR_NOOP("Currency")},
        {QStringLiteral("billing_name"), QT_TR_NOOP("Billing name")},
        {QStringLiteral("billing_address"), QT_TR_NOOP("Billing address")},
        {QStringLiteral("provider"), QT_TR_NOOP("Provider")},
        {QStringLiteral("last4"), QT_TR_NOOP("Last 4 digits")},
        {QStringLiteral("token"), QT_TR_NOOP("Payment token")},
        {QStringLiteral("linked_at"), QT_TR_NOOP("Linked")},
        {QStringLiteral("profile"), QT_TR_NOOP("Profile details")},
        {QStringLiteral("processor"), QT_TR_NOOP("Processor")},
        {QStringLiteral("category"), QT_TR_NOOP("Category")},
        {QStringLiteral("external_id"), QT_TR_NOOP("External id")},
        {QStringLiteral("since"), QT_TR_NOOP("Since")},
    };
    const char* title = titles.value(key, nullptr);
    return title ? tr(title) : key;
}

QString CategoryRowsModel::categoryTitle(const QString& category)
{
    static const QMap<QString, const char*> titles{
        {QStringLiteral("enrollments"), QT_TR_NOOP("Enrollments")},
        {QStringLiteral("lesson_completions"), QT_TR_NOOP("Completed lessons")},
        {QStringLiteral("test_results"), QT_TR_NOOP("Test results")},
        {QStringLiteral("certificates"), QT_TR_NOOP("Certificates")},
        {QStringLiteral("login_events"), QT_TR_NOOP("Logins")},
        {QStringLiteral("usage_events"), QT_TR_NOOP("Usage")},
        {QStringLiteral("sessions"), QT_TR_NOOP("Sessions")},
        {QStringLiteral("messages"), QT_TR_NOOP("Messages")},
        {QStringLiteral("forum_posts"), QT_TR_NOOP("Forum posts")},
        {QStringLiteral("invoices"), QT_TR_NOOP("Invoices")},
        {QStringLiteral("payment_references"), QT_TR_NOOP("Payment references")},
        {QStringLiteral("social_identities"), QT_TR_NOOP("Social logins")},
        {QStringLiteral("processors"), QT_TR_NOOP("External processors")},
    };
    const char* title = titles.value(category, nullptr);
    return title ? tr(title) : category;
}
