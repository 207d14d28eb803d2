// SPDX-License-Identifier: GPL-3.0-or-later
#include "IncidentView.h"

#include "ChecklistTab.h"
#include "ClockStyle.h"
#include "ContentTab.h"
#include "FinderTab.h"
#include "TriageTab.h"
#include "async/StoreCall.h"
#include "common/MainAction.h"
#include "common/MessageBanner.h"
#include "core/Settings.h"
#include "incidents/IncidentDraft.h"
#include "incidents/IncidentTexts.h"
#include "users/ReasonDialog.h"

#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QScrollArea>
#include <QStandardPaths>
#include <QTabBar>
#include <QTabWidget>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace {

QScrollArea* scrolled(QWidget* widget, QWidget* parent)
{
    auto* area = new QScrollArea(parent);
    area->setWidget(widget);
    area->setWidgetResizable(true);
    area->setFrameShape(QFrame::NoFrame);
    area->setFocusPolicy(Qt::NoFocus); // the fields inside take the focus
    return area;
}

} // namespace

IncidentView::IncidentView(DbSession* session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_title(new QLabel(this))
    , m_times(new QLabel(this))
    , m_clock(new QLabel(this))
    , m_banner(new MessageBanner(this))
    , m_authorityDraft(new QPushButton(this))
    , m_subjectsDraft(new QPushButton(this))
    , m_close(new QPushButton(this))
    , m_tabs(new QTabWidget(this))
    , m_checklist(new ChecklistTab(this))
    , m_triage(new TriageTab(this))
    , m_content(new ContentTab(this))
    , m_finder(new FinderTab(session, this))
    , m_timeline(new QTableWidget(0, 4, this))
{
    setObjectName(QStringLiteral("incidentView"));
    m_clock->setObjectName(QStringLiteral("incidentClock"));
    m_close->setObjectName(QStringLiteral("closeIncidentButton"));
    m_authorityDraft->setObjectName(QStringLiteral("authorityDraftButton"));
    m_subjectsDraft->setObjectName(QStringLiteral("subjectsDraftButton"));
    m_timeline->setObjectName(QStringLiteral("timelineTable"));
    MainAction::mark(m_close);
    QFont font = m_title->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.2);
    m_title->setFont(font);
    m_title->setWordWrap(true);
    m_times->setWordWrap(true);
    m_timeline->verticalHeader()->hide();
    m_timeline->horizontalHeader()->setStretchLastSection(true);
    m_timeline->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_timeline->setSelectionBehavior(QAbstractItemView::SelectRows);

    auto* heading = new QHBoxLayout;
    heading->addWidget(m_title, 1);
    heading->addWidget(m_clock);
    auto* actions = new QHBoxLayout;
    actions->addWidget(m_authorityDraft);
    actions->addWidget(m_subjectsDraft);
    actions->addStretch(1);
    actions->addWidget(m_close);
    m_tabs->addTab(m_checklist, QString());
    m_tabs->addTab(scrolled(m_triage, this), QString());
    m_tabs->addTab(scrolled(m_content, this), QString());
    m_tabs->addTab(m_finder, QString());
    m_tabs->addTab(m_timeline, QString());
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(heading);
    layout->addWidget(m_times);
    layout->addWidget(m_banner);
    layout->addLayout(actions);
    layout->addWidget(m_tabs, 1);

    connect(m_checklist, &ChecklistTab::change, this, &IncidentView::apply);
    connect(m_triage, &TriageTab::change, this, &IncidentView::apply);
    connect(m_content, &ContentTab::change, this, &IncidentView::apply);
    connect(m_finder, &FinderTab::change, this, &IncidentView::apply);
    connect(m_finder, &FinderTab::message, this, [this](bool ok, const QString& text) {
        m_banner->showMessage(ok ? MessageBanner::Kind::Information : MessageBanner::Kind::Error, text);
    });
    // Drafts in either language, whatever the console speaks: the authority and the people
    // concerned may need the other one. Language names stay in their own language.
    for (auto [button, kind] : {std::pair{m_authorityDraft, QStringLiteral("authority")},
                                std::pair{m_subjectsDraft, QStringLiteral("subjects")}}) {
        auto* menu = new QMenu(button);
        menu->addAction(QStringLiteral("English…"), this,
                        [this, kind = kind] { askDraft(kind, QStringLiteral("en")); });
        menu->addAction(QStringLiteral("Deutsch…"), this,
                        [this, kind = kind] { askDraft(kind, QStringLiteral("de")); });
        button->setMenu(menu);
    }
    connect(m_close, &QPushButton::clicked, this, &IncidentView::askClose);
    auto* timer = new QTimer(this);
    connect(timer, &QTimer::timeout, this, &IncidentView::showClock);
    timer->start(30000);
    m_fetched.start();
    retranslateUi();
    clear();
}

