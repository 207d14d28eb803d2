// SPDX-License-Identifier: GPL-3.0-or-later
#include "UserDetailView.h"

#include "ReasonDialog.h"
#include "RectifyDialog.h"
#include "async/StoreCall.h"
#include "common/Confirm.h"
#include "common/MainAction.h"
#include "common/MessageBanner.h"
#include "core/TimeFormat.h"
#include "items/CategoryRowsModel.h"
#include "items/ColumnTitles.h"
#include "items/ItemLabels.h"
#include "items/LookupResultsModel.h"

#include "requests/OpenRequestDialog.h"

#include <QAbstractButton>
#include <QAction>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

UserDetailView::UserDetailView(DbSession* session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_heading(new QLabel(this))
    , m_contextLabel(new QLabel(this))
    , m_emailLabel(new QLabel(this))
    , m_revealEmail(new QPushButton(this))
    , m_banner(new MessageBanner(this))
    , m_toolbar(new QToolBar(this))
    , m_moreOperations(new QToolBar(this))
    , m_links(new QToolBar(this))
    , m_tabs(new QTabWidget(this))
{
    setObjectName(QStringLiteral("userDetailView"));
    m_heading->setObjectName(QStringLiteral("learnerHeadingLabel"));
    m_contextLabel->setObjectName(QStringLiteral("ticketContextLabel"));
    m_contextLabel->setWordWrap(true);
    m_banner->setObjectName(QStringLiteral("detailBanner"));
    m_tabs->setObjectName(QStringLiteral("categoryTabWidget"));
    m_toolbar->setObjectName(QStringLiteral("operationsToolBar"));
    QFont font = m_heading->font();
    font.setPointSizeF(font.pointSizeF() * 1.3);
    font.setBold(true);
    m_heading->setFont(font);
    m_heading->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_moreOperations->setObjectName(QStringLiteral("moreOperationsToolBar"));
    m_moreOperations->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_links->setObjectName(QStringLiteral("linksToolBar"));
    m_links->setToolButtonStyle(Qt::ToolButtonTextOnly);

    const QList<std::pair<QString, std::function<void()>>> actions{
        {QStringLiteral("lockAction"), [this] { runOperation(UserDirectory::Operation::Lock); }},
        {QStringLiteral("unlockAction"), [this] { runOperation(UserDirectory::Operation::Unlock); }},
        {QStringLiteral("revokeSessionsAction"), [this] { runOperation(UserDirectory::Operation::RevokeSessions); }},
        {QStringLiteral("resetPasswordAction"), [this] { runOperation(UserDirectory::Operation::ForcePasswordReset); }},
        {QStringLiteral("withdrawMarketingAction"),
         [this] { runOperation(UserDirectory::Operation::WithdrawMarketing); }},
        {QStringLiteral("rectifyAction"), [this] { rectify(); }},
        {QStringLiteral("restrictAction"), [this] { restrictProcessing(); }},
        {QStringLiteral("revealEmailAction"), [this] { revealEmail(); }},
        {QStringLiteral("openRequestAction"), [this] { openRequest(); }},
        {QStringLiteral("showRequestsAction"), [this] { emit requestsWanted(m_userId); }},
        {QStringLiteral("showAccessLogAction"), [this] { emit accessLogWanted(m_userId); }},
    };
    for (const auto& [name, slot] : actions) {
        QAction* action = m_toolbar->addAction(QString());
        action->setObjectName(name);
        connect(action, &QAction::triggered, this, slot);
        m_actions << action;
    }
    // Account operations on two rows (none in an overflow); what leads elsewhere on a row of its own.
    for (int i = 4; i < 7; ++i) { // withdraw marketing consent, rectify, restrict
        m_toolbar->removeAction(m_actions.at(i));
        m_moreOperations->addAction(m_actions.at(i));
    }
    for (int i = 8; i < m_actions.size(); ++i) {
        m_toolbar->removeAction(m_actions.at(i));
        m_links->addAction(m_actions.at(i));
    }
    // The reveal sits beside the masked email, never in the toolbar's overflow; its shortcut works
    // in the whole window while the learner is shown.
    QAction* revealAction = m_actions.at(7);
    m_toolbar->removeAction(revealAction);
    addAction(revealAction);
    revealAction->setShortcut(revealShortcut());
    m_emailLabel->setObjectName(QStringLiteral("emailLabel"));
    m_emailLabel->setTextFormat(Qt::PlainText);
    m_emailLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_revealEmail->setObjectName(QStringLiteral("revealEmailButton"));
    // Like the toolbar's operations, reached from the keyboard by its shortcut (and the Page
    // menu), so that Tab goes on from the results to the learner's data in reading order.
    m_revealEmail->setFocusPolicy(Qt::ClickFocus);
    connect(m_revealEmail, &QPushButton::clicked, revealAction, &QAction::trigger);
    // The Page menu lists the learner's operations (MainWindow collects marked buttons).
    MainAction::mark(m_revealEmail);
    for (QToolBar* bar : {m_toolbar, m_moreOperations, m_links})
        for (QAction* action : bar->actions())
            if (auto* button = qobject_cast<QAbstractButton*>(bar->widgetForAction(action)))
                MainAction::mark(button);
    auto* emailRow = new QHBoxLayout;
    emailRow->addWidget(m_emailLabel);
    emailRow->addWidget(m_revealEmail);
    emailRow->addStretch(1);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_heading);
    layout->addWidget(m_contextLabel);
    layout->addLayout(emailRow);
    layout->addWidget(m_toolbar);
    layout->addWidget(m_moreOperations);
    layout->addWidget(m_links);
    layout->addWidget(m_banner);
    layout->addWidget(m_tabs, 1);
    retranslateUi();
    clear();
}

