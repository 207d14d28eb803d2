// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

// The SCRAM-SHA-256 verifier PostgreSQL stores for a password (RFC 5802 / 7677), computed on
// the client so that the plain password never travels to the server or into its logs.
namespace ScramVerifier {
constexpr int DefaultIterations = 4096;

QString compute(const QString& password, int iterations = DefaultIterations);
// With a given salt, for tests against known vectors.
QString compute(const QString& password, const QByteArray& salt, int iterations);
} // namespace ScramVerifier
