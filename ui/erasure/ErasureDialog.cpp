// SPDX-License-Identifier: GPL-3.0-or-later
#include "ErasureDialog.h"

#include "async/StoreCall.h"
#include "common/Confirm.h"
#include "common/MessageBanner.h"
#include "core/Settings.h"
#include "core/TimeFormat.h"
#include "erasure/ErasureCertificate.h"
#include "erasure/ErasureStore.h"
#include "items/ItemLabels.h"
#include "requests/RequestQueueModel.h"
#include "users/ReasonDialog.h"

#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {

QTableWidgetItem* item(const QString& text, Qt::Alignment alignment = Qt::AlignLeft | Qt::AlignVCenter)
{
    auto* cell = new QTableWidgetItem(text);
    cell->setTextAlignment(alignment);
    cell->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    return cell;
}

} // namespace

ErasureDialog::ErasureDialog(DbSession* session, const SessionInfo& info, qint64 requestId, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_info(info)
    , m_requestId(requestId)
    , m_heading(new QLabel(this))
    , m_banner(new MessageBanner(this))
    , m_busy(new QProgressBar(this))
    , m_steps(new QTableWidget(0, 5, this))
    , m_processors(new QLabel(this))
    , m_tasks(new QTableWidget(0, 4, this))
    , m_approve(new QPushButton(this))
    , m_reject(new QPushButton(this))
    , m_execute(new QPushButton(this))
    , m_certificate(new QPushButton(this))
    , m_taskDone(new QPushButton(this))
    , m_close(new QPushButton(this))
    , m_why(new QLabel(this))
    , m_languageLabel(new QLabel(this))
    , m_language(new QComboBox(this))
{
    setObjectName(QStringLiteral("erasureDialog"));
    m_steps->setObjectName(QStringLiteral("erasureStepsTable"));
    m_tasks->setObjectName(QStringLiteral("processorTasksTable"));
    m_approve->setObjectName(QStringLiteral("approveButton"));
    m_execute->setObjectName(QStringLiteral("executeButton"));
    m_why->setObjectName(QStringLiteral("decisionWhyLabel"));
    m_why->setWordWrap(true);
    m_why->setTextFormat(Qt::PlainText);
    m_why->hide();
    m_language->setObjectName(QStringLiteral("certificateLanguageComboBox"));
    m_languageLabel->setObjectName(QStringLiteral("certificateLanguageLabel"));
    m_languageLabel->setBuddy(m_language);
    m_language->addItem(QString(), QStringLiteral("de"));
    m_language->addItem(QString(), QStringLiteral("en"));
    QFont font = m_heading->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.2);
    m_heading->setFont(font);
    m_heading->setWordWrap(true);
    m_processors->setWordWrap(true);
    for (QTableWidget* table : {m_steps, m_tasks}) {
        table->verticalHeader()->hide();
        table->horizontalHeader()->setStretchLastSection(true);
        table->setSelectionBehavior(QAbstractItemView::SelectRows);
        table->setSelectionMode(QAbstractItemView::SingleSelection);
        table->setEditTriggers(QAbstractItemView::NoEditTriggers);
        table->setWordWrap(false);
    }
    m_tasks->hide();
    m_taskDone->hide();
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->hide();

    auto* buttons = new QHBoxLayout;
    for (QPushButton* b : {m_approve, m_reject, m_execute})
        buttons->addWidget(b);
    buttons->addWidget(m_why, 1);
    buttons->addWidget(m_languageLabel);
    buttons->addWidget(m_language);
    for (QPushButton* b : {m_certificate, m_taskDone})
        buttons->addWidget(b);
    buttons->addStretch(1);
    buttons->addWidget(m_close);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_banner);
    layout->addWidget(m_busy);
    layout->addWidget(m_steps, 2);
    layout->addWidget(m_processors);
    layout->addWidget(m_tasks, 1);
    layout->addLayout(buttons);
    resize(900, 560);

    connect(m_approve, &QPushButton::clicked, this, [this] { askDecision(true); });
    connect(m_reject, &QPushButton::clicked, this, [this] { askDecision(false); });
    connect(m_execute, &QPushButton::clicked, this, &ErasureDialog::askExecute);
    connect(m_certificate, &QPushButton::clicked, this, &ErasureDialog::askCertificate);
    connect(m_taskDone, &QPushButton::clicked, this, &ErasureDialog::markTaskDone);
    connect(m_close, &QPushButton::clicked, this, &QDialog::accept);
    connect(m_language, &QComboBox::activated, this, [this] { m_languageChosen = true; });
    retranslateUi();
    reload();
}

