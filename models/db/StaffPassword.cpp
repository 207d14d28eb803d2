// SPDX-License-Identifier: GPL-3.0-or-later
#include "StaffPassword.h"

#include <QCoreApplication>
#include <QRandomGenerator>

namespace StaffPassword {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(StaffPassword)
};

// Without look-alikes (0/O, 1/l/I) so that it can be read out and typed.
const QString lower = QStringLiteral("abcdefghijkmnopqrstuvwxyz");
const QString upper = QStringLiteral("ABCDEFGHJKLMNPQRSTUVWXYZ");
const QString digits = QStringLiteral("23456789");
const QString others = QStringLiteral("-_.:+!?%=");

int kinds(const QString& password)
{
    bool l = false, u = false, d = false, o = false;
    for (const QChar c : password) {
        if (c.isLower())
            l = true;
        else if (c.isUpper())
            u = true;
        else if (c.isDigit())
            d = true;
        else
            o = true;
    }
    return int(l) + int(u) + int(d) + int(o);
}

} // namespace

QString generate(const QString& login)
{
    const QString all = lower + upper + digits + others;
    QRandomGenerator* random = QRandomGenerator::system();
    QString password;
    // Drawn again until it passes the policy for this login; a short login is contained by chance
    // now and then, which the policy would refuse.
    do {
        password.clear();
        for (int i = 0; i < 20; ++i)
            password += all.at(int(random->bounded(quint32(all.size()))));
    } while (kinds(password) < 4 || (!login.isEmpty() && password.contains(login, Qt::CaseInsensitive)));
    return password;
}

bool acceptable(const QString& login, const QString& password, QString* error)
{
    if (password.size() < 12) {
        *error = Tr::tr("The password must have at least 12 characters.");
        return false;
    }
    if (kinds(password) < 3) {
        *error = Tr::tr("Use at least three of: lower-case letters, capitals, digits, other characters.");
        return false;
    }
    if (!login.isEmpty() && password.contains(login, Qt::CaseInsensitive)) {
        *error = Tr::tr("The password must not contain the login.");
        return false;
    }
    return true;
}

} // namespace StaffPassword
