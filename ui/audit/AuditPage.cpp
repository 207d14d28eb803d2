// SPDX-License-Identifier: GPL-3.0-or-later
#include "AuditPage.h"

#include "AuditLogModel.h"
#include "async/StoreCall.h"
#include "common/MainAction.h"
#include "common/MessageBanner.h"
#include "core/TimeFormat.h"
#include "privacy/AuditSentence.h"
#include "privacy/Checkpoint.h"
#include "users/ReasonDialog.h"

#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDir>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QShowEvent>
#include <QStackedBarSeries>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>
#include <QValueAxis>

AuditPage::AuditPage(DbSession* session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_banner(new MessageBanner(this))
    , m_useSince(new QCheckBox(this))
    , m_since(new QDateTimeEdit(QDateTime::currentDateTime().addDays(-7), this))
    , m_useUntil(new QCheckBox(this))
    , m_until(new QDateTimeEdit(QDateTime::currentDateTime(), this))
    , m_staff(new QLineEdit(this))
    , m_role(new QComboBox(this))
    , m_action(new QComboBox(this))
    , m_subject(new QLineEdit(this))
    , m_ticket(new QLineEdit(this))
    , m_noTicket(new QCheckBox(this))
    , m_anomalies(new QCheckBox(this))
    , m_withReviewed(new QCheckBox(this))
    , m_apply(new QPushButton(this))
    , m_oldest(new QPushButton(this))
    , m_bucket(new QComboBox(this))
    , m_chart(new QChartView(this))
    , m_table(new QTableView(this))
    , m_model(new AuditLogModel(session, this))
    , m_verify(new QPushButton(this))
    , m_checkpoint(new QPushButton(this))
    , m_export(new QPushButton(this))
    , m_review(new QPushButton(this))
    , m_progress(new QProgressBar(this))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("auditPage"));
    m_table->setObjectName(QStringLiteral("auditTable"));
    MainAction::mark(m_apply, QKeySequence::Refresh);
    MainAction::mark(m_verify, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V));
    MainAction::mark(m_checkpoint);
    MainAction::mark(m_export, QKeySequence(Qt::CTRL | Qt::Key_E));
    m_verify->setObjectName(QStringLiteral("verifyButton"));
    m_subject->setObjectName(QStringLiteral("subjectFilterEdit"));
    m_anomalies->setObjectName(QStringLiteral("anomaliesCheckBox"));
    m_withReviewed->setObjectName(QStringLiteral("withReviewedCheckBox"));
    m_withReviewed->setEnabled(false);
    connect(m_anomalies, &QCheckBox::toggled, m_withReviewed, &QWidget::setEnabled);
    m_review->setObjectName(QStringLiteral("reviewButton"));
    m_review->setEnabled(false);
    m_status->setObjectName(QStringLiteral("verifyStatusLabel"));
    for (QDateTimeEdit* edit : {m_since, m_until}) {
        edit->setCalendarPopup(true);
        edit->setEnabled(false);
    }
    connect(m_useSince, &QCheckBox::toggled, m_since, &QWidget::setEnabled);
    connect(m_useUntil, &QCheckBox::toggled, m_until, &QWidget::setEnabled);
    m_subject->setMaximumWidth(90);
    m_table->setModel(m_model);
    m_table->setTabKeyNavigation(false); // Tab leaves the log for the buttons; arrows move in it
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionResizeMode(AuditLogModel::Description, QHeaderView::Stretch);
    m_table->setAlternatingRowColors(true);
    m_chart->setMinimumHeight(150);
    m_chart->setMaximumHeight(190);
    m_chart->setRenderHint(QPainter::Antialiasing);
    m_progress->setRange(0, 100);
    m_progress->hide();
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* menu = new QMenu(m_checkpoint);
    menu->addAction(QString(), this, &AuditPage::askCreateKey)->setObjectName(QStringLiteral("createKeyAction"));
    menu->addAction(QString(), this, &AuditPage::askSignCheckpoint)->setObjectName(QStringLiteral("signAction"));
    menu->addAction(QString(), this, &AuditPage::askVerifyCheckpoint)
        ->setObjectName(QStringLiteral("verifyAgainstAction"));
    m_checkpoint->setMenu(menu);

    auto* filters = new QGridLayout;
    int column = 0;
    for (QWidget* w : std::initializer_list<QWidget*>{m_useSince, m_since, m_useUntil, m_until, m_staff, m_role})
        filters->addWidget(w, 0, column++);
    column = 0;
    for (QWidget* w : std::initializer_list<QWidget*>{m_action, m_subject, m_ticket, m_noTicket, m_anomalies,
                                                      m_withReviewed, m_apply, m_oldest})
        filters->addWidget(w, 1, column++);
    filters->addWidget(m_bucket, 0, 6);
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_verify);
    bottom->addWidget(m_checkpoint);
    bottom->addWidget(m_progress);
    bottom->addWidget(m_status, 1);
    bottom->addWidget(m_review);
    bottom->addWidget(m_export);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_banner);
    layout->addWidget(m_chart);
    layout->addWidget(m_table, 1);
    layout->addLayout(bottom);
    // Tab in reading order: the first filter row, the second, the chart, the log, the bottom row.
    const QList<QWidget*> order{m_useSince, m_since,   m_useUntil, m_until,    m_staff,      m_role,         m_bucket,
                                m_action,   m_subject, m_ticket,   m_noTicket, m_anomalies,  m_withReviewed, m_apply,
                                m_oldest,   m_chart,   m_table,    m_verify,   m_checkpoint, m_review,       m_export};
    for (qsizetype i = 1; i < order.size(); ++i)
        setTabOrder(order.at(i - 1), order.at(i));

    connect(m_apply, &QPushButton::clicked, this, [this] { apply(false); });
    connect(m_bucket, &QComboBox::activated, this, &AuditPage::updateChart);
    connect(m_oldest, &QPushButton::clicked, this, [this] { apply(true); });
    for (QLineEdit* edit : {m_staff, m_subject, m_ticket})
        connect(edit, &QLineEdit::returnPressed, this, [this] { apply(false); });
    connect(m_verify, &QPushButton::clicked, this, [this] { verify(); });
    connect(m_review, &QPushButton::clicked, this, &AuditPage::askReview);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &AuditPage::updateReviewButton);
    connect(m_model, &QAbstractItemModel::modelReset, this, &AuditPage::updateReviewButton);
    auto* exports = new QMenu(m_export);
    exports->addAction(QString(), this, &AuditPage::askExportCsv);
    exports->addAction(QString(), this, &AuditPage::askExportPdf);
    m_export->setMenu(exports);
    connect(m_model, &AuditLogModel::failed, this,
            [this](const QString& message) { m_banner->showMessage(MessageBanner::Kind::Error, message); });
    connect(m_model, &AuditLogModel::pageLoaded, this, [this] {
        if (m_model->loadedTotal() <= AuditLogModel::PageSize) {
            m_table->resizeColumnsToContents();
            // The sentence is what a reviewer reads first; a long reason is elided, whole in its tooltip.
            const int flagWidth = m_table->viewport()->width() / 4;
            if (m_table->columnWidth(AuditLogModel::Flag) > flagWidth)
                m_table->setColumnWidth(AuditLogModel::Flag, flagWidth);
        }
    });
    retranslateUi();
}

