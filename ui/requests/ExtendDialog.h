// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QPlainTextEdit;

// Asks by how much and why a request's deadline is extended (Art. 12(3) GDPR).
class ExtendDialog : public QDialog
{
    Q_OBJECT
public:
    ExtendDialog(int monthsLeft, QWidget* parent = nullptr);

    int months() const;
    QString reason() const;

private:
    QComboBox* m_months;
    QPlainTextEdit* m_reason;
    QDialogButtonBox* m_buttons;
};
