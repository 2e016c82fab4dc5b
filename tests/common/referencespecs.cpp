#include "referencespecs.h"

#include "sharedref.h"

#include <QDir>
#include <QFile>

#include <nlohmann/json.hpp>

namespace Dsp::Testing {

namespace {

using Json = nlohmann::ordered_json;

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void addFolder(QList<ReferenceSpec> *specs, const QString &folder, const QString &label)
{
    const QDir dir(folder);
    for (const QString &file : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name))
        specs->append({label + QLatin1Char('/') + file, readFile(dir.filePath(file))});
}

} // namespace

QList<ReferenceSpec> referenceSpecs()
{
    QList<ReferenceSpec> specs;
    const QByteArray registry =
        readFile(sharedPath(QStringLiteral("ref/airbyte/registry/oss_registry.json")));
    const Json root = Json::parse(registry.constBegin(), registry.constEnd(), nullptr, false);
    if (root.is_object()) {
        for (const char *kind : {"sources", "destinations"}) {
            const auto list = root.find(kind);
            if (list == root.end() || !list->is_array())
                continue;
            for (const Json &entry : *list) {
                if (!entry.is_object() || !entry.contains("spec"))
                    continue;
                const std::string name = entry.value("dockerRepository", std::string());
                const std::string json =
                    entry["spec"].value("connectionSpecification", Json()).dump();
                specs.append({QString::fromStdString(name), QByteArray::fromStdString(json)});
            }
        }
    }
    addFolder(&specs, sharedPath(QStringLiteral("ref/airbyte/connectors")),
              QStringLiteral("connectors"));
    addFolder(&specs, sharedPath(QStringLiteral("ref/airbyte/connectors-edge")),
              QStringLiteral("connectors-edge"));
    const QString extra = qEnvironmentVariable("DSP_CONNECTOR_SPECS");
    if (!extra.isEmpty())
        addFolder(&specs, extra, QDir(extra).dirName());
    return specs;
}

} // namespace Dsp::Testing
