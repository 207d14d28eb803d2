// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProcessorRegistry.h"

#include "db/PrivacyCall.h"
#include "db/SqlError.h"

#include <QCoreApplication>
#include <QMap>
#include <QSqlQuery>

namespace {

// A text[] literal for PostgreSQL: {"a","b"}.
QString arrayLiteral(const QStringList& values)
{
    QStringList quoted;
    for (QString v : values)
        quoted << QLatin1Char('"') +
                      v.replace(QLatin1Char('\\'), QLatin1String("\\\\"))
                          .replace(QLatin1Char('"'), QLatin1String("\\\"")) +
                      QLatin1Char('"');
    return QLatin1Char('{') + quoted.join(QLatin1Char(',')) + QLatin1Char('}');
}

QStringList fromArray(QString text)
{
    text = text.mid(1, text.size() - 2);
    QStringList values = text.split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (QString& v : values)
        v.remove(QLatin1Char('"'));
    return values;
}

} // namespace

ProcessorRegistry::ProcessorRegistry(QSqlDatabase db)
    : m_db(db)
{}

QStringList ProcessorRegistry::categories()
{
    return {QStringLiteral("analytics"), QStringLiteral("video_hosting"), QStringLiteral("payment"),
            QStringLiteral("cloud_cdn"), QStringLiteral("communication")};
}

QString ProcessorRegistry::categoryTitle(const QString& category)
{
    // The names the export report gives them, with their translations.
    static const QMap<QString, const char*> names{
        {QStringLiteral("analytics"), QT_TRANSLATE_NOOP("ExportReport", "Analytics")},
        {QStringLiteral("video_hosting"), QT_TRANSLATE_NOOP("ExportReport", "Video hosting")},
        {QStringLiteral("payment"), QT_TRANSLATE_NOOP("ExportReport", "Payment services")},
        {QStringLiteral("cloud_cdn"), QT_TRANSLATE_NOOP("ExportReport", "Cloud storage and content delivery")},
        {QStringLiteral("communication"), QT_TRANSLATE_NOOP("ExportReport", "Communication tools")},
    };
    const char* name = names.value(category);
    return name ? QCoreApplication::translate("ExportReport", name) : category;
}

QStringList ProcessorRegistry::dataCategories()
{
    return {QStringLiteral("account"),   QStringLiteral("profile"),   QStringLiteral("consents"),
            QStringLiteral("education"), QStringLiteral("technical"), QStringLiteral("communication"),
            QStringLiteral("payment")};
}

bool ProcessorRegistry::list(QList<Processor>* processors, QString* error)
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT id, name, category, contact, deletion_contact, dpa_reference, "
                               "data_categories::text, people FROM privacy.processor_list()"))) {
        *error = SqlError::reasonNoting(m_db, QStringLiteral("processor_list"), q.lastError());
        return false;
    }
    processors->clear();
    while (q.next())
        processors->append({q.value(0).toInt(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                            q.value(4).toString(), q.value(5).toString(), fromArray(q.value(6).toString()),
                            q.value(7).toLongLong()});
    return true;
}

bool ProcessorRegistry::save(const Processor& p, int* id, QString* error)
{
    QVariant value;
    const QVariant existing = p.id > 0 ? QVariant(p.id) : QVariant(QMetaType(QMetaType::Int));
    if (!PrivacyCall::value(m_db, QStringLiteral("processor_save"),
                            {existing, p.name, p.category, p.contact, p.deletionContact, p.dpaReference,
                             arrayLiteral(p.dataCategories)},
                            &value, error))
        return false;
    if (id)
        *id = value.toInt();
    return true;
}
