// SPDX-License-Identifier: GPL-3.0-or-later
#include "LoginDialog.h"

#include "ProfileForm.h"
#include "common/MessageBanner.h"
#include "core/PasswordVault.h"
#include "core/SecretMemory.h"
#include "core/Settings.h"
#include "db/DbSession.h"
#include "db/DemoDatabase.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

#include <spdlog/spdlog.h>

LoginDialog::LoginDialog(DbSession* session, Settings* settings, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_settings(settings)
    , m_title(new QLabel(this))
    , m_profileLabel(new QLabel(this))
    , m_profileCombo(new QComboBox(this))
    , m_form(new ProfileForm(this))
    , m_passwordLabel(new QLabel(this))
    , m_password(new QLineEdit(this))
    , m_save(new QPushButton(this))
    , m_delete(new QPushButton(this))
    , m_banner(new MessageBanner(this))
    , m_progressLabel(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_buttons(new QDialogButtonBox(this))
    , m_connect(new QPushButton(this))
{
    setObjectName(QStringLiteral("loginDialog"));
    m_profileCombo->setObjectName(QStringLiteral("profileComboBox"));
    m_password->setObjectName(QStringLiteral("passwordLineEdit"));
    m_save->setObjectName(QStringLiteral("saveProfileButton"));
    m_delete->setObjectName(QStringLiteral("deleteProfileButton"));
    m_progress->setObjectName(QStringLiteral("connectProgressBar"));
    m_connect->setObjectName(QStringLiteral("connectButton"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setMaxLength(1024);
    m_progress->setRange(0, 0);
    m_progress->setMaximumHeight(8);
    m_progress->setTextVisible(false);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_connect->setDefault(true);
    m_buttons->addButton(m_connect, QDialogButtonBox::AcceptRole);
    m_buttons->addButton(QDialogButtonBox::Cancel);

    auto* profileRow = new QFormLayout;
    profileRow->addRow(m_profileLabel, m_profileCombo);
    auto* passwordRow = new QFormLayout;
    passwordRow->addRow(m_passwordLabel, m_password);
    auto* profileButtons = new QHBoxLayout;
    profileButtons->addStretch();
    profileButtons->addWidget(m_save);
    profileButtons->addWidget(m_delete);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addLayout(profileRow);
    layout->addWidget(m_form);
    layout->addLayout(passwordRow);
    layout->addLayout(profileButtons);
    layout->addWidget(m_banner);
    layout->addWidget(m_progressLabel);
    layout->addWidget(m_progress);
    layout->addStretch();
    layout->addWidget(m_buttons);

    connect(m_profileCombo, &QComboBox::currentIndexChanged, this, &LoginDialog::onProfileChosen);
    connect(m_connect, &QPushButton::clicked, this, &LoginDialog::connectToServer);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &LoginDialog::reject);
    connect(m_save, &QPushButton::clicked, this, &LoginDialog::saveProfile);
    connect(m_delete, &QPushButton::clicked, this, &LoginDialog::deleteProfile);
    connect(m_session, &DbSession::opened, this, [this] {
        // Remembered only after it worked, and only when the user chose the keychain.
        if (!m_pendingAccount.isEmpty())
            PasswordVault::store(m_pendingAccount, m_pendingPassword);
        forgetPending();
        setBusy(false);
        accept();
    });
    connect(m_session, &DbSession::failed, this, [this](const ConnectError& error) {
        forgetPending();
        showError(error);
    });

    retranslateUi();
    const QString preferred = m_settings->value(Settings::Key::DefaultProfile).toString();
    reloadProfiles(preferred.isEmpty() ? m_settings->value(Settings::Key::LastProfile).toString() : preferred);
    setBusy(false);
    resize(520, sizeHint().height());
}

void LoginDialog::reloadProfiles(const QString& select)
{
    m_profiles.clear();
    for (const QString& role : DemoDatabase::roles()) {
        QString ignored;
        if (const auto demo = DemoDatabase::profile(role, &ignored))
            m_profiles.append(*demo);
    }
    m_profiles.append(m_settings->profiles());
    const QSignalBlocker blocker(m_profileCombo);
    m_profileCombo->clear();
    for (const ConnectionProfile& p : m_profiles)
        m_profileCombo->addItem(p.isDemo() ? tr("Demo database: %1").arg(p.demoRole) : p.name);
    m_profileCombo->addItem(tr("New connection…"));
    int index = 0;
    for (int i = 0; i < m_profiles.size(); ++i) {
        if (m_profiles.at(i).name == select)
            index = i;
    }
    m_profileCombo->setCurrentIndex(m_profiles.isEmpty() ? 0 : index);
    onProfileChosen();
}

bool LoginDialog::selectProfile(const QString& name)
{
    for (int i = 0; i < m_profiles.size(); ++i) {
        if (m_profiles.at(i).name == name || m_profiles.at(i).demoRole == name) {
            m_profileCombo->setCurrentIndex(i);
            return true;
        }
    }
    return false;
}

void LoginDialog::onProfileChosen()
{
    const int index = m_profileCombo->currentIndex();
    const bool isNew = index < 0 || index >= m_profiles.size();
    ConnectionProfile profile = isNew ? ConnectionProfile() : m_profiles.at(index);
    m_form->setProfile(profile);
    const bool demo = profile.isDemo();
    m_password->setVisible(!demo);
    m_passwordLabel->setVisible(!demo);
    m_password->clear();
    if (!demo && !isNew && m_settings->useKeychain())
        PasswordVault::read(this, keychainAccount(profile), [this, index](const QString& password) {
            if (m_profileCombo->currentIndex() == index && m_password->text().isEmpty())
                m_password->setText(password);
        });
    m_save->setVisible(!demo);
    m_delete->setVisible(!demo && !isNew);
    m_banner->clear();
}

void LoginDialog::saveProfile()
{
    const ConnectionProfile profile = m_form->profile();
    if (profile.name.isEmpty()) {
        m_banner->showMessage(MessageBanner::Kind::Warning, tr("Give the profile a name before saving it."));
        return;
    }
    QList<ConnectionProfile> saved = m_settings->profiles();
    bool replaced = false;
    for (ConnectionProfile& p : saved) {
        if (p.name == profile.name) {
            p = profile;
            replaced = true;
        }
    }
    if (!replaced)
        saved.append(profile);
    m_settings->setProfiles(saved);
    reloadProfiles(profile.name);
    m_banner->showMessage(MessageBanner::Kind::Information,
                          tr("Saved the profile \"%1\". The password is not saved.").arg(profile.name));
}

void LoginDialog::deleteProfile()
{
    const QString name = m_form->profile().name;
    QList<ConnectionProfile> saved = m_settings->profiles();
    saved.removeIf([&name](const ConnectionProfile& p) { return p.name == name; });
    m_settings->setProfiles(saved);
    reloadProfiles();
}

void LoginDialog::connectToServer()
{
    const ConnectionProfile profile = m_form->profile();
    QString password = m_password->text();
    if (profile.isDemo()) {
        QString error;
        if (!DemoDatabase::password(profile.demoRole, &password, &error)) {
            m_banner->showMessage(MessageBanner::Kind::Error, error);
            return;
        }
    }
    m_banner->clear();
    setBusy(true);
    m_progressLabel->setText(
        tr("Connecting to %1…").arg(profile.isDemo() ? tr("the demo database") : profile.displayServer()));
    m_settings->setValue(Settings::Key::LastProfile, profile.name);
    spdlog::info("connecting (demo: {})", profile.isDemo());
    if (!profile.isDemo() && m_settings->useKeychain()) {
        m_pendingAccount = keychainAccount(profile);
        m_pendingPassword = password;
    }
    m_session->open(profile, password);
    SecretMemory::scrub(password);
    m_password->clear();
}

QString LoginDialog::keychainAccount(const ConnectionProfile& profile)
{
    return QStringLiteral("%1@%2:%3/%4").arg(profile.user, profile.host).arg(profile.port).arg(profile.database);
}

void LoginDialog::forgetPending()
{
    SecretMemory::scrub(m_pendingPassword);
    m_pendingAccount.clear();
}

void LoginDialog::showError(const ConnectError& error)
{
    setBusy(false);
    m_banner->showMessage(MessageBanner::Kind::Error, error.message);
}

void LoginDialog::reject()
{
    if (m_session->isConnecting()) {
        m_session->cancel();
        setBusy(false);
        m_banner->showMessage(MessageBanner::Kind::Information, tr("The connection attempt was cancelled."));
        return;
    }
    QDialog::reject();
}

void LoginDialog::setBusy(bool busy)
{
    m_progress->setVisible(busy);
    m_progressLabel->setVisible(busy);
    m_connect->setEnabled(!busy);
    m_form->setEnabled(!busy);
    m_profileCombo->setEnabled(!busy);
    m_password->setEnabled(!busy);
}

void LoginDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void LoginDialog::retranslateUi()
{
    setWindowTitle(tr("Sign in — Fluxariont Privacy Console"));
    m_title->setText(tr("Sign in to the Fluxariont Privacy Console"));
    m_profileLabel->setText(tr("Connection:"));
    m_passwordLabel->setText(tr("Password:"));
    m_password->setAccessibleName(tr("Password"));
    m_save->setText(tr("Save profile"));
    m_delete->setText(tr("Delete profile"));
    m_connect->setText(tr("Connect"));
    if (m_profileCombo->count() > 0)
        m_profileCombo->setItemText(m_profileCombo->count() - 1, tr("New connection…"));
    for (int i = 0; i < m_profiles.size() && i < m_profileCombo->count(); ++i) {
        if (m_profiles.at(i).isDemo())
            m_profileCombo->setItemText(i, tr("Demo database: %1").arg(m_profiles.at(i).demoRole));
    }
}
