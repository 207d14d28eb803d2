// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "RequestDetail.h"

#include <QJsonObject>
#include <QString>

// The note that tells a requester their request takes longer (Art. 12(3) GDPR: within the first
// month, with the reasons), in the requester's language, from the extended request.
namespace ExtensionNote {
QString text(const RequestDetail& request);
// From the request as the server sent it.
QString text(const QJsonObject& request);
} // namespace ExtensionNote