void AuditPage::setSession(const SessionInfo& info)
{
    m_info = info;
    if (isVisible())
        apply(false);
}

// The log grows while the page is hidden: it loads whenever it is shown, without Show pressed.
void AuditPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (event->spontaneous() || m_reloadPending)
        return;
    m_reloadPending = true;
    QTimer::singleShot(0, this, [this] {
        if (m_reloadPending && isVisible())
            apply(false);
        m_reloadPending = false;
    });
}

void AuditPage::showForLearner(qint64 userId)
{
    m_subject->setText(QString::number(userId));
    apply(false);
}

void AuditPage::showUnusual()
{
    m_anomalies->setChecked(true);
    apply(false);
}

AuditFilter AuditPage::currentFilter() const
{
    AuditFilter f;
    if (m_useSince->isChecked())
        f.since = m_since->dateTime();
    if (m_useUntil->isChecked())
        f.until = m_until->dateTime();
    f.staff = m_staff->text().trimmed();
    f.role = m_role->currentData().toString();
    f.action = m_action->currentData().toString();
    f.subjectId = m_subject->text().trimmed().toLongLong();
    f.ticket = m_ticket->text().trimmed();
    f.noTicket = m_noTicket->isChecked();
    f.anomaliesOnly = m_anomalies->isChecked();
    f.withReviewed = f.anomaliesOnly && m_withReviewed->isChecked();
    return f;
}

