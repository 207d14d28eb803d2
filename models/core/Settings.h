// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "db/ConnectionProfile.h"

#include <QList>
#include <QSettings>
#include <QVariant>

// The one typed view of the user's settings. Keys live in a table with their defaults; nothing
// else in the program names a settings key. Passwords are never stored here.
class Settings
{
public:
    enum class Key {
        Language,    // "system", "de" or "en"
        LogLevel,    // spdlog level name
        LastProfile, // name of the last used connection profile
    };

    static constexpr int CurrentVersion = 1;

    Settings();

    QVariant value(Key key) const;
    void setValue(Key key, const QVariant& value);

    QString language() const { return value(Key::Language).toString(); }
    QString logLevel() const { return value(Key::LogLevel).toString(); }

    QList<ConnectionProfile> profiles() const;
    void setProfiles(const QList<ConnectionProfile>& profiles);

    void sync() { m_settings.sync(); }

private:
    void migrate();

    QSettings m_settings;
};