void UserDetailView::showUser(qint64 userId, const AccessContext& context)
{
    m_userId = userId;
    m_context = context;
    m_contextLabel->setText(contextText());
    m_banner->clear();
    reload();
}

void UserDetailView::setContext(const AccessContext& context)
{
    m_context = context;
    m_contextLabel->setText(contextText());
    for (auto* model : m_tabs->findChildren<CategoryRowsModel*>())
        model->setContext(context);
    if (m_hasSummary)
        updateActions();
}

bool UserDetailView::hasContext() const
{
    return !m_context.ticket.isEmpty() || !m_context.purpose.isEmpty();
}

// Guards every operation and reveal, also one triggered by a shortcut while the toolbar is off.
bool UserDetailView::requireContext()
{
    if (hasContext())
        return true;
    m_banner->showMessage(MessageBanner::Kind::Warning,
                          tr("Enter the ticket you are working on above. Nothing was changed or revealed."));
    return false;
}

QString UserDetailView::contextText() const
{
    if (m_userId == 0)
        return QString();
    if (!hasContext())
        return tr("No ticket: enter the ticket you are working on above to change or reveal anything.");
    if (m_context.ticket.isEmpty())
        return tr("Working for the purpose: %1").arg(m_context.purpose);
    return tr("Working under ticket %1").arg(m_context.ticket);
}

void UserDetailView::clear()
{
    m_userId = 0;
    m_summary = {};
    m_hasSummary = false;
    m_heading->setText(tr("Choose a learner from the results."));
    m_contextLabel->clear();
    m_tabs->clear();
    m_toolbar->setEnabled(false);
    m_moreOperations->setEnabled(false);
    m_links->setEnabled(false);
    m_emailLabel->clear();
    m_revealEmail->hide();
    m_actions.at(7)->setEnabled(false);
}

void UserDetailView::reload()
{
    m_loading = true;
    m_toolbar->setEnabled(false);
    m_moreOperations->setEnabled(false);
    StoreCall::call<LearnerSummary>(
        m_session, this,
        [id = m_userId, context = m_context](Stores& stores, LearnerSummary* summary, QString* error) {
            return stores.users().summary(id, context, summary, error);
        },
        [this, id = m_userId](const Result<LearnerSummary>& result) {
            if (id != m_userId)
                return; // another learner was opened meanwhile
            m_loading = false;
            if (!result.ok) {
                m_banner->showMessage(MessageBanner::Kind::Error, result.error);
                emit loaded();
                return;
            }
            onSummary(result.value);
        });
}

