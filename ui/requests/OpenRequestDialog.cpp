// SPDX-License-Identifier: GPL-3.0-or-later
#include "OpenRequestDialog.h"

#include "RequestQueueModel.h"
#include "core/TimeFormat.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

OpenRequestDialog::OpenRequestDialog(const QString& learner, const QString& ticket, QWidget* parent)
    : QDialog(parent)
    , m_kind(new QComboBox(this))
    , m_identity(new QPlainTextEdit(this))
    , m_received(new QDateEdit(QDate::currentDate(), this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("openRequestDialog"));
    setWindowTitle(tr("Open a request"));
    m_kind->setObjectName(QStringLiteral("kindComboBox"));
    m_identity->setObjectName(QStringLiteral("identityEdit"));
    m_received->setObjectName(QStringLiteral("receivedDateEdit"));
    for (const QString& kind : RequestStore::kinds())
        m_kind->addItem(RequestQueueModel::kindText(kind), kind);
    m_identity->setPlaceholderText(tr("For example: replied from the account's email address; ID card checked"));
    m_identity->setTabChangesFocus(true);
    m_identity->setMaximumHeight(80);
    m_received->setCalendarPopup(true);
    m_received->setLocale(TimeFormat::locale());
    m_received->setDisplayFormat(TimeFormat::dateEditFormat());
    m_received->setMaximumDate(QDate::currentDate());
    m_received->setMinimumDate(QDate::currentDate().addYears(-1));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Open request"));

    auto* form = new QFormLayout;
    form->addRow(tr("Learner:"), new QLabel(learner, this));
    form->addRow(tr("Ticket:"), new QLabel(ticket, this));
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("&Identity verified by:"), m_identity);
    form->addRow(tr("&Received on:"), m_received);
    auto* hint = new QLabel(tr("The deadline is one month from the day received; the database computes it."), this);
    hint->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(hint);
    layout->addWidget(m_buttons);

    const auto update = [this] {
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_identity->toPlainText().trimmed().size() >= 5);
    };
    connect(m_identity, &QPlainTextEdit::textChanged, this, update);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    update();
}

QString OpenRequestDialog::kind() const
{
    return m_kind->currentData().toString();
}

QString OpenRequestDialog::identityCheck() const
{
    return m_identity->toPlainText().trimmed();
}

QDate OpenRequestDialog::receivedOn() const
{
    return m_received->date();
}
