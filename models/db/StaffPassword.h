// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// The password policy for staff logins: at least 12 characters, at least three kinds of
// character (lower case, upper case, digits, others), and not containing the login. A generated
// password has 20 characters from all four kinds (about 120 bits), never contains the login it is
// made for, and is shown once, never stored.
namespace StaffPassword {
QString generate(const QString& login);
bool acceptable(const QString& login, const QString& password, QString* error);
} // namespace StaffPassword
