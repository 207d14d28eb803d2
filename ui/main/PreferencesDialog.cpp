// SPDX-License-Identifier: GPL-3.0-or-later
#include "PreferencesDialog.h"

#include "common/Theme.h"
#include "core/Languages.h"
#include "core/Logging.h"
#include "core/PasswordVault.h"
#include "core/Settings.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

PreferencesDialog::PreferencesDialog(Settings* settings, Languages* languages, QWidget* parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_languages(languages)
    , m_language(new QComboBox(this))
    , m_theme(new QComboBox(this))
    , m_profile(new QComboBox(this))
    , m_keychain(new QCheckBox(tr("Remember passwords in the operating system's &keychain"), this))
    , m_keychainNote(new QLabel(this))
    , m_logLevel(new QComboBox(this))
    , m_folder(new QLineEdit(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("preferencesDialog"));
    setWindowTitle(tr("Preferences"));
    m_keychain->setObjectName(QStringLiteral("keychainCheckBox"));
    m_theme->setObjectName(QStringLiteral("themeCombo"));
    m_logLevel->setObjectName(QStringLiteral("logLevelCombo"));
    m_language->addItem(tr("Like the system"), QStringLiteral("system"));
    m_language->addItem(QStringLiteral("Deutsch"), QStringLiteral("de"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_theme->addItem(tr("Follow the system"), QStringLiteral("system"));
    m_theme->addItem(tr("Light"), QStringLiteral("light"));
    m_theme->addItem(tr("Dark"), QStringLiteral("dark"));
    m_profile->addItem(tr("The last one used"), QString());
    for (const ConnectionProfile& p : settings->profiles())
        m_profile->addItem(p.name, p.name);
    for (const char* level : {"error", "warn", "info", "debug"})
        m_logLevel->addItem(QString::fromLatin1(level), QString::fromLatin1(level));
    m_language->setCurrentIndex(std::max(0, m_language->findData(settings->language())));
    m_theme->setCurrentIndex(std::max(0, m_theme->findData(settings->theme())));
    m_profile->setCurrentIndex(std::max(0, m_profile->findData(settings->value(Settings::Key::DefaultProfile))));
    m_logLevel->setCurrentIndex(std::max(0, m_logLevel->findData(settings->logLevel())));
    m_folder->setText(settings->exportFolder());
    m_keychain->setChecked(settings->useKeychain());
    m_keychain->setWhatsThis(tr("When on, the password of a profile is kept by the operating system's keychain after "
                                "it signed in successfully, and filled in next time. The console's own settings never "
                                "hold a password."));
    m_keychain->setEnabled(false);
    m_keychainNote->setWordWrap(true);
    m_keychainNote->setText(tr("Checking for a keychain…"));

    auto* browse = new QPushButton(tr("&Browse…"), this);
    auto* folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(browse);
    auto* form = new QFormLayout(this);
    const auto row = [&](const QString& text, QWidget* field) {
        auto* label = new QLabel(text, this);
        label->setBuddy(field);
        form->addRow(label, field);
    };
    row(tr("&Language:"), m_language);
    row(tr("&Theme:"), m_theme);
    row(tr("Start with the &profile:"), m_profile);
    form->addRow(m_keychain);
    form->addRow(m_keychainNote);
    row(tr("Log &detail:"), m_logLevel);
    auto* folderLabel = new QLabel(tr("Save files &in:"), this);
    folderLabel->setBuddy(m_folder);
    form->addRow(folderLabel, folderRow);
    form->addRow(m_buttons);
    setTabOrder(m_folder, browse);
    setTabOrder(browse, m_buttons);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString folder = QFileDialog::getExistingDirectory(this, tr("Save files in"), m_folder->text());
        if (!folder.isEmpty())
            m_folder->setText(folder);
    });
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        apply();
        accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    PasswordVault::checkAvailable(this, [this](bool available, const QString& why) {
        m_keychain->setEnabled(available);
        if (!available)
            m_keychain->setChecked(false);
        m_keychainNote->setText(available ? tr("Off by default. A remembered password is kept by the operating "
                                               "system, never in the console's settings.")
                                          : why);
        emit keychainChecked();
    });
}

bool PreferencesDialog::keychainOffered() const
{
    return m_keychain->isEnabled();
}

QString PreferencesDialog::keychainNote() const
{
    return m_keychainNote->text();
}

void PreferencesDialog::apply()
{
    m_settings->setValue(Settings::Key::Theme, m_theme->currentData());
    m_settings->setValue(Settings::Key::DefaultProfile, m_profile->currentData());
    m_settings->setValue(Settings::Key::LogLevel, m_logLevel->currentData());
    m_settings->setValue(Settings::Key::ExportFolder, m_folder->text().trimmed());
    m_settings->setValue(Settings::Key::UseKeychain, m_keychain->isEnabled() && m_keychain->isChecked());
    m_settings->setValue(Settings::Key::Language, m_language->currentData());
    m_settings->sync();
    Theme::apply(m_theme->currentData().toString());
    Logging::setLevel(m_logLevel->currentData().toString());
    m_languages->apply(m_language->currentData().toString());
}
