// SPDX-License-Identifier: GPL-3.0-or-later
#include "RequestsPage.h"

#include "ExportDialog.h"
#include "ExtendDialog.h"
#include "RequestQueueModel.h"
#include "async/StoreCall.h"
#include "common/Confirm.h"
#include "common/MainAction.h"
#include "common/MessageBanner.h"
#include "core/Settings.h"
#include "core/TimeFormat.h"
#include "erasure/ErasureDialog.h"
#include "items/ItemLabels.h"
#include "requests/ExtensionNote.h"
#include "users/ReasonDialog.h"

#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace {

QString esc(const QString& text)
{
    return text.toHtmlEscaped();
}

} // namespace

RequestsPage::RequestsPage(DbSession* session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_banner(new MessageBanner(this))
    , m_kind(new QComboBox(this))
    , m_status(new QComboBox(this))
    , m_assignee(new QComboBox(this))
    , m_learner(new QLineEdit(this))
    , m_refresh(new QPushButton(this))
    , m_table(new QTableView(this))
    , m_model(new RequestQueueModel(this))
    , m_details(new QTextBrowser(this))
    , m_start(new QPushButton(this))
    , m_extend(new QPushButton(this))
    , m_fulfil(new QPushButton(this))
    , m_reject(new QPushButton(this))
    , m_withdraw(new QPushButton(this))
    , m_export(new QPushButton(this))
    , m_approve(new QPushButton(this))
    , m_approveWhy(new QLabel(this))
    , m_erasure(new QPushButton(this))
    , m_purge(new QPushButton(this))
{
    setObjectName(QStringLiteral("requestsPage"));
    m_table->setObjectName(QStringLiteral("requestsTable"));
    m_details->setObjectName(QStringLiteral("requestDetails"));
    MainAction::mark(m_refresh, QKeySequence::Refresh);
    for (QPushButton* b : {m_start, m_extend, m_fulfil, m_reject, m_withdraw, m_erasure, m_purge, m_approve})
        MainAction::mark(b);
    m_approve->setObjectName(QStringLiteral("approveExportButton"));
    m_banner->setObjectName(QStringLiteral("requestsBanner"));
    m_approveWhy->setObjectName(QStringLiteral("approveWhyLabel"));
    m_approveWhy->setWordWrap(true);
    m_approveWhy->setTextFormat(Qt::PlainText);
    m_approveWhy->hide();
    MainAction::mark(m_export, QKeySequence(Qt::CTRL | Qt::Key_E));
    m_export->setObjectName(QStringLiteral("exportButton"));
    m_erasure->setObjectName(QStringLiteral("erasureButton"));
    m_purge->setObjectName(QStringLiteral("purgeButton"));
    m_purge->hide();
    m_extend->setObjectName(QStringLiteral("extendButton"));
    m_learner->setObjectName(QStringLiteral("learnerFilterEdit"));
    m_learner->setValidator(nullptr);
    m_learner->setMaximumWidth(110);
    m_learner->setClearButtonEnabled(true);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    for (QComboBox* box : {m_kind, m_status, m_assignee})
        box->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_details->setOpenLinks(false);

    auto* filters = new QHBoxLayout;
    for (QWidget* w : std::initializer_list<QWidget*>{m_kind, m_status, m_assignee, m_learner, m_refresh})
        filters->addWidget(w);
    filters->addStretch(1);
    filters->addWidget(m_purge);
    auto* actions = new QHBoxLayout;
    for (QPushButton* b : {m_start, m_extend, m_fulfil, m_reject, m_withdraw})
        actions->addWidget(b);
    actions->addStretch(1);
    actions->addWidget(m_approveWhy, 2);
    actions->addWidget(m_approve);
    actions->addWidget(m_erasure);
    actions->addWidget(m_export);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_banner);
    layout->addWidget(splitter, 1);
    layout->addLayout(actions);
    // Tab in reading order: filters, the queue, the details, then the actions below them.
    const QList<QWidget*> order{m_kind,  m_status, m_assignee, m_learner, m_refresh,  m_purge,   m_table,   m_details,
                                m_start, m_extend, m_fulfil,   m_reject,  m_withdraw, m_approve, m_erasure, m_export};
    for (qsizetype i = 1; i < order.size(); ++i)
        setTabOrder(order.at(i - 1), order.at(i));

    for (QComboBox* box : {m_kind, m_status, m_assignee})
        connect(box, &QComboBox::activated, this, &RequestsPage::refresh);
    connect(m_learner, &QLineEdit::returnPressed, this, &RequestsPage::refresh);
    connect(m_refresh, &QPushButton::clicked, this, &RequestsPage::refresh);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &RequestsPage::onSelectionChanged);
    connect(m_start, &QPushButton::clicked, this, &RequestsPage::start);
    connect(m_extend, &QPushButton::clicked, this, &RequestsPage::extend);
    connect(m_fulfil, &QPushButton::clicked, this, [this] { closeRequest(QStringLiteral("fulfilled")); });
    connect(m_reject, &QPushButton::clicked, this, [this] { closeRequest(QStringLiteral("rejected")); });
    connect(m_withdraw, &QPushButton::clicked, this, [this] { closeRequest(QStringLiteral("withdrawn")); });
    connect(m_export, &QPushButton::clicked, this, &RequestsPage::exportPackage);
    connect(m_approve, &QPushButton::clicked, this, &RequestsPage::approveExport);
    connect(m_erasure, &QPushButton::clicked, this, &RequestsPage::openErasureDialog);
    connect(m_purge, &QPushButton::clicked, this, &RequestsPage::purgeExpired);
    retranslateUi();
    showDetails({});
}

