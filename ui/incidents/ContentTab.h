// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "IncidentChange.h"
#include "incidents/Incident.h"

#include <QMap>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

// The content of Art. 33(3)(a)-(d), what is still missing, and the notices recorded (in phases,
// Art. 33(4)). "Record notice sent…" asks for the kind, the reference and, when late, the reasons.
class ContentTab : public QWidget
{
    Q_OBJECT
public:
    explicit ContentTab(QWidget* parent = nullptr);

    void showIncident(const Incident& incident);
    // The content as the fields have it now.
    Incident::Content fields() const;
    // Fills in the field that Incident::Content::key names KEY.
    void setField(const QString& key, const QString& value);
    // The actions behind the buttons, without their dialogs.
    void save();
    void recordNotice(const QString& kind, const QString& reference, const QString& note, const QString& delayReasons);

signals:
    void change(const IncidentChange& change, const QString& done);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void askNotice();
    void setText(Incident::Content::Field field, const QString& value);

    QMap<Incident::Content::Field, QWidget*> m_editors;
    QMap<Incident::Content::Field, QLabel*> m_labels;
    QLabel* m_missing;
    QPushButton* m_save;
    QPushButton* m_notice;
    QLabel* m_noticesLabel;
    QTableWidget* m_notices;
    Incident m_incident;
};
