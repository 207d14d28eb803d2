// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class Languages;
class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class Settings;

// Each user's preferences: language, theme, the profile the login starts with, whether passwords
// are remembered in the operating system's keychain (off by default; unavailable with a reason
// where no keychain service runs), the log level, and where files are saved.
class PreferencesDialog : public QDialog
{
    Q_OBJECT
public:
    PreferencesDialog(Settings* settings, Languages* languages, QWidget* parent = nullptr);

    // Stores and applies the choices (what OK does).
    void apply();
    bool keychainOffered() const;
    QString keychainNote() const;

signals:
    void keychainChecked();

private:
    Settings* m_settings;
    Languages* m_languages;
    QComboBox* m_language;
    QComboBox* m_theme;
    QComboBox* m_profile;
    QCheckBox* m_keychain;
    QLabel* m_keychainNote;
    QComboBox* m_logLevel;
    QLineEdit* m_folder;
    QDialogButtonBox* m_buttons;
};
