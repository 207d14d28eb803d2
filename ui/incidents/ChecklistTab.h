// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "IncidentChange.h"
#include "incidents/Incident.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

// The incident's checklist by section: tick an item (with an optional note), see who ticked it
// when. Items the triage does not require are shown as such; mandatory ones say so in words.
class ChecklistTab : public QWidget
{
    Q_OBJECT
public:
    explicit ChecklistTab(QWidget* parent = nullptr);

    void showIncident(const Incident& incident);
    // Ticks or unticks an item (what a click on its box does).
    void setDone(qint64 itemId, bool done, const QString& note = QString());

signals:
    void change(const IncidentChange& change, const QString& done);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void onItemChanged(QTreeWidgetItem* item, int column);
    void addNote();

    QLabel* m_summary;
    QTreeWidget* m_tree;
    QPushButton* m_note;
    Incident m_incident;
    bool m_filling = false;
};
