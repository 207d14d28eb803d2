// SPDX-License-Identifier: GPL-3.0-or-later
// Search text, ticket reference and purpose: accepted input comes out clean, bounded and stable.
#include "FuzzInput.h"
#include "core/TextCheck.h"
#include "privacy/LookupInput.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    using FuzzInput::require;
    const QString input = FuzzInput::text(data, size);
    QString normalized, again, error;
    if (LookupInput::query(input, &normalized, &error)) {
        require(!normalized.isEmpty() && normalized.size() <= LookupInput::MaxQueryLength, "query bounded");
        require(TextCheck::problem(normalized, TextCheck::Kind::Identifier).isEmpty(), "query clean");
        require(LookupInput::query(normalized, &again, &error) && again == normalized, "query stable");
    } else {
        require(!error.isEmpty() && normalized.isEmpty(), "query refusal explained");
    }
    error.clear();
    if (LookupInput::ticket(input, &normalized, &error)) {
        require(normalized.size() <= LookupInput::MaxTicketLength, "ticket bounded");
        require(!normalized.startsWith(QLatin1Char(' ')) && !normalized.endsWith(QLatin1Char(' ')), "ticket trimmed");
        require(LookupInput::ticket(normalized, &again, &error) && again == normalized, "ticket stable");
    } else {
        require(!error.isEmpty(), "ticket refusal explained");
    }
    error.clear();
    if (LookupInput::purpose(input, &normalized, &error))
        require(TextCheck::problem(normalized, TextCheck::Kind::FreeText).isEmpty(), "purpose clean");
    return 0;
}
