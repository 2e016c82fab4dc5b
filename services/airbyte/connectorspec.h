#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

namespace Dsp {

// The editor a field of a connector's configuration needs.
enum class SpecFieldKind {
    String, // text: see multiline, secret, dateKind
    Integer,
    Number,
    Boolean,
    Enum,        // one of enumValues (strings or numbers)
    Const,       // always constValue: nothing to edit
    Object,      // a group of fields: children
    ScalarArray, // a list of strings or numbers (tags): itemKind; enumValues for a multi-select
    ObjectArray, // a list of entries (a table or list editor): children.first() is one entry,
                 // an Object, or a OneOf whose options may be objects or scalars
    OneOf,       // a choice: children are the options, each a sub-form
    Raw,         // not modelled: edit this field's value as JSON; rawReason says why
};

// The date picker a text field takes, and the form it writes (dateFormat).
enum class SpecDateKind { None, Date, DateTime };

// One field of a connector's form, read from its connectionSpecification (JSON Schema draft-07
// with Airbyte's keywords). A plain value: children hold the sub-fields, so a form is built
// from this tree alone.
struct SpecField
{
    SpecFieldKind kind = SpecFieldKind::Raw;
    QString key;  // the property name; empty for a list's entry, for an option and for a
                  // oneOf merged into its parent object (a spec whose top level is a oneOf)
    QString path; // JSON pointer of the value in the configuration ("/tunnel_method/ssh_key");
                  // "*" stands for any index of a list ("/streams/*/name")
    QString schemaPath;  // JSON pointer of the schema in connectionSpecification
    QString title;       // the spec's title, else the key in words ("start_date" -> "Start date");
                         // a list's entry may have none
    QString description; // Markdown, as the spec has it
    bool required = false;                          // in the parent's "required"
    bool nullable = false;                          // "type": [..., "null"]
    QJsonValue defaultValue{QJsonValue::Undefined}; // Undefined when none (or of the wrong type)
    QJsonArray examples;
    int order = -1;  // Airbyte's "order", -1 when absent; children are sorted by it already
    QString group;   // Airbyte's "group" (an id of ConnectorSpec::groups())
    QString pattern; // a regular expression the text must contain a match of
    QString patternDescriptor; // the form in words ("YYYY-MM-DD"), empty when none
    std::optional<double> minimum;
    std::optional<double> maximum;
    bool exclusiveMinimum = false;
    bool exclusiveMaximum = false;
    int minLength = -1; // -1: no bound
    int maxLength = -1;
    int minItems = -1;
    int maxItems = -1;
    bool uniqueItems = false;
    QString format; // JSON Schema "format" as written ("date", "date-time", "uri")
    SpecDateKind dateKind = SpecDateKind::None;
    QString dateFormat; // QDateTime::toString() format (in QLocale::c()) whose output matches
                        // `pattern` and `format`, e.g. "yyyy-MM-dd'T'HH:mm:ss'Z'"
    bool multiline = false;
    bool secret = false;     // airbyte_secret: masked, never logged
    bool hidden = false;     // airbyte_hidden: not shown, its default is sent
    bool alwaysShow = false; // always_show: shown even when optional
    QString displayType;     // Airbyte's display_type ("radio" for a oneOf), empty when none
    QJsonArray enumValues;   // Enum, and ScalarArray as a multi-select
    QJsonValue constValue{QJsonValue::Undefined};   // Const
    SpecFieldKind itemKind = SpecFieldKind::String; // ScalarArray: String, Integer or Number
    // Object: the properties, in display order (order, then declaration order).
    // ScalarArray, ObjectArray: one field, the schema of each entry (path ".../*").
    // OneOf: the options, in the spec's order; each is an Object (or a scalar field).
    QList<SpecField> children;
    QString discriminator; // OneOf: the property that tells the options apart, or empty
    QJsonValue optionValue{QJsonValue::Undefined}; // an option: its discriminator value
    bool isDiscriminator = false; // inside an option: the property the choice itself sets
    int defaultOption = 0;        // OneOf: the option a new form starts with
    QString rawReason;            // Raw: why (not translated, for the log and a tooltip)

    // A new value for this field, as Airbyte's form starts one: its default or const, for a
    // oneOf its default option, for an object its children's; Undefined when none.
    QJsonValue initialValue() const;
    // The first example as text, for a placeholder; empty when none.
    QString placeholder() const;
    // OneOf: the option `value` (this field's value in a configuration) is for: by its
    // discriminator, else the option whose properties fit it best.
    int selectedOption(const QJsonValue &value) const;
};

// A UI group of the spec's top-level fields ("groups" + each field's "group").
struct SpecGroup
{
    QString id;
    QString title; // may be empty: a group without a heading
};

// A connector's connectionSpecification turned into a tree of fields a form generator renders
// without touching JSON again, plus what a new or edited configuration needs (defaults,
// secrets). Immutable and implicitly shared: cheap to copy, safe to read from any thread.
class ConnectorSpec
{
public:
    // What Airbyte sends in place of a secret it keeps ("**********").
    static QString maskedSecret();

    ConnectorSpec();

    // Reads a connectionSpecification, or an object holding one under "connectionSpecification"
    // (a connector's "spec", a definition specification answer). Prefer the bytes as received:
    // declaration order decides where fields without "order" go, and QJsonObject sorts keys.
    static Result<ConnectorSpec> parse(const QByteArray &json);
    static Result<ConnectorSpec> parse(const QJsonObject &connectionSpecification);

    bool isNull() const;
    QString title() const;
    QString description() const;
    // The top-level fields in display order. A spec whose top level is a oneOf gives one
    // OneOf field with an empty key: its options' fields sit at the top of the configuration.
    const QList<SpecField> &fields() const;
    // Declared groups in the spec's order, then groups fields name without declaring them.
    const QList<SpecGroup> &groups() const;
    // How many fields (at any depth) are Raw.
    int rawFieldCount() const;
    // The connectionSpecification as parsed (for the validator).
    QByteArray schemaJson() const;

    // A new configuration, as Airbyte's form starts: every default and const, and for each oneOf
    // its default option (discriminator and defaults). Optional objects with nothing in them
    // are left out; required fields without a default are left for the user.
    QJsonObject defaultConfiguration() const;
    // Paths of every secret field (airbyte_secret), in every option, "*" for list indexes:
    // the values Airbyte masks in what it returns.
    QStringList maskedSecretPaths() const;
    // Paths of the secret values present in `configuration` (list indexes filled in).
    QStringList secretPathsIn(const QJsonObject &configuration) const;
    // `configuration` without its secret values, e.g. for a draft written to disk.
    QJsonObject withoutSecrets(const QJsonObject &configuration) const;
    // The field a value of `configuration` at `path` belongs to (options chosen by the values
    // in `configuration`), or nullptr.
    const SpecField *fieldAt(const QString &path, const QJsonObject &configuration) const;

    // Calls `visit` for each value of `configuration` that a field describes, outer fields
    // first, with the value's path; oneOf options are chosen by the values (selectedOption()).
    // `visit` returns false to skip what is inside that value.
    using ValueVisitor =
        std::function<bool(const SpecField &field, const QJsonValue &value, const QString &path)>;
    void forEachValue(const QJsonObject &configuration, const ValueVisitor &visit) const;

private:
    struct Data;
    std::shared_ptr<const Data> d;
};

} // namespace Dsp