void UserDetailView::onSummary(const LearnerSummary& summary)
{
    m_summary = summary;
    m_hasSummary = true;
    m_heading->setText(tr("%1 — learner %2, %3")
                           .arg(learnerName())
                           .arg(m_userId)
                           .arg(LookupResultsModel::statusText(m_summary.account.status)));
    m_contextLabel->setText(contextText());
    updateActions();
    buildTabs();
    emit loaded();
}

void UserDetailView::updateActions()
{
    const LearnerAccount& account = m_summary.account;
    const bool erased = account.isErased();
    m_toolbar->setEnabled(!erased && hasContext());
    m_moreOperations->setEnabled(!erased && hasContext());
    m_links->setEnabled(true);
    m_actions.at(8)->setEnabled(!erased && hasContext()); // no new request for an erased learner
    m_actions.at(0)->setEnabled(account.isActive());
    m_actions.at(1)->setEnabled(account.isLocked());
    // An operation the platform's data map does not bind stays in its place, disabled, saying why.
    const QList<UserDirectory::Operation> operations{
        UserDirectory::Operation::Lock, UserDirectory::Operation::Unlock, UserDirectory::Operation::RevokeSessions,
        UserDirectory::Operation::ForcePasswordReset, UserDirectory::Operation::WithdrawMarketing};
    for (int i = 0; i < operations.size(); ++i) {
        const bool offered = m_summary.offers(UserDirectory::mapName(operations.at(i)));
        if (!offered)
            m_actions.at(i)->setEnabled(false);
        m_actions.at(i)->setToolTip(offered ? QString() : tr("The data map of this platform binds no such operation."));
    }
    m_actions.at(7)->setEnabled(account.emailMasked && !erased); // without a ticket, it says so
    m_emailLabel->setText(tr("Email: %1").arg(account.email) + (account.emailMasked ? tr(" (masked)") : QString()));
    m_revealEmail->setVisible(account.emailMasked && !erased);
    m_revealEmail->setEnabled(m_actions.at(7)->isEnabled());

    // Only the DPO reads the access log.
    m_actions.at(10)->setVisible(m_session->info().role == StaffRole::Dpo);
}

QString UserDetailView::learnerName() const
{
    return m_summary.account.name;
}

void UserDetailView::buildTabs()
{
    const int current = m_tabs->currentIndex();
    while (m_tabs->count() > 0) {
        QWidget* page = m_tabs->widget(0);
        m_tabs->removeTab(0);
        page->deleteLater();
    }
    // The account first, then a tab per category of the privacy policy with the map's tables in it.
    QStringList categories = m_summary.categories();
    categories.removeAll(QStringLiteral("account"));
    categories.prepend(QStringLiteral("account"));
    for (const QString& category : categories) {
        auto* page = new QSplitter(Qt::Vertical, m_tabs);
        page->setObjectName(category + QStringLiteral("CategoryPage"));
        page->setChildrenCollapsible(false);
        if (category == QLatin1String("account"))
            page->addWidget(accountTab());
        qint64 total = 0;
        for (const LearnerTable& table : m_summary.tablesOf(category)) {
            page->addWidget(tableSection(table));
            total += table.rows;
        }
        const QString title = ColumnTitles::category(category);
        m_tabs->addTab(page, category == QLatin1String("account") ? title : tr("%1 (%L2)").arg(title).arg(total));
    }
    m_tabs->setCurrentIndex(std::max(0, std::min(current, m_tabs->count() - 1)));
}

