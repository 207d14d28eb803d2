// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

// An inline message above a page or in a dialog: an icon, a sentence, and optionally one action.
// Errors are marked by icon and wording as well as colour.
class MessageBanner : public QFrame
{
    Q_OBJECT
public:
    enum class Kind { Information, Warning, Error };

    explicit MessageBanner(QWidget* parent = nullptr);

    void showMessage(Kind kind, const QString& text, const QString& actionText = QString());
    void clear();
    QString text() const;
    Kind kind() const { return m_kind; }

signals:
    void actionTriggered();

private:
    QLabel* m_icon;
    QLabel* m_text;
    QPushButton* m_action;
    Kind m_kind = Kind::Information;
};
