// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractSpinBox>
#include <QAccessible>
#include <QStringList>
#include <QTabBar>
#include <QWidget>

// Walks the keyboard focus chain inside a window as a keyboard user would, and reports controls
// without an accessible name and steps that jump back up the window (not reading order).
namespace FocusChain {

inline QList<QWidget*> reachable(QWidget* window)
{
    QList<QWidget*> widgets;
    QWidget* w = window->nextInFocusChain();
    for (int i = 0; i < 500 && w && w != window; ++i, w = w->nextInFocusChain()) {
        if (!w->isVisible() || !w->isEnabled() || !(w->focusPolicy() & Qt::TabFocus) || !window->isAncestorOf(w))
            continue;
        if (auto* bar = qobject_cast<QTabBar*>(w); bar && bar->count() == 0)
            continue; // nothing to reach in it yet
        if (!widgets.contains(w))
            widgets << w;
    }
    return widgets;
}

inline QString describe(QWidget* w)
{
    return QStringLiteral("%1 %2").arg(QString::fromLatin1(w->metaObject()->className()), w->objectName());
}

inline QStringList unnamed(QWidget* window)
{
    QStringList result;
    for (QWidget* w : reachable(window)) {
        // A spin box's or date edit's own line edit is part of it; assistive technology names the box.
        if (auto* box = qobject_cast<QAbstractSpinBox*>(w->parentWidget()))
            w = box;
        QAccessibleInterface* a = QAccessible::queryAccessibleInterface(w);
        if (!a || a->text(QAccessible::Name).trimmed().isEmpty())
            result << describe(w);
    }
    return result;
}

inline QStringList backwards(QWidget* window)
{
    QStringList result;
    QWidget* previous = nullptr;
    for (QWidget* w : reachable(window)) {
        if (previous) {
            const QRect a(previous->mapTo(window, QPoint(0, 0)), previous->size());
            const QRect b(w->mapTo(window, QPoint(0, 0)), w->size());
            if (b.bottom() < a.top())
                result << describe(previous) + QStringLiteral(" -> ") + describe(w);
        }
        previous = w;
    }
    return result;
}

} // namespace FocusChain
