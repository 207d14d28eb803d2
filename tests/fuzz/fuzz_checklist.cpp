// SPDX-License-Identifier: GPL-3.0-or-later
// Checklist templates: any file is read or refused with a reason; what is read is complete.
#include "FuzzInput.h"
#include "incidents/ChecklistTemplate.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    using FuzzInput::require;
    QList<ChecklistItem> items;
    int position = 0;
    QString error;
    if (!ChecklistTemplate::parse(FuzzInput::bytes(data, size), QStringLiteral("fuzz.json"), &items, &position,
                                  &error)) {
        require(!error.isEmpty(), "refusal explained");
        return 0;
    }
    for (const ChecklistItem& item : items)
        require(!item.key.isEmpty() && !item.titleEn.isEmpty() && !item.titleDe.isEmpty(), "item complete");
    require(ChecklistTemplate::toJson(items).size() == items.size(), "every item serialised");
    return 0;
}
