// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChecklistTab.h"

#include "incidents/IncidentTexts.h"
#include "users/ReasonDialog.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {
constexpr int ItemIdRole = Qt::UserRole + 1;
}

bool consoleSpeaksGerman()
{
    return QLocale().language() == QLocale::German;
}

ChecklistTab::ChecklistTab(QWidget* parent)
    : QWidget(parent)
    , m_summary(new QLabel(this))
    , m_tree(new QTreeWidget(this))
    , m_note(new QPushButton(this))
{
    m_tree->setObjectName(QStringLiteral("checklistTree"));
    m_note->setObjectName(QStringLiteral("tickWithNoteButton"));
    m_tree->setColumnCount(5);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    for (int column = 1; column < 5; ++column)
        m_tree->header()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_tree->setUniformRowHeights(false);
    m_tree->setWordWrap(true);
    m_summary->setWordWrap(true);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_summary, 1);
    buttons->addWidget(m_note);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(m_tree, 1);
    connect(m_tree, &QTreeWidget::itemChanged, this, &ChecklistTab::onItemChanged);
    connect(m_tree, &QTreeWidget::currentItemChanged, this,
            [this](QTreeWidgetItem* item) { m_note->setEnabled(item && item->data(0, ItemIdRole).toLongLong() > 0); });
    connect(m_note, &QPushButton::clicked, this, &ChecklistTab::addNote);
    m_note->setEnabled(false);
    retranslateUi();
}

void ChecklistTab::showIncident(const QJsonObject& incident)
{
    m_incident = incident;
    m_filling = true;
    const qint64 current = m_tree->currentItem() ? m_tree->currentItem()->data(0, ItemIdRole).toLongLong() : 0;
    m_tree->clear();
    const bool german = consoleSpeaksGerman();
    const bool closed = incident.value(QLatin1String("status")).toString() == QLatin1String("closed");
    QMap<QString, QTreeWidgetItem*> sections;
    for (const QJsonValue& value : incident.value(QLatin1String("items")).toArray()) {
        const QJsonObject o = value.toObject();
        const QString section = o.value(QLatin1String("section")).toString();
        QTreeWidgetItem*& parent = sections[section];
        if (!parent) {
            parent = new QTreeWidgetItem(m_tree, {IncidentTexts::section(section)});
            QFont bold = parent->font(0);
            bold.setBold(true);
            parent->setFont(0, bold);
            parent->setFirstColumnSpanned(true);
            parent->setExpanded(true);
        }
        const bool inEffect = o.value(QLatin1String("in_effect")).toBool();
        const QString title = o.value(german ? QLatin1String("title_de") : QLatin1String("title_en")).toString();
        const QString need = o.value(QLatin1String("required")).toBool() ? tr("mandatory")
                             : !inEffect                                 ? tr("not required now")
                                                                         : tr("optional");
        const QString doneAt = o.value(QLatin1String("done_at")).toString();
        auto* item =
            new QTreeWidgetItem(parent, {title, need, o.value(QLatin1String("done_by")).toString(),
                                         IncidentTexts::localTime(QDateTime::fromString(doneAt, Qt::ISODateWithMs)),
                                         o.value(QLatin1String("note")).toString()});
        item->setData(0, ItemIdRole, o.value(QLatin1String("id")).toInteger());
        item->setToolTip(0, o.value(german ? QLatin1String("guidance_de") : QLatin1String("guidance_en")).toString());
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | (closed ? Qt::NoItemFlags : Qt::ItemIsUserCheckable));
        item->setCheckState(0, doneAt.isEmpty() ? Qt::Unchecked : Qt::Checked);
        if (!inEffect)
            for (int column = 0; column < 2; ++column)
                item->setForeground(column, palette().brush(QPalette::Disabled, QPalette::Text));
        if (item->data(0, ItemIdRole).toLongLong() == current)
            m_tree->setCurrentItem(item);
    }
    const qint64 open = incident.value(QLatin1String("open_mandatory")).toInteger();
    m_summary->setText(
        open == 0 ? tr("Every mandatory item is done.")
                  : tr("%n mandatory items are still open; the incident cannot be closed before.", nullptr, int(open)));
    m_filling = false;
}

void ChecklistTab::setDone(qint64 itemId, bool done, const QString& note)
{
    emit change(
        [itemId, done, note](IncidentStore& store, QString* error) { return store.tick(itemId, done, note, error); },
        done ? tr("Item ticked.") : tr("Item unticked."));
}

void ChecklistTab::onItemChanged(QTreeWidgetItem* item, int column)
{
    if (m_filling || column != 0 || item->data(0, ItemIdRole).toLongLong() == 0)
        return;
    setDone(item->data(0, ItemIdRole).toLongLong(), item->checkState(0) == Qt::Checked, item->text(4));
}

void ChecklistTab::addNote()
{
    QTreeWidgetItem* item = m_tree->currentItem();
    if (!item || item->data(0, ItemIdRole).toLongLong() == 0)
        return;
    ReasonDialog dialog(tr("Tick with a note"), tr("What was done, by whom, or where is the evidence?"), this);
    if (dialog.exec() == QDialog::Accepted)
        setDone(item->data(0, ItemIdRole).toLongLong(), true, dialog.reason());
}

void ChecklistTab::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        if (!m_incident.isEmpty())
            showIncident(m_incident);
    }
    QWidget::changeEvent(event);
}

void ChecklistTab::retranslateUi()
{
    m_tree->setAccessibleName(tr("Checklist"));
    m_tree->setHeaderLabels({tr("Item"), tr("Required"), tr("Done by"), tr("When"), tr("Note")});
    m_note->setText(tr("Tick with a note…"));
}
