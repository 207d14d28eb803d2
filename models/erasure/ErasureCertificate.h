// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "requests/RequestDetail.h"

#include <QJsonObject>
#include <QString>

// The erasure certificate for the requester, from the fulfilled erasure request as request_get
// returns it: what was deleted, anonymized and retained, why and until when, and which external
// processors were asked to erase too. It repeats none of the erased data. German or English:
// the given language, else the learner's.
namespace ErasureCertificate {
// What a platform table holds, in words, in the console's language ("Sign-in history").
QString tableTitle(const QString& table);
QString html(const RequestDetail& request, const QString& language = QString());
QString text(const RequestDetail& request, const QString& language = QString());
// PDF (needs a QGuiApplication) or, for a path ending in .txt, plain text; written atomically.
bool write(const RequestDetail& request, const QString& language, const QString& path, QString* error);
// From the request as the server sent it.
QString html(const QJsonObject& request, const QString& language = QString());
QString text(const QJsonObject& request, const QString& language = QString());
bool write(const QJsonObject& request, const QString& language, const QString& path, QString* error);
} // namespace ErasureCertificate
