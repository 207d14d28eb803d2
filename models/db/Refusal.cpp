// SPDX-License-Identifier: GPL-3.0-or-later
#include "Refusal.h"

#include "RefusalTexts.h"
#include "core/TextCheck.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QRegularExpression>

namespace {

const QLatin1String hintPrefix("fx:");
constexpr int longestValue = 200;

QString translated(const char* english)
{
    return QCoreApplication::translate("Refusal", english);
}

} // namespace

std::optional<Refusal> Refusal::fromHint(const QString& hint)
{
    const QString text = hint.trimmed();
    if (!text.startsWith(hintPrefix))
        return std::nullopt;
    const qsizetype space = text.indexOf(QLatin1Char(' '));
    Refusal refusal;
    refusal.m_code = text.mid(hintPrefix.size(), space < 0 ? -1 : space - hintPrefix.size());
    static const QRegularExpression codeForm(QStringLiteral("^[a-z]+\\.[a-z0-9_]+$"));
    if (!codeForm.match(refusal.m_code).hasMatch())
        return std::nullopt;
    if (space >= 0) {
        const QJsonDocument parameters = QJsonDocument::fromJson(text.mid(space + 1).toUtf8());
        if (!parameters.isObject())
            return std::nullopt;
        refusal.m_parameters = parameters.object();
    }
    return refusal;
}

std::optional<Refusal> Refusal::fromError(const QSqlError& error)
{
    // The driver passes libpq's whole message: "ERROR:  …", then "DETAIL:  …", "HINT:  …" lines.
    const QStringList lines = error.databaseText().split(QLatin1Char('\n'));
    for (const QString& line : lines) {
        if (line.startsWith(QLatin1String("HINT:")))
            return fromHint(line.mid(5));
    }
    return std::nullopt;
}

QString Refusal::englishText(const QString& code)
{
    for (const RefusalTexts::Entry& entry : RefusalTexts::all()) {
        if (code == QLatin1String(entry.code))
            return QString::fromUtf8(entry.english);
    }
    return {};
}

QString Refusal::text() const
{
    for (const RefusalTexts::Entry& entry : RefusalTexts::all()) {
        if (m_code != QLatin1String(entry.code))
            continue;
        QString sentence = translated(entry.english);
        for (auto it = m_parameters.begin(); it != m_parameters.end(); ++it)
            sentence.replace(QLatin1Char('{') + it.key() + QLatin1Char('}'), valueText(it.key(), it.value()));
        return sentence;
    }
    return {};
}

QString Refusal::valueText(const QString& name, const QJsonValue& value) const
{
    if (value.isDouble())
        return QString::number(qint64(value.toDouble()));
    if (value.isArray()) {
        QStringList parts;
        for (const QJsonValue& part : value.toArray())
            parts << valueText(name, part);
        return parts.join(QStringLiteral(", "));
    }
    if (value.isObject()) { // the same text in each language: {"en": …, "de": …}
        const QJsonObject inLanguages = value.toObject();
        const QString language = QLocale().name().left(2);
        return valueText(name, inLanguages.contains(language) ? inLanguages.value(language)
                                                              : inLanguages.value(QStringLiteral("en")));
    }
    const QString raw = value.toString();
    for (const RefusalTexts::Value& known : RefusalTexts::values()) {
        if (name == QLatin1String(known.parameter) && raw == QLatin1String(known.raw))
            return translated(known.english);
    }
    return TextCheck::printable(raw, false, longestValue);
}
