// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ExportMeta.h"

#include <QByteArray>
#include <QString>

// The consultations of the learner's data by staff in the access report (CJEU C-579/21): when,
// what was looked at, for what purpose or whether under a ticket, and the role of the person,
// never the person. As data.json's "consultations", as consultations.csv and as a section of
// index.html in the learner's language.
namespace ExportConsultations {

QString csvPath();
// The JSON array of the consultations, for data.json.
QByteArray json(const QList<ExportConsultation>& consultations);
// consultations.csv: the same rows, with what was looked at in the learner's language.
QByteArray csv(const QList<ExportConsultation>& consultations, const QString& language);
// The report's section: an explanation and a table, in the learner's language.
QString reportSection(const QList<ExportConsultation>& consultations, const QString& language);

} // namespace ExportConsultations
