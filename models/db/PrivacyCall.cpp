// SPDX-License-Identifier: GPL-3.0-or-later
#include "PrivacyCall.h"

#include "SqlError.h"

#include <QJsonDocument>
#include <QSqlQuery>

namespace PrivacyCall {

QVariant textOrNull(const QString& text)
{
    return text.trimmed().isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(text);
}

bool value(QSqlDatabase db, const QString& function, const QVariantList& args, QVariant* value, QString* error)
{
    QSqlQuery q(db);
    const QStringList placeholders(args.size(), QStringLiteral("?"));
    q.prepare(QStringLiteral("SELECT privacy.%1(%2)").arg(function, placeholders.join(QStringLiteral(", "))));
    for (const QVariant& arg : args)
        q.addBindValue(arg);
    if (!q.exec() || !q.next()) {
        *error = SqlError::reasonNoting(db, function, q.lastError());
        return false;
    }
    if (value)
        *value = q.value(0);
    return true;
}

bool json(QSqlDatabase db, const QString& function, const QVariantList& args, QJsonObject* result, QString* error)
{
    QVariant v;
    if (!value(db, function, args, &v, error))
        return false;
    if (result)
        *result = QJsonDocument::fromJson(v.toString().toUtf8()).object();
    return true;
}

} // namespace PrivacyCall
