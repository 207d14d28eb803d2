// SPDX-License-Identifier: GPL-3.0-or-later
#include "HomePage.h"

#include "async/StoreCall.h"
#include "common/MessageBanner.h"
#include "incidents/ClockStyle.h"

#include <QEvent>
#include <QLabel>
#include <QListWidget>
#include <QScrollArea>
#include <QTimer>
#include <QVBoxLayout>

namespace {

constexpr int refreshMinutes = 3;
constexpr int itemRole = Qt::UserRole + 1;

IncidentTexts::Clock clockOf(HomeRows::Status status)
{
    switch (status) {
    case HomeRows::Status::Overdue:
        return IncidentTexts::Clock::Overdue;
    case HomeRows::Status::Soon:
        return IncidentTexts::Clock::Soon;
    case HomeRows::Status::Normal:
        break;
    }
    return IncidentTexts::Clock::Running;
}

} // namespace

HomePage::HomePage(DbSession* session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_heading(new QLabel(this))
    , m_banner(new MessageBanner(this))
    , m_empty(new QLabel(this))
    , m_timer(new QTimer(this))
{
    setObjectName(QStringLiteral("homePage"));
    m_heading->setObjectName(QStringLiteral("headingLabel"));
    m_empty->setObjectName(QStringLiteral("emptyLabel"));
    QFont font = m_heading->font();
    font.setPointSizeF(font.pointSizeF() * 1.5);
    font.setBold(true);
    m_heading->setFont(font);
    m_empty->setWordWrap(true);
    m_empty->hide();
    m_banner->hide();

    auto* content = new QWidget;
    auto* sections = new QVBoxLayout(content);
    sections->setContentsMargins(0, 0, 0, 0);
    sections->setSpacing(6);
    sections->addWidget(m_empty);
    for (HomeRows::Section section : HomeRows::order()) {
        auto* title = new QLabel(content);
        QFont bold = title->font();
        bold.setBold(true);
        title->setFont(bold);
        auto* list = new QListWidget(content);
        list->setObjectName(QStringLiteral("homeList%1").arg(int(section)));
        list->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
        list->setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
        title->setBuddy(list);
        title->hide();
        list->hide();
        // Enter or a double click (a single click where the desktop opens items so).
        connect(list, &QListWidget::itemActivated, this, &HomePage::activate);
        sections->addWidget(title);
        sections->addWidget(list);
        m_titles.insert(section, title);
        m_lists.insert(section, list);
    }
    sections->addStretch(1);
    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("homeScrollArea"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 24, 24, 24);
    layout->setSpacing(12);
    layout->addWidget(m_heading);
    layout->addWidget(m_banner);
    layout->addWidget(scroll, 1);

    m_timer->setInterval(refreshMinutes * 60 * 1000);
    connect(m_timer, &QTimer::timeout, this, [this] {
        if (isVisible())
            refresh();
    });
    retranslateUi();
}

void HomePage::setSession(const SessionInfo& info)
{
    m_info = info;
    m_items = {};
    m_loaded = false;
    showItems();
    retranslateUi();
    if (isVisible())
        refresh();
}

void HomePage::refresh()
{
    if (m_loading || !m_session)
        return;
    m_loading = true;
    m_timer->start();
    const StaffRole role = m_info.role;
    StoreCall::call<HomeItems>(
        m_session, this,
        [role](Stores& stores, HomeItems* items, QString* error) { return stores.home().items(role, items, error); },
        [this](const Result<HomeItems>& result) {
            m_loading = false;
            if (result.ok) {
                m_items = result.value;
                m_loaded = true;
                m_banner->clear();
                m_banner->hide();
            } else {
                m_banner->showMessage(MessageBanner::Kind::Error, result.error);
                m_banner->show();
            }
            showItems();
            emit refreshed();
        });
}

void HomePage::showItems()
{
    for (QListWidget* list : std::as_const(m_lists))
        list->clear();
    m_targets.clear();
    const QList<HomeRows::Row> rows = HomeRows::build(m_items);
    for (const HomeRows::Row& row : rows) {
        auto* item = new QListWidgetItem(row.text, m_lists.value(row.section));
        item->setData(itemRole, int(m_targets.size()));
        for (int role : {int(Qt::BackgroundRole), int(Qt::ForegroundRole), int(Qt::DecorationRole)})
            item->setData(role, ClockStyle::data(clockOf(row.status), role));
        item->setToolTip(row.text);
        m_targets.append(row.target);
    }
    for (HomeRows::Section section : HomeRows::order()) {
        QListWidget* list = m_lists.value(section);
        const bool shown = list->count() > 0;
        list->setVisible(shown);
        m_titles.value(section)->setVisible(shown);
        list->setFixedHeight(shown ? list->sizeHintForRow(0) * qMin(list->count(), 6) + 2 * list->frameWidth() + 2 : 0);
    }
    m_empty->setVisible(m_loaded && m_items.isEmpty());
}

void HomePage::activate(QListWidgetItem* item)
{
    const int index = item ? item->data(itemRole).toInt() : -1;
    if (index >= 0 && index < m_targets.size())
        emit itemActivated(m_targets.at(index));
}

QString HomePage::emptyText() const
{
    return m_empty->isVisibleTo(this) ? m_empty->text() : QString();
}

QString HomePage::heading() const
{
    return m_heading->text();
}

void HomePage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_info.login.isEmpty())
        return;
    refresh();
}

void HomePage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        showItems();
    }
    QWidget::changeEvent(event);
}

void HomePage::retranslateUi()
{
    m_heading->setText(m_info.login.isEmpty() ? tr("Today")
                                              : tr("Today for %1 (%2)").arg(m_info.login, m_info.roleName()));
    m_empty->setText(tr("Nothing needs you today"));
    if (auto* scroll = findChild<QScrollArea*>(QStringLiteral("homeScrollArea")))
        scroll->setAccessibleName(tr("What needs you today"));
    for (auto it = m_titles.begin(); it != m_titles.end(); ++it) {
        it.value()->setText(HomeRows::title(it.key(), SessionInfo::roleKey(m_info.role)));
        m_lists.value(it.key())->setAccessibleName(it.value()->text());
    }
}
