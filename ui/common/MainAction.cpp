// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainAction.h"

#include <QAbstractButton>
#include <QVariant>

namespace MainAction {

namespace {
const char* const markProperty = "fxMainAction";
const char* const shortcutProperty = "fxMainActionShortcut";
} // namespace

void mark(QAbstractButton* button, const QKeySequence& shortcut)
{
    button->setProperty(markProperty, true);
    button->setProperty(shortcutProperty, shortcut.toString(QKeySequence::PortableText));
}

bool isMarked(const QAbstractButton* button)
{
    return button->property(markProperty).toBool();
}

QKeySequence shortcut(const QAbstractButton* button)
{
    return QKeySequence(button->property(shortcutProperty).toString(), QKeySequence::PortableText);
}

} // namespace MainAction
