// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProcessorsTab.h"

#include "async/StoreCall.h"
#include "common/MessageBanner.h"
#include "incidents/IncidentTexts.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

ProcessorsTab::ProcessorsTab(DbSession* session, MessageBanner* banner, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_banner(banner)
    , m_table(new QTableWidget(0, 5, this))
    , m_name(new QLineEdit(this))
    , m_category(new QComboBox(this))
    , m_contact(new QLineEdit(this))
    , m_deletion(new QLineEdit(this))
    , m_dpa(new QLineEdit(this))
    , m_new(new QPushButton(this))
    , m_save(new QPushButton(this))
{
    m_table->setObjectName(QStringLiteral("processorsTable"));
    m_save->setObjectName(QStringLiteral("saveProcessorButton"));
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    for (const QString& c : ProcessorRegistry::categories())
        m_category->addItem(c, c);
    m_name->setMaxLength(200);
    m_contact->setMaxLength(500);
    m_deletion->setMaxLength(500);
    m_dpa->setMaxLength(200);
    auto* data = new QGridLayout;
    int i = 0;
    for (const QString& c : ProcessorRegistry::dataCategories()) {
        auto* box = new QCheckBox(this);
        m_data.insert(c, box);
        data->addWidget(box, i / 4, i % 4);
        ++i;
    }
    auto* form = new QFormLayout;
    const QList<QPair<const char*, QWidget*>> rows{{QT_TR_NOOP("&Name:"), m_name},
                                                   {QT_TR_NOOP("&Category:"), m_category},
                                                   {QT_TR_NOOP("C&ontact:"), m_contact},
                                                   {QT_TR_NOOP("&Deletion requests to:"), m_deletion},
                                                   {QT_TR_NOOP("Processing a&greement:"), m_dpa}};
    for (const auto& [text, field] : rows) {
        auto* label = new QLabel(this);
        label->setObjectName(QString::fromLatin1(text));
        label->setBuddy(field);
        form->addRow(label, field);
    }
    auto* dataLabel = new QLabel(this);
    dataLabel->setObjectName(QStringLiteral("dataLabel"));
    form->addRow(dataLabel, data);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_new);
    buttons->addWidget(m_save);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addLayout(form);
    layout->addLayout(buttons);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &ProcessorsTab::onSelection);
    connect(m_new, &QPushButton::clicked, this, [this] {
        m_table->clearSelection();
        edit({});
    });
    connect(m_save, &QPushButton::clicked, this, &ProcessorsTab::save);
    retranslateUi();
}

void ProcessorsTab::refresh()
{
    StoreCall::call<QList<ProcessorRegistry::Processor>>(
        m_session, this,
        [](Stores& stores, QList<ProcessorRegistry::Processor>* processors, QString* error) {
            return stores.processors().list(processors, error);
        },
        [this](const Result<QList<ProcessorRegistry::Processor>>& result) {
            if (result.ok) {
                m_processors = result.value;
                showProcessors();
            } else {
                m_banner->showMessage(MessageBanner::Kind::Error, result.error);
            }
            emit refreshed();
        });
}

void ProcessorsTab::showProcessors()
{
    const int keep = m_editing;
    m_table->setRowCount(int(m_processors.size()));
    for (int row = 0; row < m_processors.size(); ++row) {
        const auto& p = m_processors.at(row);
        QStringList data;
        for (const QString& c : p.dataCategories)
            data << IncidentTexts::dataCategory(c);
        const QStringList cells{p.name, ProcessorRegistry::categoryTitle(p.category), p.dpaReference,
                                tr("%Ln people", nullptr, int(p.people)), data.join(QStringLiteral(", "))};
        for (int column = 0; column < cells.size(); ++column) {
            auto* item = new QTableWidgetItem(cells.at(column));
            item->setData(Qt::UserRole, p.id);
            m_table->setItem(row, column, item);
        }
        if (p.id == keep && keep > 0)
            m_table->selectRow(row);
    }
    m_table->resizeColumnsToContents();
}

void ProcessorsTab::onSelection()
{
    const int row = m_table->currentRow();
    if (row < 0 || !m_table->item(row, 0) || !m_table->item(row, 0)->isSelected())
        return;
    const int id = m_table->item(row, 0)->data(Qt::UserRole).toInt();
    for (const auto& p : std::as_const(m_processors))
        if (p.id == id)
            edit(p);
}

void ProcessorsTab::edit(const ProcessorRegistry::Processor& p)
{
    m_editing = p.id;
    m_name->setText(p.name);
    m_category->setCurrentIndex(std::max(0, m_category->findData(p.category)));
    m_contact->setText(p.contact);
    m_deletion->setText(p.deletionContact);
    m_dpa->setText(p.dpaReference);
    for (auto it = m_data.begin(); it != m_data.end(); ++it)
        it.value()->setChecked(p.dataCategories.contains(it.key()));
    m_save->setText(p.id > 0 ? tr("&Save changes") : tr("&Add processor"));
}

ProcessorRegistry::Processor ProcessorsTab::form() const
{
    ProcessorRegistry::Processor p;
    p.id = m_editing;
    p.name = m_name->text().trimmed();
    p.category = m_category->currentData().toString();
    p.contact = m_contact->text().trimmed();
    p.deletionContact = m_deletion->text().trimmed();
    p.dpaReference = m_dpa->text().trimmed();
    for (auto it = m_data.begin(); it != m_data.end(); ++it)
        if (it.value()->isChecked())
            p.dataCategories << it.key();
    return p;
}

void ProcessorsTab::save()
{
    const ProcessorRegistry::Processor p = form();
    StoreCall::call<int>(
        m_session, this,
        [p](Stores& stores, int* id, QString* error) { return stores.processors().save(p, id, error); },
        [this, p](const Result<int>& result) {
            m_banner->showMessage(result.ok ? MessageBanner::Kind::Information : MessageBanner::Kind::Error,
                                  result.ok ? tr("%1 is saved.").arg(p.name) : result.error);
            if (result.ok) {
                m_editing = result.value;
                refresh();
            }
            emit saved(result.ok);
        });
}

void ProcessorsTab::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        showProcessors();
    }
    QWidget::changeEvent(event);
}

void ProcessorsTab::retranslateUi()
{
    m_table->setAccessibleName(tr("Processors"));
    for (QLabel* label : findChildren<QLabel*>()) {
        if (label->objectName() == QLatin1String("dataLabel"))
            label->setText(tr("Data it receives:"));
        else if (!label->objectName().isEmpty())
            label->setText(tr(label->objectName().toLatin1().constData()));
    }
    for (auto it = m_data.begin(); it != m_data.end(); ++it)
        it.value()->setText(IncidentTexts::dataCategory(it.key()));
    for (int i = 0; i < m_category->count(); ++i)
        m_category->setItemText(i, ProcessorRegistry::categoryTitle(m_category->itemData(i).toString()));
    m_table->setHorizontalHeaderLabels(
        {tr("Processor"), tr("Category"), tr("Agreement"), tr("Holds data of"), tr("Data it receives")});
    m_new->setText(tr("&New processor"));
    m_save->setText(m_editing > 0 ? tr("&Save changes") : tr("&Add processor"));
}
