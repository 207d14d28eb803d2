// SPDX-License-Identifier: GPL-3.0-or-later
#include "ContentTab.h"

#include "NoticeDialog.h"
#include "incidents/IncidentTexts.h"

#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIntValidator>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {

const QStringList fieldKeys{QStringLiteral("nature"),          QStringLiteral("subject_categories"),
                            QStringLiteral("subjects_approx"), QStringLiteral("record_categories"),
                            QStringLiteral("records_approx"),  QStringLiteral("dpo_contact"),
                            QStringLiteral("consequences"),    QStringLiteral("measures")};

bool isLongText(const QString& key)
{
    return key == QLatin1String("nature") || key == QLatin1String("consequences") || key == QLatin1String("measures");
}

bool isNumber(const QString& key)
{
    return key.endsWith(QLatin1String("_approx"));
}

QString textOf(QWidget* editor)
{
    if (auto* text = qobject_cast<QPlainTextEdit*>(editor))
        return text->toPlainText();
    return static_cast<QLineEdit*>(editor)->text();
}

} // namespace

ContentTab::ContentTab(QWidget* parent)
    : QWidget(parent)
    , m_missing(new QLabel(this))
    , m_save(new QPushButton(this))
    , m_notice(new QPushButton(this))
    , m_noticesLabel(new QLabel(this))
    , m_notices(new QTableWidget(0, 6, this))
{
    m_save->setObjectName(QStringLiteral("saveContentButton"));
    m_notice->setObjectName(QStringLiteral("recordNoticeButton"));
    m_notices->setObjectName(QStringLiteral("noticesTable"));
    auto* form = new QFormLayout;
    static const QRegularExpression digits(QStringLiteral("^[0-9]{0,15}$"));
    for (const QString& key : fieldKeys) {
        QWidget* editor;
        if (isLongText(key)) {
            auto* text = new QPlainTextEdit(this);
            text->setTabChangesFocus(true);
            text->setMaximumHeight(70);
            editor = text;
        } else {
            auto* line = new QLineEdit(this);
            if (isNumber(key))
                line->setValidator(new QRegularExpressionValidator(digits, line));
            editor = line;
        }
        editor->setObjectName(key + QStringLiteral("Edit"));
        auto* label = new QLabel(this);
        label->setBuddy(editor);
        m_editors.insert(key, editor);
        m_labels.insert(key, label);
        form->addRow(label, editor);
    }
    m_missing->setWordWrap(true);
    m_notices->verticalHeader()->hide();
    m_notices->horizontalHeader()->setStretchLastSection(true);
    m_notices->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_notices->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_notices->setMaximumHeight(130);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_missing, 1);
    buttons->addWidget(m_save);
    buttons->addWidget(m_notice);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(buttons);
    layout->addWidget(m_noticesLabel);
    layout->addWidget(m_notices);
    // Tab in reading order: the fields, the buttons, the notices.
    QWidget* previous = nullptr;
    for (const QString& key : fieldKeys) {
        if (previous)
            setTabOrder(previous, m_editors.value(key));
        previous = m_editors.value(key);
    }
    setTabOrder(previous, m_save);
    setTabOrder(m_save, m_notice);
    setTabOrder(m_notice, m_notices);
    connect(m_save, &QPushButton::clicked, this, &ContentTab::save);
    connect(m_notice, &QPushButton::clicked, this, &ContentTab::askNotice);
    retranslateUi();
}

