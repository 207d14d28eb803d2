// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QDialog>

class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QPlainTextEdit;

// Asks what a learner requests: the kind, how their identity was verified, when it arrived.
class OpenRequestDialog : public QDialog
{
    Q_OBJECT
public:
    OpenRequestDialog(const QString& learner, const QString& ticket, QWidget* parent = nullptr);

    QString kind() const;
    QString identityCheck() const;
    QDate receivedOn() const;

private:
    QComboBox* m_kind;
    QPlainTextEdit* m_identity;
    QDateEdit* m_received;
    QDialogButtonBox* m_buttons;
};
