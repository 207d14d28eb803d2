// SPDX-License-Identifier: GPL-3.0-or-later
#include "AdminPage.h"

#include "PoliciesTab.h"
#include "ProcessorsTab.h"
#include "RetentionTab.h"
#include "StaffTab.h"
#include "async/StoreCall.h"
#include "common/MessageBanner.h"
#include "core/TimeFormat.h"

#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QTabBar>
#include <QTabWidget>
#include <QVBoxLayout>

AdminPage::AdminPage(DbSession* session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_heading(new QLabel(this))
    , m_records(new QPushButton(this))
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
    m_records->setObjectName(QStringLiteral("processingRecordsButton"));
    connect(m_records, &QPushButton::clicked, this, &AdminPage::askProcessingRecords);
    auto* top = new QHBoxLayout;
    top->addWidget(m_heading);
    top->addStretch(1);
    top->addWidget(m_records);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
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

void AdminPage::askProcessingRecords()
{
    QString selected;
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the records of processing activities"),
                                                      tr("records-of-processing.pdf"),
                                                      tr("PDF documents (*.pdf);;CSV files (*.csv)"), &selected);
    if (path.isEmpty())
        return;
    const bool csv = selected.contains(QLatin1String("*.csv"));
    // The dialog may hand back a name without the suffix its filter shows.
    writeProcessingRecords(path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive) ||
                                   path.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive)
                               ? path
                               : path + (csv ? QStringLiteral(".csv") : QStringLiteral(".pdf")));
}

void AdminPage::writeProcessingRecords(const QString& path)
{
    m_records->setEnabled(false);
    StoreCall::call<NoValue>(
        m_session, this,
        [path, language = TimeFormat::uiLanguage()](Stores& stores, NoValue*, QString* error) {
            return stores.writeProcessingRecords(language, path, error);
        },
        [this, path](const Result<NoValue>& result) {
            m_records->setEnabled(true);
            m_banner->showMessage(
                result.ok ? MessageBanner::Kind::Information : MessageBanner::Kind::Error,
                result.ok ? tr("Wrote the records of processing activities to %1.").arg(QDir::toNativeSeparators(path))
                          : result.error);
            emit processingRecordsWritten(result.ok);
        },
        DbSession::Lane::Long);
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
    m_records->setText(tr("&Records of processing…"));
    m_records->setToolTip(tr("The records of processing activities (Art. 30 GDPR) from the data map, the "
                             "processors and the policies, as PDF or CSV"));
    m_tabs->setTabText(0, tr("Staff"));
    m_tabs->setTabText(1, tr("Retention"));
    m_tabs->setTabText(2, tr("Processors"));
    m_tabs->setTabText(3, tr("Policies"));
}