void AuditPage::apply(bool oldestFirst)
{
    m_reloadPending = false; // one load, whoever asks first
    m_banner->clear();
    if (!m_subject->text().trimmed().isEmpty() && m_subject->text().trimmed().toLongLong() <= 0) {
        m_banner->showMessage(MessageBanner::Kind::Error, tr("The learner is given by their id, a positive number."));
        return;
    }
    m_model->setFilter(currentFilter(), oldestFirst);
    updateChart();
}

void AuditPage::updateChart()
{
    const AuditFilter filter = currentFilter();
    const bool hourly = m_bucket->currentIndex() == 1;
    StoreCall::call<QList<AuditActivity>>(
        m_session, this,
        [filter, hourly](Stores& stores, QList<AuditActivity>* activity, QString* error) {
            return stores.audit().activity(filter, hourly ? QStringLiteral("hour") : QStringLiteral("day"), activity,
                                           error);
        },
        [this, hourly](const Result<QList<AuditActivity>>& result) {
            auto* chart = new QChart;
            chart->legend()->setAlignment(Qt::AlignRight);
            chart->setMargins(QMargins(2, 2, 2, 2));
            if (result.ok && !result.value.isEmpty()) {
                // The last 31 days with entries; one stack per day, a set per staff member, and
                // the unusual entries as a set of their own.
                QList<QDateTime> days; // buckets: days or hours
                QStringList staff;
                for (const AuditActivity& a : result.value) {
                    if (days.isEmpty() || days.last() != a.bucket)
                        days << a.bucket;
                    if (!staff.contains(a.staff))
                        staff << a.staff;
                }
                days = days.mid(qMax<qsizetype>(0, days.size() - 31));
                auto* series = new QStackedBarSeries;
                QMap<QString, QBarSet*> sets;
                for (const QString& s : staff) {
                    sets.insert(s, new QBarSet(s));
                    for (int i = 0; i < days.size(); ++i)
                        *sets[s] << 0;
                }
                auto* unusual = new QBarSet(tr("unusual"));
                unusual->setColor(QColor(0xb0, 0x00, 0x20));
                for (int i = 0; i < days.size(); ++i)
                    *unusual << 0;
                for (const AuditActivity& a : result.value) {
                    const int i = int(days.indexOf(a.bucket));
                    if (i < 0)
                        continue;
                    sets[a.staff]->replace(i, sets[a.staff]->at(i) + double(a.entries - a.anomalies));
                    unusual->replace(i, unusual->at(i) + double(a.anomalies));
                }
                for (QBarSet* set : sets)
                    series->append(set);
                series->append(unusual);
                chart->addSeries(series);
                auto* axisX = new QBarCategoryAxis;
                const QString format =
                    hourly ? TimeFormat::axisDayFormat() + QStringLiteral(" HH:00") : TimeFormat::axisDayFormat();
                for (const QDateTime& d : days)
                    axisX->append(TimeFormat::locale().toString(d.toLocalTime(), format));
                chart->addAxis(axisX, Qt::AlignBottom);
                series->attachAxis(axisX);
                auto* axisY = new QValueAxis;
                axisY->setLabelFormat(QStringLiteral("%d"));
                chart->addAxis(axisY, Qt::AlignLeft);
                series->attachAxis(axisY);
                // A click on a day shows that day in the table.
                connect(series, &QStackedBarSeries::clicked, this, [this, days, hourly](int index, QBarSet*) {
                    const QDateTime from = days.value(index).toLocalTime();
                    m_useSince->setChecked(true);
                    m_useUntil->setChecked(true);
                    m_since->setDateTime(from);
                    m_until->setDateTime(hourly ? from.addSecs(3600) : from.addDays(1));
                    apply(false);
                });
            } else {
                chart->setTitle(result.ok ? tr("No entries under this filter.") : result.error);
            }
            QChart* old = m_chart->chart();
            m_chart->setChart(chart);
            delete old;
            emit chartUpdated();
        });
}

void AuditPage::setBusy(bool busy)
{
    m_verify->setEnabled(!busy);
    m_checkpoint->setEnabled(!busy);
    m_progress->setVisible(busy);
}

