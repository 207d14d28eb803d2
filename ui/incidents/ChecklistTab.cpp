// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChecklistTab.h"

#include "core/TimeFormat.h"
#include "incidents/IncidentTexts.h"
#include "users/ReasonDialog.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {
constexpr int ItemIdRole = Qt::UserRole + 1;
constexpr int NoteColumnWidth = 160;
} // namespace

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
    for (int column = 1; column < 4; ++column)
        m_tree->header()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    // The note must not take the title's width (a long German title collapsed to "Die …"): it
    // gets a fixed share, elided, in full in its tooltip; the title stretches and wraps.
    m_tree->header()->setSectionResizeMode(4, QHeaderView::Interactive);
    m_tree->header()->resizeSection(4, NoteColumnWidth);
    m_tree->setTextElideMode(Qt::ElideRight);
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

void ChecklistTab::showIncident(const Incident& incident)
{
    m_incident = incident;
    m_filling = true;
    const qint64 current = m_tree->currentItem() ? m_tree->currentItem()->data(0, ItemIdRole).toLongLong() : 0;
    m_tree->clear();
    const bool german = consoleSpeaksGerman();
    const bool closed = !incident.isOpen();
    QMap<QString, QTreeWidgetItem*> sections;
    for (const Incident::Item& o : incident.items) {
        QTreeWidgetItem*& parent = sections[o.section];
        if (!parent) {
            parent = new QTreeWidgetItem(m_tree, {IncidentTexts::section(o.section)});
            QFont bold = parent->font(0);
            bold.setBold(true);
            parent->setFont(0, bold);
            parent->setFirstColumnSpanned(true);
            parent->setExpanded(true);
        }
        const QString need = o.required ? tr("mandatory") : !o.inEffect ? tr("not required now") : tr("optional");
        auto* item = new QTreeWidgetItem(
            parent, {german ? o.titleDe : o.titleEn, need, o.doneBy, TimeFormat::dateTime(o.doneAt), o.note});
        item->setData(0, ItemIdRole, o.id);
        const QString guidance = german ? o.guidanceDe : o.guidanceEn;
        item->setToolTip(0, guidance.isEmpty() ? item->text(0) : item->text(0) + QStringLiteral("\n\n") + guidance);
        item->setToolTip(4, o.note);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | (closed ? Qt::NoItemFlags : Qt::ItemIsUserCheckable));
        item->setCheckState(0, o.isDone() ? Qt::Checked : Qt::Unchecked);
        if (!o.inEffect)
            for (int column = 0; column < 2; ++column)
                item->setForeground(column, palette().brush(QPalette::Disabled, QPalette::Text));
        if (item->data(0, ItemIdRole).toLongLong() == current)
            m_tree->setCurrentItem(item);
    }
    const qint64 open = incident.openMandatory;
    m_summary->setText(open == 0 ? tr("Every mandatory item is done.")
                                 : tr("%Ln mandatory items are still open; the incident cannot be closed before.",
                                      nullptr, int(open)));
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
    ReasonDialog dialog(tr("Tick with a note"), tr("What was done, by whom, or where is the evidence?"),
                        tr("passwords reset by the IT desk, ticket IT-881"), this);
    if (dialog.exec() == QDialog::Accepted)
        setDone(item->data(0, ItemIdRole).toLongLong(), true, dialog.reason());
}

void ChecklistTab::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        if (!m_incident.isNull())
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
