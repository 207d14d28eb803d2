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
class QTabWidget;
class StaffTab;

// Administration (fx_admin): staff, retention periods, external processors and policies.
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

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();

    QLabel* m_heading;
    MessageBanner* m_banner;
    QTabWidget* m_tabs;
    StaffTab* m_staff;
    PoliciesTab* m_policies;
    RetentionTab* m_retention;
    ProcessorsTab* m_processors;
};
