// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

class QWidget;

// Asks before an action that changes data; says exactly what will happen. Tests set the next
// answer instead of clicking a modal box.
namespace Confirm {
bool ask(QWidget* parent, const QString& title, const QString& text, const QString& acceptText);
void setNextAnswer(std::optional<bool> answer);
} // namespace Confirm
