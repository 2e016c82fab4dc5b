#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace Dsp::Testing {

// One connector spec of the reference material, its connectionSpecification as bytes with the
// keys in the order the file has them (field order follows declaration order where a spec has
// no "order").
struct ReferenceSpec
{
    QString name; // "airbyte/source-postgres", "connectors-edge/oneof.json", "<folder>/<file>"
    QByteArray json;
};

// The registry's specs (../shared/ref/airbyte/registry/oss_registry.json), then connectors/
// and connectors-edge/, then every *.json of the folder named by DSP_CONNECTOR_SPECS (a spec
// file, or a definition holding one). Empty when the reference material is missing.
QList<ReferenceSpec> referenceSpecs();

} // namespace Dsp::Testing
