// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QLineEdit;

// Art. 16: corrected name and email. An empty field keeps what is stored.
class RectifyDialog : public QDialog
{
    Q_OBJECT
public:
    RectifyDialog(const QString& firstName, const QString& lastName, QWidget* parent = nullptr);

    QString firstName() const;
    QString lastName() const;
    QString email() const;

private:
    QLineEdit* m_first;
    QLineEdit* m_last;
    QLineEdit* m_email;
};
