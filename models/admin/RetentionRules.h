// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

// The retention rules of the erasure (privacy.retention_*, administrators): per table the
// action, and for retained records the period and the legal basis in English and German. A
// shorter period, or deleting instead of retaining, releases restricted records; released() says
// which before set() does it.
class RetentionRules
{
public:
    struct Rule {
        QString table;
        QString category;
        QString action; // delete, anonymize, retain
        int years = 0;  // retained records only
        QString basisEn;
        QString basisDe;
        QStringList actions; // what this table's erasure can do
    };
    struct Released {
        qint64 rowKey = 0; // of the row in the rule's table
        qint64 userId = 0;
        QDate retainedUntil;
        QDate newUntil;
    };

    explicit RetentionRules(QSqlDatabase db);

    bool list(QList<Rule>* rules, QString* error);
    bool released(const QString& table, const QString& action, int years, QList<Released>* records, QString* error);
    // *releasedCount: how many restricted records the change released. Years and basis only for retain.
    bool set(const QString& table, const QString& action, int years, const QString& basisEn, const QString& basisDe,
             qint64* releasedCount, QString* error);

private:
    QSqlDatabase m_db;
};
