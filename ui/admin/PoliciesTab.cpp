// SPDX-License-Identifier: GPL-3.0-or-later
#include "PoliciesTab.h"

#include "async/StoreCall.h"
#include "common/MessageBanner.h"

#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

PoliciesTab::PoliciesTab(DbSession* session, MessageBanner* banner, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_banner(banner)
    , m_save(new QPushButton(this))
{
    m_save->setObjectName(QStringLiteral("savePoliciesButton"));
    auto* form = new QFormLayout(this);
    for (const QString& key : PolicyStore::keys()) {
        auto* edit = new QLineEdit(this);
        edit->setObjectName(key + QStringLiteral("Edit"));
        edit->setMaxLength(500);
        auto* label = new QLabel(this);
        label->setBuddy(edit);
        m_edits.insert(key, edit);
        m_labels.insert(key, label);
        form->addRow(label, edit);
    }
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_save);
    form->addRow(buttons);
    setTabOrder(m_edits.value(PolicyStore::keys().last()), m_save); // the button after the fields
    connect(m_save, &QPushButton::clicked, this, &PoliciesTab::save);
    retranslateUi();
}

void PoliciesTab::refresh()
{
    StoreCall::call<QJsonObject>(
        m_session, this,
        [](Stores& stores, QJsonObject* policies, QString* error) { return stores.policies().get(policies, error); },
        [this](const Result<QJsonObject>& result) {
            if (result.ok)
                showPolicies(result.value);
            else
                m_banner->showMessage(MessageBanner::Kind::Error, result.error);
            emit refreshed();
        });
}

void PoliciesTab::showPolicies(const QJsonObject& policies)
{
    m_policies = policies;
    for (auto it = m_edits.begin(); it != m_edits.end(); ++it)
        it.value()->setText(policies.value(it.key()).toString());
}

void PoliciesTab::setValue(const QString& key, const QString& value)
{
    if (QLineEdit* edit = m_edits.value(key))
        edit->setText(value);
}

QString PoliciesTab::value(const QString& key) const
{
    const QLineEdit* edit = m_edits.value(key);
    return edit ? edit->text() : QString();
}

void PoliciesTab::save()
{
    QList<QPair<QString, QString>> changes;
    for (const QString& key : PolicyStore::keys())
        if (value(key) != m_policies.value(key).toString())
            changes.append({key, value(key).trimmed()});
    if (changes.isEmpty()) {
        m_banner->showMessage(MessageBanner::Kind::Information, tr("Nothing has changed."));
        emit saved(true);
        return;
    }
    m_save->setEnabled(false);
    StoreCall::call<PolicySaving>(
        m_session, this,
        [changes](Stores& stores, PolicySaving* saving, QString* error) {
            return stores.policies().setAll(changes, saving, error);
        },
        [this](const Result<PolicySaving>& result) {
            m_save->setEnabled(true);
            const PolicySaving& outcome = result.value;
            const QString field = m_labels.value(outcome.refusedKey)
                                      ? m_labels.value(outcome.refusedKey)->text().remove(QLatin1Char('&')).chopped(1)
                                      : outcome.refusedKey;
            m_banner->showMessage(result.ok ? MessageBanner::Kind::Information : MessageBanner::Kind::Error,
                                  result.ok ? tr("%Ln policies saved.", nullptr, outcome.changed)
                                            : tr("%1: %2").arg(field, result.error));
            // Keep what was typed where the database refused it, so nothing is lost.
            const QMap<QString, QString> typed = [this] {
                QMap<QString, QString> values;
                for (auto it = m_edits.begin(); it != m_edits.end(); ++it)
                    values.insert(it.key(), it.value()->text());
                return values;
            }();
            showPolicies(outcome.policies);
            if (!result.ok)
                for (auto it = typed.begin(); it != typed.end(); ++it)
                    setValue(it.key(), it.value());
            emit saved(result.ok);
        });
}

void PoliciesTab::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void PoliciesTab::retranslateUi()
{
    const QMap<QString, QString> labels{
        {QStringLiteral("ticket_pattern"), tr("&Ticket reference pattern (regular expression):")},
        {QStringLiteral("controller"), tr("C&ontroller (name, address, contact):")},
        {QStringLiteral("dpo_contact"), tr("&Contact of the data protection officer:")},
        {QStringLiteral("privacy_policy_version"), tr("Privacy policy &version learners accept:")},
        {QStringLiteral("request_warn_days"), tr("Requests are &due soon this many days before:")},
        {QStringLiteral("export_needs_approval"), tr("Exports need a DPO's &approval (true or false):")},
        {QStringLiteral("lookup_max_results"), tr("&Search results at most:")},
        {QStringLiteral("finder_sample"), tr("Incident finder sample &size:")},
        {QStringLiteral("anomaly_min_distinct"), tr("Unusual volume: at least this many &people an hour:")},
        {QStringLiteral("anomaly_factor"), tr("Unusual volume: times the usual &hour:")},
        {QStringLiteral("work_hours"), tr("Working &hours (HH:MM-HH:MM):")},
        {QStringLiteral("work_days"), tr("Working &days (1 = Monday, e.g. 1-5):")},
        {QStringLiteral("work_timezone"), tr("Time &zone of the working hours:")},
        {QStringLiteral("recertify_days"), tr("&Roles are confirmed again after this many days:")},
        {QStringLiteral("checkpoint_warn_days"), tr("Warn after this many days without a signed chec&kpoint:")},
    };
    for (auto it = m_labels.begin(); it != m_labels.end(); ++it) {
        it.value()->setText(labels.value(it.key()));
        m_edits.value(it.key())->setAccessibleName(QString(labels.value(it.key())).remove(QLatin1Char('&')));
    }
    m_save->setText(tr("Sa&ve policies"));
}