// One table of the map: its title and rows, and a reveal for each column masked for support.
QWidget* UserDetailView::tableSection(const LearnerTable& table)
{
    auto* section = new QWidget;
    auto* caption = new QLabel(tr("%1 (%L2)").arg(table.titleIn(TimeFormat::uiLanguage())).arg(table.rows), section);
    QFont bold = caption->font();
    bold.setBold(true);
    caption->setFont(bold);
    auto* view = new QTableView(section);
    view->setObjectName(table.table + QStringLiteral("TableView"));
    view->setAccessibleName(table.titleIn(TimeFormat::uiLanguage()));
    caption->setBuddy(view);
    auto* model = new CategoryRowsModel(m_session, m_userId, table, m_context, view);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setAlternatingRowColors(true);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    // Whole column titles: the view scrolls sideways rather than cutting them.
    for (int i = 0; i < model->columnCount(); ++i)
        view->horizontalHeader()->resizeSection(
            i, qMax(view->horizontalHeader()->defaultSectionSize(), view->horizontalHeader()->sectionSizeHint(i)));
    // With the first rows, each column widens to its values, so that a course shows by its whole
    // title; a long text stays within a readable width and scrolls.
    connect(
        model, &QAbstractItemModel::rowsInserted, view,
        [view] {
            const int widest = view->fontMetrics().averageCharWidth() * 48;
            for (int i = 0; i < view->model()->columnCount(); ++i) {
                const int before = view->horizontalHeader()->sectionSize(i);
                view->resizeColumnToContents(i);
                view->horizontalHeader()->resizeSection(
                    i, qMax(before, qMin(widest, view->horizontalHeader()->sectionSize(i))));
            }
        },
        Qt::SingleShotConnection);
    connect(model, &CategoryRowsModel::failed, this,
            [this](const QString& message) { m_banner->showMessage(MessageBanner::Kind::Error, message); });
    auto* layout = new QVBoxLayout(section);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addWidget(caption);
    layout->addWidget(view, 1);
    if (m_summary.account.emailMasked) { // support: masked values are revealed one by one, with a reason
        auto* reveals = new QHBoxLayout;
        reveals->addStretch(1);
        for (const QString& column : table.masked) {
            auto* reveal = new QPushButton(tr("Reveal %1…").arg(table.columnTitle(column)), section);
            reveal->setObjectName(table.table + QStringLiteral("RevealButton"));
            reveal->setEnabled(false);
            connect(view->selectionModel(), &QItemSelectionModel::selectionChanged, reveal,
                    [reveal, view] { reveal->setEnabled(view->selectionModel()->hasSelection()); });
            connect(reveal, &QPushButton::clicked, this, [this, view, model, column] {
                revealRowField(model, column, view->selectionModel()->currentIndex().row());
            });
            reveals->addWidget(reveal);
        }
        layout->addLayout(reveals);
    }
    if (table.rows > 0)
        model->fetchMore({});
    return section;
}

// A value of the learner's own row as the console shows values: dates in the user's convention,
// yes and no in words.
QString UserDetailView::fieldText(const LearnerField& field)
{
    if (field.masked)
        return tr("hidden");
    const QJsonValue& value = field.value;
    if (value.isNull() || value.isUndefined())
        return tr("—");
    if (value.isBool())
        return value.toBool() ? tr("yes") : tr("no");
    const QString text = value.toVariant().toString();
    if (const QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
        time.isValid() && text.size() >= 19 && text.at(10) == QLatin1Char('T'))
        return TimeFormat::dateTime(time);
    return text;
}

QWidget* UserDetailView::accountTab() const
{
    const LearnerAccount& account = m_summary.account;
    auto when = [](const QDateTime& t) { return t.isValid() ? TimeFormat::dateTime(t) : tr("—"); };
    const QString row = QStringLiteral("<tr><td style='padding-right:16px'><b>%1</b></td><td>%2</td></tr>");
    QString html = QStringLiteral("<table>");
    html += row.arg(tr("Name"), learnerName().toHtmlEscaped());
    html += row.arg(tr("Email"), account.email.toHtmlEscaped() + (account.emailMasked ? tr(" (masked)") : QString()));
    if (!account.publicId.isEmpty())
        html += row.arg(tr("Public id"), account.publicId.toHtmlEscaped());
    if (!account.locale.isEmpty())
        html += row.arg(tr("Language"), ItemLabels::language(account.locale));
    html += row.arg(tr("Status"), LookupResultsModel::statusText(account.status));
    if (account.createdAt.isValid())
        html += row.arg(tr("Registered"), when(account.createdAt));
    html += row.arg(tr("Processing restricted"),
                    account.restricted
                        ? tr("since %1: %2").arg(when(account.restrictedAt), account.restrictionReason.toHtmlEscaped())
                        : tr("no"));
    for (const LearnerField& field : m_summary.fields)
        html += row.arg(m_summary.fieldTitle(field.column).toHtmlEscaped(), fieldText(field).toHtmlEscaped());
    html += QStringLiteral("</table>");
    auto* label = new QLabel(html);
    label->setObjectName(QStringLiteral("accountLabel"));
    label->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setMargin(12);
    return label;
}

