// SPDX-License-Identifier: GPL-3.0-or-later
#include "ContentTab.h"

#include "NoticeDialog.h"
#include "incidents/IncidentTexts.h"

#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIntValidator>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {

using Field = Incident::Content::Field;

bool isLongText(Field field)
{
    return field == Field::Nature || field == Field::Consequences || field == Field::Measures;
}

// Which point of Art. 33(3) the field belongs to.
QString point(Field field)
{
    switch (field) {
    case Field::Nature:
    case Field::SubjectCategories:
    case Field::SubjectsApprox:
    case Field::RecordCategories:
    case Field::RecordsApprox:
        return QStringLiteral("(a) ");
    case Field::DpoContact:
        return QStringLiteral("(b) ");
    case Field::Consequences:
        return QStringLiteral("(c) ");
    case Field::Measures:
        return QStringLiteral("(d) ");
    }
    return QString();
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
    for (const Field field : Incident::Content::fields()) {
        QWidget* editor;
        if (isLongText(field)) {
            auto* text = new QPlainTextEdit(this);
            text->setTabChangesFocus(true);
            text->setMaximumHeight(70);
            editor = text;
        } else {
            auto* line = new QLineEdit(this);
            if (Incident::Content::isNumber(field))
                line->setValidator(new QRegularExpressionValidator(digits, line));
            editor = line;
        }
        editor->setObjectName(Incident::Content::key(field) + QStringLiteral("Edit"));
        auto* label = new QLabel(this);
        label->setBuddy(editor);
        m_editors.insert(field, editor);
        m_labels.insert(field, label);
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
    for (const Field field : Incident::Content::fields()) {
        if (previous)
            setTabOrder(previous, m_editors.value(field));
        previous = m_editors.value(field);
    }
    setTabOrder(previous, m_save);
    setTabOrder(m_save, m_notice);
    setTabOrder(m_notice, m_notices);
    connect(m_save, &QPushButton::clicked, this, &ContentTab::save);
    connect(m_notice, &QPushButton::clicked, this, &ContentTab::askNotice);
    retranslateUi();
}

void ContentTab::showIncident(const Incident& incident)
{
    m_incident = incident;
    const bool open = incident.isOpen();
    for (const Field field : Incident::Content::fields()) {
        setText(field, incident.content.text(field));
        m_editors.value(field)->setEnabled(open);
    }
    m_save->setEnabled(open);
    m_notice->setEnabled(open && !incident.risk.isEmpty());
    QStringList missing;
    for (const QString& key : incident.missingAuthority)
        missing << IncidentTexts::field(key);
    m_missing->setText(
        missing.isEmpty() ? tr("Everything Art. 33(3) requires is filled in.")
                          : tr("Missing before a notice can be recorded: %1.").arg(missing.join(QStringLiteral(", "))));
    const QList<Incident::Notice>& notices = incident.notices;
    m_notices->setRowCount(int(notices.size()));
    for (int row = 0; row < notices.size(); ++row) {
        const Incident::Notice& n = notices.at(row);
        const QStringList cells{IncidentTexts::noticeKind(n.kind),
                                QString::number(n.phase),
                                IncidentTexts::localTime(n.sentAt),
                                n.sentBy,
                                n.late ? tr("late: %1").arg(n.delayReasons) : tr("in time"),
                                n.reference + QStringLiteral(" ") + n.note};
        for (int column = 0; column < cells.size(); ++column)
            m_notices->setItem(row, column, new QTableWidgetItem(cells.at(column).trimmed()));
    }
    m_notices->resizeColumnsToContents();
}

Incident::Content ContentTab::fields() const
{
    Incident::Content content;
    for (const Field field : Incident::Content::fields())
        content.setText(field, textOf(m_editors.value(field)).trimmed());
    return content;
}

void ContentTab::setField(const QString& key, const QString& value)
{
    if (const std::optional<Field> field = Incident::Content::fieldOf(key))
        setText(*field, value);
}

void ContentTab::setText(Field field, const QString& value)
{
    QWidget* editor = m_editors.value(field);
    if (auto* text = qobject_cast<QPlainTextEdit*>(editor))
        text->setPlainText(value);
    else if (editor)
        static_cast<QLineEdit*>(editor)->setText(value);
}

void ContentTab::save()
{
    const Incident::Content values = fields();
    const qint64 id = m_incident.id;
    emit change([id, values](IncidentStore& store, QString* error) { return store.describe(id, values, error); },
                tr("Content saved."));
}

void ContentTab::recordNotice(const QString& kind, const QString& reference, const QString& note,
                              const QString& delayReasons)
{
    const qint64 id = m_incident.id;
    const Incident::Content values = fields();
    // What is on screen is saved first, so that the notice records what the user sees.
    emit change(
        [=](IncidentStore& store, QString* error) {
            Incident::Notice notice;
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
        if (!m_incident.isNull())
            showIncident(m_incident);
    }
    QWidget::changeEvent(event);
}

void ContentTab::retranslateUi()
{
    m_notices->setAccessibleName(tr("Notices recorded"));
    for (const Field field : Incident::Content::fields()) {
        const QString name = IncidentTexts::field(Incident::Content::key(field));
        m_labels.value(field)->setText(point(field) + name + QLatin1Char(':'));
        m_editors.value(field)->setAccessibleName(name);
    }
    m_save->setText(tr("&Save content"));
    m_notice->setText(tr("Record &notice sent…"));
    m_noticesLabel->setText(tr("Notices recorded:"));
    m_notices->setHorizontalHeaderLabels(
        {tr("To"), tr("Phase"), tr("Sent"), tr("By"), tr("On time"), tr("Reference and note")});
}
