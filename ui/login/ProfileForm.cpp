// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProfileForm.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>

ProfileForm::ProfileForm(QWidget* parent)
    : QWidget(parent)
    , m_layout(new QFormLayout(this))
    , m_name(new QLineEdit(this))
    , m_host(new QLineEdit(this))
    , m_port(new QSpinBox(this))
    , m_database(new QLineEdit(this))
    , m_user(new QLineEdit(this))
    , m_sslMode(new QComboBox(this))
    , m_sslRootCert(new QLineEdit(this))
    , m_tlsHint(new QLabel(this))
{
    m_name->setObjectName(QStringLiteral("nameLineEdit"));
    m_host->setObjectName(QStringLiteral("hostLineEdit"));
    m_port->setObjectName(QStringLiteral("portSpinBox"));
    m_database->setObjectName(QStringLiteral("databaseLineEdit"));
    m_user->setObjectName(QStringLiteral("userLineEdit"));
    m_sslMode->setObjectName(QStringLiteral("sslModeComboBox"));
    m_sslRootCert->setObjectName(QStringLiteral("sslRootCertLineEdit"));
    m_tlsHint->setObjectName(QStringLiteral("tlsHintLabel"));
    for (QLineEdit* edit : {m_name, m_host, m_database, m_user, m_sslRootCert})
        edit->setMaxLength(512);
    m_port->setRange(1, 65535);
    m_port->setValue(5432);
    m_sslMode->addItem(QString(), QString()); // automatic
    for (const QString& mode : ConnectionProfile::sslModes())
        m_sslMode->addItem(mode, mode);
    m_tlsHint->setWordWrap(true);
    m_layout->setContentsMargins(0, 0, 0, 0);
    for (QWidget* field :
         std::initializer_list<QWidget*>{m_name, m_host, m_port, m_database, m_user, m_sslMode, m_sslRootCert}) {
        auto* label = new QLabel(this);
        label->setBuddy(field);
        m_layout->addRow(label, field);
    }
    m_layout->addRow(m_tlsHint);
    connect(m_sslMode, &QComboBox::currentIndexChanged, this, &ProfileForm::updateTlsHint);
    connect(m_host, &QLineEdit::textChanged, this, &ProfileForm::updateTlsHint);
    retranslateUi();
}

void ProfileForm::setProfile(const ConnectionProfile& profile)
{
    m_profile = profile;
    m_name->setText(profile.name);
    m_host->setText(profile.host);
    m_port->setValue(profile.port > 0 ? profile.port : 5432);
    m_database->setText(profile.database);
    m_user->setText(profile.user);
    m_sslMode->setCurrentIndex(std::max(0, m_sslMode->findData(profile.sslMode)));
    m_sslRootCert->setText(profile.sslRootCert);
    for (QWidget* w :
         std::initializer_list<QWidget*>{m_name, m_host, m_port, m_database, m_user, m_sslMode, m_sslRootCert})
        w->setEnabled(!profile.isDemo());
    updateTlsHint();
}

ConnectionProfile ProfileForm::profile() const
{
    if (m_profile.isDemo())
        return m_profile;
    ConnectionProfile p = m_profile;
    p.name = m_name->text().trimmed();
    p.host = m_host->text().trimmed();
    p.port = m_port->value();
    p.database = m_database->text().trimmed();
    p.user = m_user->text().trimmed();
    p.sslMode = m_sslMode->currentData().toString();
    p.sslRootCert = m_sslRootCert->text().trimmed();
    return p;
}

void ProfileForm::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void ProfileForm::retranslateUi()
{
    const QStringList labels{tr("Profile name:"), tr("Host:"),     tr("Port:"),           tr("Database:"),
                             tr("User:"),         tr("TLS mode:"), tr("CA certificate:"), QString()};
    for (int row = 0; row < labels.size(); ++row) {
        if (auto* label = qobject_cast<QLabel*>(m_layout->itemAt(row, QFormLayout::LabelRole)
                                                    ? m_layout->itemAt(row, QFormLayout::LabelRole)->widget()
                                                    : nullptr))
            label->setText(labels.at(row));
    }
    m_sslMode->setItemText(0, tr("automatic"));
    m_host->setPlaceholderText(tr("db.example.org"));
    m_sslRootCert->setPlaceholderText(tr("CA file for verify-full (optional)"));
    updateTlsHint();
}

void ProfileForm::updateTlsHint()
{
    const ConnectionProfile p = profile();
    const QString mode = p.effectiveSslMode();
    if (p.isDemo())
        m_tlsHint->setText(tr("The demo database runs on this computer and is reached through a local socket."));
    else if (mode == QLatin1String("verify-full"))
        m_tlsHint->setText(tr("Encrypted, and the server's certificate and host name are verified."));
    else if (mode == QLatin1String("disable") || mode == QLatin1String("allow") || mode == QLatin1String("prefer"))
        m_tlsHint->setText(tr("Warning: the connection may be unencrypted. Use this only on this computer or a "
                              "trusted network."));
    else
        m_tlsHint->setText(tr("Encrypted, but the server's identity is not fully verified."));
}