void IncidentView::setMayExportPeople(bool mayExport)
{
    m_finder->setMayExport(mayExport);
}

void IncidentView::clear()
{
    m_incident = {};
    m_title->setText(tr("No incident chosen"));
    m_times->clear();
    m_clock->clear();
    m_banner->clear();
    m_tabs->setEnabled(false);
    for (QPushButton* b : {m_authorityDraft, m_subjectsDraft, m_close})
        b->setEnabled(false);
}

void IncidentView::load(qint64 incidentId)
{
    StoreCall::call<Incident>(
        m_session, this,
        [incidentId](Stores& stores, Incident* incident, QString* error) {
            return stores.incidents().get(incidentId, incident, error);
        },
        [this](const Result<Incident>& result) {
            if (result.ok)
                showIncident(result.value);
            else
                m_banner->showMessage(MessageBanner::Kind::Error, result.error);
            emit loaded();
        });
}

void IncidentView::apply(const IncidentChange& change, const QString& done)
{
    const qint64 id = m_incident.id;
    m_tabs->setEnabled(false);
    StoreCall::call<Incident>(
        m_session, this,
        [change, id](Stores& stores, Incident* incident, QString* error) {
            return stores.incidents().changeAndGet(id, change, incident, error);
        },
        [this, done, id](const Result<Incident>& result) {
            // Whatever happened, show the incident as the database now has it.
            if (!result.value.isNull())
                showIncident(result.value, result.ok ? done : result.error, result.ok);
            else
                m_banner->showMessage(MessageBanner::Kind::Error, result.error);
            m_tabs->setEnabled(true);
            if (result.ok)
                emit changed(id);
            emit loaded();
        });
}

void IncidentView::showIncident(const Incident& incident, const QString& message, bool ok)
{
    m_incident = incident;
    m_fetched.restart();
    m_title->setText(tr("Incident %1: %2").arg(incident.id).arg(incident.title));
    m_times->setText(tr("Detected %1 · aware since %2 · notify the authority by %3 · risk: %4")
                         .arg(IncidentTexts::localTime(incident.detectedAt), IncidentTexts::localTime(incident.awareAt),
                              IncidentTexts::localTime(incident.authorityDeadline),
                              IncidentTexts::risk(incident.risk)));
    if (message.isEmpty())
        m_banner->clear();
    else
        m_banner->showMessage(ok ? MessageBanner::Kind::Information : MessageBanner::Kind::Error, message);
    m_tabs->setEnabled(true);
    m_authorityDraft->setEnabled(true);
    m_subjectsDraft->setEnabled(incident.risk == QLatin1String("high_risk"));
    m_close->setEnabled(incident.isOpen());
    m_checklist->showIncident(incident);
    m_triage->showIncident(incident);
    m_content->showIncident(incident);
    m_finder->showIncident(incident);
    showTimeline();
    showClock();
}

void IncidentView::showClock()
{
    if (m_incident.isNull())
        return;
    const qint64 left = m_incident.secondsLeft - m_fetched.elapsed() / 1000;
    const auto clock = IncidentTexts::clock(m_incident.status, m_incident.authorityState, left);
    ClockStyle::apply(m_clock, clock, IncidentTexts::clockText(clock, left));
}

void IncidentView::showTimeline()
{
    const QList<Incident::Event>& events = m_incident.events;
    m_timeline->setRowCount(int(events.size()));
    for (int row = 0; row < events.size(); ++row) {
        const Incident::Event& e = events.at(row);
        const QStringList cells{IncidentTexts::localTime(e.at), e.staff, eventText(e), e.note};
        for (int column = 0; column < cells.size(); ++column)
            m_timeline->setItem(row, column, new QTableWidgetItem(cells.at(column)));
    }
    m_timeline->resizeColumnsToContents();
}

