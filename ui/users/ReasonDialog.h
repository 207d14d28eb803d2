// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;

// Asks why (a reveal, a restriction, a decision, a note): 5 to 500 characters, kept in the access
// log. Each use gives its own example for the placeholder, so that none suggests another's words.
class ReasonDialog : public QDialog
{
    Q_OBJECT
public:
    ReasonDialog(const QString& title, const QString& explanation, const QString& example = QString(),
                 QWidget* parent = nullptr);

    QString reason() const;
    QString placeholder() const;

private:
    void updateButtons();

    QLabel* m_explanation;
    QPlainTextEdit* m_reason;
    QDialogButtonBox* m_buttons;
};
