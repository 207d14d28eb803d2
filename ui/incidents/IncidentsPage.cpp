// SPDX-License-Identifier: GPL-3.0-or-later
#include "IncidentsPage.h"

#include "IncidentListModel.h"
#include "IncidentView.h"
#include "OpenIncidentDialog.h"
#include "async/StoreCall.h"
#include "common/MainAction.h"
#include "common/MessageBanner.h"
#include "core/Settings.h"
#include "incidents/BreachRegister.h"
#include "incidents/ChecklistTemplate.h"

#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

IncidentsPage::IncidentsPage(DbSession* session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_heading(new QLabel(this))
    , m_banner(new MessageBanner(this))
    , m_open(new QPushButton(this))
    , m_register(new QPushButton(this))
    , m_refresh(new QPushButton(this))
    , m_table(new QTableView(this))
    , m_model(new IncidentListModel(this))
    , m_view(new IncidentView(session, this))
{
    setObjectName(QStringLiteral("incidentsPage"));
    m_open->setObjectName(QStringLiteral("openIncidentButton"));
    m_register->setObjectName(QStringLiteral("registerButton"));
    m_table->setObjectName(QStringLiteral("incidentTable"));
    MainAction::mark(m_open, QKeySequence::New);
    MainAction::mark(m_register);
    MainAction::mark(m_refresh, QKeySequence::Refresh);
    QFont font = m_heading->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.3);
    m_heading->setFont(font);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);

    auto* tools = new QHBoxLayout;
    tools->addWidget(m_heading);
    tools->addStretch(1);
    tools->addWidget(m_open);
    tools->addWidget(m_register);
    tools->addWidget(m_refresh);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(m_view);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({170, 520});
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(tools);
    layout->addWidget(m_banner);
    layout->addWidget(splitter, 1);

    connect(m_open, &QPushButton::clicked, this, &IncidentsPage::askOpen);
    connect(m_register, &QPushButton::clicked, this, &IncidentsPage::askRegister);
    connect(m_refresh, &QPushButton::clicked, this, &IncidentsPage::refresh);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &IncidentsPage::onSelectionChanged);
    connect(m_view, &IncidentView::changed, this, [this] { refresh(); });
    auto* clock = new QTimer(this);
    connect(clock, &QTimer::timeout, m_model, &IncidentListModel::tick);
    clock->start(30000);
    retranslateUi();
}

void IncidentsPage::setSession(const SessionInfo& info)
{
    m_info = info;
    m_view->setMayExportPeople(info.role == StaffRole::Dpo);
    refresh();
}

void IncidentsPage::refresh()
{
    StoreCall::call<QList<IncidentSummary>>(
        m_session, this,
        [](Stores& stores, QList<IncidentSummary>* rows, QString* error) {
            return stores.incidents().list(rows, error);
        },
        [this](const Result<QList<IncidentSummary>>& result) {
            const qint64 keep = m_pendingSelection ? m_pendingSelection : m_chosenId;
            if (!result.ok) {
                m_banner->showMessage(MessageBanner::Kind::Error, result.error);
            } else {
                m_model->setRows(result.value);
                m_table->resizeColumnsToContents();
                if (result.value.isEmpty())
                    m_banner->showMessage(MessageBanner::Kind::Information,
                                          tr("No incidents so far. Open one as soon as you learn of a breach."));
                if (!selectIncident(keep) && keep == 0 && !result.value.isEmpty())
                    selectIncident(result.value.first().id);
                m_pendingSelection = 0;
            }
            emit refreshed();
        });
}

bool IncidentsPage::selectIncident(qint64 incidentId)
{
    for (int i = 0; i < m_model->rowCount(); ++i) {
        if (m_model->row(i)->id == incidentId) {
            if (m_chosenId == incidentId && m_table->currentIndex().row() == i)
                return true;
            m_table->selectRow(i);
            return true;
        }
    }
    m_pendingSelection = incidentId;
    return false;
}

void IncidentsPage::onSelectionChanged()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    const IncidentSummary* incident = rows.isEmpty() ? nullptr : m_model->row(rows.first().row());
    if (!incident) {
        return;
    }
    if (incident->id == m_chosenId && !m_view->incident().isNull())
        return;
    m_chosenId = incident->id;
    m_view->load(incident->id);
}

QString IncidentsPage::message() const
{
    return m_banner->text();
}

void IncidentsPage::openIncident(const IncidentOpening& opening)
{
    QList<ChecklistItem> checklist;
    QString error;
    if (!ChecklistTemplate::loadBuiltIn(&checklist, &error)) {
        m_banner->showMessage(MessageBanner::Kind::Error, error);
        return;
    }
    StoreCall::call<Incident>(
        m_session, this,
        [opening, checklist](Stores& stores, Incident* incident, QString* error) {
            return stores.incidents().open(opening, checklist, incident, error);
        },
        [this](const Result<Incident>& result) {
            if (!result.ok) {
                m_banner->showMessage(MessageBanner::Kind::Error, result.error);
                emit refreshed();
                return;
            }
            const qint64 id = result.value.id;
            m_banner->showMessage(MessageBanner::Kind::Information,
                                  tr("Incident %1 is open. The 72-hour clock is running.").arg(id));
            m_chosenId = 0;
            m_pendingSelection = id;
            refresh();
        });
}

void IncidentsPage::askOpen()
{
    OpenIncidentDialog dialog(this);
    if (dialog.exec() == QDialog::Accepted)
        openIncident(dialog.opening());
}

void IncidentsPage::saveRegister(const QString& path)
{
    StoreCall::call<QList<QJsonObject>>(
        m_session, this,
        [path](Stores& stores, QList<QJsonObject>* entries, QString* error) {
            return stores.incidents().registerForSaving(path, entries, error);
        },
        [this, path](const Result<QList<QJsonObject>>& result) {
            QString error = result.error;
            // The PDF is laid out here: fonts belong to the GUI thread.
            const bool ok =
                result.ok && BreachRegister::write(result.value,
                                                   QLocale().language() == QLocale::German ? QStringLiteral("de")
                                                                                           : QStringLiteral("en"),
                                                   path, &error);
            m_banner->showMessage(
                ok ? MessageBanner::Kind::Information : MessageBanner::Kind::Error,
                ok ? tr("Breach register with %Ln incidents saved as %1.", nullptr, int(result.value.size()))
                         .arg(QDir::toNativeSeparators(path))
                   : error);
            emit registerSaved(ok);
        });
}

void IncidentsPage::askRegister()
{
    const QString folder = Settings().exportFolder();
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save the breach register"),
        QDir(folder).filePath(QStringLiteral("breach-register-%1.pdf").arg(QDate::currentDate().toString(Qt::ISODate))),
        tr("PDF documents (*.pdf);;CSV files (*.csv)"));
    if (!path.isEmpty())
        saveRegister(path);
}

void IncidentsPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        m_table->resizeColumnsToContents();
    }
    QWidget::changeEvent(event);
}

void IncidentsPage::retranslateUi()
{
    m_table->setAccessibleName(tr("Incidents"));
    m_heading->setText(tr("Incidents"));
    m_open->setText(tr("&New incident…"));
    m_register->setText(tr("Breach &register…"));
    m_refresh->setText(tr("Re&fresh"));
    m_open->setToolTip(tr("Open an incident as soon as you learn of a breach: the 72 hours run from then."));
}
