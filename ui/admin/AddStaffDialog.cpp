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
#include <QRegularExpression>

namespace {

const QRegularExpression& loginPattern()
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z][a-z0-9_.-]{1,62}$"));
    return pattern;
}

} // namespace

AddStaffDialog::AddStaffDialog(QWidget* parent)
    : QDialog(parent)
    , m_login(new QLineEdit(this))
    , m_name(new QLineEdit(this))
    , m_role(new QComboBox(this))
    , m_generate(new QCheckBox(tr("&Generate a strong password and show it once"), this))
    , m_password(new QLineEdit(this))
    , m_problem(new QLabel(this))
    , m_useSuggestion(new QPushButton(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Add staff member"));
    // No validator: it would drop characters unseen. What does not fit is refused with a reason
    // and the allowed form is offered.
    m_login->setObjectName(QStringLiteral("loginLineEdit"));
    m_login->setMaxLength(63);
    m_problem->setObjectName(QStringLiteral("loginProblemLabel"));
    m_problem->setTextFormat(Qt::PlainText);
    m_useSuggestion->setObjectName(QStringLiteral("useSuggestedLoginButton"));
    m_useSuggestion->hide();
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
    form->addRow(QString(), m_useSuggestion);
    form->addRow(m_buttons);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Add"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_login, &QLineEdit::textChanged, this, &AddStaffDialog::updateState);
    connect(m_password, &QLineEdit::textChanged, this, &AddStaffDialog::updateState);
    connect(m_generate, &QCheckBox::toggled, this, &AddStaffDialog::updateState);
    connect(m_useSuggestion, &QPushButton::clicked, m_login,
            [this] { m_login->setText(suggestedLogin(m_login->text())); });
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

QString AddStaffDialog::suggestedLogin(const QString& typed)
{
    QString folded = typed.trimmed().toLower();
    folded.replace(QChar(0x00DF), QLatin1String("ss"));
    folded = folded.normalized(QString::NormalizationForm_KD);
    QString login;
    for (const QChar c : std::as_const(folded)) {
        if (c.isMark())
            continue; // the accent of a decomposed letter
        if (c.isSpace())
            login += QLatin1Char('.');
        else if ((c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('0') && c <= QLatin1Char('9')) ||
                 c == QLatin1Char('_') || c == QLatin1Char('.') || c == QLatin1Char('-'))
            login += c;
    }
    login.replace(QRegularExpression(QStringLiteral("\\.{2,}")), QStringLiteral("."));
    while (!login.isEmpty() && !(login.at(0) >= QLatin1Char('a') && login.at(0) <= QLatin1Char('z')))
        login.remove(0, 1);
    login = login.left(63);
    return loginPattern().match(login).hasMatch() ? login : QString();
}

void AddStaffDialog::updateState()
{
    m_password->setEnabled(!m_generate->isChecked());
    QString problem;
    const QString typed = m_login->text();
    const bool fits = loginPattern().match(typed).hasMatch();
    const QString suggestion = fits || typed.isEmpty() ? QString() : suggestedLogin(typed);
    m_useSuggestion->setVisible(!suggestion.isEmpty() && suggestion != typed);
    m_useSuggestion->setText(tr("Use \"%1\"").arg(suggestion));
    if (!fits && !suggestion.isEmpty())
        problem = tr("A login has 2 to 63 lower-case letters, digits, dot, dash or underscore and starts with a "
                     "letter; \"%1\" does not fit. Use \"%2\" instead?")
                      .arg(typed, suggestion);
    else if (!fits)
        problem = tr("The login needs 2 to 63 lower-case letters, digits, dot, dash or underscore, starting with a "
                     "letter.");
    else if (!m_generate->isChecked())
        StaffPassword::acceptable(m_login->text(), m_password->text(), &problem);
    m_problem->setText(problem);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}
