// SPDX-License-Identifier: GPL-3.0-or-later
#include "AdminPage.h"

#include "PoliciesTab.h"
#include "ProcessorsTab.h"
#include "RetentionTab.h"
#include "StaffTab.h"
#include "common/MessageBanner.h"

#include <QEvent>
#include <QLabel>
#include <QScrollArea>
#include <QTabBar>
#include <QTabWidget>
#include <QVBoxLayout>

AdminPage::AdminPage(DbSession* session, QWidget* parent)
    : QWidget(parent)
    , m_heading(new QLabel(this))
    , m_banner(new MessageBanner(this))
    , m_tabs(new QTabWidget(this))
    , m_staff(new StaffTab(session, m_banner, this))
    , m_policies(new PoliciesTab(session, m_banner, this))
    , m_retention(new RetentionTab(session, m_banner, this))
    , m_processors(new ProcessorsTab(session, m_banner, this))
{
    setObjectName(QStringLiteral("adminPage"));
    QFont font = m_heading->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.3);
    m_heading->setFont(font);
    auto* scroll = new QScrollArea(this);
    scroll->setWidget(m_policies);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setFocusPolicy(Qt::NoFocus); // the fields inside take the focus
    m_tabs->addTab(m_staff, QString());
    m_tabs->addTab(m_retention, QString());
    m_tabs->addTab(m_processors, QString());
    m_tabs->addTab(scroll, QString());
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_banner);
    layout->addWidget(m_tabs, 1);
    retranslateUi();
}

void AdminPage::setSession(const SessionInfo&)
{
    m_banner->clear();
    m_staff->refresh();
    m_retention->refresh();
    m_processors->refresh();
    m_policies->refresh();
}

QString AdminPage::message() const
{
    return m_banner->text();
}

void AdminPage::showStaffTab()
{
    m_tabs->setCurrentWidget(m_staff);
}

void AdminPage::showRetentionTab()
{
    m_tabs->setCurrentWidget(m_retention);
}

void AdminPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void AdminPage::retranslateUi()
{
    m_tabs->setAccessibleName(tr("Administration"));
    m_tabs->tabBar()->setAccessibleName(tr("Administration"));
    m_heading->setText(tr("Administration"));
    m_tabs->setTabText(0, tr("Staff"));
    m_tabs->setTabText(1, tr("Retention"));
    m_tabs->setTabText(2, tr("Processors"));
    m_tabs->setTabText(3, tr("Policies"));
}
