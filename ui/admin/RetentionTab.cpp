// SPDX-License-Identifier: GPL-3.0-or-later
#include "RetentionTab.h"

#include "async/StoreCall.h"
#include "common/Confirm.h"
#include "common/MessageBanner.h"
#include "erasure/ErasureCertificate.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

RetentionTab::RetentionTab(DbSession* session, MessageBanner* banner, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_banner(banner)
    , m_table(new QTableWidget(0, 4, this))
    , m_actionLabel(new QLabel(this))
    , m_action(new QComboBox(this))
    , m_yearsLabel(new QLabel(this))
    , m_years(new QSpinBox(this))
    , m_basisEnLabel(new QLabel(this))
    , m_basisEn(new QLineEdit(this))
    , m_basisDeLabel(new QLabel(this))
    , m_basisDe(new QLineEdit(this))
    , m_preview(new QPushButton(this))
    , m_save(new QPushButton(this))
    , m_released(new QLabel(this))
{
    m_table->setObjectName(QStringLiteral("retentionTable"));
    m_save->setObjectName(QStringLiteral("saveRetentionButton"));
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_years->setRange(1, 30);
    m_basisEn->setMaxLength(1000);
    m_basisDe->setMaxLength(1000);
    m_released->setWordWrap(true);
    m_actionLabel->setBuddy(m_action);
    m_yearsLabel->setBuddy(m_years);
    m_basisEnLabel->setBuddy(m_basisEn);
    m_basisDeLabel->setBuddy(m_basisDe);
    auto* form = new QFormLayout;
    form->addRow(m_actionLabel, m_action);
    form->addRow(m_yearsLabel, m_years);
    form->addRow(m_basisEnLabel, m_basisEn);
    form->addRow(m_basisDeLabel, m_basisDe);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_released, 1);
    buttons->addWidget(m_preview);
    buttons->addWidget(m_save);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addLayout(form);
    layout->addLayout(buttons);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &RetentionTab::onSelection);
    connect(m_preview, &QPushButton::clicked, this, &RetentionTab::showReleased);
    connect(m_save, &QPushButton::clicked, this, &RetentionTab::askSave);
    const auto changed = [this] {
        m_releasedCount = -1;
        m_released->clear();
        updateFields();
    };
    connect(m_years, &QSpinBox::valueChanged, this, changed);
    connect(m_action, &QComboBox::currentIndexChanged, this, changed);
    retranslateUi();
    onSelection();
}

void RetentionTab::refresh()
{
    StoreCall::call<QList<RetentionRules::Rule>>(
        m_session, this,
        [](Stores& stores, QList<RetentionRules::Rule>* rules, QString* error) {
            return stores.retention().list(rules, error);
        },
        [this](const Result<QList<RetentionRules::Rule>>& result) {
            if (result.ok) {
                m_rules = result.value;
                showRules();
            } else {
                m_banner->showMessage(MessageBanner::Kind::Error, result.error);
            }
            emit refreshed();
        });
}

QString RetentionTab::actionText(const QString& action) const
{
    if (action == QLatin1String("delete"))
        return tr("deleted");
    if (action == QLatin1String("anonymize"))
        return tr("anonymized");
    return tr("retained and restricted");
}

void RetentionTab::showRules()
{
    const QString keep = m_tableName;
    m_table->setRowCount(int(m_rules.size()));
    const bool german = QLocale().language() == QLocale::German;
    for (int row = 0; row < m_rules.size(); ++row) {
        const auto& r = m_rules.at(row);
        const QStringList cells{ErasureCertificate::tableTitle(r.table), actionText(r.action),
                                r.years > 0 ? tr("%Ln years", nullptr, r.years) : QString(),
                                german ? r.basisDe : r.basisEn};
        for (int column = 0; column < cells.size(); ++column) {
            auto* item = new QTableWidgetItem(cells.at(column));
            item->setData(Qt::UserRole, r.table);
            m_table->setItem(row, column, item);
        }
        if (r.table == keep)
            m_table->selectRow(row);
    }
    m_table->resizeColumnsToContents();
}

void RetentionTab::select(const QString& table)
{
    for (int row = 0; row < m_table->rowCount(); ++row)
        if (m_table->item(row, 0)->data(Qt::UserRole).toString() == table)
            m_table->selectRow(row);
}

void RetentionTab::onSelection()
{
    const int row = m_table->currentRow();
    const RetentionRules::Rule* rule = nullptr;
    if (row >= 0 && m_table->item(row, 0)) {
        m_tableName = m_table->item(row, 0)->data(Qt::UserRole).toString();
        for (const auto& r : std::as_const(m_rules))
            if (r.table == m_tableName)
                rule = &r;
    }
    const bool editable = rule && rule->actions.size() > 1;
    {
        const QSignalBlocker block(m_action);
        m_action->clear();
        for (const QString& action : rule ? rule->actions : QStringList())
            m_action->addItem(actionText(action), action);
        m_action->setCurrentIndex(rule ? std::max(0, m_action->findData(rule->action)) : -1);
    }
    m_action->setEnabled(editable);
    m_preview->setEnabled(editable);
    m_save->setEnabled(editable);
    if (rule) {
        m_years->setValue(std::max(rule->years, 1));
        m_basisEn->setText(rule->basisEn);
        m_basisDe->setText(rule->basisDe);
    }
    updateFields();
    m_releasedCount = -1;
    m_released->setText(rule && !editable ? tr("What erasure does with this data is part of the erasure itself; "
                                               "only invoices can be retained for a period or deleted.")
                                          : QString());
}

