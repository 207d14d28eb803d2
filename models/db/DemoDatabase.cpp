// SPDX-License-Identifier: GPL-3.0-or-later
#include "DemoDatabase.h"

#include "DatabaseConnection.h"
#include "LocalCluster.h"
#include "Migrator.h"
#include "Seeder.h"
#include "SqlError.h"
#include "StaffDirectory.h"
#include "StaffPassword.h"
#include "core/AppPaths.h"
#include "core/SecretFile.h"
#include "datamap/DataMapFile.h"
#include "datamap/DataMapStore.h"
#include "moodle/MoodleSite.h"
#include "requests/RequestStore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSqlQuery>

#include <spdlog/spdlog.h>

namespace {

// lupdate reads the context from here; free functions have no class to take it from.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(DemoDatabase)
};

const QString kDatabase = QStringLiteral("fluxariont");
const QString kSuperuser = QStringLiteral("fx_demo_owner");

bool saveState(const DemoDatabase::State& s, QString* error)
{
    QJsonObject logins;
    for (const QString& role : DemoDatabase::roles()) {
        logins.insert(role, QJsonObject{{QStringLiteral("login"), s.loginOfRole.value(role)},
                                        {QStringLiteral("password"), s.passwordOfRole.value(role)}});
    }
    const QJsonObject root{{QStringLiteral("version"), 1},
                           {QStringLiteral("clusterDir"), s.clusterDir},
                           {QStringLiteral("port"), s.port},
                           {QStringLiteral("database"), s.database},
                           {QStringLiteral("superuser"), s.superuser},
                           {QStringLiteral("superuserPassword"), s.superuserPassword},
                           {QStringLiteral("platform"), s.platform},
                           {QStringLiteral("logins"), logins}};
    return SecretFile::write(AppPaths::demoStateFile(), QJsonDocument(root).toJson(), error);
}

} // namespace