void UserDetailView::runOperation(UserDirectory::Operation operation)
{
    if (!requireContext())
        return;
    const QString who = tr("%1 (learner %2)").arg(learnerName()).arg(m_userId);
    QString title;
    QString text;
    switch (operation) {
    case UserDirectory::Operation::Lock:
        title = tr("Lock account");
        text = tr("Lock the account of %1? They are signed out everywhere and cannot sign in until the account is "
                  "unlocked.")
                   .arg(who);
        break;
    case UserDirectory::Operation::Unlock:
        title = tr("Unlock account");
        text = tr("Unlock the account of %1? They can sign in again.").arg(who);
        break;
    case UserDirectory::Operation::RevokeSessions:
        title = tr("Revoke sessions");
        text = tr("Sign %1 out of all devices? Their password stays as it is.").arg(who);
        break;
    case UserDirectory::Operation::ForcePasswordReset:
        title = tr("Force password reset");
        text = tr("Delete the password of %1 and sign them out everywhere? They must set a new password at the next "
                  "sign-in.")
                   .arg(who);
        break;
    case UserDirectory::Operation::WithdrawMarketing:
        title = tr("Withdraw marketing consent");
        text =
            tr("Record that %1 withdraws consent to marketing emails? They receive no more marketing emails.").arg(who);
        break;
    }
    text += QLatin1Char(' ') + tr("This is logged with your login and the ticket.");
    if (!Confirm::ask(this, title, text, title))
        return;
    StoreCall::call<AccountChange>(
        m_session, this,
        [operation, id = m_userId, context = m_context](Stores& stores, AccountChange* result, QString* error) {
            return stores.users().operate(id, operation, context, result, error);
        },
        [this, title](const Result<AccountChange>& result) {
            finish(result.ok ? tr("%1: done.").arg(title) : result.error, result.ok);
        });
}

