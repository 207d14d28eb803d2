// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ExportMeta.h"

#include <QByteArray>
#include <QDateTime>

// index.html: the readable report in the learner's language, with the information Art. 15(1)
// GDPR requires (purposes, categories, recipients, storage periods, rights, complaint, source)
// and what the package holds, separating data they provided from data observed or derived.
namespace ExportReport {
QByteArray render(const ExportMeta& meta, const QDateTime& generatedAt);
// A data category of the privacy policy (account, education, …) by its name in the language.
QString categoryName(const QString& key, const QString& language);
} // namespace ExportReport
