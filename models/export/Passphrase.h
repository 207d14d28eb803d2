// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// Passphrases for encrypted export archives: 28 symbols from a 32-symbol alphabet without
// look-alikes (no I, L, O, U), in groups of four, 140 bits from OpenSSL's random generator.
namespace Passphrase {
constexpr int symbols = 28;
constexpr int bits = symbols * 5;
QString generate();
} // namespace Passphrase
