// SPDX-License-Identifier: GPL-3.0-or-later
#include "AddStaffDialog.h"

#include "db/SessionInfo.h"
#include "db/StaffPassword.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>

AddStaffDialog::AddStaffDialog(QWidget* parent)
    : QDialog(parent)
    , m_login(new QLineEdit(this))
    , m_name(new QLineEdit(this))
    , m_role(new QComboBox(this))
    , m_generate(new QCheckBox(tr("&Generate a strong password and show it once"), this))
    , m_password(new QLineEdit(this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Add staff member"));
    m_login->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[a-z][a-z0-9_.-]{0,62}")), m_login));
    m_name->setMaxLength(200);
    m_role->addItem(SessionInfo::roleTitle(StaffRole::Support), QStringLiteral("support"));
    m_role->addItem(SessionInfo::roleTitle(StaffRole::Dpo), QStringLiteral("dpo"));
    m_role->addItem(SessionInfo::roleTitle(StaffRole::Admin), QStringLiteral("admin"));
    m_generate->setChecked(true);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setAccessibleName(tr("Password"));
    m_problem->setWordWrap(true);
    auto* form = new QFormLayout(this);
    const auto row = [&](const QString& text, QWidget* field) {
        auto* label = new QLabel(text, this);
        label->setBuddy(field);
        form->addRow(label, field);
    };
    row(tr("&Login:"), m_login);
    row(tr("&Name:"), m_name);
    row(tr("&Role:"), m_role);
    form->addRow(m_generate);
    row(tr("&Password:"), m_password);
    form->addRow(m_problem);
    form->addRow(m_buttons);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Add"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_login, &QLineEdit::textChanged, this, &AddStaffDialog::updateState);
    connect(m_password, &QLineEdit::textChanged, this, &AddStaffDialog::updateState);
    connect(m_generate, &QCheckBox::toggled, this, &AddStaffDialog::updateState);
    updateState();
}

QString AddStaffDialog::login() const
{
    return m_login->text();
}

QString AddStaffDialog::displayName() const
{
    return m_name->text().trimmed();
}

QString AddStaffDialog::role() const
{
    return m_role->currentData().toString();
}

QString AddStaffDialog::password() const
{
    return m_generate->isChecked() ? QString() : m_password->text();
}

void AddStaffDialog::updateState()
{
    m_password->setEnabled(!m_generate->isChecked());
    QString problem;
    if (m_login->text().size() < 2)
        problem = tr("The login needs 2 to 63 lower-case letters, digits, dot, dash or underscore.");
    else if (!m_generate->isChecked())
        StaffPassword::acceptable(m_login->text(), m_password->text(), &problem);
    m_problem->setText(problem);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}
