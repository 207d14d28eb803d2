// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "admin/ProcessorRegistry.h"

#include <QMap>
#include <QWidget>

class DbSession;
class MessageBanner;
class QCheckBox;
class QComboBox;
class QLineEdit;
class QPushButton;
class QTableWidget;

// The external processors: name, category, contact, where deletion requests go, the data
// processing agreement, and which data categories each receives. Choose one to change it, or
// "New" to add one.
class ProcessorsTab : public QWidget
{
    Q_OBJECT
public:
    ProcessorsTab(DbSession* session, MessageBanner* banner, QWidget* parent = nullptr);

    void refresh();
    const QList<ProcessorRegistry::Processor>& processors() const { return m_processors; }
    // The form, as the user fills it; save() adds or changes.
    void edit(const ProcessorRegistry::Processor& processor);
    ProcessorRegistry::Processor form() const;
    void save();

signals:
    void refreshed();
    void saved(bool ok);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void showProcessors();
    void onSelection();

    DbSession* m_session;
    MessageBanner* m_banner;
    QTableWidget* m_table;
    QLineEdit* m_name;
    QComboBox* m_category;
    QLineEdit* m_contact;
    QLineEdit* m_deletion;
    QLineEdit* m_dpa;
    QMap<QString, QCheckBox*> m_data;
    QPushButton* m_new;
    QPushButton* m_save;
    QList<ProcessorRegistry::Processor> m_processors;
    int m_editing = 0;
};
