// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExtendDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

ExtendDialog::ExtendDialog(int monthsLeft, QWidget* parent)
    : QDialog(parent)
    , m_months(new QComboBox(this))
    , m_reason(new QPlainTextEdit(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("extendDialog"));
    setWindowTitle(tr("Extend the deadline"));
    m_months->setObjectName(QStringLiteral("monthsComboBox"));
    m_reason->setObjectName(QStringLiteral("reasonEdit"));
    for (int m = 1; m <= monthsLeft; ++m)
        m_months->addItem(tr("by %Ln month(s)", nullptr, m), m);
    m_months->setCurrentIndex(m_months->count() - 1);
    m_reason->setTabChangesFocus(true);
    m_reason->setMaximumHeight(90);
    m_reason->setPlaceholderText(tr("Why the request needs more time; the requester is told this reason."));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Extend"));
    auto* explanation = new QLabel(tr("A deadline can be extended by at most two further months in total, only "
                                      "while the first month runs, and the requester must be told why."),
                                   this);
    explanation->setWordWrap(true);
    auto* form = new QFormLayout;
    form->addRow(tr("&Extend:"), m_months);
    form->addRow(tr("&Reason:"), m_reason);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(explanation);
    layout->addLayout(form);
    layout->addWidget(m_buttons);
    const auto update = [this] {
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_reason->toPlainText().trimmed().size() >= 10);
    };
    connect(m_reason, &QPlainTextEdit::textChanged, this, update);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    update();
}

int ExtendDialog::months() const
{
    return m_months->currentData().toInt();
}

QString ExtendDialog::reason() const
{
    return m_reason->toPlainText().trimmed();
}
