// SPDX-License-Identifier: GPL-3.0-or-later
#include "UsersPage.h"

#include "UserDetailView.h"
#include "async/StoreCall.h"
#include "common/MainAction.h"
#include "common/MessageBanner.h"
#include "items/LookupResultsModel.h"

#include <QAction>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

UsersPage::UsersPage(DbSession* session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_ticketLabel(new QLabel(this))
    , m_ticket(new QLineEdit(this))
    , m_purposeLabel(new QLabel(this))
    , m_purpose(new QLineEdit(this))
    , m_search(new QLineEdit(this))
    , m_busy(new QProgressBar(this))
    , m_banner(new MessageBanner(this))
    , m_table(new QTableView(this))
    , m_open(new QPushButton(this))
    , m_model(new LookupResultsModel(this))
    , m_detail(new UserDetailView(session, this))
    , m_debounce(new QTimer(this))
    , m_count(new QLabel(this))
{
    setObjectName(QStringLiteral("usersPage"));
    m_ticket->setObjectName(QStringLiteral("ticketLineEdit"));
    m_purpose->setObjectName(QStringLiteral("purposeLineEdit"));
    m_search->setObjectName(QStringLiteral("searchLineEdit"));
    m_table->setObjectName(QStringLiteral("resultsTableView"));
    m_busy->setObjectName(QStringLiteral("searchProgressBar"));
    m_open->setObjectName(QStringLiteral("openLearnerButton"));
    m_open->setEnabled(false);
    // No tight maxLength: it would cut a pasted text unseen; a text over the limit is refused with
    // its length and the limit (LookupInput).
    for (QLineEdit* edit : {m_ticket, m_purpose, m_search})
        edit->setMaxLength(1 << 20);
    m_count->setObjectName(QStringLiteral("resultCountLabel"));
    MainAction::mark(m_open);
    m_search->setClearButtonEnabled(true);
    m_busy->setRange(0, 0);
    m_busy->setMaximumWidth(120);
    m_busy->setTextVisible(false);
    m_busy->hide();
    m_ticketLabel->setBuddy(m_ticket);
    m_purposeLabel->setBuddy(m_purpose);

    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);

    auto* bar = new QGridLayout;
    bar->addWidget(m_ticketLabel, 0, 0);
    bar->addWidget(m_ticket, 0, 1);
    bar->addWidget(m_purposeLabel, 0, 2);
    bar->addWidget(m_purpose, 0, 3);
    bar->addWidget(m_search, 1, 0, 1, 4);
    bar->addWidget(m_busy, 1, 4);
    bar->setColumnStretch(1, 1);
    bar->setColumnStretch(3, 1);

    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_table, 1);
    auto* below = new QHBoxLayout;
    below->addWidget(m_count, 1);
    below->addWidget(m_open);
    leftLayout->addLayout(below);
    auto* splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({420, 630});

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_banner);
    layout->addWidget(splitter, 1);

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(300);
    connect(m_debounce, &QTimer::timeout, this, &UsersPage::runSearch);
    connect(m_search, &QLineEdit::textEdited, m_debounce, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, &UsersPage::runSearch);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, m_open,
            [this](const QModelIndex& index) { m_open->setEnabled(m_model->hit(index.row()) != nullptr); });
    connect(m_model, &QAbstractItemModel::modelReset, m_open, [this] { m_open->setEnabled(false); });
    connect(m_table, &QTableView::activated, this, &UsersPage::openCurrent);
    connect(m_open, &QPushButton::clicked, this, &UsersPage::openCurrent);
    // The learner view works under the ticket in the field, and shows it; never under an old one.
    const auto followContext = [this] {
        if (m_detail->userId() != 0)
            m_detail->setContext(context());
    };
    connect(m_ticket, &QLineEdit::textChanged, m_detail, followContext);
    connect(m_purpose, &QLineEdit::textChanged, m_detail, followContext);
    connect(m_detail, &UserDetailView::accountChanged, this, [this] {
        if (!m_search->text().trimmed().isEmpty())
            runSearch();
    });
    auto* find = new QShortcut(QKeySequence::Find, this);
    connect(find, &QShortcut::activated, m_search, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });
    retranslateUi();
}

