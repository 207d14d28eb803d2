// SPDX-License-Identifier: GPL-3.0-or-later
#include "StaffTab.h"

#include "AddStaffDialog.h"
#include "async/StoreCall.h"
#include "common/Confirm.h"
#include "common/MainAction.h"
#include "common/MessageBanner.h"
#include "core/TimeFormat.h"
#include "db/SessionInfo.h"
#include "db/StaffPassword.h"

#include <QApplication>
#include <QClipboard>
#include <QDialog>
#include <QDialogButtonBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {

QString roleName(const QString& role)
{
    if (role == QLatin1String("support"))
        return SessionInfo::roleTitle(StaffRole::Support);
    if (role == QLatin1String("dpo"))
        return SessionInfo::roleTitle(StaffRole::Dpo);
    return SessionInfo::roleTitle(StaffRole::Admin);
}

// The staff list and when each present role was last confirmed, read in one job.
struct StaffView {
    QList<StaffDirectory::Member> members;
    QHash<QString, QDateTime> confirmed;
};

} // namespace

StaffTab::StaffTab(DbSession* session, MessageBanner* banner, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_banner(banner)
    , m_table(new QTableWidget(0, 7, this))
    , m_add(new QPushButton(this))
    , m_role(new QPushButton(this))
    , m_confirm(new QPushButton(this))
    , m_enable(new QPushButton(this))
    , m_remove(new QPushButton(this))
{
    m_table->setObjectName(QStringLiteral("staffTable"));
    m_add->setObjectName(QStringLiteral("addStaffButton"));
    MainAction::mark(m_add, QKeySequence::New);
    m_confirm->setObjectName(QStringLiteral("confirmRoleButton"));
    for (QPushButton* b : {m_role, m_confirm, m_enable, m_remove})
        MainAction::mark(b);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    auto* buttons = new QHBoxLayout;
    for (QPushButton* b : {m_add, m_role, m_confirm, m_enable, m_remove})
        buttons->addWidget(b);
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(m_table, 1);
    // Tab in reading order: the buttons above, then the list.
    setTabOrder(m_add, m_role);
    setTabOrder(m_role, m_confirm);
    setTabOrder(m_confirm, m_enable);
    setTabOrder(m_enable, m_remove);
    setTabOrder(m_remove, m_table);
    connect(m_add, &QPushButton::clicked, this, &StaffTab::askAdd);
    connect(m_role, &QPushButton::clicked, this, &StaffTab::askRole);
    connect(m_confirm, &QPushButton::clicked, this, [this] { recertify(selectedLogin()); });
    connect(m_enable, &QPushButton::clicked, this, [this] {
        const QString login = selectedLogin();
        for (const auto& m : std::as_const(m_members))
            if (m.login == login)
                setLoginEnabled(login, !m.canLogin);
    });
    connect(m_remove, &QPushButton::clicked, this, &StaffTab::askRemove);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &StaffTab::updateButtons);
    connect(this, &StaffTab::passwordGenerated, this, &StaffTab::showPassword);
    retranslateUi();
    updateButtons();
}

void StaffTab::refresh()
{
    StoreCall::call<StaffView>(
        m_session, this,
        [](Stores& stores, StaffView* view, QString* error) {
            return stores.staff().overview(&view->members, error) &&
                   stores.recertifications().lastConfirmed(&view->confirmed, error);
        },
        [this](const Result<StaffView>& result) {
            if (result.ok) {
                m_members = result.value.members;
                m_confirmed = result.value.confirmed;
                showStaff();
                if (!m_pendingLogin.isEmpty() && selectLogin(m_pendingLogin))
                    m_pendingLogin.clear();
            } else {
                m_banner->showMessage(MessageBanner::Kind::Error, result.error);
            }
            emit refreshed();
        });
}

void StaffTab::showStaff()
{
    const QString keep = selectedLogin();
    m_table->setRowCount(int(m_members.size()));
    for (int row = 0; row < m_members.size(); ++row) {
        const auto& m = m_members.at(row);
        const QDateTime confirmed = m_confirmed.value(m.login);
        const QStringList cells{m.login,
                                m.displayName,
                                roleName(m.role),
                                m.canLogin ? tr("can sign in") : tr("disabled"),
                                TimeFormat::dateTime(m.createdAt),
                                m.lastSeen.isValid() ? TimeFormat::dateTime(m.lastSeen) : tr("never"),
                                confirmed.isValid() ? TimeFormat::dateTime(confirmed) : tr("never")};
        for (int column = 0; column < cells.size(); ++column)
            m_table->setItem(row, column, new QTableWidgetItem(cells.at(column)));
        if (m.login == keep)
            m_table->selectRow(row);
    }
    m_table->resizeColumnsToContents();
    updateButtons();
}

QString StaffTab::selectedLogin() const
{
    const int row = m_table->currentRow();
    return row >= 0 && m_table->item(row, 0) && m_table->item(row, 0)->isSelected() ? m_table->item(row, 0)->text()
                                                                                    : QString();
}

void StaffTab::updateButtons()
{
    const QString login = selectedLogin();
    bool canLogin = true;
    for (const auto& m : std::as_const(m_members))
        if (m.login == login)
            canLogin = m.canLogin;
    for (QPushButton* b : {m_role, m_confirm, m_enable, m_remove})
        b->setEnabled(!login.isEmpty());
    m_enable->setText(canLogin ? tr("&Disable") : tr("&Enable"));
}

void StaffTab::run(const std::function<bool(Stores&, QString*)>& change, const QString& done)
{
    StoreCall::call<NoValue>(
        m_session, this, [change](Stores& stores, NoValue*, QString* error) { return change(stores, error); },
        [this, done](const Result<NoValue>& result) {
            m_banner->showMessage(result.ok ? MessageBanner::Kind::Information : MessageBanner::Kind::Error,
                                  result.ok ? done : result.error);
            refresh();
        });
}

