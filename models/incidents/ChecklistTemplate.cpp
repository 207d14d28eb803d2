// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChecklistTemplate.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QRegularExpression>

namespace ChecklistTemplate {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ChecklistTemplate)
};

const QStringList sections{QStringLiteral("containment"), QStringLiteral("assessment"),    QStringLiteral("authority"),
                           QStringLiteral("subjects"),    QStringLiteral("documentation"), QStringLiteral("lessons")};
const QStringList appliesValues{QStringLiteral("always"), QStringLiteral("risk"), QStringLiteral("high_risk")};

int lineAt(const QByteArray& data, qsizetype offset)
{
    return int(data.left(offset).count('\n')) + 1;
}

// The line where a text occurs first, for errors found after parsing; 0 if it does not occur.
int lineOf(const QByteArray& data, const QString& text)
{
    const qsizetype at = text.isEmpty() ? -1 : data.indexOf(text.toUtf8());
    return at < 0 ? 0 : lineAt(data, at);
}

QString located(const QString& fileName, int line, const QString& message)
{
    return line > 0 ? Tr::tr("%1, line %2: %3").arg(fileName).arg(line).arg(message)
                    : Tr::tr("%1: %2").arg(fileName, message);
}

// A text in both languages: {"en": "...", "de": "..."}.
bool bilingual(const QJsonValue& value, bool required, QString* en, QString* de)
{
    const QJsonObject o = value.toObject();
    *en = o.value(QLatin1String("en")).toString().trimmed();
    *de = o.value(QLatin1String("de")).toString().trimmed();
    if (value.isUndefined() && !required)
        return true;
    if (!value.isObject())
        return false;
    return !required || (!en->isEmpty() && !de->isEmpty() && en->size() <= 300 && de->size() <= 300);
}

} // namespace

bool parse(const QByteArray& data, const QString& fileName, QList<ChecklistItem>* items, int* position, QString* error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(data, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = located(fileName, lineAt(data, parseError.offset),
                         Tr::tr("not valid JSON (%1)").arg(parseError.errorString()));
        return false;
    }
    const QJsonObject root = document.object();
    const QString section = root.value(QLatin1String("section")).toString();
    if (!document.isObject() || !sections.contains(section)) {
        *error = located(fileName, lineOf(data, QStringLiteral("\"section\"")),
                         Tr::tr("\"section\" must be one of %1").arg(sections.join(QStringLiteral(", "))));
        return false;
    }
    const QString applies = root.value(QLatin1String("applies")).toString();
    if (!appliesValues.contains(applies)) {
        *error = located(fileName, lineOf(data, QStringLiteral("\"applies\"")),
                         Tr::tr("\"applies\" must be always, risk or high_risk"));
        return false;
    }
    *position = root.value(QLatin1String("position")).toInt(0);
    if (*position < 1) {
        *error = located(fileName, lineOf(data, QStringLiteral("\"position\"")),
                         Tr::tr("\"position\" must be a whole number from 1"));
        return false;
    }
    const QJsonArray list = root.value(QLatin1String("items")).toArray();
    if (list.isEmpty()) {
        *error = located(fileName, lineOf(data, QStringLiteral("\"items\"")),
                         Tr::tr("\"items\" must list at least one item"));
        return false;
    }
    static const QRegularExpression keyPattern(QStringLiteral("^[a-z][a-z0-9_]{0,62}$"));
    QStringList keys;
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QJsonObject o = list.at(i).toObject();
        ChecklistItem item;
        item.section = section;
        item.applies = applies;
        item.key = o.value(QLatin1String("key")).toString();
        const int line = lineOf(data, QStringLiteral("\"%1\"").arg(item.key));
        const auto fail = [&](const QString& message) {
            *error = located(fileName, item.key.isEmpty() ? 0 : line, Tr::tr("item %1: %2").arg(i + 1).arg(message));
            return false;
        };
        if (!keyPattern.match(item.key).hasMatch())
            return fail(Tr::tr("\"key\" must be lower-case letters, digits and underscores"));
        if (keys.contains(item.key))
            return fail(Tr::tr("the key %1 is used twice").arg(item.key));
        keys << item.key;
        if (!bilingual(o.value(QLatin1String("title")), true, &item.titleEn, &item.titleDe))
            return fail(Tr::tr("\"title\" needs an English (en) and a German (de) text of at most 300 characters"));
        if (!bilingual(o.value(QLatin1String("guidance")), false, &item.guidanceEn, &item.guidanceDe))
            return fail(Tr::tr("\"guidance\" must be an object with en and de texts"));
        if (!o.value(QLatin1String("mandatory")).isBool())
            return fail(Tr::tr("\"mandatory\" must be true or false"));
        item.mandatory = o.value(QLatin1String("mandatory")).toBool();
        items->append(item);
    }
    return true;
}

bool load(const QString& directory, QList<ChecklistItem>* items, QString* error)
{
    const QDir dir(directory);
    const QStringList files = dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    if (files.isEmpty()) {
        *error = Tr::tr("No checklist templates in %1.").arg(QDir::toNativeSeparators(directory));
        return false;
    }
    QMap<int, QList<ChecklistItem>> bySection;
    QStringList seen;
    for (const QString& name : files) {
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::ReadOnly)) {
            *error = Tr::tr("Cannot read %1: %2").arg(name, file.errorString());
            return false;
        }
        QList<ChecklistItem> sectionItems;
        int position = 0;
        if (!parse(file.readAll(), name, &sectionItems, &position, error))
            return false;
        if (bySection.contains(position) || seen.contains(sectionItems.first().section)) {
            *error = located(name, 0, Tr::tr("another template has the same section or position"));
            return false;
        }
        seen << sectionItems.first().section;
        bySection.insert(position, sectionItems);
    }
    items->clear();
    for (const QList<ChecklistItem>& sectionItems : std::as_const(bySection))
        items->append(sectionItems);
    return true;
}

bool loadBuiltIn(QList<ChecklistItem>* items, QString* error)
{
    return load(QStringLiteral(":/checklists"), items, error);
}

QJsonArray toJson(const QList<ChecklistItem>& items)
{
    QJsonArray array;
    for (const ChecklistItem& item : items)
        array.append(QJsonObject{{QStringLiteral("section"), item.section},
                                 {QStringLiteral("applies"), item.applies},
                                 {QStringLiteral("key"), item.key},
                                 {QStringLiteral("title_en"), item.titleEn},
                                 {QStringLiteral("title_de"), item.titleDe},
                                 {QStringLiteral("guidance_en"), item.guidanceEn},
                                 {QStringLiteral("guidance_de"), item.guidanceDe},
                                 {QStringLiteral("mandatory"), item.mandatory}});
    return array;
}

} // namespace ChecklistTemplate