void AuditPage::verify(const QString& checkpointPath, const QString& publicKeyPath)
{
    Checkpoint checkpoint;
    QString error;
    if (!checkpointPath.isEmpty()) {
        QFile file(checkpointPath);
        if (!file.open(QIODevice::ReadOnly) || !Checkpoint::parse(file.readAll(), &checkpoint, &error) ||
            (!publicKeyPath.isEmpty() && !checkpoint.signedBy(publicKeyPath, &error))) {
            if (error.isEmpty())
                error = tr("Cannot read %1: %2").arg(checkpointPath, file.errorString());
            m_status->setText(error);
            emit verified(false);
            return;
        }
    }
    setBusy(true);
    m_progress->setRange(0, 0);
    m_status->setText(tr("Verifying…"));
    m_cancel = std::make_shared<std::atomic_bool>(false);
    QPointer<AuditPage> self(this);
    const bool withCheckpoint = !checkpointPath.isEmpty();
    StoreCall::call<ChainCheck>(
        m_session, this,
        [checkpoint, withCheckpoint, cancel = m_cancel, self](Stores& stores, ChainCheck* check, QString* error) {
            return stores.audit().verifyChain(
                withCheckpoint ? &checkpoint : nullptr, check, error,
                [self](qint64 checked) {
                    QMetaObject::invokeMethod(
                        qApp,
                        [self, checked] {
                            if (self)
                                self->m_status->setText(tr("Verifying… %L1 entries").arg(checked));
                        },
                        Qt::QueuedConnection);
                },
                cancel.get());
        },
        [this, withCheckpoint](const Result<ChainCheck>& result) {
            setBusy(false);
            const auto& r = result.value.chain;
            bool intact = false;
            if (!result.ok) {
                m_status->setText(result.error);
            } else if (!r.intact) {
                m_status->setText(tr("Broken: %1 Entries up to %2 are intact.").arg(r.message).arg(r.lastId));
            } else {
                intact = result.value.matches;
                QString text = tr("Intact up to entry %1, head hash %2.")
                                   .arg(r.lastId)
                                   .arg(QString::fromLatin1(r.headHash.toHex()));
                if (withCheckpoint)
                    text += QLatin1Char(' ') + result.value.verdict;
                m_status->setText(text);
            }
            emit verified(intact);
        },
        DbSession::Lane::Long);
}

bool AuditPage::createKey(const QString& path, const QString& passphrase, QString* error)
{
    return Checkpoint::generateKey(path, passphrase.toUtf8(), error);
}

void AuditPage::signCheckpoint(const QString& keyPath, const QString& passphrase, const QString& outPath)
{
    setBusy(true);
    m_progress->setRange(0, 0);
    StoreCall::call<CheckpointSigning>(
        m_session, this,
        [keyPath, passphrase, outPath](Stores& stores, CheckpointSigning* signing, QString* error) {
            return stores.audit().signCheckpoint(keyPath, passphrase.toUtf8(), outPath, signing, error);
        },
        [this, outPath](const Result<CheckpointSigning>& result) {
            setBusy(false);
            const CheckpointSigning& signing = result.value;
            const QString message =
                result.ok ? tr("Checkpoint of entry %1 signed with key %2.")
                                .arg(signing.checkpoint.lastId)
                                .arg(signing.checkpoint.fingerprint())
                : signing.broken ? tr("The access log is broken (%1); a checkpoint would vouch for a broken log.")
                                       .arg(signing.chain.message)
                : signing.unwritten ? tr("Cannot write %1: %2").arg(outPath, result.error)
                                    : result.error;
            m_banner->showMessage(result.ok ? MessageBanner::Kind::Information : MessageBanner::Kind::Error, message);
            emit checkpointWritten(result.ok);
        },
        DbSession::Lane::Long);
}

void AuditPage::exportPdf(const QString& path)
{
    // Writing the PDF needs fonts (GUI thread); the entries come from the worker's connection
    // in the report itself, so the report runs where the connection lives.
    const QString language = QLocale().language() == QLocale::German ? QStringLiteral("de") : QStringLiteral("en");
    StoreCall::call<qint64>(
        m_session, this,
        [filter = currentFilter(), path, language](Stores& stores, qint64* entries, QString* error) {
            return stores.writeAuditPdf(filter, language, path, entries, error);
        },
        [this, path](const Result<qint64>& result) {
            m_banner->showMessage(result.ok ? MessageBanner::Kind::Information : MessageBanner::Kind::Error,
                                  result.ok
                                      ? tr("Wrote the review report of %Ln entry(s) to %1.", nullptr, int(result.value))
                                            .arg(QDir::toNativeSeparators(path))
                                      : result.error);
            emit exported(result.ok);
        },
        DbSession::Lane::Long);
}

void AuditPage::askExportPdf()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save the review report"), QStringLiteral("access-log-review.pdf"), tr("PDF documents (*.pdf)"));
    if (!path.isEmpty())
        exportPdf(path);
}

