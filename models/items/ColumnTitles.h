// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

// Words for the names a data map uses: the policy's categories, and the column names common on
// learning platforms. A column without a word of its own shows as it is named, readably. Titles the
// data map gives a table's columns ({"column": {"en": …, "de": …}}) come first: the same name can
// mean different things in two tables.
class ColumnTitles
{
    Q_DECLARE_TR_FUNCTIONS(ColumnTitles)
public:
    static QString column(const QString& name);
    static QString column(const QString& name, const QJsonObject& mapTitles);
    static QString category(const QString& category);
};
