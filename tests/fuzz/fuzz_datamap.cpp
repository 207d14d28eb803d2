// SPDX-License-Identifier: GPL-3.0-or-later
// A data map as people write it: whatever the bytes, the reader answers with a map or a reason,
// never a crash or a hang; what it accepts reads the same way twice, and its JSON text (JSON is
// YAML), when the reader takes it, gives the same object again.
#include "FuzzInput.h"
#include "datamap/DataMapFile.h"

#include <QJsonDocument>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    using FuzzInput::require;
    const QByteArray bytes = FuzzInput::bytes(data, size);
    DataMapFile file;
    QString error;
    const bool parsed = DataMapFile::parse(bytes, &file, &error);
    require(parsed == error.isEmpty(), "a map or a reason");
    if (!parsed)
        return 0;
    require(file.sha256.size() == 64, "the hash of the bytes");
    DataMapFile again;
    require(DataMapFile::parse(bytes, &again, &error) && again.map == file.map, "the same map twice");
    const QByteArray json = QJsonDocument(file.map).toJson(QJsonDocument::Compact);
    DataMapFile fromJson;
    if (DataMapFile::parse(json, &fromJson, &error))
        require(fromJson.map == file.map, "its JSON is the same map");
    return 0;
}
