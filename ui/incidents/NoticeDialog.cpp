// SPDX-License-Identifier: GPL-3.0-or-later
#include "NoticeDialog.h"

#include "incidents/IncidentTexts.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>

NoticeDialog::NoticeDialog(const Incident& incident, QWidget* parent)
    : QDialog(parent)
    , m_incident(incident)
    , m_kind(new QComboBox(this))
    , m_reference(new QLineEdit(this))
    , m_note(new QPlainTextEdit(this))
    , m_delayLabel(new QLabel(tr("Reasons for the &delay:"), this))
    , m_delay(new QPlainTextEdit(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Record notice sent"));
    QStringList kinds = incident.requiredNotices;
    for (const QString& k : {QStringLiteral("authority"), QStringLiteral("subjects"), QStringLiteral("public")})
        if (!kinds.contains(k))
            kinds << k;
    for (const QString& k : kinds)
        m_kind->addItem(IncidentTexts::noticeKind(k), k);
    m_note->setTabChangesFocus(true);
    m_delay->setTabChangesFocus(true);
    m_note->setMaximumHeight(70);
    m_delay->setMaximumHeight(70);
    m_delayLabel->setBuddy(m_delay);
    auto* kindLabel = new QLabel(tr("Sent &to:"), this);
    kindLabel->setBuddy(m_kind);
    auto* referenceLabel = new QLabel(tr("&Reference:"), this);
    referenceLabel->setBuddy(m_reference);
    auto* noteLabel = new QLabel(tr("What this phase &adds:"), this);
    noteLabel->setBuddy(m_note);
    auto* explanation = new QLabel(tr("The time recorded is the server's, now. The content of Art. 33(3) is kept as "
                                      "it stands."),
                                   this);
    explanation->setWordWrap(true);
    auto* form = new QFormLayout(this);
    form->addRow(explanation);
    form->addRow(kindLabel, m_kind);
    form->addRow(referenceLabel, m_reference);
    form->addRow(noteLabel, m_note);
    form->addRow(m_delayLabel, m_delay);
    form->addRow(m_buttons);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Record"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &NoticeDialog::updateState);
    connect(m_delay, &QPlainTextEdit::textChanged, this, &NoticeDialog::updateState);
    updateState();
}

QString NoticeDialog::kind() const
{
    return m_kind->currentData().toString();
}

QString NoticeDialog::reference() const
{
    return m_reference->text().trimmed();
}

QString NoticeDialog::note() const
{
    return m_note->toPlainText().trimmed();
}

QString NoticeDialog::delayReasons() const
{
    return m_delay->isVisible() ? m_delay->toPlainText().trimmed() : QString();
}

void NoticeDialog::updateState()
{
    bool firstToAuthority = kind() == QLatin1String("authority");
    for (const Incident::Notice& n : m_incident.notices)
        firstToAuthority = firstToAuthority && n.kind != kind();
    const bool late = firstToAuthority && m_incident.secondsLeft < 0;
    m_delayLabel->setVisible(late);
    m_delay->setVisible(late);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!late || m_delay->toPlainText().trimmed().size() >= 10);
}
