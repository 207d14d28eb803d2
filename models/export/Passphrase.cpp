// SPDX-License-Identifier: GPL-3.0-or-later
#include "Passphrase.h"

#include <openssl/rand.h>

#include <array>
#include <stdexcept>

namespace Passphrase {

QString generate()
{
    static const char alphabet[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    std::array<unsigned char, symbols> random{};
    if (RAND_bytes(random.data(), int(random.size())) != 1)
        throw std::runtime_error("the random number generator failed");
    QString out;
    for (int i = 0; i < symbols; ++i) {
        if (i > 0 && i % 4 == 0)
            out += QLatin1Char('-');
        out += QLatin1Char(alphabet[random[size_t(i)] % 32]); // 256 is a multiple of 32: no bias
    }
    return out;
}

} // namespace Passphrase
