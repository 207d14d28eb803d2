// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;

// Asks why (a reveal, a restriction): 5 to 500 characters, kept in the access log.
class ReasonDialog : public QDialog
{
    Q_OBJECT
public:
    ReasonDialog(const QString& title, const QString& explanation, QWidget* parent = nullptr);

    QString reason() const;

private:
    void updateButtons();

    QLabel* m_explanation;
    QPlainTextEdit* m_reason;
    QDialogButtonBox* m_buttons;
};
