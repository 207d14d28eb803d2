// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "db/SessionInfo.h"

#include <QWidget>

class DbSession;
class MessageBanner;
class PoliciesTab;
class ProcessorsTab;
class RetentionTab;
class QLabel;
class QPushButton;
class QTabWidget;
class StaffTab;

// Administration (fx_admin): staff, retention periods, external processors and policies, and the
// records of processing activities drawn from them and the data map.
class AdminPage : public QWidget
{
    Q_OBJECT
public:
    AdminPage(DbSession* session, QWidget* parent = nullptr);

    void setSession(const SessionInfo& info);
    StaffTab* staff() const { return m_staff; }
    PoliciesTab* policies() const { return m_policies; }
    RetentionTab* retention() const { return m_retention; }
    ProcessorsTab* processors() const { return m_processors; }
    void showStaffTab();
    void showRetentionTab();
    QString message() const;
    // The records of processing activities (Art. 30) into path, .pdf or .csv, in the console's language.
    void writeProcessingRecords(const QString& path);

signals:
    void processingRecordsWritten(bool ok);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void askProcessingRecords();

    DbSession* m_session;
    QLabel* m_heading;
    QPushButton* m_records;
    MessageBanner* m_banner;
    QTabWidget* m_tabs;
    StaffTab* m_staff;
    PoliciesTab* m_policies;
    RetentionTab* m_retention;
    ProcessorsTab* m_processors;
};
