// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

// Who the learner is, in the columns the data map names. The email is masked for support.
struct LearnerAccount {
    struct NamePart {
        QString column;
        QString value;
    };

    qint64 id = 0;
    QString publicId;
    QString name;              // the map's name columns, composed
    QList<NamePart> nameParts; // each name column (one or two), as rectification changes them
    QString email;
    bool emailMasked = false;
    QString locale; // de or en
    QString status; // active, locked or erased
    QDateTime createdAt;
    bool restricted = false; // processing restricted (Art. 18) since restrictedAt, for restrictionReason
    QDateTime restrictedAt;
    QString restrictionReason;

    bool isActive() const { return status == QLatin1String("active"); }
    bool isLocked() const { return status == QLatin1String("locked"); }
    bool isErased() const { return status == QLatin1String("erased"); }
};

// Another column of the learner's own row, as the subject table holds it.
struct LearnerField {
    QString column;
    QJsonValue value;
    bool masked = false; // hidden from support; revealed with a reason
};

// A table of the data map and how many of its rows refer to the learner.
struct LearnerTable {
    QString table;
    QString category;         // a category of the privacy policy: education, technical, …
    QJsonObject title;        // {"en": …, "de": …} from the map; may be empty
    QJsonObject columnTitles; // {"column": {"en": …, "de": …}} from the map, for some columns
    qint64 rows = 0;
    QStringList columns; // the columns the picture shows, in table order
    QStringList masked;  // of those, the ones support sees only after a reveal

    QString titleIn(const QString& language) const;
    QString columnTitle(const QString& column) const; // in the language of the user interface
};

// A learner's whole picture as privacy.user_summary returns it, from the data map in force.
struct LearnerSummary {
    LearnerAccount account;
    QList<LearnerField> fields;
    QJsonObject fieldTitles; // the map's titles for some of the fields' columns
    QList<LearnerTable> tables;
    QStringList operations; // the account operations the data map binds on this platform

    QString fieldTitle(const QString& column) const; // in the language of the user interface
    qint64 count(const QString& table) const;
    QStringList categories() const; // of the tables, in map order
    QList<LearnerTable> tablesOf(const QString& category) const;
    bool offers(const QString& operation) const { return operations.contains(operation); }

    static LearnerSummary fromJson(const QJsonObject& summary);
};

// What an account operation (lock, rectify, restrict, …) reports back: for a rectification the
// fields that changed, never their values.
struct AccountChange {
    QStringList changed;

    static AccountChange fromJson(const QJsonObject& result);
};
