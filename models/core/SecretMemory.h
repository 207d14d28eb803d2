// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

// Passwords and passphrases are wiped from memory as soon as they are used, so that a crash dump
// or a swapped page holds as little as possible. fill() does not do that for an implicitly shared
// buffer: it detaches and wipes a fresh copy, leaving the secret where it was. scrub() wipes the
// buffer itself with OPENSSL_cleanse (which the compiler may not optimise away) when this variable
// is its only owner, and otherwise lets go of it, since another owner still uses it and scrubs it
// when done. Every holder of a secret scrubs it; the last one wipes the bytes.
namespace SecretMemory {
void scrub(QByteArray& secret);
void scrub(QString& secret);
} // namespace SecretMemory
