// SPDX-License-Identifier: GPL-3.0-or-later
#include "SecretMemory.h"

#include <openssl/crypto.h>

namespace {

// needsDetach(): shared with another variable, or read-only (a literal).
template <typename Text> void scrubText(Text& secret)
{
    if (secret.isEmpty() || secret.data_ptr().needsDetach()) {
        secret.clear();
        return;
    }
    OPENSSL_cleanse(const_cast<typename Text::value_type*>(secret.constData()),
                    size_t(secret.size()) * sizeof(typename Text::value_type));
}

} // namespace

namespace SecretMemory {

void scrub(QByteArray& secret)
{
    scrubText(secret);
}

void scrub(QString& secret)
{
    scrubText(secret);
}

} // namespace SecretMemory