void ContentTab::showIncident(const QJsonObject& incident)
{
    m_incident = incident;
    const bool open = incident.value(QLatin1String("status")).toString() == QLatin1String("open");
    for (const QString& key : fieldKeys) {
        const QJsonValue v = incident.value(key);
        setField(key, v.isDouble() ? QString::number(v.toInteger()) : v.toString());
        m_editors.value(key)->setEnabled(open);
    }
    m_save->setEnabled(open);
    m_notice->setEnabled(open && !incident.value(QLatin1String("risk")).toString().isEmpty());
    QStringList missing;
    for (const QJsonValue& v : incident.value(QLatin1String("missing_authority")).toArray())
        missing << IncidentTexts::field(v.toString());
    m_missing->setText(
        missing.isEmpty() ? tr("Everything Art. 33(3) requires is filled in.")
                          : tr("Missing before a notice can be recorded: %1.").arg(missing.join(QStringLiteral(", "))));
    const QJsonArray notices = incident.value(QLatin1String("notices")).toArray();
    m_notices->setRowCount(int(notices.size()));
    for (int row = 0; row < notices.size(); ++row) {
        const QJsonObject n = notices.at(row).toObject();
        const QStringList cells{IncidentTexts::noticeKind(n.value(QLatin1String("kind")).toString()),
                                QString::number(n.value(QLatin1String("phase")).toInteger()),
                                IncidentTexts::localTime(QDateTime::fromString(
                                    n.value(QLatin1String("sent_at")).toString(), Qt::ISODateWithMs)),
                                n.value(QLatin1String("sent_by")).toString(),
                                n.value(QLatin1String("late")).toBool()
                                    ? tr("late: %1").arg(n.value(QLatin1String("delay_reasons")).toString())
                                    : tr("in time"),
                                n.value(QLatin1String("reference")).toString() + QStringLiteral(" ") +
                                    n.value(QLatin1String("note")).toString()};
        for (int column = 0; column < cells.size(); ++column)
            m_notices->setItem(row, column, new QTableWidgetItem(cells.at(column).trimmed()));
    }
    m_notices->resizeColumnsToContents();
}

QJsonObject ContentTab::fields() const
{
    QJsonObject fields;
    for (const QString& key : fieldKeys) {
        const QString text = textOf(m_editors.value(key)).trimmed();
        if (isNumber(key))
            fields.insert(key, text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text.toLongLong()));
        else
            fields.insert(key, text);
    }
    return fields;
}

void ContentTab::setField(const QString& key, const QString& value)
{
    QWidget* editor = m_editors.value(key);
    if (auto* text = qobject_cast<QPlainTextEdit*>(editor))
        text->setPlainText(value);
    else if (editor)
        static_cast<QLineEdit*>(editor)->setText(value);
}

void ContentTab::save()
{
    const QJsonObject values = fields();
    const qint64 id = m_incident.value(QLatin1String("id")).toInteger();
    emit change([id, values](IncidentStore& store, QString* error) { return store.describe(id, values, error); },
                tr("Content saved."));
}

void ContentTab::recordNotice(const QString& kind, const QString& reference, const QString& note,
                              const QString& delayReasons)
{
    const qint64 id = m_incident.value(QLatin1String("id")).toInteger();
    const QJsonObject values = fields();
    // What is on screen is saved first, so that the notice records what the user sees.
    emit change(
        [=](IncidentStore& store, QString* error) {
            QJsonObject notice;
            return store.describe(id, values, error) &&
                   store.notify(id, kind, reference, note, delayReasons, &notice, error);
        },
        tr("Notice to the %1 recorded.").arg(IncidentTexts::noticeKind(kind)));
}

void ContentTab::askNotice()
{
    NoticeDialog dialog(m_incident, this);
    if (dialog.exec() == QDialog::Accepted)
        recordNotice(dialog.kind(), dialog.reference(), dialog.note(), dialog.delayReasons());
}

void ContentTab::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        if (!m_incident.isEmpty())
            showIncident(m_incident);
    }
    QWidget::changeEvent(event);
}

void ContentTab::retranslateUi()
{
    m_notices->setAccessibleName(tr("Notices recorded"));
    static const QMap<QString, QString> prefixes{{QStringLiteral("nature"), QStringLiteral("(a) ")},
                                                 {QStringLiteral("subject_categories"), QStringLiteral("(a) ")},
                                                 {QStringLiteral("subjects_approx"), QStringLiteral("(a) ")},
                                                 {QStringLiteral("record_categories"), QStringLiteral("(a) ")},
                                                 {QStringLiteral("records_approx"), QStringLiteral("(a) ")},
                                                 {QStringLiteral("dpo_contact"), QStringLiteral("(b) ")},
                                                 {QStringLiteral("consequences"), QStringLiteral("(c) ")},
                                                 {QStringLiteral("measures"), QStringLiteral("(d) ")}};
    for (const QString& key : fieldKeys) {
        m_labels.value(key)->setText(prefixes.value(key) + IncidentTexts::field(key) + QLatin1Char(':'));
        m_editors.value(key)->setAccessibleName(IncidentTexts::field(key));
    }
    m_save->setText(tr("&Save content"));
    m_notice->setText(tr("Record &notice sent…"));
    m_noticesLabel->setText(tr("Notices recorded:"));
    m_notices->setHorizontalHeaderLabels(
        {tr("To"), tr("Phase"), tr("Sent"), tr("By"), tr("On time"), tr("Reference and note")});
}