QString ErasureDialog::message() const
{
    return m_banner->text();
}

void ErasureDialog::reload()
{
    const bool dpo = m_info.role == StaffRole::Dpo;
    StoreCall::call<ErasureReview>(
        m_session, this,
        [id = m_requestId, dpo](Stores& stores, ErasureReview* review, QString* error) {
            return stores.erasure().review(id, dpo, review, error);
        },
        [this](const Result<ErasureReview>& result) {
            if (!result.ok) {
                m_banner->showMessage(MessageBanner::Kind::Error, result.error);
            } else {
                showPreview(result.value.preview);
                m_tasks->setRowCount(0);
                for (const ProcessorTask& t : result.value.tasks) {
                    const int row = m_tasks->rowCount();
                    m_tasks->insertRow(row);
                    m_tasks->setItem(row, 0, item(t.processor));
                    m_tasks->item(row, 0)->setData(Qt::UserRole, t.id);
                    m_tasks->setItem(row, 1, item(t.externalId));
                    m_tasks->setItem(row, 2, item(t.contact));
                    m_tasks->setItem(
                        row, 3,
                        item(t.doneAt.isValid()
                                 ? tr("done by %1, %2: %3").arg(t.doneBy, TimeFormat::dateTime(t.doneAt), t.note)
                                 : tr("open")));
                }
                showTasks();
            }
            emit loaded();
        });
}

