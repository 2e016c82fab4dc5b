#pragma once

#include "airbyte/connectorspec.h"

#include <QByteArray>
#include <QJsonValue>
#include <QList>
#include <QString>

#include <optional>

namespace Dsp {

// Reads a connectionSpecification (JSON Schema with Airbyte's keywords) into ConnectorSpec's
// field tree. Internal to ConnectorSpec and SpecValidator; any thread.
class SpecReader
{
public:
    struct Output
    {
        QString title;
        QString description;
        QList<SpecField> fields;
        QList<SpecGroup> groups;
        QByteArray schemaJson; // the connectionSpecification alone
    };

    // nullopt when `json` is not a JSON object.
    static std::optional<Output> read(const QByteArray &json);
};

// `key` as a JSON pointer token ("a/b" -> "a~1b").
QString specPointerToken(const QString &key);

// Whether `value` is of the JSON type a field of `kind` holds (integral numbers for Integer).
bool specValueFits(const QJsonValue &value, SpecFieldKind kind);

} // namespace Dsp