QString IncidentView::eventText(const Incident::Event& event) const
{
    const QString& code = event.event;
    if (code == QLatin1String("open"))
        return tr("opened");
    if (code == QLatin1String("tick"))
        return tr("ticked %1").arg(IncidentTexts::itemTitle(m_incident, event.item));
    if (code == QLatin1String("untick"))
        return tr("unticked %1").arg(IncidentTexts::itemTitle(m_incident, event.item));
    if (code == QLatin1String("triage"))
        return tr("risk assessed: %1").arg(IncidentTexts::risk(event.risk));
    if (code == QLatin1String("describe"))
        return tr("content changed");
    if (code == QLatin1String("notify"))
        return tr("notice to the %1, phase %2").arg(IncidentTexts::noticeKind(event.kind)).arg(event.phase);
    if (code == QLatin1String("find"))
        return tr("people counted: %1").arg(event.people);
    if (code == QLatin1String("affected_export"))
        return tr("list of %1 people exported").arg(event.people);
    if (code == QLatin1String("close"))
        return tr("closed");
    return code;
}

QString IncidentView::message() const
{
    return m_banner->text();
}

bool IncidentView::saveDraft(const QString& kind, const QString& language, const QString& path, QString* error) const
{
    IncidentDraft::Kind draftKind;
    if (!IncidentDraft::kindFromName(kind, &draftKind)) {
        *error = tr("Unknown kind of draft.");
        return false;
    }
    return IncidentDraft::write(m_incident, draftKind, language, path, error);
}

void IncidentView::askDraft(const QString& kind, const QString& language)
{
    const QString folder = Settings().exportFolder();
    const QString path = QFileDialog::getSaveFileName(
        this,
        kind == QLatin1String("authority") ? tr("Save the draft for the authority")
                                           : tr("Save the draft for the people"),
        QDir(folder).filePath(QStringLiteral("incident-%1-%2-%3.pdf").arg(m_incident.id).arg(kind, language)),
        tr("PDF documents (*.pdf);;Text files (*.txt)"));
    if (path.isEmpty())
        return;
    QString error;
    const bool ok = saveDraft(kind, language, path, &error);
    m_banner->showMessage(ok ? MessageBanner::Kind::Information : MessageBanner::Kind::Error,
                          ok ? tr("Draft saved as %1.").arg(QDir::toNativeSeparators(path)) : error);
}

void IncidentView::closeIncident(const QString& summary)
{
    const qint64 id = m_incident.id;
    apply([id, summary](IncidentStore& store, QString* error) { return store.close(id, summary, error); },
          tr("Incident %1 is closed.").arg(id));
}

void IncidentView::askClose()
{
    const qint64 open = m_incident.openMandatory;
    if (open > 0) {
        m_banner->showMessage(
            MessageBanner::Kind::Warning,
            tr("%Ln mandatory checklist items are still open; tick them before closing.", nullptr, int(open)));
        return;
    }
    ReasonDialog dialog(tr("Close incident"),
                        tr("Summarize the outcome for the breach register: what happened, what was decided and "
                           "why, what changes."),
                        tr("laptop encrypted, no data exposed; disks are now checked monthly"), this);
    if (dialog.exec() == QDialog::Accepted)
        closeIncident(dialog.reason());
}

void IncidentView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        if (!m_incident.isNull())
            showIncident(m_incident, m_banner->text());
    }
    QWidget::changeEvent(event);
}

void IncidentView::retranslateUi()
{
    m_tabs->setAccessibleName(tr("Incident"));
    m_tabs->tabBar()->setAccessibleName(tr("Incident"));
    m_timeline->setAccessibleName(tr("Timeline"));
    m_authorityDraft->setText(tr("Draft for the &authority"));
    m_subjectsDraft->setText(tr("Draft for the &people"));
    m_close->setText(tr("C&lose incident…"));
    m_tabs->setTabText(0, tr("Checklist"));
    m_tabs->setTabText(1, tr("Risk"));
    m_tabs->setTabText(2, tr("Notification"));
    m_tabs->setTabText(3, tr("People concerned"));
    m_tabs->setTabText(4, tr("Timeline"));
    m_timeline->setHorizontalHeaderLabels({tr("When"), tr("Who"), tr("What"), tr("Note")});
    if (m_incident.isNull())
        m_title->setText(tr("No incident chosen"));
}