void RequestsPage::setSession(const SessionInfo& info)
{
    m_info = info;
    m_purge->setVisible(info.role == StaffRole::Dpo);
    refresh();
}

void RequestsPage::showForLearner(qint64 userId)
{
    m_learner->setText(QString::number(userId));
    m_status->setCurrentIndex(1); // all, not only open ones
    refresh();
}

qint64 RequestsPage::selectedId() const
{
    const RequestRow* row = m_model->row(m_table->currentIndex().row());
    return row ? row->id : 0;
}

void RequestsPage::refresh()
{
    RequestFilter filter{m_kind->currentData().toString(), m_status->currentData().toString(),
                         m_assignee->currentData().toString(), m_learner->text().trimmed().toLongLong()};
    if (filter.assignee == QLatin1String("me"))
        filter.assignee = m_info.login;
    StoreCall::call<RequestQueue>(
        m_session, this,
        [filter](Stores& stores, RequestQueue* queue, QString* error) {
            return stores.requests().queue(filter, queue, error);
        },
        [this](const Result<RequestQueue>& result) {
            // The request last chosen stays chosen across refreshes that briefly do not show it.
            const qint64 keep = m_pendingSelection ? m_pendingSelection : m_chosenId;
            if (!result.ok) {
                m_banner->showMessage(MessageBanner::Kind::Error, result.error);
            } else {
                m_model->setWarnDays(result.value.warnDays);
                m_model->setRows(result.value.rows);
                m_table->resizeColumnsToContents();
                if (!selectRequest(keep)) {
                    showDetails({});
                }
                m_pendingSelection = 0;
            }
            emit refreshed();
        });
}

bool RequestsPage::selectRequest(qint64 requestId)
{
    for (int i = 0; i < m_model->rowCount(); ++i) {
        if (m_model->row(i)->id == requestId) {
            m_table->selectRow(i);
            m_table->setCurrentIndex(m_model->index(i, 0));
            return true;
        }
    }
    m_pendingSelection = requestId; // selected when the next refresh brings it
    return false;
}

void RequestsPage::onSelectionChanged()
{
    const qint64 id = selectedId();
    if (id == 0) {
        showDetails({});
        return;
    }
    m_chosenId = id;
    StoreCall::call<RequestDetail>(
        m_session, this,
        [id](Stores& stores, RequestDetail* request, QString* error) {
            return stores.requests().get(id, request, error);
        },
        [this, id](const Result<RequestDetail>& result) {
            if (id != selectedId())
                return;
            if (result.ok)
                showDetails(result.value);
            else
                m_banner->showMessage(MessageBanner::Kind::Error, result.error);
        });
}

