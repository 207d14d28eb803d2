// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// The short user guide, one bundled HTML page per console page and language (resources/help),
// readable offline.
namespace UserGuide {
// The page's guide in the language ("de" or "en"; anything else: English); empty if missing.
QString html(const QString& pageKey, const QString& language);
} // namespace UserGuide