void StaffTab::addStaff(const QString& login, const QString& displayName, const QString& role, const QString& password)
{
    const bool generated = password.isEmpty();
    const QString secret = generated ? StaffPassword::generate(login) : password;
    QString error;
    if (!StaffPassword::acceptable(login, secret, &error)) {
        m_banner->showMessage(MessageBanner::Kind::Error, error);
        return;
    }
    StoreCall::call<NoValue>(
        m_session, this,
        [login, displayName, role, secret](Stores& stores, NoValue*, QString* error) {
            return stores.staff().add(login, role, secret, displayName, error);
        },
        [this, login, role, secret, generated](const Result<NoValue>& result) {
            m_banner->showMessage(result.ok ? MessageBanner::Kind::Information : MessageBanner::Kind::Error,
                                  result.ok ? tr("%1 can now sign in as %2.").arg(login, roleName(role))
                                            : result.error);
            if (result.ok && generated)
                emit passwordGenerated(login, secret);
            refresh();
        });
}

void StaffTab::setRole(const QString& login, const QString& role)
{
    run([login, role](Stores& stores, QString* error) { return stores.staff().setRole(login, role, error); },
        tr("%1 is now %2.").arg(login, roleName(role)));
}

void StaffTab::changeRole(const QString& login, const QString& role)
{
    QString current;
    for (const auto& m : std::as_const(m_members))
        if (m.login == login)
            current = m.role;
    if (role == QLatin1String("dpo") && current != role &&
        !Confirm::ask(this, tr("Make data protection officer"),
                      tr("Make %1 data protection officer? This login will then see every request, decide on "
                         "erasures, read the whole access log and run incidents.")
                          .arg(login),
                      tr("Make DPO")))
        return;
    setRole(login, role);
}

void StaffTab::recertify(const QString& login)
{
    if (login.isEmpty())
        return;
    run([login](Stores& stores, QString* error) { return stores.recertifications().confirm(login, error); },
        tr("The role of %1 is confirmed.").arg(login));
}

bool StaffTab::selectLogin(const QString& login)
{
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (m_table->item(row, 0) && m_table->item(row, 0)->text() == login) {
            m_table->selectRow(row);
            return true;
        }
    }
    m_pendingLogin = login;
    return false;
}

void StaffTab::setLoginEnabled(const QString& login, bool enabled)
{
    run([login, enabled](Stores& stores, QString* error) { return stores.staff().setEnabled(login, enabled, error); },
        enabled ? tr("%1 can sign in again.").arg(login) : tr("%1 can no longer sign in.").arg(login));
}

void StaffTab::removeStaff(const QString& login)
{
    run([login](Stores& stores, QString* error) { return stores.staff().remove(login, error); },
        tr("%1 is removed.").arg(login));
}

void StaffTab::askAdd()
{
    AddStaffDialog dialog(this);
    if (dialog.exec() == QDialog::Accepted)
        addStaff(dialog.login(), dialog.displayName(), dialog.role(), dialog.password());
}

void StaffTab::askRole()
{
    const QString login = selectedLogin();
    const QStringList roles{QStringLiteral("support"), QStringLiteral("dpo"), QStringLiteral("admin")};
    QStringList names;
    for (const QString& r : roles)
        names << roleName(r);
    bool ok = false;
    const QString chosen =
        QInputDialog::getItem(this, tr("Change role"), tr("New role for %1:").arg(login), names, 0, false, &ok);
    if (ok)
        changeRole(login, roles.value(int(names.indexOf(chosen))));
}

void StaffTab::askRemove()
{
    const QString login = selectedLogin();
    if (Confirm::ask(this, tr("Remove staff login"),
                     tr("Remove %1? The login can no longer sign in; the access log keeps its entries.").arg(login),
                     tr("Remove")))
        removeStaff(login);
}

void StaffTab::showPassword(const QString& login, const QString& password)
{
    auto* dialog = new QDialog(this);
    dialog->setObjectName(QStringLiteral("initialPasswordDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Initial password"));
    auto* text = new QLabel(tr("The initial password of %1 is shown only now. Hand it over in person or by a "
                               "separate channel.")
                                .arg(login),
                            dialog);
    text->setWordWrap(true);
    auto* secret = new QLabel(password, dialog);
    secret->setObjectName(QStringLiteral("passwordLabel"));
    secret->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont mono(QStringLiteral("monospace"));
    mono.setStyleHint(QFont::TypeWriter);
    mono.setPointSizeF(mono.pointSizeF() * 1.3);
    secret->setFont(mono);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    QPushButton* copy = buttons->addButton(tr("&Copy"), QDialogButtonBox::ActionRole);
    connect(copy, &QPushButton::clicked, dialog, [password] { QApplication::clipboard()->setText(password); });
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    auto* layout = new QVBoxLayout(dialog);
    layout->addWidget(text);
    layout->addWidget(secret);
    layout->addWidget(buttons);
    dialog->open();
}

void StaffTab::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        showStaff();
    }
    QWidget::changeEvent(event);
}

void StaffTab::retranslateUi()
{
    m_table->setAccessibleName(tr("Staff"));
    m_add->setText(tr("&Add staff member…"));
    m_role->setText(tr("Change &role…"));
    m_confirm->setText(tr("Con&firm role"));
    m_confirm->setToolTip(tr("Confirm that this person still needs this role (access recertification); logged."));
    m_remove->setText(tr("Re&move…"));
    m_table->setHorizontalHeaderLabels(
        {tr("Login"), tr("Name"), tr("Role"), tr("Access"), tr("Created"), tr("Last seen"), tr("Last confirmed")});
    updateButtons();
}
