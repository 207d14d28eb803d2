// SPDX-License-Identifier: GPL-3.0-or-later
#include "Settings.h"

#include <QDir>
#include <QStandardPaths>

namespace {

struct KeySpec {
    Settings::Key key;
    const char* name;
    QVariant defaultValue;
};

const KeySpec& spec(Settings::Key key)
{
    static const KeySpec table[] = {
        {Settings::Key::Language, "general/language", QStringLiteral("system")},
        {Settings::Key::LogLevel, "general/logLevel", QStringLiteral("info")},
        {Settings::Key::LastProfile, "connection/lastProfile", QString()},
        {Settings::Key::DefaultProfile, "connection/defaultProfile", QString()},
        {Settings::Key::Theme, "general/theme", QStringLiteral("system")},
        {Settings::Key::UseKeychain, "connection/useKeychain", false},
        {Settings::Key::ExportFolder, "general/exportFolder", QString()},
    };
    for (const KeySpec& s : table) {
        if (s.key == key)
            return s;
    }
    Q_UNREACHABLE();
}

} // namespace

Settings::Settings()
{
    migrate();
}

QVariant Settings::value(Key key) const
{
    const KeySpec& s = spec(key);
    return m_settings.value(QLatin1String(s.name), s.defaultValue);
}

void Settings::setValue(Key key, const QVariant& value)
{
    m_settings.setValue(QLatin1String(spec(key).name), value);
}

QString Settings::exportFolder() const
{
    const QString folder = value(Key::ExportFolder).toString();
    return folder.isEmpty() || !QDir(folder).exists()
               ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
               : folder;
}

QList<ConnectionProfile> Settings::profiles() const
{
    QList<ConnectionProfile> result;
    auto& settings = const_cast<QSettings&>(m_settings);
    const int count = settings.beginReadArray(QStringLiteral("profiles"));
    for (int i = 0; i < count; ++i) {
        settings.setArrayIndex(i);
        ConnectionProfile p;
        p.name = settings.value(QStringLiteral("name")).toString();
        p.host = settings.value(QStringLiteral("host")).toString();
        p.port = settings.value(QStringLiteral("port"), 5432).toInt();
        p.database = settings.value(QStringLiteral("database")).toString();
        p.user = settings.value(QStringLiteral("user")).toString();
        p.sslMode = settings.value(QStringLiteral("sslMode")).toString();
        p.sslRootCert = settings.value(QStringLiteral("sslRootCert")).toString();
        if (!p.name.isEmpty())
            result.append(p);
    }
    settings.endArray();
    return result;
}

void Settings::setProfiles(const QList<ConnectionProfile>& profiles)
{
    m_settings.remove(QStringLiteral("profiles"));
    m_settings.beginWriteArray(QStringLiteral("profiles"), int(profiles.size()));
    for (int i = 0; i < profiles.size(); ++i) {
        const ConnectionProfile& p = profiles.at(i);
        m_settings.setArrayIndex(i);
        m_settings.setValue(QStringLiteral("name"), p.name);
        m_settings.setValue(QStringLiteral("host"), p.host);
        m_settings.setValue(QStringLiteral("port"), p.port);
        m_settings.setValue(QStringLiteral("database"), p.database);
        m_settings.setValue(QStringLiteral("user"), p.user);
        m_settings.setValue(QStringLiteral("sslMode"), p.sslMode);
        m_settings.setValue(QStringLiteral("sslRootCert"), p.sslRootCert);
    }
    m_settings.endArray();
}

void Settings::migrate()
{
    const int version = m_settings.value(QStringLiteral("version"), 0).toInt();
    if (version == CurrentVersion)
        return;
    // Each step converts from the version before; a newer file than this program knows is left as is.
    if (version > CurrentVersion)
        return;
    // 0 -> 1: nothing to convert.
    if (version < 2 && !m_settings.contains(QLatin1String(spec(Key::DefaultProfile).name))) {
        // 1 -> 2: the login dialog used to start with the last profile; that becomes the default.
        const QString last = value(Key::LastProfile).toString();
        if (!last.isEmpty())
            setValue(Key::DefaultProfile, last);
    }
    m_settings.setValue(QStringLiteral("version"), CurrentVersion);
}
