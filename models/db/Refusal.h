// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QSqlError>
#include <QString>

#include <optional>

// A refusal of a privacy function: its code and parameters, which every RAISE carries in its
// HINT as "fx:<code>" or "fx:<code> <JSON object>" (resources/sql/README.md). The user reads the
// sentence in their language; logs carry the code alone.
class Refusal
{
public:
    static std::optional<Refusal> fromError(const QSqlError& error);
    static std::optional<Refusal> fromHint(const QString& hint);

    QString code() const { return m_code; }
    QString area() const { return m_code.section(QLatin1Char('.'), 0, 0); }
    QJsonObject parameters() const { return m_parameters; }
    // The sentence in the current language; empty for a code this console does not know (a newer
    // database), whose English message the caller shows instead.
    QString text() const;

    // The English sentence of a code, with its parameters as {name}; empty when unknown.
    static QString englishText(const QString& code);

private:
    QString valueText(const QString& name, const QJsonValue& value) const;

    QString m_code;
    QJsonObject m_parameters;
};
