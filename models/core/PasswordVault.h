// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>

#include <functional>

// Staff passwords in the operating system's keychain (QtKeychain: Keychain on macOS, Credential
// Manager on Windows, Secret Service on Linux) — never in the settings. Used only when the user
// chose to remember passwords. Every call is asynchronous; callbacks run on context's thread.
namespace PasswordVault {
// Whether a keychain service answers here; *why says what is missing when not.
void checkAvailable(QObject* context, std::function<void(bool available, const QString& why)> done);
void store(const QString& account, const QString& password);
void read(QObject* context, const QString& account, std::function<void(const QString& password)> done);
void forget(const QString& account);
} // namespace PasswordVault
