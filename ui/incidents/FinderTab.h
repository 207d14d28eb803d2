// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "IncidentChange.h"
#include "incidents/FinderRecords.h"
#include "incidents/Incident.h"

#include <QWidget>

#include <optional>

class DbSession;
class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

// The affected-people finder: sign-ins in a time window and from an address range, enrolment in
// a course, payment references, data held by a processor. Counts people and data categories;
// attaches the criteria and the count to the incident. Only the DPO exports the list (logged).
class FinderTab : public QWidget
{
    Q_OBJECT
public:
    FinderTab(DbSession* session, QWidget* parent = nullptr);

    void setMayExport(bool mayExport);
    void showIncident(const Incident& incident);
    FinderCriteria criteria() const;
    // The actions behind the buttons, without their dialogs.
    void count();
    void attach();
    void exportList(qint64 findingId, const QString& path);
    QString result() const;

signals:
    void change(const IncidentChange& change, const QString& done);
    void counted();
    void message(bool ok, const QString& text);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void showFindings();
    void loadChoices();
    void offerChoices();
    void askExport();
    void showResult();
    QString describe(const FinderCriteria& criteria) const;

    DbSession* m_session;
    QCheckBox* m_window;
    QDateTimeEdit* m_from;
    QDateTimeEdit* m_to;
    QLabel* m_networkLabel;
    QLineEdit* m_network;
    QLabel* m_courseLabel;
    QComboBox* m_course;
    QCheckBox* m_payment;
    QLabel* m_processorLabel;
    QComboBox* m_processor;
    QPushButton* m_count;
    QPushButton* m_attach;
    QLabel* m_result;
    QTableWidget* m_findings;
    QPushButton* m_export;
    FinderIncident m_incident;
    bool m_hasIncident = false;
    std::optional<FinderCount> m_lastResult;
    bool m_mayExport = false;
    bool m_choicesLoaded = false;
    std::optional<FinderChoices> m_choices; // what the data map gives the finder to search, once known
};