void UsersPage::setSession(const SessionInfo& info)
{
    m_isDpo = info.role == StaffRole::Dpo;
    m_purpose->setVisible(m_isDpo);
    m_purposeLabel->setVisible(m_isDpo);
    m_model->setHits({});
    m_detail->clear();
    retranslateUi();
    StoreCall::call<int>(
        m_session, this,
        [](Stores& stores, int* limit, QString* error) { return stores.users().lookupLimit(limit, error); },
        [this](const Result<int>& result) { m_resultLimit = result.ok ? result.value : 0; });
}

void UsersPage::setTicket(const QString& ticket)
{
    m_ticket->setText(ticket);
}

AccessContext UsersPage::context() const
{
    return {m_ticket->text().trimmed(), m_purpose->text().trimmed()};
}

void UsersPage::search(const QString& text)
{
    m_search->setText(text);
    runSearch();
}

void UsersPage::runSearch()
{
    m_debounce->stop();
    const QString text = m_search->text().trimmed();
    const int generation = ++m_generation;
    if (text.isEmpty()) {
        m_model->setHits({});
        m_banner->clear();
        m_count->clear();
        return;
    }
    m_searching = true;
    m_busy->show();
    StoreCall::call<QList<LookupHit>>(
        m_session, this,
        [text, context = context()](Stores& stores, QList<LookupHit>* hits, QString* error) {
            return stores.users().lookup(text, context, 0, hits, error);
        },
        [this, generation](const Result<QList<LookupHit>>& result) {
            if (generation != m_generation)
                return; // a newer search replaced this one
            m_searching = false;
            m_busy->hide();
            if (!result.ok) {
                m_banner->showMessage(MessageBanner::Kind::Warning, result.error);
                m_model->setHits({});
                m_count->clear();
            } else {
                m_banner->clear();
                m_model->setHits(result.value);
                m_table->resizeColumnsToContents();
                const int found = int(result.value.size());
                // At the limit there may be more: say that this is not the count.
                m_count->setText(m_resultLimit > 0 && found >= m_resultLimit
                                     ? tr("Showing the first %1 — refine the search").arg(found)
                                     : tr("%Ln learner(s) found", nullptr, found));
            }
            emit searchFinished();
        });
}

void UsersPage::openCurrent()
{
    if (const LookupHit* hit = m_model->hit(m_table->currentIndex().row()))
        openUser(hit->userId);
}

void UsersPage::openUser(qint64 userId)
{
    m_detail->showUser(userId, context());
}

void UsersPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void UsersPage::retranslateUi()
{
    m_ticket->setWhatsThis(tr("Every look-up is written to the access log with this ticket reference, so that a "
                              "review can tell why you looked. Support must give one; the data protection officer "
                              "may give a purpose instead."));
    m_search->setAccessibleName(tr("Search learners"));
    m_table->setAccessibleName(tr("Learners found"));
    m_ticketLabel->setText(tr("&Ticket:"));
    m_ticket->setPlaceholderText(m_isDpo ? tr("Ticket reference (or give a purpose)")
                                         : tr("Ticket reference, e.g. SUP-12345"));
    m_purposeLabel->setText(tr("&Purpose:"));
    m_purpose->setPlaceholderText(tr("Why you look, e.g. \"Art. 15 request of 3 May\""));
    m_search->setPlaceholderText(
        tr("Search by email, name, user id, public id, IP address or network, or invoice number (Ctrl+F)"));
    m_open->setText(tr("&Open learner"));
    m_open->setToolTip(tr("Open the selected learner (Return or double-click). Opening is logged as a view."));
    m_busy->setAccessibleName(tr("Searching"));
    m_busy->setToolTip(tr("Searching…"));
}
