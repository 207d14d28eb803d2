// SPDX-License-Identifier: GPL-3.0-or-later
#include "FinderTab.h"

#include "async/StoreCall.h"
#include "core/Settings.h"
#include "core/TimeFormat.h"
#include "incidents/IncidentTexts.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableWidget>
#include <QVBoxLayout>

FinderTab::FinderTab(DbSession* session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_window(new QCheckBox(this))
    , m_from(new QDateTimeEdit(QDateTime::currentDateTime().addDays(-7), this))
    , m_to(new QDateTimeEdit(QDateTime::currentDateTime(), this))
    , m_networkLabel(new QLabel(this))
    , m_network(new QLineEdit(this))
    , m_courseLabel(new QLabel(this))
    , m_course(new QComboBox(this))
    , m_payment(new QCheckBox(this))
    , m_processorLabel(new QLabel(this))
    , m_processor(new QComboBox(this))
    , m_count(new QPushButton(this))
    , m_attach(new QPushButton(this))
    , m_result(new QLabel(this))
    , m_findings(new QTableWidget(0, 5, this))
    , m_export(new QPushButton(this))
{
    m_count->setObjectName(QStringLiteral("countButton"));
    m_attach->setObjectName(QStringLiteral("attachButton"));
    m_export->setObjectName(QStringLiteral("exportListButton"));
    m_network->setObjectName(QStringLiteral("networkEdit"));
    m_findings->setObjectName(QStringLiteral("findingsTable"));
    for (QDateTimeEdit* edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setLocale(TimeFormat::locale());
        edit->setDisplayFormat(TimeFormat::editFormat());
    }
    m_network->setMaxLength(64);
    m_network->setPlaceholderText(QStringLiteral("203.0.113.0/24"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_findings->verticalHeader()->hide();
    m_findings->horizontalHeader()->setStretchLastSection(true);
    m_findings->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_findings->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_findings->setSelectionMode(QAbstractItemView::SingleSelection);
    m_networkLabel->setBuddy(m_network);
    m_courseLabel->setBuddy(m_course);
    m_processorLabel->setBuddy(m_processor);

    auto* window = new QHBoxLayout;
    window->addWidget(m_window);
    window->addWidget(m_from);
    window->addWidget(new QLabel(QStringLiteral("–"), this));
    window->addWidget(m_to);
    window->addStretch(1);
    auto* form = new QFormLayout;
    form->addRow(window);
    form->addRow(m_networkLabel, m_network);
    form->addRow(m_courseLabel, m_course);
    form->addRow(m_processorLabel, m_processor);
    form->addRow(m_payment);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_count);
    buttons->addWidget(m_attach);
    buttons->addStretch(1);
    buttons->addWidget(m_export);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(buttons);
    layout->addWidget(m_result);
    layout->addWidget(m_findings, 1);

    // Tab in reading order, as the form shows the criteria.
    const QList<QWidget*> order{m_window,  m_from,  m_to,     m_network, m_course,  m_processor,
                                m_payment, m_count, m_attach, m_export,  m_findings};
    for (qsizetype i = 1; i < order.size(); ++i)
        setTabOrder(order.at(i - 1), order.at(i));
    connect(m_count, &QPushButton::clicked, this, &FinderTab::count);
    connect(m_attach, &QPushButton::clicked, this, &FinderTab::attach);
    connect(m_export, &QPushButton::clicked, this, &FinderTab::askExport);
    connect(m_window, &QCheckBox::toggled, m_from, &QWidget::setEnabled);
    connect(m_window, &QCheckBox::toggled, m_to, &QWidget::setEnabled);
    connect(m_findings, &QTableWidget::itemSelectionChanged, this,
            [this] { m_export->setEnabled(m_mayExport && m_findings->currentRow() >= 0); });
    m_window->setChecked(true);
    m_export->setEnabled(false);
    retranslateUi();
}

void FinderTab::setMayExport(bool mayExport)
{
    m_mayExport = mayExport;
    m_export->setVisible(mayExport);
}

void FinderTab::showIncident(const Incident& incident)
{
    m_incident = FinderIncident{incident.id, incident.isOpen(), incident.findings};
    m_hasIncident = !incident.isNull();
    showFindings();
}

void FinderTab::showFindings()
{
    if (!m_choicesLoaded)
        loadChoices();
    m_attach->setEnabled(m_incident.open);
    const QList<AttachedFinding>& findings = m_incident.findings;
    m_findings->setRowCount(int(findings.size()));
    for (int row = 0; row < findings.size(); ++row) {
        const AttachedFinding& f = findings.at(row);
        const QStringList cells{QString::number(f.id), QLocale().toString(f.people), f.foundBy,
                                TimeFormat::dateTime(f.foundAt), describe(f.criteria)};
        for (int column = 0; column < cells.size(); ++column) {
            auto* item = new QTableWidgetItem(cells.at(column));
            item->setData(Qt::UserRole, f.id);
            m_findings->setItem(row, column, item);
        }
    }
    m_findings->resizeColumnsToContents();
}

FinderCriteria FinderTab::criteria() const
{
    FinderCriteria c;
    if (m_window->isChecked()) {
        c.from = m_from->dateTime();
        c.to = m_to->dateTime();
    }
    c.network = m_network->text().trimmed();
    if (m_course->currentData().isValid())
        c.courseId = m_course->currentData().toLongLong();
    c.payment = m_payment->isChecked();
    if (m_processor->currentData().isValid())
        c.processorId = m_processor->currentData().toLongLong();
    return c;
}

QString FinderTab::describe(const FinderCriteria& c) const
{
    QStringList parts;
    if (c.from.isValid() || c.to.isValid())
        parts << tr("signed in %1 – %2").arg(TimeFormat::dateTime(c.from), TimeFormat::dateTime(c.to));
    if (!c.network.isEmpty())
        parts << tr("from %1").arg(c.network);
    if (c.courseId)
        parts << tr("enrolled in course %1").arg(*c.courseId);
    if (c.payment)
        parts << tr("with payment references");
    if (c.processorId)
        parts << tr("data at processor %1").arg(*c.processorId);
    return parts.join(QStringLiteral("; "));
}

void FinderTab::count()
{
    const FinderCriteria c = criteria();
    m_count->setEnabled(false);
    m_result->setText(tr("Counting…"));
    StoreCall::call<FinderCount>(
        m_session, this,
        [c](Stores& stores, FinderCount* found, QString* error) { return stores.incidents().find(c, found, error); },
        [this](const Result<FinderCount>& result) {
            m_count->setEnabled(true);
            if (!result.ok) {
                m_result->clear();
                emit message(false, result.error);
            } else {
                m_lastResult = result.value;
                showResult();
            }
            emit counted();
        });
}

void FinderTab::showResult()
{
    if (!m_lastResult)
        return;
    QStringList categories;
    for (const FinderCategoryCount& category : m_lastResult->categories)
        categories << tr("%1: %2").arg(IncidentTexts::dataCategory(category.category),
                                       QLocale().toString(category.people));
    const int people = int(m_lastResult->people);
    const QString list = categories.isEmpty() ? tr("none") : categories.join(QStringLiteral(", "));
    m_result->setText(m_lastResult->estimated
                          ? tr("%Ln people match. Data they hold, by category (estimated from a sample of 5,000): %1",
                               nullptr, people)
                                .arg(list)
                          : tr("%Ln people match. Data they hold, by category: %1", nullptr, people).arg(list));
}

QString FinderTab::result() const
{
    return m_result->text();
}

void FinderTab::attach()
{
    const FinderCriteria c = criteria();
    const qint64 id = m_incident.id;
    emit change(
        [id, c](IncidentStore& store, QString* error) {
            AttachedFinding finding;
            return store.attachFinding(id, c, &finding, error);
        },
        tr("Finder result attached to the incident."));
}

void FinderTab::exportList(qint64 findingId, const QString& path)
{
    StoreCall::call<qint64>(
        m_session, this,
        [findingId, path](Stores& stores, qint64* people, QString* error) {
            return stores.incidents().writeAffected(findingId, path, people, error);
        },
        [this, path](const Result<qint64>& result) {
            emit message(result.ok, result.ok ? tr("%Ln people written to %1. The export is in the access log.",
                                                   nullptr, int(result.value))
                                                    .arg(QDir::toNativeSeparators(path))
                                              : result.error);
        });
}

void FinderTab::askExport()
{
    const int row = m_findings->currentRow();
    if (row < 0)
        return;
    const qint64 findingId = m_findings->item(row, 0)->data(Qt::UserRole).toLongLong();
    const QString folder = Settings().exportFolder();
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export the people concerned"),
        QDir(folder).filePath(QStringLiteral("incident-%1-finding-%2.csv").arg(m_incident.id).arg(findingId)),
        tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        exportList(findingId, path);
}

void FinderTab::loadChoices()
{
    m_choicesLoaded = true;
    StoreCall::call<FinderChoices>(
        m_session, this,
        [](Stores& stores, FinderChoices* choices, QString* error) {
            return stores.incidents().finderChoices(choices, error);
        },
        [this](const Result<FinderChoices>& result) {
            if (!result.ok) {
                m_choicesLoaded = false;
                return;
            }
            m_choices = result.value;
            for (const FinderCourse& course : m_choices->courses)
                m_course->addItem(QStringLiteral("%1 – %2").arg(course.id).arg(course.title), course.id);
            for (const FinderProcessor& processor : m_choices->processors)
                m_processor->addItem(QStringLiteral("%1 (%2)").arg(processor.name, processor.category), processor.id);
            offerChoices();
        });
}

// A criterion the data map gives nothing to search is shown disabled, with the reason.
void FinderTab::offerChoices()
{
    if (!m_choices)
        return;
    const FinderChoices& choices = *m_choices;
    if (!choices.window)
        m_window->setChecked(false);
    if (!choices.payment)
        m_payment->setChecked(false);
    const QString unmapped = tr("The data map of this platform names nothing to search for this.");
    const auto offer = [&](QWidget* widget, bool available) {
        widget->setEnabled(available);
        widget->setToolTip(available ? QString() : unmapped);
    };
    offer(m_window, choices.window);
    m_from->setEnabled(choices.window && m_window->isChecked());
    m_to->setEnabled(choices.window && m_window->isChecked());
    offer(m_network, choices.network);
    offer(m_course, !choices.courses.isEmpty());
    offer(m_processor, !choices.processors.isEmpty());
    offer(m_payment, choices.payment);
}

void FinderTab::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        showResult();
        if (m_hasIncident)
            showFindings();
    }
    QWidget::changeEvent(event);
}

void FinderTab::retranslateUi()
{
    m_findings->setAccessibleName(tr("Attached results"));
    m_attach->setWhatsThis(tr("Stores the criteria and the number of people with the incident, not the list. Only the "
                              "data protection officer can export the list of people, and that is logged."));
    m_window->setText(tr("Signed in &between"));
    m_from->setAccessibleName(tr("From"));
    m_to->setAccessibleName(tr("To"));
    m_networkLabel->setText(tr("From the &address or range:"));
    m_courseLabel->setText(tr("Enrolled in &course:"));
    m_processorLabel->setText(tr("Data held by &processor:"));
    m_payment->setText(tr("Holds payment &references"));
    if (m_course->count() == 0)
        m_course->addItem(QString());
    if (m_processor->count() == 0)
        m_processor->addItem(QString());
    m_course->setItemText(0, tr("any or none"));
    m_processor->setItemText(0, tr("any or none"));
    offerChoices();
    m_count->setText(tr("C&ount"));
    m_attach->setText(tr("A&ttach to incident"));
    m_export->setText(tr("&Export list…"));
    m_findings->setHorizontalHeaderLabels({tr("No."), tr("People"), tr("By"), tr("When"), tr("Criteria")});
}
