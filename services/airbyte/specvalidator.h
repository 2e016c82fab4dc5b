#pragma once

#include "airbyte/connectorspec.h"
#include "core/error.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <memory>

namespace Dsp {

// Checks a connector configuration against its spec before anything is sent to Airbyte, with
// valijson (JSON Schema draft-07) doing the checking. The Airbyte way: a masked secret
// ("**********", an existing source being edited) is a valid value for its field; Airbyte's
// own keywords are ignored; "format" is a hint for the form, not checked (connectors don't
// check it either, and some specs' patterns allow other forms); "pattern" is checked with
// QRegularExpression (std::regex, valijson's engine, has no lookbehind and overflows its stack
// on long text). Each error names the field by its JSON pointer, in words for the user.
// Build one per spec and keep it with the form: it compiles the schema (0.1 ms for most specs,
// a few ms for the largest); validate() then takes well under a millisecond and may run on a
// worker thread.
class SpecValidator
{
public:
    explicit SpecValidator(const ConnectorSpec &spec);
    ~SpecValidator();
    SpecValidator(const SpecValidator &) = delete;
    SpecValidator &operator=(const SpecValidator &) = delete;

    // False when valijson could not compile the spec: validate() then checks patterns only,
    // and errorString() says why (technical, for the log).
    bool isReady() const;
    QString errorString() const;

    // The fields `configuration` gets wrong, in path order; empty when it is valid.
    QList<FieldError> validate(const QJsonObject &configuration) const;

    // One-off check; prefer a SpecValidator kept with the form.
    static QList<FieldError> validate(const ConnectorSpec &spec, const QJsonObject &configuration);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace Dsp
