// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// The search text and ticket reference as the console sends them to privacy.lookup: normalised
// (NFC, surrounding and repeated white space removed) and checked, so that hostile or garbled
// input gets a clear reason at once. The database checks both again; this only fails earlier and
// more clearly.
namespace LookupInput {

constexpr int MaxQueryLength = 200; // as privacy.lookup
constexpr int MaxTicketLength = 64; // as privacy.check_context
constexpr int MaxPurposeLength = 500;

// false with a reason if the text cannot be a search; *normalized receives what to send.
bool query(const QString& text, QString* normalized, QString* error);
// An empty ticket is fine here (the database decides whether one is required).
bool ticket(const QString& text, QString* normalized, QString* error);
bool purpose(const QString& text, QString* normalized, QString* error);

} // namespace LookupInput