void AuditPage::exportCsv(const QString& path)
{
    StoreCall::call<qint64>(
        m_session, this,
        [filter = currentFilter(), path](Stores& stores, qint64* entries, QString* error) {
            return stores.writeAuditCsv(filter, path, entries, error);
        },
        [this, path](const Result<qint64>& result) {
            m_banner->showMessage(
                result.ok ? MessageBanner::Kind::Information : MessageBanner::Kind::Error,
                result.ok
                    ? tr("Wrote %Ln entry(s) to %1.", nullptr, int(result.value)).arg(QDir::toNativeSeparators(path))
                    : result.error);
            emit exported(result.ok);
        },
        DbSession::Lane::Long);
}

void AuditPage::updateReviewButton()
{
    const AuditEntry* e = m_model->entry(m_table->currentIndex().row());
    // Four eyes: one's own access is reviewed by another DPO (the database refuses it too).
    m_review->setEnabled(e && e->flagged() && !e->review.isReviewed() && e->staff != m_info.login);
}

void AuditPage::review(qint64 entryId, const QString& outcome, const QString& note)
{
    StoreCall::call<AuditReview>(
        m_session, this,
        [entryId, outcome, note](Stores& stores, AuditReview* review, QString* error) {
            return stores.audit().review(entryId, outcome, note, review, error);
        },
        [this, entryId](const Result<AuditReview>& result) {
            if (result.ok) {
                m_model->setReview(entryId, result.value);
                m_banner->showMessage(
                    MessageBanner::Kind::Information,
                    tr("Entry %1 reviewed: %2.").arg(entryId).arg(AuditSentence::outcomeLabel(result.value.outcome)));
            } else {
                m_banner->showMessage(MessageBanner::Kind::Error, result.error);
            }
            updateReviewButton();
            emit reviewed(result.ok);
        });
}

void AuditPage::askReview()
{
    const AuditEntry* e = m_model->entry(m_table->currentIndex().row());
    if (!e || !e->flagged())
        return;
    const qint64 id = e->id;
    QStringList labels;
    for (const QString& outcome : AuditSentence::outcomes())
        labels << AuditSentence::outcomeLabel(outcome);
    bool ok = false;
    const QString label = QInputDialog::getItem(
        this, tr("Review flag"),
        tr("%1\n%2\n\nOutcome:").arg(AuditSentence::sentence(*e), AuditSentence::flagReasons(e->flags)), labels, 0,
        false, &ok);
    if (!ok)
        return;
    const QString outcome = AuditSentence::outcomes().value(labels.indexOf(label));
    ReasonDialog dialog(tr("Review flag"), tr("Note (what you found, whom you asked):"),
                        tr("the shift plan shows a night shift for this ticket"), this);
    if (dialog.exec() == QDialog::Accepted)
        review(id, outcome, dialog.reason());
}

QString AuditPage::message() const
{
    return m_banner->text();
}

void AuditPage::askVerifyCheckpoint()
{
    const QString checkpoint =
        QFileDialog::getOpenFileName(this, tr("Checkpoint to verify against"), QString(), tr("Checkpoints (*.json)"));
    if (checkpoint.isEmpty())
        return;
    const QString key = QFileDialog::getOpenFileName(this, tr("Public key the checkpoint must be signed with"),
                                                     QString(), tr("Public keys (*.pub)"));
    verify(checkpoint, key);
}

void AuditPage::askCreateKey()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("New checkpoint key"), QString(), tr("Keys (*.key)"));
    if (path.isEmpty())
        return;
    bool ok = false;
    const QString pass =
        QInputDialog::getText(this, tr("New checkpoint key"), tr("Passphrase for the key (at least 12 characters):"),
                              QLineEdit::Password, QString(), &ok);
    if (!ok)
        return;
    QString error;
    if (createKey(path, pass, &error))
        m_banner->showMessage(MessageBanner::Kind::Information,
                              tr("Wrote %1 and %1.pub. Keep the key away from the database server.").arg(path));
    else
        m_banner->showMessage(MessageBanner::Kind::Error, error);
}

void AuditPage::askSignCheckpoint()
{
    const QString key = QFileDialog::getOpenFileName(this, tr("Checkpoint key"), QString(), tr("Keys (*.key)"));
    if (key.isEmpty())
        return;
    bool ok = false;
    const QString pass = QInputDialog::getText(this, tr("Checkpoint key"), tr("Passphrase of the key:"),
                                               QLineEdit::Password, QString(), &ok);
    if (!ok)
        return;
    const QString out =
        QFileDialog::getSaveFileName(this, tr("Save checkpoint"),
                                     QStringLiteral("checkpoint-%1.json")
                                         .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmm"))),
                                     tr("Checkpoints (*.json)"));
    if (!out.isEmpty())
        signCheckpoint(key, pass, out);
}

