// SPDX-License-Identifier: GPL-3.0-or-later
#include "DataMapStore.h"

#include "db/PrivacyCall.h"
#include "db/SqlError.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlQuery>

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(DataMapStore)
};

QString mapText(const QJsonObject& map)
{
    return QString::fromUtf8(QJsonDocument(map).toJson(QJsonDocument::Compact));
}

QString personalKind(const QString& code)
{
    if (code == QLatin1String("subject_key"))
        return Tr::tr("refers to a learner");
    if (code == QLatin1String("email"))
        return Tr::tr("looks like an email address");
    if (code == QLatin1String("ip"))
        return Tr::tr("looks like an IP address");
    if (code == QLatin1String("name"))
        return Tr::tr("looks like a person's name");
    if (code == QLatin1String("phone"))
        return Tr::tr("looks like a phone number");
    if (code == QLatin1String("address"))
        return Tr::tr("looks like a postal address");
    return Tr::tr("is free text next to a learner's key");
}
} // namespace

QString MapFinding::text() const
{
    const QString where = column.isEmpty() ? table : table + QLatin1Char('.') + column;
    const QString path = detail.value(QLatin1String("path")).toString();
    const QString value = detail.value(QLatin1String("value")).toString();
    if (severity == Severity::Uncovered) {
        const QJsonValue rows = detail.value(QLatin1String("rows"));
        const QString count = rows.isDouble() ? Tr::tr("%Ln rows", nullptr, rows.toInt()) : Tr::tr("rows unknown");
        return detail.value(QLatin1String("listed")).toBool()
                   ? Tr::tr("%1 %2, but the map does not name it among the table's subject columns (%3); add it "
                            "there, or to \"ignore\".")
                         .arg(where, personalKind(code), count)
                   : Tr::tr("%1 %2, and its table is not in the map (%3); add the table, or decide that it "
                            "holds no personal data.")
                         .arg(where, personalKind(code), count);
    }
    if (code == QLatin1String("not_a_name"))
        return Tr::tr("%1: \"%2\" is not a plain table or column name (letters, digits and _ only).").arg(path, value);
    if (code == QLatin1String("unknown_schema"))
        return Tr::tr("The schema %1 does not exist in this database.")
            .arg(detail.value(QLatin1String("schema")).toString());
    if (code == QLatin1String("unknown_table"))
        return Tr::tr("%1: there is no table %2 in the schema.").arg(path, table.isEmpty() ? value : table);
    if (code == QLatin1String("unknown_column"))
        return Tr::tr("%1: the table %2 has no column %3.").arg(path, table, column);
    if (code == QLatin1String("wrong_type"))
        return Tr::tr("%1: %2 is of type %3; it must be %4.")
            .arg(path, where, detail.value(QLatin1String("type")).toString(),
                 detail.value(QLatin1String("expected")).toString() == QLatin1String("date") ? Tr::tr("a date or time")
                 : detail.value(QLatin1String("expected")).toString() == QLatin1String("time")
                     ? Tr::tr("a date, a time or a whole number of seconds since 1970")
                 : detail.value(QLatin1String("expected")).toString() == QLatin1String("inet")
                     ? Tr::tr("an IP address (inet)")
                     : Tr::tr("a whole number like the learner's key"));
    if (code == QLatin1String("missing_index") && path.endsWith(QLatin1String(".at")))
        return Tr::tr("%1: no index serves %2, so every time window of the incident finder would scan the table. "
                      "Run: %3")
            .arg(path, where, detail.value(QLatin1String("create_index")).toString());
    if (code == QLatin1String("missing_index") &&
        detail.value(QLatin1String("create_index")).toString().contains(QLatin1String("inet_or_null")))
        return Tr::tr("%1: no index serves %2, so every look-up by an IP address would scan the table. Run: %3 The "
                      "index calls the console's inet_or_null function, so the role the platform writes with needs: %4")
            .arg(path, where, detail.value(QLatin1String("create_index")).toString(),
                 detail.value(QLatin1String("grant")).toString());
    if (code == QLatin1String("missing_index") && path == QLatin1String("subject.email") &&
        detail.contains(QLatin1String("grant")))
        return Tr::tr("%1: no index serves %2, so a look-up by an email address with a typo would scan the table. "
                      "Run: %3 The index calls the console's email_stem function, so the role the platform writes "
                      "with needs: %4")
            .arg(path, where, detail.value(QLatin1String("create_index")).toString(),
                 detail.value(QLatin1String("grant")).toString());
    if (code == QLatin1String("missing_index") && path == QLatin1String("subject.email"))
        return Tr::tr("%1: no index serves %2, so every look-up by an email address would scan the table. Run: %3")
            .arg(path, where, detail.value(QLatin1String("create_index")).toString());
    if (code == QLatin1String("missing_index") && detail.contains(QLatin1String("grant")))
        return Tr::tr("%1: no index serves %2, so every look-up by a name would scan the table. Run: %3 The index "
                      "calls the console's fold function, so the role the platform writes with needs: %4")
            .arg(path, where, detail.value(QLatin1String("create_index")).toString(),
                 detail.value(QLatin1String("grant")).toString());
    if (code == QLatin1String("missing_index"))
        return Tr::tr("%1: no index serves %2, so every export and erasure would scan the table. Run: %3")
            .arg(path, where, detail.value(QLatin1String("create_index")).toString());
    if (code == QLatin1String("missing_privilege") && detail.contains(QLatin1String("sequence")))
        return Tr::tr("%1: the console's functions (role fx_owner) may not use the sequence %2 that numbers the new "
                      "rows of %3. Run: %4")
            .arg(path, detail.value(QLatin1String("sequence")).toString(), table,
                 detail.value(QLatin1String("grant")).toString());
    if (code == QLatin1String("missing_privilege"))
        return Tr::tr("%1: the console's functions (role fx_owner) may not %2 the table %3. Run: %4")
            .arg(path, detail.value(QLatin1String("missing")).toString(), table,
                 detail.value(QLatin1String("grant")).toString());
    if (code == QLatin1String("duplicate_table"))
        return Tr::tr("%1: the table %2 is listed twice.").arg(path, table);
    if (code == QLatin1String("unknown_category"))
        return Tr::tr("%1: \"%2\" is not a data category of the privacy policy; use one of %3.")
            .arg(path, value, detail.value(QLatin1String("allowed")).toString());
    if (code == QLatin1String("unknown_purpose"))
        return Tr::tr("%1: give one or more purposes of the privacy policy (%3); \"%2\" is not.")
            .arg(path, value, detail.value(QLatin1String("allowed")).toString());
    if (code == QLatin1String("unknown_origin"))
        return Tr::tr("%1: \"%2\" is not an origin; use one of %3.")
            .arg(path, value, detail.value(QLatin1String("allowed")).toString());
    if (code == QLatin1String("unknown_operation"))
        return Tr::tr("%1: \"%2\" is not an account operation; use one of %3.")
            .arg(path, value, detail.value(QLatin1String("allowed")).toString());
    if (code == QLatin1String("unknown_erasure"))
        return Tr::tr("%1: \"%2\" is not an erasure; use one of %3.")
            .arg(path, value, detail.value(QLatin1String("allowed")).toString());
    if (code == QLatin1String("subject_erasure"))
        return Tr::tr("%1: the learners' own table can only be anonymized, as requests and the log refer to its rows.")
            .arg(path);
    if (code == QLatin1String("not_nullable"))
        return Tr::tr("%1: %2 cannot be empty (NOT NULL); give a value instead.").arg(path, where);
    if (code == QLatin1String("unknown_generator"))
        return Tr::tr("%1: %2 (%3) can take a value, null, {generate: uuid} on a uuid column, {generate: now} on "
                      "a date, time or seconds column, or in erasure {hash: COLUMN} on a text column.")
            .arg(path, where, detail.value(QLatin1String("type")).toString());
    if (code == QLatin1String("where_not_subject"))
        return Tr::tr("%1: \"%2\" is not one of the table's subject columns.").arg(path, column);
    if (code == QLatin1String("retention_years"))
        return Tr::tr("%1: the retention period must be 1 to 30 years.").arg(path);
    if (code == QLatin1String("retention_basis"))
        return Tr::tr("%1: give the legal basis in English and German (en, de), 10 to 1000 characters each.").arg(path);
    if (code == QLatin1String("retention_unsupported"))
        return Tr::tr("%1: the table %2 can only be retained with a primary key of one whole-number column.")
            .arg(path, table);
    if (code == QLatin1String("display_key"))
        return Tr::tr("%1: %2 can be shown by a title of %3 only when it is a whole number and %3 has a primary "
                      "key of one whole-number column.")
            .arg(path, detail.value(QLatin1String("table")).toString() + QLatin1Char('.') + column, table);
    if (code == QLatin1String("display_personal"))
        return Tr::tr("%1: %2 is personal data (of the learners' own table, an address, a phone number or an IP "
                      "address, masked or a credential) and cannot be shown as a title.")
            .arg(path, where);
    if (code == QLatin1String("subject_not_listed"))
        return Tr::tr("The learners' own table %1 must be one of the tables.").arg(table);
    // structure
    const QString expected = detail.value(QLatin1String("expected")).toString();
    QString form;
    if (expected == QLatin1String("object"))
        form = Tr::tr("a mapping of keys and values");
    else if (expected == QLatin1String("name"))
        form = Tr::tr("a short lowercase name (letters, digits, - and _)");
    else if (expected == QLatin1String("text"))
        form = Tr::tr("a text of 1 to 64 characters");
    else if (expected == QLatin1String("list"))
        form = Tr::tr("a list with at least one table");
    else if (expected == QLatin1String("columns"))
        form = Tr::tr("one or more column names");
    else if (expected == QLatin1String("column_value"))
        form = Tr::tr("{column: NAME, value: TEXT}");
    else if (expected == QLatin1String("via"))
        form = Tr::tr("a list of {column, table, key, subject}");
    else if (expected == QLatin1String("operation"))
        form = Tr::tr("either {set: {COLUMN: VALUE, …}} or {delete: true}, with table and subject for another table");
    else if (expected == QLatin1String("pattern"))
        form = Tr::tr("a regular expression from ^ to $ of at most 200 characters");
    else if (expected == QLatin1String("label"))
        form = Tr::tr("a label in English and German (en, de), 1 to 64 characters each");
    else if (expected == QLatin1String("courses"))
        form = Tr::tr("{table, key, title, members: {table, subject, course}}");
    else if (expected == QLatin1String("processors"))
        form = Tr::tr("{table, subject, processor, external_id}");
    else if (expected == QLatin1String("display"))
        form = Tr::tr("{COLUMN: {table: TABLE, column: COLUMN}} for each column shown by a title");
    else if (expected == QLatin1String("labels"))
        form = Tr::tr("a column name with a label in English and German (en, de) for each column");
    else if (expected == QLatin1String("boolean"))
        form = Tr::tr("true or false");
    else if (expected == QLatin1String("match"))
        form = Tr::tr("{COLUMN: TEXT, …}, the values that pick the learner's row (not with delete)");
    else
        form = Tr::tr("a value, null or {generate: …}");
    return path.isEmpty() ? Tr::tr("The data map must be %1.").arg(form) : Tr::tr("%1 must be %2.").arg(path, form);
}

