// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "IncidentChange.h"
#include "incidents/Incident.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;

// Risk triage: none / risk / high risk with the reasoning, and for a high risk an Art. 34(3)
// exception with its reasons. Says which notices the decision requires.
class TriageTab : public QWidget
{
    Q_OBJECT
public:
    explicit TriageTab(QWidget* parent = nullptr);

    void showIncident(const Incident& incident);
    // Records the assessment (what Save does).
    void save(const QString& risk, const QString& reasoning, const QString& exception = QString(),
              const QString& exceptionReasoning = QString());

signals:
    void change(const IncidentChange& change, const QString& done);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void updateState();

    QLabel* m_riskLabel;
    QComboBox* m_risk;
    QLabel* m_reasoningLabel;
    QPlainTextEdit* m_reasoning;
    QLabel* m_exceptionLabel;
    QComboBox* m_exception;
    QLabel* m_exceptionReasoningLabel;
    QPlainTextEdit* m_exceptionReasoning;
    QLabel* m_consequence;
    QPushButton* m_save;
    Incident m_incident;
};
