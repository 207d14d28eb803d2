// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QLineEdit;

// Art. 16: corrected name and email. An empty field keeps what is stored. The name has the parts
// the platform's data map names: first and last name, or one name.
class RectifyDialog : public QDialog
{
    Q_OBJECT
public:
    explicit RectifyDialog(const QStringList& nameParts, QWidget* parent = nullptr);

    QString firstName() const; // or the whole name, where the map has one name column
    QString lastName() const;
    QString email() const;

private:
    QLineEdit* m_first;
    QLineEdit* m_last;
    QLineEdit* m_email;
    int m_parts; // name columns: 0, 1 or 2
};
