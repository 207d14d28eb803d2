// SPDX-License-Identifier: GPL-3.0-or-later
#include "OverviewPage.h"

#include <QEvent>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

OverviewPage::OverviewPage(QWidget* parent)
    : QWidget(parent)
    , m_heading(new QLabel(this))
    , m_details(new QLabel(this))
    , m_duties(new QLabel(this))
{
    setObjectName(QStringLiteral("overviewPage"));
    m_heading->setObjectName(QStringLiteral("headingLabel"));
    m_details->setObjectName(QStringLiteral("detailsLabel"));
    m_duties->setObjectName(QStringLiteral("dutiesLabel"));
    QFont font = m_heading->font();
    font.setPointSizeF(font.pointSizeF() * 1.5);
    font.setBold(true);
    m_heading->setFont(font);
    m_details->setTextFormat(Qt::RichText);
    m_duties->setTextFormat(Qt::RichText);
    m_duties->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 24, 24, 24);
    layout->setSpacing(16);
    layout->addWidget(m_heading);
    layout->addWidget(m_details);
    layout->addWidget(m_duties);
    layout->addStretch();
}

void OverviewPage::setSession(const SessionInfo& info)
{
    m_info = info;
    retranslateUi();
}

void OverviewPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void OverviewPage::retranslateUi()
{
    m_heading->setText(tr("Signed in as %1").arg(m_info.login.toHtmlEscaped()));
    const QString row = QStringLiteral("<tr><td style='padding-right:16px'><b>%1</b></td><td>%2</td></tr>");
    QString tls = m_info.tls ? tr("encrypted (%1)").arg(m_info.tlsVersion) : tr("not encrypted");
    if (!m_info.tls && m_info.isLocalSocket)
        tls = tr("local socket, does not leave this computer");
    m_details->setText(QStringLiteral("<table>") + row.arg(tr("Role"), m_info.roleName().toHtmlEscaped()) +
                       row.arg(tr("Server"), m_info.displayServer().toHtmlEscaped()) +
                       row.arg(tr("Database"), m_info.database.toHtmlEscaped()) +
                       row.arg(tr("PostgreSQL"), m_info.serverVersion.toHtmlEscaped()) +
                       row.arg(tr("Connection"), tls) + QStringLiteral("</table>"));
    QString duties;
    switch (m_info.role) {
    case StaffRole::Support:
        duties = tr("As support staff you look learners up for a ticket, see their data masked, reveal a field with "
                    "a reason, run account operations and open export or erasure requests.");
        break;
    case StaffRole::Dpo:
        duties = tr("As data protection officer you approve or reject requests (never your own), run erasures, "
                    "review who accessed whose data, verify the access log and run breach incidents.");
        break;
    case StaffRole::Admin:
    case StaffRole::Superuser:
        duties = tr("As administrator you manage staff accounts and roles, retention rules, the processor registry "
                    "and incidents.");
        break;
    }
    m_duties->setText(QStringLiteral("<p>%1</p><p>%2</p>")
                          .arg(duties.toHtmlEscaped(),
                               tr("The database decides what this login may do and records every access to personal "
                                  "data in a tamper-evident log.")
                                   .toHtmlEscaped()));
}