void UserDetailView::rectify()
{
    if (!requireContext())
        return;
    QStringList parts;
    for (const LearnerAccount::NamePart& part : m_summary.account.nameParts)
        parts << part.value;
    RectifyDialog dialog(parts, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    StoreCall::call<AccountChange>(
        m_session, this,
        [id = m_userId, context = m_context, first = dialog.firstName(), last = dialog.lastName(),
         email = dialog.email()](Stores& stores, AccountChange* result, QString* error) {
            return stores.users().rectify(id, first, last, email, context, result, error);
        },
        [this](const Result<AccountChange>& result) {
            finish(result.ok ? tr("Rectified: %Ln field(s) changed.", nullptr, int(result.value.changed.size()))
                             : result.error,
                   result.ok);
        });
}

void UserDetailView::openRequest()
{
    if (!requireContext())
        return;
    OpenRequestDialog dialog(tr("%1 (learner %2)").arg(learnerName()).arg(m_userId), m_context.ticket, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    StoreCall::call<RequestDetail>(
        m_session, this,
        [id = m_userId, ticket = m_context.ticket, kind = dialog.kind(), identity = dialog.identityCheck(),
         received = dialog.receivedOn()](Stores& stores, RequestDetail* request, QString* error) {
            return stores.requests().open(id, kind, ticket, identity, received, request, error);
        },
        [this](const Result<RequestDetail>& result) {
            if (!result.ok) {
                m_banner->showMessage(MessageBanner::Kind::Error, result.error);
                return;
            }
            const RequestDetail& request = result.value;
            m_banner->showMessage(
                MessageBanner::Kind::Information,
                tr("Request %1 opened; it is due %2.").arg(request.id).arg(TimeFormat::date(request.dueOn)));
            emit requestOpened(request.id);
        });
}

void UserDetailView::restrictProcessing()
{
    if (!requireContext())
        return;
    ReasonDialog dialog(tr("Restrict processing"),
                        tr("Restrict the processing of the data of %1 (Art. 18 GDPR)? Give the reason, for example "
                           "\"accuracy contested\". The reason is kept with the account; the restriction is logged.")
                            .arg(learnerName()),
                        tr("the learner contests the accuracy of their name"), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    StoreCall::call<AccountChange>(
        m_session, this,
        [id = m_userId, context = m_context, reason = dialog.reason()](Stores& stores, AccountChange* result,
                                                                       QString* error) {
            return stores.users().restrictProcessing(id, reason, context, result, error);
        },
        [this](const Result<AccountChange>& result) {
            finish(result.ok ? tr("Processing is restricted.") : result.error, result.ok);
        });
}

QKeySequence UserDetailView::revealShortcut()
{
    return QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R);
}

void UserDetailView::revealEmail()
{
    reveal(
        QStringLiteral("email"), std::nullopt, tr("Reveal email address"),
        tr("Why must you see the full email address of %1? Your reason is logged with the ticket.").arg(learnerName()),
        tr("Email address: %1"));
}

void UserDetailView::revealRowField(CategoryRowsModel* model, const QString& column, int row)
{
    if (row < 0)
        return;
    const QString title = model->columnTitle(column);
    reveal(model->table() + QLatin1Char('.') + column, model->rowId(row), tr("Reveal %1").arg(title),
           tr("Why must you see this? Your reason is logged with the ticket."),
           tr("%1: %2").arg(title, QStringLiteral("%1")));
}

void UserDetailView::reveal(const QString& field, std::optional<qint64> rowId, const QString& title,
                            const QString& explanation, const QString& shownAs)
{
    if (!requireContext())
        return;
    ReasonDialog dialog(title, explanation, tr("the customer's question in the ticket"), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    StoreCall::call<QString>(
        m_session, this,
        [id = m_userId, ticket = m_context.ticket, reason = dialog.reason(), field,
         rowId](Stores& stores, QString* value, QString* error) {
            return stores.users().reveal(id, field, rowId, ticket, reason, value, error);
        },
        [this, shownAs](const Result<QString>& result) {
            if (result.ok)
                m_banner->showMessage(MessageBanner::Kind::Information, shownAs.arg(result.value));
            else
                m_banner->showMessage(MessageBanner::Kind::Error, result.error);
        });
}

void UserDetailView::finish(const QString& message, bool ok)
{
    m_banner->showMessage(ok ? MessageBanner::Kind::Information : MessageBanner::Kind::Error, message);
    if (ok) {
        reload();
        emit accountChanged(m_userId);
    }
}

void UserDetailView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        if (m_hasSummary)
            onSummary(m_summary);
    }
    QWidget::changeEvent(event);
}

void UserDetailView::retranslateUi()
{
    m_tabs->setAccessibleName(tr("Data by category"));
    m_tabs->tabBar()->setAccessibleName(tr("Data by category"));
    const QStringList texts{tr("Lock"),
                            tr("Unlock"),
                            tr("Revoke sessions"),
                            tr("Force password reset"),
                            tr("Withdraw marketing consent"),
                            tr("Rectify…"),
                            tr("Restrict processing…"),
                            tr("Reveal email…"),
                            tr("Open request…"),
                            tr("Requests"),
                            tr("Access log")};
    for (int i = 0; i < m_actions.size(); ++i)
        m_actions.at(i)->setText(texts.at(i));
    m_revealEmail->setText(tr("Reveal email… (%1)").arg(revealShortcut().toString(QKeySequence::NativeText)));
    if (m_userId == 0)
        m_heading->setText(tr("Choose a learner from the results."));
}
