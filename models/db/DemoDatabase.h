// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ConnectionProfile.h"

#include <QList>
#include <QMap>
#include <QSqlDatabase>
#include <QString>

#include <functional>

class LocalCluster;

// The embedded demo: a private cluster in the user's data directory, migrated and seeded, with
// one demo login per role. Its passwords live in a state file only the user can read. The demo's
// platform is the reference one, or a Moodle-shaped site under the shipped Moodle map.
class DemoDatabase
{
public:
    struct State {
        QString clusterDir;
        int port = 0;
        QString database;
        QString superuser;
        QString superuserPassword;
        QString platform;                      // one of platforms()
        QMap<QString, QString> loginOfRole;    // "support" -> "demo_support"
        QMap<QString, QString> passwordOfRole; // "support" -> generated password
    };

    static constexpr int DemoUsers = 20000;

    using Progress = std::function<void(const QString&)>;

    static QStringList platforms() { return {QStringLiteral("fluxariont"), QStringLiteral("moodle")}; }

    // Creates, migrates and seeds the demo on first use; afterwards only starts it. An empty
    // platform is the existing demo's, or the reference platform for a new one; another
    // platform than the existing demo's is refused (the demo holds one).
    static bool up(const Progress& progress, QString* error, int users = DemoUsers, const QString& platform = {});
    // Stops the server; with purge, deletes the cluster and the state file too.
    static bool down(bool purge, QString* error);

    static bool loadState(State* state, QString* error);
    static bool isRunning();

    static QStringList roles() { return {QStringLiteral("support"), QStringLiteral("dpo"), QStringLiteral("admin")}; }
    // The demo profile of a role (with demoRole set), and its password from the state file.
    static std::optional<ConnectionProfile> profile(const QString& role, QString* error);
    static bool password(const QString& role, QString* password, QString* error);

    static QString generatePassword(int bytes = 18);

private:
    static bool create(const Progress& progress, QString* error, int users, const QString& platform);
    static bool seedMoodle(QSqlDatabase owner, int users, QString* error);
    static bool applyMoodleMap(const LocalCluster& cluster, const State& state, QString* error);
    static bool addSampleRequests(const LocalCluster& cluster, const State& state, QString* error);
};
