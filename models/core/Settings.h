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
        Language,       // "system", "de" or "en"
        LogLevel,       // spdlog level name
        LastProfile,    // name of the last used connection profile
        DefaultProfile, // the profile the login dialog offers first
        Theme,          // "system", "light" or "dark"
        UseKeychain,    // remember passwords in the operating system's keychain (off by default)
        ExportFolder,   // where exports, reports and drafts are saved; empty: Documents
    };

    // 2: the default profile, taken over from the last used one.
    static constexpr int CurrentVersion = 2;

    Settings();

    QVariant value(Key key) const;
    void setValue(Key key, const QVariant& value);

    QString language() const { return value(Key::Language).toString(); }
    QString logLevel() const { return value(Key::LogLevel).toString(); }
    QString theme() const { return value(Key::Theme).toString(); }
    bool useKeychain() const { return value(Key::UseKeychain).toBool(); }
    // The folder for saved files: the chosen one, else the user's documents.
    QString exportFolder() const;

    QList<ConnectionProfile> profiles() const;
    void setProfiles(const QList<ConnectionProfile>& profiles);

    void sync() { m_settings.sync(); }

private:
    void migrate();

    QSettings m_settings;
};