void RetentionTab::updateFields()
{
    const bool retain = m_action->isEnabled() && m_action->currentData().toString() == QLatin1String("retain");
    for (QWidget* w : std::initializer_list<QWidget*>{m_years, m_basisEn, m_basisDe})
        w->setEnabled(retain);
}

void RetentionTab::setAction(const QString& action)
{
    m_action->setCurrentIndex(std::max(0, m_action->findData(action)));
}

void RetentionTab::setPeriod(int years, const QString& basisEn, const QString& basisDe)
{
    m_years->setValue(years);
    m_basisEn->setText(basisEn);
    m_basisDe->setText(basisDe);
}

void RetentionTab::showReleased()
{
    const QString table = m_tableName;
    const QString action = m_action->currentData().toString();
    const int years = m_years->value();
    StoreCall::call<QList<RetentionRules::Released>>(
        m_session, this,
        [table, action, years](Stores& stores, QList<RetentionRules::Released>* released, QString* error) {
            return stores.retention().released(table, action, years, released, error);
        },
        [this](const Result<QList<RetentionRules::Released>>& result) {
            if (!result.ok) {
                m_banner->showMessage(MessageBanner::Kind::Error, result.error);
            } else {
                m_releasedCount = result.value.size();
                QStringList learners;
                for (const auto& r : result.value)
                    if (learners.size() < 10 && !learners.contains(QString::number(r.userId)))
                        learners << QString::number(r.userId);
                m_released->setText(
                    result.value.isEmpty()
                        ? tr("This period releases no restricted record.")
                        : tr("This period releases %Ln restricted record(s) for the purge (erased learners %1).",
                             nullptr, int(result.value.size()))
                              .arg(learners.join(QStringLiteral(", "))));
            }
            emit releasedShown();
        });
}

QString RetentionTab::releasedText() const
{
    return m_released->text();
}

void RetentionTab::save()
{
    const QString table = m_tableName;
    const QString action = m_action->currentData().toString();
    const int years = m_years->value();
    const QString en = m_basisEn->text();
    const QString de = m_basisDe->text();
    StoreCall::call<qint64>(
        m_session, this,
        [table, action, years, en, de](Stores& stores, qint64* releasedCount, QString* error) {
            return stores.retention().set(table, action, years, en, de, releasedCount, error);
        },
        [this, action, years](const Result<qint64>& result) {
            const QString rule = action == QLatin1String("retain")
                                     ? tr("The period is now %Ln years; future previews use it.", nullptr, years)
                                     : tr("These records are now deleted at erasure; future previews say so.");
            m_banner->showMessage(
                result.ok ? MessageBanner::Kind::Information : MessageBanner::Kind::Error,
                result.ok ? rule + QLatin1Char(' ') +
                                tr("%Ln restricted record(s) released for the purge.", nullptr, int(result.value))
                          : result.error);
            emit saved(result.ok);
            refresh();
        });
}

void RetentionTab::askSave()
{
    if (m_releasedCount < 0) {
        // Say first what a change would release; the second click saves.
        showReleased();
        return;
    }
    if (m_releasedCount == 0 ||
        Confirm::ask(this, tr("Release restricted records"),
                     tr("The new period releases %Ln restricted record(s); the next purge deletes them. Save?", nullptr,
                        int(m_releasedCount)),
                     tr("Save")))
        save();
}

void RetentionTab::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        showRules();
    }
    QWidget::changeEvent(event);
}

void RetentionTab::retranslateUi()
{
    m_table->setAccessibleName(tr("Retention rules"));
    m_save->setWhatsThis(tr("The first click shows which restricted records the new rule releases; the next saves "
                            "it. Released records are deleted by the next purge."));
    m_table->setHorizontalHeaderLabels({tr("Data"), tr("At erasure"), tr("Kept"), tr("Legal basis")});
    m_actionLabel->setText(tr("At &erasure:"));
    for (int i = 0; i < m_action->count(); ++i)
        m_action->setItemText(i, actionText(m_action->itemData(i).toString()));
    m_yearsLabel->setText(tr("Retention &period (years):"));
    m_basisEnLabel->setText(tr("Legal basis in &English:"));
    m_basisDeLabel->setText(tr("Legal basis in &German:"));
    m_preview->setText(tr("Show &released records"));
    m_save->setText(tr("&Save rule"));
    m_years->setSuffix(QString());
}
