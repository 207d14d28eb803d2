// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QString>
#include <QStringList>

// The account part of privacy.user_summary. The email is masked for support.
struct LearnerAccount {
    QString publicId;
    QString firstName;
    QString lastName;
    QString email;
    bool emailMasked = false;
    QString locale; // de or en
    QString status; // active, locked or erased
    QDateTime createdAt;
    QDateTime lastLoginAt; // invalid: never signed in
    bool passwordResetRequired = false;
    bool restricted = false; // processing restricted (Art. 18) since restrictedAt, for restrictionReason
    QDateTime restrictedAt;
    QString restrictionReason;

    bool isActive() const { return status == QLatin1String("active"); }
    bool isLocked() const { return status == QLatin1String("locked"); }
    bool isErased() const { return status == QLatin1String("erased"); }

    static LearnerAccount fromJson(const QJsonObject& account);
};

// What the learner agreed to; all empty when the learner has no consent record.
struct LearnerConsents {
    bool marketingOptIn = false;
    QDateTime marketingChangedAt;
    QString policyVersion;
    QDateTime policyAcceptedAt;

    static LearnerConsents fromJson(const QJsonObject& consents);
};

// The optional profile; all empty when the learner has none.
struct LearnerProfile {
    QString biography;
    QStringList interests;
    QString picturePath;

    static LearnerProfile fromJson(const QJsonObject& profile);
};

// A learner's whole picture as privacy.user_summary returns it: the account, consents, profile
// and the number of rows in each data category.
struct LearnerSummary {
    LearnerAccount account;
    LearnerConsents consents;
    LearnerProfile profile;
    QHash<QString, qint64> counts; // by category, as UserDirectory::categories() names them
    QStringList operations;        // the account operations the data map binds on this platform

    qint64 count(const QString& category) const { return counts.value(category); }
    bool offers(const QString& operation) const { return operations.contains(operation); }

    static LearnerSummary fromJson(const QJsonObject& summary);
};

// What an account operation (lock, rectify, restrict, …) reports back: for a rectification the
// fields that changed, never their values.
struct AccountChange {
    QStringList changed;

    static AccountChange fromJson(const QJsonObject& result);
};
