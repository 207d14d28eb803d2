// SPDX-License-Identifier: GPL-3.0-or-later
#include "RectifyDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

RectifyDialog::RectifyDialog(const QStringList& nameParts, QWidget* parent)
    : QDialog(parent)
    , m_first(new QLineEdit(nameParts.value(0), this))
    , m_last(new QLineEdit(nameParts.value(1), this))
    , m_email(new QLineEdit(this))
    , m_parts(int(nameParts.size()))
{
    setObjectName(QStringLiteral("rectifyDialog"));
    setWindowTitle(tr("Rectify (Art. 16 GDPR)"));
    for (QLineEdit* edit : {m_first, m_last})
        edit->setMaxLength(100);
    m_email->setMaxLength(254);
    m_email->setPlaceholderText(tr("leave empty to keep the current address"));
    auto* explanation = new QLabel(tr("Correct what the learner reported as wrong. The log records which fields "
                                      "changed, not their old or new values."),
                                   this);
    explanation->setWordWrap(true);
    auto* form = new QFormLayout;
    if (nameParts.size() >= 2) {
        form->addRow(tr("&First name:"), m_first);
        form->addRow(tr("&Last name:"), m_last);
    } else if (nameParts.size() == 1) {
        form->addRow(tr("&Name:"), m_first);
        m_last->hide();
    } else {
        m_first->hide();
        m_last->hide();
    }
    form->addRow(tr("&Email:"), m_email);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(explanation);
    layout->addLayout(form);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(460, sizeHint().height());
}

QString RectifyDialog::firstName() const
{
    return m_parts < 1 ? QString() : m_first->text().trimmed();
}
QString RectifyDialog::lastName() const
{
    return m_parts < 2 ? QString() : m_last->text().trimmed();
}
QString RectifyDialog::email() const
{
    return m_email->text().trimmed();
}
