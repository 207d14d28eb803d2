// SPDX-License-Identifier: GPL-3.0-or-later
#include "DataMapFile.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QRegularExpression>

#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <optional>

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(DataMapFile)
};

// Converts YAML to JSON: mappings to objects, sequences to arrays, scalars to text (the database
// reads numbers from text), null to null. Aliases are followed, so the nodes are counted: a map is
// a few hundred of them, and an alias bomb stops here rather than filling the memory.
class Converter
{
public:
    std::optional<QJsonValue> convert(const YAML::Node& node, int depth)
    {
        if (++m_nodes > MaxNodes || depth > MaxDepth) {
            m_error = Tr::tr("The data map is nested too deeply or repeats itself too often (at most %1 entries).")
                          .arg(MaxNodes);
            return std::nullopt;
        }
        switch (node.Type()) {
        case YAML::NodeType::Null:
        case YAML::NodeType::Undefined:
            return QJsonValue(QJsonValue::Null);
        case YAML::NodeType::Scalar:
            return QJsonValue(QString::fromStdString(node.Scalar()));
        case YAML::NodeType::Sequence: {
            QJsonArray array;
            for (const YAML::Node& item : node) {
                auto value = convert(item, depth + 1);
                if (!value)
                    return std::nullopt;
                array.append(*value);
            }
            return QJsonValue(array);
        }
        case YAML::NodeType::Map: {
            QJsonObject object;
            for (const auto& entry : node) {
                if (!entry.first.IsScalar()) {
                    m_error =
                        Tr::tr("Line %1: a key of the data map must be a plain name.").arg(entry.first.Mark().line + 1);
                    return std::nullopt;
                }
                const QString key = QString::fromStdString(entry.first.Scalar());
                if (object.contains(key)) {
                    m_error =
                        Tr::tr("Line %1: \"%2\" is given twice.").arg(entry.first.Mark().line + 1).arg(key.left(64));
                    return std::nullopt;
                }
                auto value = convert(entry.second, depth + 1);
                if (!value)
                    return std::nullopt;
                object.insert(key, *value);
            }
            return QJsonValue(object);
        }
        }
        return QJsonValue(QJsonValue::Null);
    }

    QString error() const { return m_error; }

private:
    static constexpr int MaxNodes = 100000;
    static constexpr int MaxDepth = 32;
    int m_nodes = 0;
    QString m_error;
};
// The deepest nesting of [ and { outside quotes and comments: the YAML parser recurses on each,
// so a hostile file of brackets is refused before it reaches it.
int flowDepth(const QByteArray& yaml)
{
    int depth = 0;
    int deepest = 0;
    char quote = 0;
    bool comment = false;
    for (const char c : yaml) {
        if (c == '\n') {
            comment = false;
            continue;
        }
        if (comment)
            continue;
        if (quote) {
            if (c == quote)
                quote = 0;
        } else if (c == '"' || c == '\'') {
            quote = c;
        } else if (c == '#') {
            comment = true;
        } else if (c == '[' || c == '{') {
            deepest = std::max(deepest, ++depth);
        } else if ((c == ']' || c == '}') && depth > 0) {
            --depth;
        }
    }
    return deepest;
}
} // namespace

QStringList DataMapFile::shippedNames()
{
    QStringList names;
    for (const QFileInfo& info : QDir(QStringLiteral(":/maps")).entryInfoList({QStringLiteral("*.yaml")}, QDir::Files))
        names.append(info.completeBaseName());
    return names;
}

namespace {

// Every table name below value that starts with `from`: the values of "table" keys, and the
// entries of "not_personal".
QJsonValue withPrefix(const QJsonValue& value, const QString& from, const QString& to, const QString& key = {})
{
    const auto renamed = [&](const QJsonValue& v) {
        const QString name = v.toString();
        return v.isString() && name.startsWith(from) ? QJsonValue(to + name.mid(from.size())) : v;
    };
    if (value.isObject()) {
        QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            *it = it.key() == QLatin1String("table") ? renamed(*it) : withPrefix(*it, from, to, it.key());
        return object;
    }
    if (value.isArray()) {
        QJsonArray array = value.toArray();
        for (auto it = array.begin(); it != array.end(); ++it)
            *it = key == QLatin1String("not_personal") ? renamed(*it) : withPrefix(*it, from, to);
        return array;
    }
    return value;
}

} // namespace