void ErasureDialog::showPreview(const ErasurePreview& preview)
{
    m_preview = preview;
    const RequestDetail& request = m_preview.request;
    const QString& status = request.status;
    const bool fulfilled = status == QLatin1String("fulfilled");
    const bool open = request.isOpen();
    const bool approved = request.isApproved();
    const bool dpo = m_info.role == StaffRole::Dpo;
    const bool ownRequest = request.openedBy == m_info.login;

    QString state = RequestQueueModel::statusText(status);
    if (approved)
        state = tr("approved by %1").arg(request.approvedBy);
    m_heading->setText(tr("Erasure request %1 — learner %2 — %3").arg(m_requestId).arg(request.userId).arg(state));
    // Before the execution, what it will do; afterwards, what it did.
    const QList<ErasureStep>& steps = fulfilled ? request.erasureSummary.plan : m_preview.tables;
    const bool german = QLocale().language() == QLocale::German;
    m_steps->setRowCount(0);
    for (const ErasureStep& step : steps) {
        if (step.rows == 0)
            continue;
        const int row = m_steps->rowCount();
        m_steps->insertRow(row);
        // The certificate's words speak to the learner; "courses you taught" does not suit staff.
        m_steps->setItem(row, 0,
                         item(step.table == QLatin1String("courses") ? tr("Courses taught by the learner")
                                                                     : ErasureCertificate::tableTitle(step.table)));
        m_steps->item(row, 0)->setToolTip(step.table);
        QString action = step.action == QLatin1String("delete")      ? tr("delete")
                         : step.action == QLatin1String("anonymize") ? tr("anonymize")
                                                                     : tr("retain, restricted");
        m_steps->setItem(row, 1, item(action));
        m_steps->setItem(row, 2, item(QLocale().toString(step.rows), Qt::AlignRight | Qt::AlignVCenter));
        m_steps->setItem(row, 3, item(step.retainedUntil.isValid() ? TimeFormat::date(step.retainedUntil) : QString()));
        m_steps->setItem(row, 4, item(german ? step.basisDe : step.basisEn));
    }
    m_steps->resizeColumnsToContents();
    QStringList processors;
    for (const ErasureProcessor& p : m_preview.processors)
        processors << QStringLiteral("%1 (%2)").arg(p.processor, p.externalId);
    m_processors->setText(
        processors.isEmpty()
            ? tr("No external processor holds data of this learner.")
            : tr("External processors to ask for erasure: %1").arg(processors.join(QStringLiteral(", "))));
    m_processors->setVisible(!fulfilled);
    m_approve->setEnabled(dpo && open && !approved && !ownRequest);
    m_reject->setEnabled(dpo && open && !approved && !ownRequest);
    m_execute->setEnabled(dpo && open && approved);
    m_certificate->setEnabled(fulfilled);
    const QString why = !dpo         ? tr("Only the data protection officer decides on and executes erasures.")
                        : ownRequest ? tr("You opened this request, so a second person must decide on it.")
                                     : QString();
    m_approve->setToolTip(why);
    m_reject->setToolTip(why);
    // Said on the dialog, not only in a tooltip of a disabled button.
    m_why->setText(open && !approved ? why : QString());
    m_why->setVisible(!m_why->text().isEmpty());
    // The certificate speaks to the learner: their language unless the DPO picks the other.
    if (!m_languageChosen && !request.language.isEmpty())
        m_language->setCurrentIndex(std::max(0, m_language->findData(request.language)));
    m_languageLabel->setText(
        request.language.isEmpty()
            ? tr("Certificate in:")
            : tr("Certificate in (the learner's language is %1):").arg(ItemLabels::language(request.language)));
    m_languageLabel->setVisible(fulfilled);
    m_language->setVisible(fulfilled);
}

QString ErasureDialog::certificateLanguage() const
{
    return m_language->currentData().toString();
}

void ErasureDialog::setCertificateLanguage(const QString& language)
{
    m_languageChosen = true;
    m_language->setCurrentIndex(std::max(0, m_language->findData(language)));
}

void ErasureDialog::showTasks()
{
    const bool any = m_tasks->rowCount() > 0;
    m_tasks->setVisible(any);
    m_taskDone->setVisible(any);
    m_tasks->resizeColumnsToContents();
}

void ErasureDialog::finish(bool ok, const QString& message)
{
    m_banner->showMessage(ok ? MessageBanner::Kind::Information : MessageBanner::Kind::Error, message);
    if (ok)
        emit changed(m_requestId);
    reload();
}

void ErasureDialog::decide(bool approve, const QString& reason)
{
    StoreCall::call<RequestDetail>(
        m_session, this,
        [id = m_requestId, approve, reason](Stores& stores, RequestDetail* request, QString* error) {
            return stores.erasure().decide(id, approve, reason, request, error);
        },
        [this, approve](const Result<RequestDetail>& result) {
            finish(result.ok, result.ok ? (approve ? tr("Approved. A data protection officer can execute it now.")
                                                   : tr("Rejected."))
                                        : result.error);
        });
}

void ErasureDialog::execute()
{
    m_execute->setEnabled(false);
    m_busy->show();
    m_banner->showMessage(MessageBanner::Kind::Information, tr("Erasing…"));
    StoreCall::call<ErasureExecution>(
        m_session, this,
        [id = m_requestId](Stores& stores, ErasureExecution* executed, QString* error) {
            return stores.erasure().execute(id, executed, error);
        },
        [this](const Result<ErasureExecution>& result) {
            m_busy->hide();
            if (!result.ok) {
                finish(false, result.error);
                return;
            }
            finish(true, result.value.alreadyDone
                             ? tr("This erasure had already been executed; nothing was changed.")
                             : tr("The learner is erased. Save the certificate and follow up with the processors."));
        });
}

