// SPDX-License-Identifier: GPL-3.0-or-later
// Connection strings (URI and key=value): parsed or refused; never a password, never an unknown mode.
#include "FuzzInput.h"
#include "db/ConnectionProfile.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    using FuzzInput::require;
    QString error;
    const auto profile = ConnectionProfile::fromDsn(FuzzInput::text(data, size), &error);
    if (!profile) {
        require(!error.isEmpty(), "refusal explained");
        return 0;
    }
    require(profile->sslMode.isEmpty() || ConnectionProfile::sslModes().contains(profile->sslMode), "known sslmode");
    require(!profile->extraOptions.contains(QStringLiteral("password")), "no password kept");
    require(profile->port >= 0 && profile->port <= 65535, "port in range");
    return 0;
}
