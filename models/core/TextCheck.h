// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QVariantList>

// What the console refuses in text before it reaches the database or a file, with a reason the user
// can act on: NUL and other control characters (PostgreSQL cannot store NUL; the others hide text
// in logs and exports), characters that were not valid UTF-8, and, in single-line identifiers such
// as a search or a ticket reference, direction overrides that make text read differently than it
// is stored.
namespace TextCheck {

enum class Kind {
    FreeText,  // reasons, descriptions: tabs and line breaks allowed
    Identifier // searches, ticket references, logins: one line, no direction overrides
};

// Empty if the text is acceptable, otherwise the reason (translated).
QString problem(const QString& text, Kind kind, int maxLength = 0);
// The first problem among string arguments of a database call, named by position.
QString firstProblem(const QVariantList& arguments);
// A message as it may be shown or printed, whatever text it quotes: control characters and
// direction marks become visible as <U+001B>, so they cannot steer a terminal or reorder a line,
// and very long text is cut.
QString printable(const QString& message, bool keepLineBreaks = false, int maxLength = 1000);

} // namespace TextCheck