bool ErasureDialog::saveCertificate(const QString& path, QString* error) const
{
    return ErasureCertificate::write(m_preview.request, certificateLanguage(), path, error);
}

void ErasureDialog::askDecision(bool approve)
{
    ReasonDialog dialog(
        approve ? tr("Approve erasure") : tr("Reject erasure"),
        approve ? tr("You approve erasing learner %1 as the second person. Why?").arg(m_preview.request.userId)
                : tr("Why is the erasure rejected? The requester must be told."),
        approve ? tr("identity checked against the account's email address")
                : tr("an open invoice dispute requires keeping the account"),
        this);
    if (dialog.exec() == QDialog::Accepted)
        decide(approve, dialog.reason());
}

void ErasureDialog::askExecute()
{
    if (Confirm::ask(this, tr("Execute erasure"),
                     tr("Erase learner %1 now? Everything listed is deleted or anonymized in one step; this cannot be "
                        "undone. Retained records are restricted to you.")
                         .arg(m_preview.request.userId),
                     tr("Erase")))
        execute();
}

void ErasureDialog::askCertificate()
{
    const QString folder = Settings().exportFolder();
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save erasure certificate"),
        QDir(folder).filePath(QStringLiteral("erasure-certificate-request-%1.pdf").arg(m_requestId)),
        tr("PDF documents (*.pdf);;Text files (*.txt)"));
    if (path.isEmpty())
        return;
    QString error;
    const bool ok = saveCertificate(path, &error);
    m_banner->showMessage(ok ? MessageBanner::Kind::Information : MessageBanner::Kind::Error,
                          ok ? tr("Saved the certificate in %1: %2.")
                                   .arg(ItemLabels::language(certificateLanguage()), QDir::toNativeSeparators(path))
                             : error);
}

void ErasureDialog::markTaskDone()
{
    const int row = m_tasks->currentRow();
    if (row < 0)
        return;
    ReasonDialog dialog(tr("Follow-up done"),
                        tr("What did %1 confirm, or where is the evidence?").arg(m_tasks->item(row, 0)->text()),
                        tr("their confirmation email of 3 May"), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    StoreCall::call<NoValue>(
        m_session, this,
        [task = m_tasks->item(row, 0)->data(Qt::UserRole).toLongLong(), note = dialog.reason()](
            Stores& stores, NoValue*, QString* error) { return stores.erasure().taskDone(task, note, error); },
        [this](const Result<NoValue>& result) { finish(result.ok, result.ok ? tr("Noted.") : result.error); });
}

void ErasureDialog::retranslateUi()
{
    m_steps->setAccessibleName(tr("What the erasure does"));
    m_tasks->setAccessibleName(tr("Follow-up with processors"));
    setWindowTitle(tr("Erasure request %1").arg(m_requestId));
    m_steps->setHorizontalHeaderLabels({tr("Data"), tr("Action"), tr("Rows"), tr("Kept until"), tr("Legal basis")});
    m_tasks->setHorizontalHeaderLabels({tr("Processor"), tr("Their id of the learner"), tr("Contact"), tr("Status")});
    m_approve->setText(tr("Approve…"));
    m_reject->setText(tr("Reject…"));
    m_execute->setText(tr("Execute erasure…"));
    m_certificate->setText(tr("Save certificate…"));
    m_taskDone->setText(tr("Follow-up done…"));
    m_close->setText(tr("Close"));
    m_language->setAccessibleName(tr("Language of the certificate"));
    m_language->setItemText(0, ItemLabels::language(QStringLiteral("de")));
    m_language->setItemText(1, ItemLabels::language(QStringLiteral("en")));
    if (!m_preview.request.isNull())
        showPreview(m_preview);
}

void ErasureDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}
