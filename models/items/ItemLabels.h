// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// The words people read for the codes the database sends (usage kinds, devices, languages, roles,
// …), in the console's language. One function per catalogue; an unknown code comes back as it is,
// so that a newer platform's value is still shown.
namespace ItemLabels {
QString usageKind(const QString& code);         // course_view, lesson_view, download, video_play
QString device(const QString& code);            // desktop, phone, tablet
QString messageDirection(const QString& code);  // sent, received
QString processorCategory(const QString& code); // analytics, video_hosting, payment, cloud_cdn, communication
QString socialProvider(const QString& code);    // google, apple, microsoft, github
QString language(const QString& code);          // de, en: "German", "English"
QString role(const QString& code);              // support, dpo, admin
// A value of a learner's data category, by its column: the label where the column holds a code.
QString categoryValue(const QString& column, const QString& value);
} // namespace ItemLabels
