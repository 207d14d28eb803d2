// SPDX-License-Identifier: GPL-3.0-or-later
// Checkpoint files: any file is refused or verifies; a verified one reads back the same.
#include "FuzzInput.h"
#include "privacy/Checkpoint.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    using FuzzInput::require;
    Checkpoint checkpoint;
    QString error;
    if (!Checkpoint::parse(FuzzInput::bytes(data, size), &checkpoint, &error)) {
        require(!error.isEmpty(), "refusal explained");
        return 0;
    }
    Checkpoint again;
    require(Checkpoint::parse(checkpoint.toJson(), &again, &error), "written checkpoint parses");
    require(again.lastId == checkpoint.lastId && again.headHash == checkpoint.headHash &&
                again.signature == checkpoint.signature,
            "round trip");
    return 0;
}
