// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>

// The sentences of every refusal the privacy functions raise, keyed by the code in its HINT, in
// English; translated in the context "Refusal".
namespace RefusalTexts {
struct Entry {
    const char* code;
    const char* english;
};
struct Value {
    const char* parameter;
    const char* raw;
    const char* english;
};
const QList<Entry>& all();
const QList<Value>& values();
} // namespace RefusalTexts
