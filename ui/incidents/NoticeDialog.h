// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "incidents/Incident.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

// Records that a notice went out: to whom (what the triage requires comes first), the reference,
// a note on what this phase adds and, for a first notice to the authority after 72 hours, the
// reasons for the delay (Art. 33(1)).
class NoticeDialog : public QDialog
{
    Q_OBJECT
public:
    NoticeDialog(const Incident& incident, QWidget* parent = nullptr);

    QString kind() const;
    QString reference() const;
    QString note() const;
    QString delayReasons() const;

private:
    void updateState();

    Incident m_incident;
    QComboBox* m_kind;
    QLineEdit* m_reference;
    QPlainTextEdit* m_note;
    QLabel* m_delayLabel;
    QPlainTextEdit* m_delay;
    QDialogButtonBox* m_buttons;
};
