// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMenu>

class QActionGroup;
class Languages;
class Settings;

// System / Deutsch / English; switches at once and remembers the choice.
class LanguageMenu : public QMenu
{
    Q_OBJECT
public:
    LanguageMenu(Languages* languages, Settings* settings, QWidget* parent = nullptr);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();

    Languages* m_languages;
    Settings* m_settings;
    QActionGroup* m_group;
};
