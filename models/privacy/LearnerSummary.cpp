// SPDX-License-Identifier: GPL-3.0-or-later
#include "LearnerSummary.h"

#include "db/JsonFields.h"

#include <QJsonArray>
#include <QJsonValue>

using namespace JsonFields;

LearnerAccount LearnerAccount::fromJson(const QJsonObject& account)
{
    LearnerAccount a;
    a.publicId = account.value(QLatin1String("public_id")).toString();
    a.firstName = account.value(QLatin1String("first_name")).toString();
    a.lastName = account.value(QLatin1String("last_name")).toString();
    a.email = account.value(QLatin1String("email")).toString();
    a.emailMasked = account.value(QLatin1String("email_masked")).toBool();
    a.locale = account.value(QLatin1String("locale")).toString();
    a.status = account.value(QLatin1String("status")).toString();
    a.createdAt = dateTime(account, "created_at");
    a.lastLoginAt = dateTime(account, "last_login_at");
    a.passwordResetRequired = account.value(QLatin1String("password_reset_required")).toBool();
    const QJsonValue restrictedAt = account.value(QLatin1String("restricted_at"));
    a.restricted = restrictedAt.isString();
    a.restrictedAt = dateTime(account, "restricted_at");
    a.restrictionReason = account.value(QLatin1String("restriction_reason")).toString();
    return a;
}

LearnerConsents LearnerConsents::fromJson(const QJsonObject& consents)
{
    LearnerConsents c;
    c.marketingOptIn = consents.value(QLatin1String("marketing_opt_in")).toBool();
    c.marketingChangedAt = dateTime(consents, "marketing_changed_at");
    c.policyVersion = consents.value(QLatin1String("policy_version")).toString();
    c.policyAcceptedAt = dateTime(consents, "policy_accepted_at");
    return c;
}

LearnerProfile LearnerProfile::fromJson(const QJsonObject& profile)
{
    LearnerProfile p;
    p.biography = profile.value(QLatin1String("biography")).toString();
    p.interests = texts(profile, "interests");
    p.picturePath = profile.value(QLatin1String("picture_path")).toString();
    return p;
}

LearnerSummary LearnerSummary::fromJson(const QJsonObject& summary)
{
    LearnerSummary s;
    s.account = LearnerAccount::fromJson(summary.value(QLatin1String("account")).toObject());
    s.consents = LearnerConsents::fromJson(summary.value(QLatin1String("consents")).toObject());
    s.profile = LearnerProfile::fromJson(summary.value(QLatin1String("profile")).toObject());
    const QJsonObject counts = summary.value(QLatin1String("counts")).toObject();
    for (auto it = counts.constBegin(); it != counts.constEnd(); ++it)
        s.counts.insert(it.key(), it.value().toInteger());
    for (const QJsonValue& operation : summary.value(QLatin1String("operations")).toArray())
        s.operations.append(operation.toString());
    return s;
}

AccountChange AccountChange::fromJson(const QJsonObject& result)
{
    AccountChange c;
    c.changed = texts(result, "changed");
    return c;
}