QString DemoDatabase::generatePassword(int bytes)
{
    QByteArray raw(bytes, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32*>(raw.data()), bytes / int(sizeof(quint32)));
    for (int i = bytes / int(sizeof(quint32)) * int(sizeof(quint32)); i < bytes; ++i)
        raw[i] = char(QRandomGenerator::system()->bounded(256));
    return QString::fromLatin1(raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

bool DemoDatabase::loadState(State* state, QString* error)
{
    QByteArray content;
    if (!QFile::exists(AppPaths::demoStateFile())) {
        *error = Tr::tr("There is no demo database yet. Create it with: fxctl demo up");
        return false;
    }
    if (!SecretFile::read(AppPaths::demoStateFile(), &content, error))
        return false;
    const QJsonObject root = QJsonDocument::fromJson(content).object();
    if (root.value(QStringLiteral("version")).toInt() != 1) {
        *error = Tr::tr("The demo state file %1 is damaged. Remove the demo with: fxctl demo down --purge")
                     .arg(AppPaths::demoStateFile());
        return false;
    }
    state->clusterDir = root.value(QStringLiteral("clusterDir")).toString();
    state->port = root.value(QStringLiteral("port")).toInt();
    state->database = root.value(QStringLiteral("database")).toString();
    state->superuser = root.value(QStringLiteral("superuser")).toString();
    state->superuserPassword = root.value(QStringLiteral("superuserPassword")).toString();
    state->platform = root.value(QStringLiteral("platform")).toString(platforms().constFirst());
    const QJsonObject logins = root.value(QStringLiteral("logins")).toObject();
    for (const QString& role : roles()) {
        const QJsonObject l = logins.value(role).toObject();
        state->loginOfRole.insert(role, l.value(QStringLiteral("login")).toString());
        state->passwordOfRole.insert(role, l.value(QStringLiteral("password")).toString());
    }
    return true;
}

bool DemoDatabase::isRunning()
{
    State state;
    QString ignored;
    return loadState(&state, &ignored) && LocalCluster(state.clusterDir).isRunning();
}

bool DemoDatabase::up(const Progress& progress, QString* error, int users, const QString& platform)
{
    State state;
    QString ignored;
    if (loadState(&state, &ignored) && LocalCluster(state.clusterDir).exists()) {
        if (!platform.isEmpty() && platform != state.platform) {
            *error = Tr::tr("The demo database holds the %1 platform. To try %2 instead, remove it first with: "
                            "fxctl demo down --purge")
                         .arg(state.platform, platform);
            return false;
        }
        LocalCluster cluster(state.clusterDir);
        if (!cluster.isRunning()) {
            progress(Tr::tr("Starting the demo database"));
            if (!cluster.start(error))
                return false;
        }
        // A demo made by an older console gets the newer migrations.
        DatabaseConnection owner;
        ConnectError connectError;
        if (!owner.open(cluster.profile(state.database, state.superuser), state.superuserPassword, &connectError)) {
            *error = connectError.message;
            return false;
        }
        Migrator::Result migrated;
        return Migrator(owner.database()).migrate(&migrated, error, progress);
    }
    return create(progress, error, users, platform.isEmpty() ? platforms().constFirst() : platform);
}

// Moodle's tables in schema public, as on a Moodle site, with synthetic learners, and the indexes
// and privileges the Moodle map asks a DBA for.
bool DemoDatabase::seedMoodle(QSqlDatabase owner, int users, QString* error)
{
    MoodleSite site(owner);
    DataMapFile map;
    QStringList done;
    return site.create(error) && site.seed(users, 1, QDateTime::currentSecsSinceEpoch(), error) &&
           DataMapFile::load(QStringLiteral("moodle"), &map, error) && site.prepare(map, &done, error);
}

// The Moodle map put in force by the demo's administrator, as on a real site.
bool DemoDatabase::applyMoodleMap(const LocalCluster& cluster, const State& state, QString* error)
{
    DatabaseConnection admin;
    ConnectError connectError;
    if (!admin.open(cluster.profile(state.database, state.loginOfRole.value(QStringLiteral("admin"))),
                    state.passwordOfRole.value(QStringLiteral("admin")), &connectError)) {
        *error = connectError.message;
        return false;
    }
    DataMapFile map;
    MapApplying applied;
    return DataMapFile::load(QStringLiteral("moodle"), &map, error) &&
           DataMapStore(admin.database()).apply(map, true, &applied, error);
}

// A few requests in every state a queue shows, opened by the demo's support login.
bool DemoDatabase::addSampleRequests(const LocalCluster& cluster, const State& state, QString* error)
{
    DatabaseConnection support;
    ConnectError connectError;
    if (!support.open(cluster.profile(state.database, state.loginOfRole.value(QStringLiteral("support"))),
                      state.passwordOfRole.value(QStringLiteral("support")), &connectError)) {
        *error = connectError.message;
        return false;
    }
    RequestStore requests(support.database());
    const QDate today = QDate::currentDate();
    struct Sample {
        qint64 user;
        const char* kind;
        int daysAgo;
        const char* next; // "", "start", "extend" or "fulfil"
    };
    const Sample samples[] = {
        {7, "export", 3, ""},           {12, "erasure", 40, ""},     {19, "rectification", 20, "fulfil"},
        {23, "objection", 9, "extend"}, {31, "restriction", 27, ""}, {42, "export", 1, "start"}};
    int n = 0;
    for (const Sample& sample : samples) {
        QJsonObject request;
        const QString ticket = QStringLiteral("SUP-%1").arg(1001 + n++);
        if (!requests.open(sample.user, QLatin1String(sample.kind), ticket,
                           QStringLiteral("Replied from the account's email address"), today.addDays(-sample.daysAgo),
                           &request, error))
            return false;
        const qint64 id = request.value(QLatin1String("id")).toInteger();
        const QLatin1String next(sample.next);
        if ((next == QLatin1String("start") &&
             !requests.setStatus(id, QStringLiteral("in_progress"), QString(), &request, error)) ||
            (next == QLatin1String("extend") &&
             !requests.extend(id, 2, QStringLiteral("The objection concerns several processors."), &request, error)) ||
            (next == QLatin1String("fulfil") &&
             !requests.setStatus(id, QStringLiteral("fulfilled"), QStringLiteral("Last name corrected."), &request,
                                 error)))
            return false;
    }
    return true;
}

bool DemoDatabase::create(const Progress& progress, QString* error, int users, const QString& platform)
{
    if (!platforms().contains(platform)) {
        *error = Tr::tr("Unknown demo platform \"%1\"; use %2.").arg(platform, platforms().join(QStringLiteral(", ")));
        return false;
    }
    if (LocalCluster::findServerPrograms(error).isEmpty())
        return false;
    LocalCluster cluster(AppPaths::demoClusterDir());
    // A directory without a state file is the remains of an interrupted set-up: start afresh.
    if (!cluster.remove(error))
        return false;
    QFile::remove(AppPaths::demoStateFile());

    State state;
    state.clusterDir = cluster.dir();
    state.database = kDatabase;
    state.superuser = kSuperuser;
    state.superuserPassword = generatePassword();
    state.platform = platform;
    auto abandon = [&cluster](QString* err) {
        QString ignored;
        cluster.remove(&ignored);
        spdlog::error("demo set-up failed");
        Q_UNUSED(err);
        return false;
    };

    progress(Tr::tr("Creating the demo cluster in %1").arg(cluster.dir()));
    if (!cluster.init({state.superuser, state.superuserPassword, 0, true}, error) || !cluster.start(error))
        return abandon(error);
    state.port = cluster.port();

    {
        DatabaseConnection admin;
        ConnectError connectError;
        if (!admin.open(cluster.profile(QStringLiteral("postgres"), state.superuser), state.superuserPassword,
                        &connectError)) {
            *error = connectError.message;
            return abandon(error);
        }
        QSqlQuery q(admin.database());
        if (!q.exec(QStringLiteral("CREATE DATABASE %1").arg(kDatabase))) {
            *error = SqlError::reason(q.lastError());
            return abandon(error);
        }
    }

    DatabaseConnection owner;
    ConnectError connectError;
    if (!owner.open(cluster.profile(kDatabase, state.superuser), state.superuserPassword, &connectError)) {
        *error = connectError.message;
        return abandon(error);
    }
    Migrator::Result migrated;
    if (!Migrator(owner.database()).migrate(&migrated, error, progress))
        return abandon(error);

    const bool moodle = platform == QLatin1String("moodle");
    if (moodle) {
        progress(Tr::tr("Seeding a Moodle site with %L1 synthetic learners").arg(users));
        if (!seedMoodle(owner.database(), users, error))
            return abandon(error);
    } else {
        progress(Tr::tr("Seeding %L1 synthetic learners").arg(users));
        Seeder::Options options;
        options.users = users;
        Seeder::Result seeded;
        if (!Seeder(owner.database()).seed(options, &seeded, error))
            return abandon(error);
    }

    StaffDirectory staff(owner.database());
    for (const QString& role : roles()) {
        const QString login = QStringLiteral("demo_") + role;
        const QString password = StaffPassword::generate(login);
        if (!staff.add(login, role, password, Tr::tr("Demo %1").arg(role), error))
            return abandon(error);
        state.loginOfRole.insert(role, login);
        state.passwordOfRole.insert(role, password);
    }
    if (moodle && !applyMoodleMap(cluster, state, error))
        return abandon(error);
    if (!addSampleRequests(cluster, state, error) || !saveState(state, error))
        return abandon(error);
    progress(Tr::tr("The demo database is ready"));
    return true;
}

bool DemoDatabase::down(bool purge, QString* error)
{
    State state;
    QString ignored;
    const bool known = loadState(&state, &ignored);
    LocalCluster cluster(known ? state.clusterDir : AppPaths::demoClusterDir());
    if (purge) {
        if (!cluster.remove(error))
            return false;
        QFile::remove(AppPaths::demoStateFile());
        return true;
    }
    return cluster.stop(error);
}

std::optional<ConnectionProfile> DemoDatabase::profile(const QString& role, QString* error)
{
    State state;
    if (!loadState(&state, error))
        return std::nullopt;
    if (!roles().contains(role)) {
        *error = Tr::tr("Unknown demo role \"%1\"; use support, dpo or admin.").arg(role);
        return std::nullopt;
    }
    ConnectionProfile p = LocalCluster(state.clusterDir).profile(state.database, state.loginOfRole.value(role));
    p.name = Tr::tr("Demo: %1").arg(role);
    p.demoRole = role;
    return p;
}

bool DemoDatabase::password(const QString& role, QString* password, QString* error)
{
    State state;
    if (!loadState(&state, error))
        return false;
    *password = state.passwordOfRole.value(role);
    return !password->isEmpty();
}
