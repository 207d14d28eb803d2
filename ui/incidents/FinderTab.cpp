// SPDX-License-Identifier: GPL-3.0-or-later
#include "FinderTab.h"

#include "async/StoreCall.h"
#include "core/Settings.h"
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
#include <QJsonArray>
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
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
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

void FinderTab::showIncident(const QJsonObject& incident)
{
    m_incident = incident;
    if (!m_choicesLoaded)
        loadChoices();
    m_attach->setEnabled(incident.value(QLatin1String("status")).toString() == QLatin1String("open"));
    const QJsonArray findings = incident.value(QLatin1String("findings")).toArray();
    m_findings->setRowCount(int(findings.size()));
    for (int row = 0; row < findings.size(); ++row) {
        const QJsonObject f = findings.at(row).toObject();
        const QStringList cells{QString::number(f.value(QLatin1String("id")).toInteger()),
                                QLocale().toString(f.value(QLatin1String("people")).toInteger()),
                                f.value(QLatin1String("found_by")).toString(),
                                IncidentTexts::localTime(QDateTime::fromString(
                                    f.value(QLatin1String("found_at")).toString(), Qt::ISODateWithMs)),
                                describe(f.value(QLatin1String("criteria")).toObject())};
        for (int column = 0; column < cells.size(); ++column) {
            auto* item = new QTableWidgetItem(cells.at(column));
            item->setData(Qt::UserRole, f.value(QLatin1String("id")).toInteger());
            m_findings->setItem(row, column, item);
        }
    }
    m_findings->resizeColumnsToContents();
}

QJsonObject FinderTab::criteria() const
{
    QJsonObject c;
    if (m_window->isChecked()) {
        c.insert(QStringLiteral("from"), m_from->dateTime().toUTC().toString(Qt::ISODateWithMs));
        c.insert(QStringLiteral("to"), m_to->dateTime().toUTC().toString(Qt::ISODateWithMs));
    }
    if (!m_network->text().trimmed().isEmpty())
        c.insert(QStringLiteral("network"), m_network->text().trimmed());
    if (m_course->currentData().isValid())
        c.insert(QStringLiteral("course_id"), m_course->currentData().toInt());
    if (m_payment->isChecked())
        c.insert(QStringLiteral("payment"), true);
    if (m_processor->currentData().isValid())
        c.insert(QStringLiteral("processor_id"), m_processor->currentData().toInt());
    return c;
}

QString FinderTab::describe(const QJsonObject& c) const
{
    QStringList parts;
    const auto time = [&](const char* key) {
        return IncidentTexts::localTime(
            QDateTime::fromString(c.value(QLatin1String(key)).toString(), Qt::ISODateWithMs));
    };
    if (c.contains(QLatin1String("from")) || c.contains(QLatin1String("to")))
        parts << tr("signed in %1 – %2").arg(time("from"), time("to"));
    if (c.contains(QLatin1String("network")))
        parts << tr("from %1").arg(c.value(QLatin1String("network")).toString());
    if (c.contains(QLatin1String("course_id")))
        parts << tr("enrolled in course %1").arg(c.value(QLatin1String("course_id")).toInteger());
    if (c.value(QLatin1String("payment")).toBool())
        parts << tr("with payment references");
    if (c.contains(QLatin1String("processor_id")))
        parts << tr("data at processor %1").arg(c.value(QLatin1String("processor_id")).toInteger());
    return parts.join(QStringLiteral("; "));
}

void FinderTab::count()
{
    const QJsonObject c = criteria();
    m_count->setEnabled(false);
    m_result->setText(tr("Counting…"));
    StoreCall::call<QJsonObject>(
        m_session, this,
        [c](Stores& stores, QJsonObject* found, QString* error) { return stores.incidents().find(c, found, error); },
        [this](const Result<QJsonObject>& result) {
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
    if (m_lastResult.isEmpty())
        return;
    QStringList categories;
    const QJsonObject counts = m_lastResult.value(QLatin1String("categories")).toObject();
    for (auto it = counts.begin(); it != counts.end(); ++it)
        categories << tr("%1: %2").arg(IncidentTexts::dataCategory(it.key()),
                                       QLocale().toString(it.value().toInteger()));
    const int people = int(m_lastResult.value(QLatin1String("people")).toInteger());
    const QString list = categories.isEmpty() ? tr("none") : categories.join(QStringLiteral(", "));
    m_result->setText(
        m_lastResult.value(QLatin1String("categories_estimated")).toBool()
            ? tr("%n people match. Data they hold, by category (estimated from a sample of 5,000): %1", nullptr, people)
                  .arg(list)
            : tr("%n people match. Data they hold, by category: %1", nullptr, people).arg(list));
}

QString FinderTab::result() const
{
    return m_result->text();
}

void FinderTab::attach()
{
    const QJsonObject c = criteria();
    const qint64 id = m_incident.value(QLatin1String("id")).toInteger();
    emit change(
        [id, c](IncidentStore& store, QString* error) {
            QJsonObject finding;
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
            emit message(result.ok, result.ok ? tr("%n people written to %1. The export is in the access log.", nullptr,
                                                   int(result.value))
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
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export the people concerned"),
                                     QDir(folder).filePath(QStringLiteral("incident-%1-finding-%2.csv")
                                                               .arg(m_incident.value(QLatin1String("id")).toInteger())
                                                               .arg(findingId)),
                                     tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        exportList(findingId, path);
}

void FinderTab::loadChoices()
{
    m_choicesLoaded = true;
    StoreCall::call<QJsonObject>(
        m_session, this,
        [](Stores& stores, QJsonObject* choices, QString* error) {
            return stores.incidents().finderChoices(choices, error);
        },
        [this](const Result<QJsonObject>& result) {
            if (!result.ok) {
                m_choicesLoaded = false;
                return;
            }
            for (const QJsonValue& v : result.value.value(QLatin1String("courses")).toArray())
                m_course->addItem(QStringLiteral("%1 – %2")
                                      .arg(v.toObject().value(QLatin1String("id")).toInteger())
                                      .arg(v.toObject().value(QLatin1String("title")).toString()),
                                  v.toObject().value(QLatin1String("id")).toInt());
            for (const QJsonValue& v : result.value.value(QLatin1String("processors")).toArray())
                m_processor->addItem(
                    QStringLiteral("%1 (%2)").arg(v.toObject().value(QLatin1String("name")).toString(),
                                                  v.toObject().value(QLatin1String("category")).toString()),
                    v.toObject().value(QLatin1String("id")).toInt());
        });
}

void FinderTab::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        showResult();
        if (!m_incident.isEmpty())
            showIncident(m_incident);
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
    m_count->setText(tr("C&ount"));
    m_attach->setText(tr("A&ttach to incident"));
    m_export->setText(tr("&Export list…"));
    m_findings->setHorizontalHeaderLabels({tr("No."), tr("People"), tr("By"), tr("When"), tr("Criteria")});
}
