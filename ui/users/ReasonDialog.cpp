// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReasonDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

ReasonDialog::ReasonDialog(const QString& title, const QString& explanation, const QString& example, QWidget* parent)
    : QDialog(parent)
    , m_explanation(new QLabel(explanation, this))
    , m_reason(new QPlainTextEdit(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("reasonDialog"));
    setWindowTitle(title);
    m_reason->setObjectName(QStringLiteral("reasonTextEdit"));
    m_reason->setPlaceholderText(example.isEmpty() ? tr("Reason (5 to 500 characters)")
                                                   : tr("Reason (5 to 500 characters), for example %1").arg(example));
    m_reason->setTabChangesFocus(true);
    m_reason->setAccessibleName(tr("Reason"));
    m_reason->setAccessibleDescription(explanation);
    m_explanation->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_explanation);
    layout->addWidget(m_reason);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_reason, &QPlainTextEdit::textChanged, this, &ReasonDialog::updateButtons);
    updateButtons();
    resize(460, 220);
}

QString ReasonDialog::placeholder() const
{
    return m_reason->placeholderText();
}

QString ReasonDialog::reason() const
{
    return m_reason->toPlainText().trimmed();
}

void ReasonDialog::updateButtons()
{
    const qsizetype length = reason().size();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(length >= 5 && length <= 500);
}
