// SPDX-License-Identifier: GPL-3.0-or-later
#include "LanguageMenu.h"

#include "core/Languages.h"
#include "core/Settings.h"

#include <QActionGroup>
#include <QEvent>

LanguageMenu::LanguageMenu(Languages* languages, Settings* settings, QWidget* parent)
    : QMenu(parent)
    , m_languages(languages)
    , m_settings(settings)
    , m_group(new QActionGroup(this))
{
    setObjectName(QStringLiteral("languageMenu"));
    const QString current = m_settings->language();
    for (const QString& key : {QStringLiteral("system"), QStringLiteral("de"), QStringLiteral("en")}) {
        QAction* action = addAction(QString());
        action->setObjectName(QStringLiteral("language_") + key);
        action->setData(key);
        action->setCheckable(true);
        action->setChecked(key == current);
        m_group->addAction(action);
    }
    connect(m_group, &QActionGroup::triggered, this, [this](QAction* action) {
        const QString key = action->data().toString();
        m_settings->setValue(Settings::Key::Language, key);
        m_languages->apply(key);
    });
    retranslateUi();
}

void LanguageMenu::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMenu::changeEvent(event);
}

void LanguageMenu::retranslateUi()
{
    setTitle(tr("&Language"));
    const auto actions = m_group->actions();
    actions.at(0)->setText(tr("System language"));
    actions.at(1)->setText(QStringLiteral("Deutsch")); // language names stay in their own language
    actions.at(2)->setText(QStringLiteral("English"));
}
