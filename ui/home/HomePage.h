// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "HomeRows.h"
#include "HomeTarget.h"
#include "db/SessionInfo.h"
#include "home/HomeItems.h"

#include <QMap>
#include <QWidget>

class DbSession;
class MessageBanner;
class QLabel;
class QListWidget;
class QListWidgetItem;
class QTimer;
class QVBoxLayout;

// The landing page: what needs the signed-in staff member today, one short list per kind of
// work, each item opening the place where it is handled. Read when the page is shown and every
// few minutes while it is; the database decides what the role sees.
class HomePage : public QWidget
{
    Q_OBJECT
public:
    HomePage(DbSession* session, QWidget* parent = nullptr);

    void setSession(const SessionInfo& info);
    void refresh();
    const HomeItems& items() const { return m_items; }
    // The list of one section (hidden when the section is empty).
    QListWidget* list(HomeRows::Section section) const { return m_lists.value(section); }
    QString emptyText() const;
    QString heading() const;

signals:
    void refreshed();
    void itemActivated(const HomeTarget& target);

protected:
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void retranslateUi();
    void showItems();
    void activate(QListWidgetItem* item);

    DbSession* m_session;
    SessionInfo m_info;
    HomeItems m_items;
    bool m_loaded = false;
    bool m_loading = false;
    QLabel* m_heading;
    MessageBanner* m_banner;
    QLabel* m_empty;
    QMap<HomeRows::Section, QLabel*> m_titles;
    QMap<HomeRows::Section, QListWidget*> m_lists;
    QList<HomeTarget> m_targets;
    QTimer* m_timer;
};