QString MapApplying::changeText(const QJsonObject& change)
{
    const QString kind = change.value(QLatin1String("change")).toString();
    const QString table = change.value(QLatin1String("table")).toString();
    if (kind == QLatin1String("table_dropped")) {
        const QJsonValue rows = change.value(QLatin1String("rows"));
        return rows.isDouble() ? Tr::tr("The table %1 leaves the map; it holds %Ln rows that would no longer be "
                                        "exported or erased.",
                                        nullptr, rows.toInt())
                                     .arg(table)
                               : Tr::tr("The table %1 leaves the map.").arg(table);
    }
    if (kind == QLatin1String("category_dropped"))
        return Tr::tr("The data category %1 leaves the map.").arg(change.value(QLatin1String("category")).toString());
    if (kind == QLatin1String("retention_changed"))
        return Tr::tr("The retention of %1 changes from %2 to %3 years.")
            .arg(table, change.value(QLatin1String("from")).toString(), change.value(QLatin1String("to")).toString());
    return Tr::tr("The erasure of %1 weakens: %2 instead of %3.")
        .arg(table, change.value(QLatin1String("to")).toString(), change.value(QLatin1String("from")).toString());
}

DataMapStore::DataMapStore(QSqlDatabase db)
    : m_db(db)
{}

bool DataMapStore::check(const DataMapFile& file, QList<MapFinding>* findings, QString* error)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT severity, code, table_name, column_name, detail::text FROM privacy.map_check(?)"));
    q.addBindValue(mapText(file.map));
    if (!q.exec()) {
        *error = SqlError::reasonNoting(m_db, QStringLiteral("map_check"), q.lastError());
        return false;
    }
    findings->clear();
    while (q.next()) {
        MapFinding f;
        f.severity = q.value(0).toString() == QLatin1String("error") ? MapFinding::Severity::Error
                                                                     : MapFinding::Severity::Uncovered;
        f.code = q.value(1).toString();
        f.table = q.value(2).toString();
        f.column = q.value(3).toString();
        f.detail = QJsonDocument::fromJson(q.value(4).toString().toUtf8()).object();
        findings->append(f);
    }
    return true;
}

bool DataMapStore::apply(const DataMapFile& file, bool confirm, MapApplying* result, QString* error)
{
    QJsonObject reply;
    if (!PrivacyCall::json(m_db, QStringLiteral("map_apply"), {mapText(file.map), file.sha256, confirm}, &reply, error))
        return false;
    result->applied = reply.value(QLatin1String("applied")).toBool();
    result->unchanged = reply.value(QLatin1String("unchanged")).toBool();
    result->id = reply.value(QLatin1String("id")).toInteger();
    result->changes = reply.value(QLatin1String("changes")).toArray();
    return true;
}

bool DataMapStore::show(QJsonObject* current, QString* error)
{
    return PrivacyCall::json(m_db, QStringLiteral("map_show"), {}, current, error);
}
