// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "incidents/IncidentStore.h"

#include <QDialog>

class QDateTimeEdit;
class QDialogButtonBox;
class QLineEdit;
class QPlainTextEdit;

// Opens an incident: what happened, when it was detected and when the organisation became aware
// (the 72 hours start there; the database refuses a time in the future), who reported it.
class OpenIncidentDialog : public QDialog
{
    Q_OBJECT
public:
    explicit OpenIncidentDialog(QWidget* parent = nullptr);

    IncidentOpening opening() const;

private:
    void updateButtons();

    QLineEdit* m_title;
    QPlainTextEdit* m_description;
    QLineEdit* m_reportedBy;
    QDateTimeEdit* m_detected;
    QDateTimeEdit* m_aware;
    QDialogButtonBox* m_buttons;
};