void AuditPage::askExportCsv()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export the filtered log"),
                                                      QStringLiteral("access-log.csv"), tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        exportCsv(path);
}

void AuditPage::retranslateUi()
{
    for (QDateTimeEdit* edit : {m_since, m_until}) {
        edit->setLocale(TimeFormat::locale());
        edit->setDisplayFormat(TimeFormat::editFormat());
    }
    m_verify->setWhatsThis(tr("Reads the whole access log and recomputes its hash chain on this computer. A changed, "
                              "missing or reordered entry is named; nothing is changed."));
    m_checkpoint->setWhatsThis(tr("Signs the verified end of the chain with your private key, kept in a file outside "
                                  "the database. A later verification against the checkpoint also finds a rewritten "
                                  "or shortened log."));
    m_anomalies->setWhatsThis(tr("Shows only flagged entries not yet reviewed: access to a learner outside working "
                                 "hours, many people in an hour, no ticket and no open request, sensitive reveals, "
                                 "repeated refusals. Reading the log and administration are never flagged."));
    m_withReviewed->setText(tr("Include reviewed"));
    m_withReviewed->setToolTip(tr("Also show flags that have been reviewed, with their outcome."));
    m_review->setText(tr("Review flag…"));
    m_review->setToolTip(tr("Mark the selected flag as justified, followed up or escalated, with a note."));
    m_staff->setAccessibleName(tr("Staff login"));
    m_role->setAccessibleName(tr("Role"));
    m_action->setAccessibleName(tr("Action"));
    m_subject->setAccessibleName(tr("Learner id"));
    m_ticket->setAccessibleName(tr("Ticket"));
    m_bucket->setAccessibleName(tr("Chart per day or per hour"));
    m_chart->setAccessibleName(tr("Entries per staff member"));
    m_chart->viewport()->setAccessibleName(tr("Entries per staff member"));
    m_table->setAccessibleName(tr("Access log entries"));
    m_useSince->setText(tr("From"));
    m_useUntil->setText(tr("until"));
    m_staff->setPlaceholderText(tr("Staff login"));
    const int role = qMax(0, m_role->currentIndex());
    m_role->clear();
    m_role->addItem(tr("Any role"), QString());
    m_role->addItem(tr("Support"), QStringLiteral("support"));
    m_role->addItem(tr("Data protection officer"), QStringLiteral("dpo"));
    m_role->addItem(tr("Administrator"), QStringLiteral("admin"));
    m_role->setCurrentIndex(role);
    const QString action = m_action->currentData().toString();
    m_action->clear();
    m_action->addItem(tr("Any action"), QString());
    for (const QString& code : AuditSentence::knownActions())
        m_action->addItem(AuditSentence::actionLabel(code), code);
    m_action->setCurrentIndex(qMax(0, m_action->findData(action)));
    m_subject->setPlaceholderText(tr("Learner id"));
    m_ticket->setPlaceholderText(tr("Ticket"));
    m_noTicket->setText(tr("Without ticket"));
    m_anomalies->setText(tr("Only unusual"));
    m_apply->setText(tr("Show"));
    m_oldest->setText(tr("Oldest first"));
    m_oldest->setToolTip(tr("Jump to the start of the log and read forward."));
    const int bucket = qMax(0, m_bucket->currentIndex());
    m_bucket->clear();
    m_bucket->addItems({tr("Chart per day"), tr("Chart per hour")});
    m_bucket->setCurrentIndex(bucket);
    m_bucket->setAccessibleName(tr("Chart per day or per hour"));
    m_verify->setText(tr("Verify chain"));
    m_checkpoint->setText(tr("Checkpoint"));
    m_checkpoint->menu()->actions().at(0)->setText(tr("Create key…"));
    m_checkpoint->menu()->actions().at(1)->setText(tr("Sign checkpoint…"));
    m_checkpoint->menu()->actions().at(2)->setText(tr("Verify against checkpoint…"));
    m_export->setText(tr("Report"));
    m_export->menu()->actions().at(0)->setText(tr("Export CSV…"));
    m_export->menu()->actions().at(1)->setText(tr("Review report (PDF)…"));
}

void AuditPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}
