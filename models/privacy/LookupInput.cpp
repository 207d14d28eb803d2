// SPDX-License-Identifier: GPL-3.0-or-later
#include "LookupInput.h"

#include "core/TextCheck.h"

#include <QCoreApplication>

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(LookupInput)
};

// Checks before normalising: simplified() would silently turn a control character into a space.
bool prepare(const QString& text, TextCheck::Kind kind, int maxLength, const QString& what, QString* normalized,
             QString* error)
{
    QString reason = TextCheck::problem(text, kind);
    if (reason.isEmpty()) {
        *normalized = text.normalized(QString::NormalizationForm_C).simplified();
        if (normalized->size() > maxLength)
            reason = Tr::tr("It is too long (%1 characters; at most %2).").arg(normalized->size()).arg(maxLength);
    }
    if (reason.isEmpty())
        return true;
    normalized->clear();
    *error = QStringLiteral("%1 %2").arg(what, reason);
    return false;
}

} // namespace

namespace LookupInput {

bool query(const QString& text, QString* normalized, QString* error)
{
    if (!prepare(text, TextCheck::Kind::Identifier, MaxQueryLength, Tr::tr("Search text refused:"), normalized, error))
        return false;
    if (!normalized->isEmpty())
        return true;
    *error = Tr::tr("Type something to search for: an email address, a name, a learner id, an invoice number or an "
                    "IP address.");
    return false;
}

bool ticket(const QString& text, QString* normalized, QString* error)
{
    return prepare(text, TextCheck::Kind::Identifier, MaxTicketLength, Tr::tr("Ticket reference refused:"), normalized,
                   error);
}

bool purpose(const QString& text, QString* normalized, QString* error)
{
    return prepare(text, TextCheck::Kind::FreeText, MaxPurposeLength, Tr::tr("Purpose refused:"), normalized, error);
}

} // namespace LookupInput
