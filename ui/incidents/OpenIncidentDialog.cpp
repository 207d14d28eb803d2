// SPDX-License-Identifier: GPL-3.0-or-later
#include "OpenIncidentDialog.h"

#include "core/TimeFormat.h"

#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>

OpenIncidentDialog::OpenIncidentDialog(QWidget* parent)
    : QDialog(parent)
    , m_title(new QLineEdit(this))
    , m_description(new QPlainTextEdit(this))
    , m_reportedBy(new QLineEdit(this))
    , m_detected(new QDateTimeEdit(QDateTime::currentDateTime(), this))
    , m_aware(new QDateTimeEdit(QDateTime::currentDateTime(), this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("openIncidentDialog"));
    setWindowTitle(tr("New incident"));
    m_title->setObjectName(QStringLiteral("incidentTitleEdit"));
    m_title->setMaxLength(200);
    m_reportedBy->setMaxLength(500);
    m_description->setTabChangesFocus(true);
    for (QDateTimeEdit* edit : {m_detected, m_aware}) {
        edit->setCalendarPopup(true);
        edit->setLocale(TimeFormat::locale());
        edit->setDisplayFormat(TimeFormat::editFormat());
        edit->setMaximumDateTime(QDateTime::currentDateTime().addSecs(60));
    }
    auto* explanation = new QLabel(tr("The authority must be notified within 72 hours of the moment the organisation "
                                      "became aware of the breach (Art. 33 GDPR). Times are in your time zone; the "
                                      "database keeps them in UTC."),
                                   this);
    explanation->setWordWrap(true);
    auto* form = new QFormLayout(this);
    form->addRow(explanation);
    const auto row = [&](const QString& text, QWidget* field) {
        auto* label = new QLabel(text, this);
        label->setBuddy(field);
        form->addRow(label, field);
    };
    row(tr("&Title:"), m_title);
    row(tr("&What happened:"), m_description);
    row(tr("&Reported by:"), m_reportedBy);
    row(tr("&Detected:"), m_detected);
    row(tr("Became &aware:"), m_aware);
    form->addRow(m_buttons);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Open incident"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_title, &QLineEdit::textChanged, this, &OpenIncidentDialog::updateButtons);
    updateButtons();
}

IncidentOpening OpenIncidentDialog::opening() const
{
    return {m_title->text().trimmed(), m_description->toPlainText().trimmed(), m_reportedBy->text().trimmed(),
            m_detected->dateTime(), m_aware->dateTime()};
}

void OpenIncidentDialog::updateButtons()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_title->text().trimmed().size() >= 3);
}