void RequestsPage::showDetails(const RequestDetail& request, const QString& note)
{
    m_current = request;
    const bool open = request.isOpen();
    const QString& kind = request.kind;
    const bool firstMonth = request.extendableUntil >= QDate::currentDate();
    const bool erasure = kind == QLatin1String("erasure");
    // Erasure requests move on through their four-eyes decision, in the erasure dialog.
    m_start->setEnabled(!erasure && request.status == QLatin1String("new"));
    m_extend->setEnabled(open && firstMonth && request.extendedMonths < 2);
    m_fulfil->setEnabled(open && kind != QLatin1String("export") && kind != QLatin1String("erasure"));
    m_reject->setEnabled(open && !erasure);
    m_erasure->setEnabled(erasure);
    m_withdraw->setEnabled(open);
    // Always usable, also by Ctrl+E: when there is nothing to build, the page says why.
    m_export->setEnabled(true);
    const bool dpo = m_info.role == StaffRole::Dpo;
    const bool ownRequest = request.openedBy == m_info.login;
    const bool waiting = open && kind == QLatin1String("export") && request.needsApproval;
    m_approve->setVisible(waiting);
    m_approve->setEnabled(waiting && dpo && !ownRequest);
    const QString why = !waiting ? QString()
                        : !dpo   ? tr("A data protection officer must approve this export before it can be built.")
                        : ownRequest
                            ? tr("You opened this request, so another data protection officer must approve it (four "
                                 "eyes).")
                            : QString();
    m_approveWhy->setText(why);
    m_approveWhy->setVisible(!why.isEmpty());
    m_approve->setToolTip(why);
    if (request.isNull()) {
        m_details->setHtml(QStringLiteral("<p>%1</p>").arg(esc(tr("Choose a request to see its details."))));
        return;
    }
    const auto date = [](const QDate& day) { return TimeFormat::date(day); };
    const auto row = [](const QString& label, const QString& value) {
        return QStringLiteral("<tr><th align=\"left\">%1</th><td>%2</td></tr>").arg(esc(label), esc(value));
    };
    const int daysLeft = request.daysLeft;
    QString due = date(request.dueOn);
    if (open)
        due += QStringLiteral(" — ") + (request.overdue ? tr("OVERDUE by %Ln day(s)", nullptr, -daysLeft)
                                                        : tr("%Ln day(s) left", nullptr, daysLeft));
    QString html = QStringLiteral("<h3>%1</h3><table cellspacing=\"4\">")
                       .arg(esc(tr("Request %1: %2").arg(request.id).arg(RequestQueueModel::kindText(kind))));
    html += row(tr("Status"), RequestQueueModel::statusText(request.status));
    html += row(tr("Learner"), QString::number(request.userId));
    if (!request.language.isEmpty())
        html += row(tr("Learner's language"), ItemLabels::language(request.language));
    if (request.isApproved())
        html += row(
            tr("Approved by"),
            tr("%1, %2: %3").arg(request.approvedBy, TimeFormat::dateTime(request.approvedAt), request.approvalNote));
    else if (request.needsApproval)
        html += row(tr("Approval"), tr("needed before the export is built (a second person, data protection officer)"));
    html += row(tr("Ticket"), request.ticket);
    html += row(tr("Identity verified by"), request.identityCheck);
    html += row(tr("Received"), date(request.receivedOn));
    html += row(tr("Due"), due);
    if (request.extendedMonths > 0)
        html += row(tr("Extended"), tr("by %Ln month(s): ", nullptr, request.extendedMonths) + request.extensionReason);
    html += row(tr("Opened by"), request.openedBy);
    html += row(tr("Assignee"), request.assignee);
    if (!request.exportSha256.isEmpty())
        html += row(tr("Export SHA-256"), request.exportSha256);
    html += QStringLiteral("</table><h4>%1</h4><ul>").arg(esc(tr("History")));
    for (const RequestEvent& e : request.events) {
        html += QStringLiteral("<li>%1 — %2: %3 %4</li>")
                    .arg(esc(TimeFormat::dateTime(e.at)), esc(e.staff), esc(RequestQueueModel::eventText(e.event)),
                         esc(e.note));
    }
    html += QStringLiteral("</ul>");
    if (!note.isEmpty())
        html += QStringLiteral("<h4>%1</h4><pre>%2</pre>").arg(esc(tr("Note for the requester")), esc(note));
    m_details->setHtml(html);
}

void RequestsPage::finish(const QString& message, bool ok, const RequestDetail& request, const QString& note)
{
    m_banner->showMessage(ok ? MessageBanner::Kind::Information : MessageBanner::Kind::Error, message);
    if (!ok)
        return;
    showDetails(request, note);
    const qint64 id = request.id;
    m_pendingSelection = id;
    emit requestChanged(id);
    refresh();
}

