// SPDX-License-Identifier: GPL-3.0-or-later
#include "UncoveredSummary.h"

#include <QCoreApplication>
#include <QMap>

namespace {

// lupdate reads the context from here; free functions have no class to take it from.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(UncoveredSummary)
};

QString kindLabel(const QString& code)
{
    if (code == QLatin1String("subject_key"))
        return Tr::tr("learner's key");
    if (code == QLatin1String("email"))
        return Tr::tr("email address");
    if (code == QLatin1String("ip"))
        return Tr::tr("IP address");
    if (code == QLatin1String("name"))
        return Tr::tr("person's name");
    if (code == QLatin1String("phone"))
        return Tr::tr("phone number");
    if (code == QLatin1String("address"))
        return Tr::tr("postal address");
    return Tr::tr("free text");
}

struct Table {
    qint64 rows = -1;
    QMap<QString, QStringList> columnsByKind; // kind label -> columns, in the catalog's order
};

} // namespace

QStringList UncoveredSummary::lines(const QList<MapFinding>& findings)
{
    QMap<QString, Table> outside;
    QStringList listed;
    for (const MapFinding& f : findings) {
        if (f.severity != MapFinding::Severity::Uncovered)
            continue;
        if (f.detail.value(QLatin1String("listed")).toBool()) {
            listed << f.text();
            continue;
        }
        Table& table = outside[f.table];
        if (f.detail.value(QLatin1String("rows")).isDouble())
            table.rows = f.detail.value(QLatin1String("rows")).toInteger();
        table.columnsByKind[kindLabel(f.code)] << f.column;
    }
    QStringList result;
    QStringList empty;
    for (auto it = outside.cbegin(); it != outside.cend(); ++it) {
        if (it->rows == 0) {
            empty << it.key();
            continue;
        }
        QStringList parts;
        for (auto kind = it->columnsByKind.cbegin(); kind != it->columnsByKind.cend(); ++kind)
            parts << Tr::tr("%1: %2").arg(kind.key(), kind.value().join(QStringLiteral(", ")));
        const QString rows = it->rows < 0 ? Tr::tr("rows unknown") : Tr::tr("%Ln rows", nullptr, int(it->rows));
        result << Tr::tr("%1 (%2), not in the map: %3. Add the table, or list it under discovery.not_personal.")
                      .arg(it.key(), rows, parts.join(QStringLiteral("; ")));
    }
    result << listed;
    if (!empty.isEmpty())
        result << Tr::tr("%Ln tables without rows on this site, not in the map: %1.", nullptr, int(empty.size()))
                      .arg(empty.join(QStringLiteral(", ")));
    return result;
}
