// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "db/SessionInfo.h"

#include <QWidget>

class QLabel;

// The landing page: who is signed in, where, and what this role does in the console.
class OverviewPage : public QWidget
{
    Q_OBJECT
public:
    explicit OverviewPage(QWidget* parent = nullptr);

    void setSession(const SessionInfo& info);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();

    SessionInfo m_info;
    QLabel* m_heading;
    QLabel* m_details;
    QLabel* m_duties;
};