void RequestsPage::start()
{
    const qint64 id = selectedId();
    StoreCall::call<RequestDetail>(
        m_session, this,
        [id](Stores& stores, RequestDetail* request, QString* error) {
            return stores.requests().setStatus(id, QStringLiteral("in_progress"), QString(), request, error);
        },
        [this, id](const Result<RequestDetail>& result) {
            finish(result.ok ? tr("Request %1 is in progress.").arg(id) : result.error, result.ok, result.value);
        });
}

void RequestsPage::extend()
{
    const qint64 id = selectedId();
    ExtendDialog dialog(2 - m_current.extendedMonths, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    StoreCall::call<RequestDetail>(
        m_session, this,
        [id, months = dialog.months(), reason = dialog.reason()](Stores& stores, RequestDetail* request,
                                                                 QString* error) {
            return stores.requests().extend(id, months, reason, request, error);
        },
        [this, id](const Result<RequestDetail>& result) {
            finish(result.ok ? tr("Request %1 is now due %2. Send the requester the note below.")
                                   .arg(id)
                                   .arg(TimeFormat::date(result.value.dueOn))
                             : result.error,
                   result.ok, result.value, result.ok ? ExtensionNote::text(result.value) : QString());
        });
}

void RequestsPage::closeRequest(const QString& status)
{
    const qint64 id = selectedId();
    const QString title = status == QLatin1String("fulfilled")  ? tr("Mark as fulfilled")
                          : status == QLatin1String("rejected") ? tr("Reject request")
                                                                : tr("Record withdrawal");
    ReasonDialog dialog(title, tr("Closing request %1 cannot be undone. Note what was done or why:").arg(id),
                        status == QLatin1String("withdrawn") ? tr("the requester withdrew by email of 3 May")
                                                             : tr("the data were corrected as requested"),
                        this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    StoreCall::call<RequestDetail>(
        m_session, this,
        [id, status, note = dialog.reason()](Stores& stores, RequestDetail* request, QString* error) {
            return stores.requests().setStatus(id, status, note, request, error);
        },
        [this, id, status](const Result<RequestDetail>& result) {
            finish(result.ok ? tr("Request %1: %2.").arg(id).arg(RequestQueueModel::statusText(status)) : result.error,
                   result.ok, result.value);
        });
}

ExportDialog* RequestsPage::openExportDialog()
{
    const qint64 id = selectedId();
    if (id == 0)
        return nullptr;
    const QString folder = Settings().exportFolder();
    auto* dialog = new ExportDialog(m_session, id, QDir(folder).exists() ? folder : QDir::homePath(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ExportDialog::exportFinished, this, [this, id](bool ok) {
        if (ok) {
            m_pendingSelection = id;
            emit requestChanged(id);
            refresh();
        }
    });
    dialog->open();
    return dialog;
}

QString RequestsPage::whyNoExport() const
{
    const qint64 id = selectedId();
    if (id == 0 || m_current.id != id)
        return tr("Choose an export request in the queue first; Ctrl+E then builds its package.");
    if (m_current.kind != QLatin1String("export"))
        return tr("Request %1 is a request for %2; only export requests have a package to build.")
            .arg(id)
            .arg(RequestQueueModel::kindText(m_current.kind));
    if (!m_current.isOpen())
        return tr("Request %1 is closed (%2); its package cannot be built again.")
            .arg(id)
            .arg(RequestQueueModel::statusText(m_current.status));
    if (m_current.needsApproval)
        return tr("Request %1 needs the approval of a data protection officer who did not open it before its package "
                  "can be built.")
            .arg(id);
    return QString();
}

void RequestsPage::exportPackage()
{
    const QString why = whyNoExport();
    if (!why.isEmpty()) {
        m_banner->showMessage(MessageBanner::Kind::Warning, why);
        return;
    }
    openExportDialog();
}

void RequestsPage::approveExport()
{
    const qint64 id = selectedId();
    ReasonDialog dialog(tr("Approve export"),
                        tr("You approve building the export package of request %1 (learner %2) as the second "
                           "person. Why?")
                            .arg(id)
                            .arg(m_current.userId),
                        tr("identity checked by a call-back to the account's phone number"), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    StoreCall::call<RequestDetail>(
        m_session, this,
        [id, reason = dialog.reason()](Stores& stores, RequestDetail* request, QString* error) {
            return stores.exportApproval().approve(id, reason, request, error);
        },
        [this, id](const Result<RequestDetail>& result) {
            finish(result.ok ? tr("Request %1 is approved; its export package can be built now.").arg(id)
                             : result.error,
                   result.ok, result.value);
        });
}

ErasureDialog* RequestsPage::openErasureDialog()
{
    const qint64 id = selectedId();
    if (id == 0)
        return nullptr;
    auto* dialog = new ErasureDialog(m_session, m_info, id, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ErasureDialog::changed, this, [this](qint64 requestId) {
        m_pendingSelection = requestId;
        emit requestChanged(requestId);
        refresh();
    });
    dialog->open();
    return dialog;
}

void RequestsPage::purgeExpired()
{
    using Purge = Result<QList<RestrictedRecord>>;
    const auto run = [this](bool dryRun, std::function<void(const Purge&)> done) {
        StoreCall::call<QList<RestrictedRecord>>(
            m_session, this,
            [dryRun](Stores& stores, QList<RestrictedRecord>* records, QString* error) {
                return stores.erasure().purge(dryRun, QDate(), records, error);
            },
            [done](const Purge& result) { done(result); });
    };
    run(true, [this, run](const Purge& preview) {
        if (!preview.ok) {
            m_banner->showMessage(MessageBanner::Kind::Error, preview.error);
            return;
        }
        if (preview.value.isEmpty()) {
            m_banner->showMessage(MessageBanner::Kind::Information,
                                  tr("No restricted record has reached the end of its retention period."));
            return;
        }
        if (!Confirm::ask(this, tr("Purge expired records"),
                          tr("%Ln restricted record(s) of erased learners have reached the end of their retention "
                             "period. Delete them now? This is logged like any erasure and cannot be undone.",
                             nullptr, int(preview.value.size())),
                          tr("Delete")))
            return;
        run(false, [this](const Purge& purged) {
            m_banner->showMessage(purged.ok ? MessageBanner::Kind::Information : MessageBanner::Kind::Error,
                                  purged.ok ? tr("%Ln restricted record(s) deleted.", nullptr, int(purged.value.size()))
                                            : purged.error);
        });
    });
}

void RequestsPage::fillFilters()
{
    const auto keep = [](QComboBox* box) { return box->currentIndex() < 0 ? 0 : box->currentIndex(); };
    const int kind = keep(m_kind), status = keep(m_status), assignee = keep(m_assignee);
    m_kind->clear();
    m_kind->addItem(tr("All kinds"), QString());
    for (const QString& k : RequestStore::kinds())
        m_kind->addItem(RequestQueueModel::kindText(k), k);
    m_status->clear();
    m_status->addItem(tr("Open"), QStringLiteral("open"));
    m_status->addItem(tr("All"), QString());
    m_status->addItem(tr("Closed"), QStringLiteral("closed"));
    for (const QString& s : RequestStore::statuses())
        m_status->addItem(RequestQueueModel::statusText(s), s);
    m_assignee->clear();
    m_assignee->addItem(tr("Anyone"), QString());
    m_assignee->addItem(tr("Assigned to me"), QStringLiteral("me"));
    m_assignee->addItem(tr("Unassigned"), QStringLiteral("-"));
    m_kind->setCurrentIndex(kind);
    m_status->setCurrentIndex(status);
    m_assignee->setCurrentIndex(assignee);
}

void RequestsPage::retranslateUi()
{
    m_learner->setAccessibleName(tr("Learner id"));
    m_table->setAccessibleName(tr("Requests"));
    m_details->setAccessibleName(tr("Request details"));
    fillFilters();
    m_learner->setPlaceholderText(tr("Learner id"));
    m_refresh->setText(tr("Refresh"));
    m_refresh->setShortcut(QKeySequence::Refresh);
    m_start->setText(tr("Start"));
    m_extend->setText(tr("Extend…"));
    m_fulfil->setText(tr("Fulfilled…"));
    m_reject->setText(tr("Reject…"));
    m_withdraw->setText(tr("Withdrawn…"));
    m_export->setText(tr("Export package…"));
    m_approve->setText(tr("Approve export…"));
    m_erasure->setText(tr("Erasure…"));
    m_purge->setText(tr("Purge expired records…"));
    if (!m_current.isNull())
        showDetails(m_current);
    m_table->resizeColumnsToContents();
}

void RequestsPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}
