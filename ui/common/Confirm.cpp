// SPDX-License-Identifier: GPL-3.0-or-later
#include "Confirm.h"

#include <QMessageBox>
#include <QPushButton>

namespace Confirm {

namespace {
std::optional<bool> g_nextAnswer;
}

bool ask(QWidget* parent, const QString& title, const QString& text, const QString& acceptText)
{
    if (g_nextAnswer) {
        const bool answer = *g_nextAnswer;
        g_nextAnswer.reset();
        return answer;
    }
    QMessageBox box(QMessageBox::Question, title, text, QMessageBox::Cancel, parent);
    QPushButton* accept = box.addButton(acceptText, QMessageBox::AcceptRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    return box.clickedButton() == accept;
}

void setNextAnswer(std::optional<bool> answer)
{
    g_nextAnswer = answer;
}

} // namespace Confirm
