// SPDX-License-Identifier: GPL-3.0-or-later
#include "TriageTab.h"

#include "incidents/IncidentTexts.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>

namespace {
const QStringList risks{QString(), QStringLiteral("none"), QStringLiteral("risk"), QStringLiteral("high_risk")};
const QStringList exceptions{QString(), QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")};
} // namespace

TriageTab::TriageTab(QWidget* parent)
    : QWidget(parent)
    , m_riskLabel(new QLabel(this))
    , m_risk(new QComboBox(this))
    , m_reasoningLabel(new QLabel(this))
    , m_reasoning(new QPlainTextEdit(this))
    , m_exceptionLabel(new QLabel(this))
    , m_exception(new QComboBox(this))
    , m_exceptionReasoningLabel(new QLabel(this))
    , m_exceptionReasoning(new QPlainTextEdit(this))
    , m_consequence(new QLabel(this))
    , m_save(new QPushButton(this))
{
    m_risk->setObjectName(QStringLiteral("riskCombo"));
    m_save->setObjectName(QStringLiteral("saveTriageButton"));
    for (int i = 0; i < risks.size(); ++i)
        m_risk->addItem(QString(), risks.at(i));
    for (int i = 0; i < exceptions.size(); ++i)
        m_exception->addItem(QString(), exceptions.at(i));
    m_reasoning->setTabChangesFocus(true);
    m_exceptionReasoning->setTabChangesFocus(true);
    m_reasoning->setMaximumHeight(110);
    m_exceptionReasoning->setMaximumHeight(80);
    m_consequence->setWordWrap(true);
    m_riskLabel->setBuddy(m_risk);
    m_reasoningLabel->setBuddy(m_reasoning);
    m_exceptionLabel->setBuddy(m_exception);
    m_exceptionReasoningLabel->setBuddy(m_exceptionReasoning);
    auto* form = new QFormLayout(this);
    form->addRow(m_riskLabel, m_risk);
    form->addRow(m_reasoningLabel, m_reasoning);
    form->addRow(m_exceptionLabel, m_exception);
    form->addRow(m_exceptionReasoningLabel, m_exceptionReasoning);
    form->addRow(m_consequence);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_save);
    form->addRow(buttons);
    connect(m_risk, &QComboBox::currentIndexChanged, this, &TriageTab::updateState);
    connect(m_exception, &QComboBox::currentIndexChanged, this, &TriageTab::updateState);
    connect(m_save, &QPushButton::clicked, this, [this] {
        save(m_risk->currentData().toString(), m_reasoning->toPlainText(), m_exception->currentData().toString(),
             m_exceptionReasoning->toPlainText());
    });
    retranslateUi();
}

void TriageTab::showIncident(const Incident& incident)
{
    m_incident = incident;
    m_risk->setCurrentIndex(int(risks.indexOf(incident.risk)));
    m_reasoning->setPlainText(incident.riskReasoning);
    m_exception->setCurrentIndex(int(exceptions.indexOf(incident.subjectException)));
    m_exceptionReasoning->setPlainText(incident.exceptionReasoning);
    const bool open = incident.isOpen();
    for (QWidget* w : std::initializer_list<QWidget*>{m_risk, m_reasoning, m_exception, m_exceptionReasoning, m_save})
        w->setEnabled(open);
    updateState();
}

void TriageTab::save(const QString& risk, const QString& reasoning, const QString& exception,
                     const QString& exceptionReasoning)
{
    const qint64 id = m_incident.id;
    emit change([=](IncidentStore& store,
                    QString* error) { return store.triage(id, risk, reasoning, exception, exceptionReasoning, error); },
                tr("Risk assessment recorded."));
}

void TriageTab::updateState()
{
    const QString risk = m_risk->currentData().toString();
    const bool high = risk == QLatin1String("high_risk");
    m_exception->setEnabled(high && m_risk->isEnabled());
    m_exceptionReasoning->setEnabled(high && !m_exception->currentData().toString().isEmpty() && m_risk->isEnabled());
    QString text;
    if (risk.isEmpty())
        text = tr("Until the risk is assessed, plan to notify the authority within the 72 hours.");
    else if (risk == QLatin1String("none"))
        text = tr("No notification is required. The incident and this reasoning go into the breach register.");
    else if (!high)
        text = tr("The supervisory authority must be notified (Art. 33).");
    else if (m_exception->currentData().toString().isEmpty())
        text = tr("The supervisory authority must be notified (Art. 33), and the people concerned told without undue "
                  "delay (Art. 34).");
    else if (m_exception->currentData().toString() == QLatin1String("c"))
        text = tr("The supervisory authority must be notified (Art. 33); a public communication replaces telling each "
                  "person (Art. 34(3)(c)).");
    else
        text = tr("The supervisory authority must be notified (Art. 33); the people concerned need not be told "
                  "(Art. 34(3)).");
    m_consequence->setText(text);
}

void TriageTab::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void TriageTab::retranslateUi()
{
    m_exception->setWhatsThis(tr("Art. 34(3) GDPR: the people need not be told when the data was unintelligible to "
                                 "others (a), later measures removed the high risk (b), or telling each would take "
                                 "disproportionate effort, in which case a public communication is required (c)."));
    for (int i = 0; i < risks.size(); ++i)
        m_risk->setItemText(i, IncidentTexts::risk(risks.at(i)));
    for (int i = 0; i < exceptions.size(); ++i)
        m_exception->setItemText(i, IncidentTexts::exception(exceptions.at(i)));
    m_riskLabel->setText(tr("&Risk to the people:"));
    m_reasoningLabel->setText(tr("R&easoning:"));
    m_exceptionLabel->setText(tr("Art. 34(3) e&xception:"));
    m_exceptionReasoningLabel->setText(tr("Why it &applies:"));
    m_reasoning->setPlaceholderText(tr("Which data, whose, how likely and how severe the harm is (at least 10 "
                                       "characters)"));
    m_save->setText(tr("&Save assessment"));
    updateState();
}
