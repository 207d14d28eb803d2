// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "IncidentChange.h"
#include "incidents/Incident.h"

#include <QElapsedTimer>
#include <QWidget>

class ChecklistTab;
class ContentTab;
class DbSession;
class FinderTab;
class MessageBanner;
class QLabel;
class QPushButton;
class QTabWidget;
class QTableWidget;
class TriageTab;

// One incident: its 72-hour clock, the checklist, the triage, the Art. 33(3) content and notices,
// the affected-people finder and the timeline; drafts and closing.
class IncidentView : public QWidget
{
    Q_OBJECT
public:
    IncidentView(DbSession* session, QWidget* parent = nullptr);

    void setMayExportPeople(bool mayExport);
    void load(qint64 incidentId);
    void clear();
    const Incident& incident() const { return m_incident; }
    ChecklistTab* checklist() const { return m_checklist; }
    TriageTab* triage() const { return m_triage; }
    ContentTab* content() const { return m_content; }
    FinderTab* finder() const { return m_finder; }
    QString message() const;

    // The actions behind the buttons, without their dialogs.
    void apply(const IncidentChange& change, const QString& done);
    bool saveDraft(const QString& kind, const QString& language, const QString& path, QString* error) const;
    void closeIncident(const QString& summary);

signals:
    void loaded();
    void changed(qint64 incidentId);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void showIncident(const Incident& incident, const QString& message = QString(), bool ok = true);
    void showClock();
    void showTimeline();
    QString eventText(const Incident::Event& event) const;
    void askDraft(const QString& kind, const QString& language);
    void askClose();

    DbSession* m_session;
    QLabel* m_title;
    QLabel* m_times;
    QLabel* m_clock;
    MessageBanner* m_banner;
    QPushButton* m_authorityDraft;
    QPushButton* m_subjectsDraft;
    QPushButton* m_close;
    QTabWidget* m_tabs;
    ChecklistTab* m_checklist;
    TriageTab* m_triage;
    ContentTab* m_content;
    FinderTab* m_finder;
    QTableWidget* m_timeline;
    Incident m_incident;
    QElapsedTimer m_fetched;
};
