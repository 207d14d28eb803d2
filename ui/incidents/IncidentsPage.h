// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "db/SessionInfo.h"
#include "incidents/IncidentStore.h"

#include <QWidget>

class DbSession;
class IncidentListModel;
class IncidentView;
class MessageBanner;
class QLabel;
class QPushButton;
class QTableView;

// Personal-data breaches (DPO and admin): the list by the 72-hour clock, one incident in detail,
// opening incidents from the checklist templates, and the breach register.
class IncidentsPage : public QWidget
{
    Q_OBJECT
public:
    IncidentsPage(DbSession* session, QWidget* parent = nullptr);

    void setSession(const SessionInfo& info);
    void refresh();
    bool selectIncident(qint64 incidentId);
    IncidentView* view() const { return m_view; }
    IncidentListModel* model() const { return m_model; }
    QString message() const;

    // The actions behind the buttons, without their dialogs.
    void openIncident(const IncidentOpening& opening);
    void saveRegister(const QString& path);

signals:
    void refreshed();
    void registerSaved(bool ok);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void onSelectionChanged();
    void askOpen();
    void askRegister();

    DbSession* m_session;
    SessionInfo m_info;
    QLabel* m_heading;
    MessageBanner* m_banner;
    QPushButton* m_open;
    QPushButton* m_register;
    QPushButton* m_refresh;
    QTableView* m_table;
    IncidentListModel* m_model;
    IncidentView* m_view;
    qint64 m_chosenId = 0;
    qint64 m_pendingSelection = 0;
};