bool DataMapFile::setTablePrefix(const QString& prefix, QString* error)
{
    const QString from = map.value(QLatin1String("table_prefix")).toString();
    if (from.isEmpty()) {
        *error = Tr::tr("The data map %1 names no table prefix (table_prefix), so none can be changed.").arg(source);
        return false;
    }
    static const QRegularExpression plain(QStringLiteral("^[a-z][a-z0-9_]{0,19}$"));
    if (!plain.match(prefix).hasMatch()) {
        *error = Tr::tr("A table prefix has 1 to 20 lower-case letters, digits and _ and starts with a letter; \"%1\" "
                        "does not fit.")
                     .arg(prefix.left(40));
        return false;
    }
    map = withPrefix(map, from, prefix).toObject();
    map.insert(QStringLiteral("table_prefix"), prefix);
    return true;
}

bool DataMapFile::load(const QString& fileOrName, DataMapFile* file, QString* error)
{
    const bool shipped = shippedNames().contains(fileOrName) && !QFileInfo::exists(fileOrName);
    QFile in(shipped ? QStringLiteral(":/maps/%1.yaml").arg(fileOrName) : fileOrName);
    if (!in.open(QIODevice::ReadOnly)) {
        *error = Tr::tr("The data map %1 cannot be read: %2. Give a file, or one of the maps this console ships: %3.")
                     .arg(fileOrName.left(200), in.errorString(), shippedNames().join(QStringLiteral(", ")));
        return false;
    }
    if (in.size() > MaxBytes) {
        *error = Tr::tr("The data map %1 is too large (at most 1 MiB).").arg(fileOrName.left(200));
        return false;
    }
    const QByteArray bytes = in.read(MaxBytes + 1);
    if (bytes.size() > MaxBytes) {
        *error = Tr::tr("The data map %1 is too large (at most 1 MiB).").arg(fileOrName.left(200));
        return false;
    }
    if (!parse(bytes, file, error))
        return false;
    file->source = shipped ? fileOrName : QFileInfo(fileOrName).absoluteFilePath();
    return true;
}

bool DataMapFile::parse(const QByteArray& yaml, DataMapFile* file, QString* error)
{
    if (yaml.size() > MaxBytes) {
        *error = Tr::tr("The data map is too large (at most 1 MiB).");
        return false;
    }
    if (yaml.contains('\0')) {
        *error = Tr::tr("The data map is not a text file.");
        return false;
    }
    if (flowDepth(yaml) > 32) {
        *error = Tr::tr("The data map is nested too deeply (brackets more than 32 levels deep).");
        return false;
    }
    YAML::Node root;
    try {
        root = YAML::Load(yaml.toStdString());
    } catch (const YAML::Exception& e) {
        *error = Tr::tr("Line %1, column %2: this is not valid YAML; check the indentation and the quotes there.")
                     .arg(e.mark.line + 1)
                     .arg(e.mark.column + 1);
        return false;
    }
    if (!root.IsMap()) {
        *error = Tr::tr("A data map starts with its name, version and schema (a YAML mapping).");
        return false;
    }
    Converter converter;
    std::optional<QJsonValue> value;
    try {
        value = converter.convert(root, 0);
    } catch (const YAML::Exception&) {
        value.reset();
    }
    if (!value) {
        *error = converter.error().isEmpty() ? Tr::tr("The data map could not be read.") : converter.error();
        return false;
    }
    file->map = value->toObject();
    file->sha256 = QString::fromLatin1(QCryptographicHash::hash(yaml, QCryptographicHash::Sha256).toHex());
    return true;
}
