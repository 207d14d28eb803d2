// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>
#include <QVariant>

// The one-value calls of schema privacy, SELECT privacy.<function>(?, …), as every store makes
// them: bound arguments, the server's reason on failure, and a refusal noted in the access log.
namespace PrivacyCall {
// NULL for empty or blank text, so that the database applies its defaults and rules.
QVariant textOrNull(const QString& text);
bool value(QSqlDatabase db, const QString& function, const QVariantList& args, QVariant* value, QString* error);
// For functions returning jsonb: the object (empty for JSON null).
bool json(QSqlDatabase db, const QString& function, const QVariantList& args, QJsonObject* result, QString* error);
} // namespace PrivacyCall
