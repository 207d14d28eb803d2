// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QKeySequence>

class QAbstractButton;

// Marks a page's button as one of its main actions: the main window lists it in the Page menu,
// with its keyboard shortcut, while the page is shown.
namespace MainAction {
void mark(QAbstractButton* button, const QKeySequence& shortcut = QKeySequence());
bool isMarked(const QAbstractButton* button);
QKeySequence shortcut(const QAbstractButton* button);
} // namespace MainAction
