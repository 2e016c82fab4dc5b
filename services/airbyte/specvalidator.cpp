#include "specvalidator.h"

#include "airbyte/airbytetr.h"
#include "airbyte/specreader.h"

#include <QHash>
#include <QLocale>
#include <QRegularExpression>

#include <nlohmann/json.hpp>
#include <valijson/adapters/nlohmann_json_adapter.hpp>
#include <valijson/schema.hpp>
#include <valijson/schema_parser.hpp>
#include <valijson/validation_results.hpp>
#include <valijson/validator.hpp>

#include <algorithm>
#include <cmath>
#include <exception>
#include <set>

namespace Dsp {

namespace {

using Json = nlohmann::json;

std::string childPath(const std::string &schemaPath, const std::string &keyword,
                      const std::string &name)
{
    return schemaPath + '/' + keyword + '/' +
           specPointerToken(QString::fromStdString(name)).toStdString();
}

Json toJson(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Bool:
        return value.toBool();
    case QJsonValue::Double: {
        // Integral numbers as integers, so that "type": "integer" accepts them.
        const double number = value.toDouble();
        if (std::isfinite(number) && std::floor(number) == number && std::fabs(number) < 9.0e18)
            return std::int64_t(number);
        return number;
    }
    case QJsonValue::String:
        return value.toString().toStdString();
    case QJsonValue::Array: {
        Json array = Json::array();
        for (const QJsonValue &item : value.toArray())
            array.push_back(toJson(item));
        return array;
    }
    case QJsonValue::Object: {
        Json object = Json::object();
        const QJsonObject source = value.toObject();
        for (auto it = source.begin(); it != source.end(); ++it)
            object[it.key().toStdString()] = toJson(it.value());
        return object;
    }
    default:
        return nullptr;
    }
}

QString number(double value)
{
    return QLocale().toString(value, 'f', QLocale::FloatingPointShortest);
}

QString valueText(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isDouble())
        return number(value.toDouble());
    if (value.isBool())
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    return QStringLiteral("null");
}

// What a valijson 1.0 error says, from its description (the library has no error codes).
enum class Problem {
    Required,
    Type,
    Enum,
    Const,
    Minimum,
    Maximum,
    MinLength,
    MaxLength,
    MinItems,
    MaxItems,
    Unique,
    Unexpected,
    NoChoice,
    SeveralChoices,
    ChoiceMarker,
    Structural,
    Invalid,
};

Problem classify(const std::string &d)
{
    const auto starts = [&d](const char *prefix) { return d.rfind(prefix, 0) == 0; };
    if (starts("Missing required property"))
        return Problem::Required;
    if (starts("Value type not permitted"))
        return Problem::Type;
    if (starts("Failed to match against any enum values"))
        return Problem::Enum;
    if (starts("Failed to match expected value set by 'const'"))
        return Problem::Const;
    if (starts("Expected number greater than"))
        return Problem::Minimum;
    if (starts("Expected number less than"))
        return Problem::Maximum;
    if (starts("String should be no fewer than"))
        return Problem::MinLength;
    if (starts("String should be no more than"))
        return Problem::MaxLength;
    if (starts("Array should contain no fewer than"))
        return Problem::MinItems;
    if (starts("Array should contain no more than"))
        return Problem::MaxItems;
    if (starts("Elements at indexes"))
        return Problem::Unique;
    if (starts("Object contains a property that could not be validated"))
        return Problem::Unexpected;
    if (starts("Failed to validate against any child schemas allowed by oneOf"))
        return Problem::NoChoice;
    if (starts("Failed to validate against exactly one child schema"))
        return Problem::SeveralChoices;
    if (starts("Failed to validate against child schema #"))
        return Problem::ChoiceMarker;
    // Summaries of errors reported on their own (items, conditionals, anyOf, properties).
    if (starts("Failed to validate item #") || starts("Cannot validate item #") ||
        starts("Failed to validate against a conditional schema") ||
        starts("Failed to validate against any schemas allowed by anyOf") ||
        starts("Failed to validate against additional properties schema") ||
        starts("Failed to validate against schema associated with") ||
        starts("Failed to validate against dependent schema"))
        return Problem::Structural;
    return Problem::Invalid;
}

struct Issue
{
    QString path; // JSON pointer of the value
    Problem problem;
    QString name; // the property a Required or Unexpected problem is about
};

bool isUnder(const QString &path, const QString &parent)
{
    return path == parent || parent.isEmpty() ||
           (path.startsWith(parent) && path.at(parent.size()) == QLatin1Char('/'));
}

// The quoted name at the end of "Missing required property 'x'." and its kin.
QString quotedName(const std::string &description)
{
    const auto last = description.rfind('\'');
    const auto first = last == std::string::npos || last == 0 ? std::string::npos
                                                              : description.rfind('\'', last - 1);
    if (first == std::string::npos)
        return {};
    return QString::fromStdString(description.substr(first + 1, last - first - 1));
}

} // namespace

struct SpecValidator::Private
{
    ConnectorSpec spec;
    QHash<QString, const SpecField *> oneOfs; // by schemaPath
    QHash<QString, QRegularExpression> patterns;
    std::unique_ptr<valijson::Schema> schema;
    QString errorString;
    const Json *root = nullptr;     // while transforming
    std::set<std::string> inlining; // references being inlined, outermost first
    Json shared = Json::object();   // subschemas the transformed schema refers to

    void index(const QList<SpecField> &fields)
    {
        for (const SpecField &f : fields) {
            if (f.kind == SpecFieldKind::OneOf)
                oneOfs.insert(f.schemaPath, &f);
            if (!f.pattern.isEmpty() && !patterns.contains(f.pattern))
                patterns.insert(f.pattern, QRegularExpression(f.pattern));
            index(f.children);
        }
    }

    // The schema valijson checks: Airbyte's spec without "format" and "pattern" (ours to check),
    // a masked secret accepted by each secret field, and each discriminated oneOf turned into
    // "if the discriminator is X then option X", so errors come from the chosen option only.
    // Equivalent to the oneOf because the discriminator values differ between options.
    Json transform(const Json &node, const std::string &schemaPath)
    {
        if (!node.is_object())
            return node;
        // Local references are inlined (valijson recurses forever on a cyclic one); a cyclic,
        // remote or broken reference accepts any value.
        if (const auto ref = node.find("$ref"); ref != node.end()) {
            const std::string target = ref->is_string() ? ref->get<std::string>() : std::string();
            if (target.empty() || target.front() != '#' || inlining.count(target))
                return Json::object();
            try {
                const Json::json_pointer pointer(target.substr(1));
                if (!root->contains(pointer))
                    return Json::object();
                inlining.insert(target);
                Json inlined = transform(root->at(pointer), schemaPath);
                inlining.erase(target);
                return inlined;
            } catch (const Json::exception &) {
                return Json::object();
            }
        }
        Json out = Json::object();
        for (auto it = node.begin(); it != node.end(); ++it) {
            const std::string &key = it.key();
            const Json &value = it.value();
            if (key == "format" || key == "pattern" || key == "definitions")
                continue;
            if ((key == "properties" || key == "patternProperties" || key == "dependencies") &&
                value.is_object()) {
                Json map = Json::object();
                for (auto p = value.begin(); p != value.end(); ++p)
                    map[p.key()] = transform(p.value(), childPath(schemaPath, key, p.key()));
                out[key] = std::move(map);
            } else if ((key == "oneOf" || key == "anyOf" || key == "allOf" || key == "items") &&
                       value.is_array()) {
                Json list = Json::array();
                for (std::size_t i = 0; i < value.size(); ++i)
                    list.push_back(
                        transform(value[i], childPath(schemaPath, key, std::to_string(i))));
                out[key] = std::move(list);
            } else if (key == "items" || key == "additionalProperties" ||
                       key == "additionalItems" || key == "not" || key == "if" || key == "then" ||
                       key == "else" || key == "contains" || key == "propertyNames") {
                out[key] = transform(value, schemaPath + '/' + key);
            } else {
                out[key] = value;
            }
        }
        const SpecField *choice = oneOfs.value(QString::fromStdString(schemaPath));
        if (choice && !choice->discriminator.isEmpty() && out.contains("oneOf") &&
            !out.contains("if") && out["oneOf"].size() == std::size_t(choice->children.size())) {
            discriminate(out, *choice);
        }
        const auto secret = node.find("airbyte_secret");
        if (secret != node.end() && secret->is_boolean() && secret->get<bool>()) {
            Json masked = Json::object();
            masked["if"] = {{"const", ConnectorSpec::maskedSecret().toStdString()}};
            masked["else"] = std::move(out);
            return masked;
        }
        return out;
    }

    void discriminate(Json &out, const SpecField &choice)
    {
        const std::string name = choice.discriminator.toStdString();
        Json options = std::move(out["oneOf"]);
        out.erase("oneOf");
        Json values = Json::array();
        bool requiredEverywhere = true;
        for (std::size_t i = 0; i < options.size(); ++i) {
            values.push_back(toJson(choice.children.at(qsizetype(i)).optionValue));
            const auto required = options[i].find("required");
            requiredEverywhere =
                requiredEverywhere && required != options[i].end() && required->is_array() &&
                std::find(required->begin(), required->end(), name) != required->end();
        }
        // Options needed twice (below) are compiled once, as shared definitions.
        if (!requiredEverywhere) {
            for (Json &option : options) {
                const std::string id = "dsp_option_" + std::to_string(shared.size());
                shared[id] = std::move(option);
                option = {{"$ref", "#/definitions/" + id}};
            }
        }
        Json chain = {{"properties", {{name, {{"enum", values}}}}}};
        for (std::size_t i = options.size(); i-- > 0;) {
            Json step = Json::object();
            step["if"] = {{"properties", {{name, {{"const", values[i]}}}}}};
            step["then"] = options[i];
            step["else"] = std::move(chain);
            chain = std::move(step);
        }
        out["if"] = {{"required", {name}}};
        out["then"] = std::move(chain);
        // Without the discriminator: "required" when every option requires it, else the oneOf.
        if (requiredEverywhere)
            out["else"] = {{"required", {name}}};
        else
            out["else"] = {{"oneOf", std::move(options)}};
    }

    // The oneOf whose value sits at `path`: the field there, or a oneOf merged into it.
    const SpecField *choiceAt(const QString &path, const QJsonObject &configuration) const
    {
        const QList<SpecField> *children = &spec.fields();
        if (!path.isEmpty()) {
            const SpecField *f = spec.fieldAt(path, configuration);
            if (!f)
                return nullptr;
            if (f->kind == SpecFieldKind::OneOf)
                return f;
            children = &f->children;
        }
        for (const SpecField &c : *children) {
            if (c.key.isEmpty() && c.kind == SpecFieldKind::OneOf)
                return &c;
        }
        return nullptr;
    }

    // valijson reports every option of a failed oneOf, each followed by "child schema #i";
    // keep the errors of the option the value is for (selectedOption()).
    QList<Issue> chooseOptions(const valijson::ValidationResults &results,
                               const QJsonObject &configuration) const
    {
        QList<Issue> out;
        for (const valijson::ValidationResults::Error &error : results) {
            QString path;
            for (std::size_t i = 1; i < error.context.size(); ++i) {
                const std::string &step = error.context[i];
                const QString name = QString::fromStdString(step.substr(1, step.size() - 2));
                path += QLatin1Char('/') + specPointerToken(name);
            }
            const Problem problem = classify(error.description);
            if (problem != Problem::NoChoice) {
                out.append({path, problem, quotedName(error.description)});
                continue;
            }
            qsizetype start = out.size();
            while (start > 0 && isUnder(out.at(start - 1).path, path))
                --start;
            QList<QList<Issue>> groups(1);
            for (qsizetype i = start; i < out.size(); ++i) {
                if (out.at(i).problem == Problem::ChoiceMarker && out.at(i).path == path)
                    groups.append(QList<Issue>());
                else
                    groups.last().append(out.at(i));
            }
            out.resize(start);
            const SpecField *choice = choiceAt(path, configuration);
            const QJsonValue value =
                path.isEmpty() ? QJsonValue(configuration) : valueAt(path, configuration);
            const qsizetype chosen = choice ? choice->selectedOption(value) : -1;
            const bool fits = chosen >= 0 && chosen < choice->children.size() &&
                              hasShapeOf(value, choice->children.at(chosen).kind);
            if (fits && chosen < groups.size() && !groups.at(chosen).isEmpty())
                out.append(groups.at(chosen));
            else
                out.append({path, Problem::NoChoice, {}});
        }
        return out;
    }

    // Whether `value` is of the JSON type a field of `kind` holds.
    static bool hasShapeOf(const QJsonValue &value, SpecFieldKind kind)
    {
        switch (kind) {
        case SpecFieldKind::String:
            return value.isString();
        case SpecFieldKind::Integer:
        case SpecFieldKind::Number:
            return value.isDouble();
        case SpecFieldKind::Boolean:
            return value.isBool();
        case SpecFieldKind::Object:
            return value.isObject();
        case SpecFieldKind::ScalarArray:
        case SpecFieldKind::ObjectArray:
            return value.isArray();
        default:
            return true;
        }
    }

    // The values a discriminator may take: those of every option of its oneOf.
    QJsonArray discriminatorValues(const QString &path, const QJsonObject &configuration) const
    {
        const QString parent = path.left(path.lastIndexOf(QLatin1Char('/')));
        QJsonArray values;
        if (const SpecField *choice = choiceAt(parent, configuration)) {
            for (const SpecField &option : choice->children)
                values.append(option.optionValue);
        }
        return values;
    }

    static QJsonValue valueAt(const QString &path, const QJsonObject &configuration)
    {
        QJsonValue value = configuration;
        for (QString token : path.mid(1).split(QLatin1Char('/'))) {
            token.replace(QLatin1String("~1"), QLatin1String("/"))
                .replace(QLatin1String("~0"), QLatin1String("~"));
            value =
                value.isArray() ? value.toArray().at(token.toInt()) : value.toObject().value(token);
        }
        return value;
    }

    QString message(const Issue &issue, const SpecField *f) const
    {
        switch (issue.problem) {
        case Problem::Required:
            //: Next to a form field that must be filled in.
            return AirbyteTr::tr("required");
        case Problem::Unexpected:
            return AirbyteTr::tr("is not a setting of this connector");
        case Problem::NoChoice:
            return AirbyteTr::tr("matches none of the choices");
        case Problem::SeveralChoices:
            return AirbyteTr::tr("matches more than one of the choices");
        case Problem::Unique:
            return AirbyteTr::tr("must not hold the same value twice");
        default:
            break;
        }
        if (!f)
            return AirbyteTr::tr("is not a valid value");
        switch (issue.problem) {
        case Problem::Type:
            return typeMessage(*f);
        case Problem::Enum:
            return enumMessage(f->kind == SpecFieldKind::ScalarArray ? QJsonArray()
                                                                     : f->enumValues);
        case Problem::Const:
            //: Next to a form field; %1 is the only value it takes.
            return AirbyteTr::tr("must be %1").arg(valueText(f->constValue));
        case Problem::Minimum:
            if (!f->minimum)
                break;
            return f->exclusiveMinimum
                       ? AirbyteTr::tr("must be greater than %1").arg(number(*f->minimum))
                       : AirbyteTr::tr("must be at least %1").arg(number(*f->minimum));
        case Problem::Maximum:
            if (!f->maximum)
                break;
            return f->exclusiveMaximum
                       ? AirbyteTr::tr("must be less than %1").arg(number(*f->maximum))
                       : AirbyteTr::tr("must be at most %1").arg(number(*f->maximum));
        case Problem::MinLength:
            return f->minLength <= 1 ? AirbyteTr::tr("must not be empty")
                                     : AirbyteTr::tr("must be at least %n characters long", nullptr,
                                                     f->minLength);
        case Problem::MaxLength:
            return f->maxLength <= 1
                       ? AirbyteTr::tr("must be one character at most")
                       : AirbyteTr::tr("must be at most %n characters long", nullptr, f->maxLength);
        case Problem::MinItems:
            return f->minItems <= 1
                       ? AirbyteTr::tr("needs at least one entry")
                       : AirbyteTr::tr("needs at least %n entries", nullptr, f->minItems);
        case Problem::MaxItems:
            return f->maxItems <= 1
                       ? AirbyteTr::tr("takes one entry at most")
                       : AirbyteTr::tr("takes at most %n entries", nullptr, f->maxItems);
        default:
            break;
        }
        return AirbyteTr::tr("is not a valid value");
    }

    static QString typeMessage(const SpecField &f)
    {
        switch (f.kind) {
        case SpecFieldKind::String:
            return AirbyteTr::tr("must be text");
        case SpecFieldKind::Integer:
            return AirbyteTr::tr("must be a whole number");
        case SpecFieldKind::Number:
            return AirbyteTr::tr("must be a number");
        case SpecFieldKind::Boolean:
            return AirbyteTr::tr("must be true or false");
        case SpecFieldKind::ScalarArray:
        case SpecFieldKind::ObjectArray:
            return AirbyteTr::tr("must be a list");
        case SpecFieldKind::Object:
        case SpecFieldKind::OneOf:
            return AirbyteTr::tr("must be a group of settings");
        case SpecFieldKind::Enum:
            return enumMessage(f.enumValues);
        case SpecFieldKind::Const:
            return AirbyteTr::tr("must be %1").arg(valueText(f.constValue));
        default:
            return AirbyteTr::tr("is not a valid value");
        }
    }

    static QString enumMessage(const QJsonArray &values)
    {
        constexpr qsizetype MaxListed = 8;
        if (values.isEmpty() || values.size() > MaxListed)
            return AirbyteTr::tr("is not one of the allowed values");
        QStringList texts;
        for (const QJsonValue &v : values)
            texts.append(valueText(v));
        return AirbyteTr::tr("must be one of: %1").arg(texts.join(QLatin1String(", ")));
    }

    static QString patternMessage(const SpecField &f)
    {
        if (!f.patternDescriptor.isEmpty())
            return AirbyteTr::tr("does not match the expected form: %1").arg(f.patternDescriptor);
        if (!f.placeholder().isEmpty())
            return AirbyteTr::tr("does not match the expected form, e.g. %1").arg(f.placeholder());
        return AirbyteTr::tr("does not match the expected form: %1").arg(f.pattern);
    }
};

SpecValidator::SpecValidator(const ConnectorSpec &spec)
    : d(std::make_unique<Private>())
{
    d->spec = spec;
    d->index(spec.fields());
    try {
        const QByteArray json = spec.schemaJson();
        const Json original = Json::parse(json.constData(), json.constData() + json.size());
        d->root = &original;
        Json document = d->transform(original, std::string());
        d->root = nullptr;
        if (!d->shared.empty())
            document["definitions"] = std::move(d->shared);
        auto schema = std::make_unique<valijson::Schema>();
        valijson::SchemaParser parser(valijson::SchemaParser::kDraft7);
        const valijson::adapters::NlohmannJsonAdapter adapter(document);
        parser.populateSchema(adapter, *schema);
        d->schema = std::move(schema);
    } catch (const std::exception &e) {
        d->errorString =
            QStringLiteral("the spec cannot be compiled: %1").arg(QString::fromUtf8(e.what()));
    }
}

SpecValidator::~SpecValidator() = default;

bool SpecValidator::isReady() const
{
    return d->schema != nullptr;
}

QString SpecValidator::errorString() const
{
    return d->errorString;
}

QList<FieldError> SpecValidator::validate(const QJsonObject &configuration) const
{
    QList<Issue> issues;
    if (d->schema) {
        valijson::ValidationResults results;
        try {
            const Json instance = toJson(configuration);
            valijson::Validator validator(valijson::Validator::kStrongTypes);
            const valijson::adapters::NlohmannJsonAdapter target(instance);
            if (!validator.validate(*d->schema, target, &results))
                issues = d->chooseOptions(results, configuration);
        } catch (const std::exception &) {
            issues.clear(); // valijson gave up: the server will check
        }
    }
    struct Found
    {
        FieldError error;
        bool wrongType;
    };
    QList<Found> found;
    for (const Issue &issue : std::as_const(issues)) {
        if (issue.problem == Problem::Structural || issue.problem == Problem::ChoiceMarker)
            continue;
        QString path = issue.path;
        if (issue.problem == Problem::Required || issue.problem == Problem::Unexpected)
            path += QLatin1Char('/') + specPointerToken(issue.name);
        const SpecField *field = d->spec.fieldAt(path, configuration);
        QString message = d->message(issue, field);
        // A discriminator's value picks the option: say which values there are.
        if (field && field->isDiscriminator &&
            (issue.problem == Problem::Enum || issue.problem == Problem::Const))
            message = Private::enumMessage(d->discriminatorValues(path, configuration));
        found.append({{path, message}, issue.problem == Problem::Type});
    }
    // Patterns, with QRegularExpression; a masked secret stands for a value Airbyte checked.
    d->spec.forEachValue(configuration,
                         [&](const SpecField &f, const QJsonValue &value, const QString &path) {
                             if (f.pattern.isEmpty() || !value.isString())
                                 return true;
                             if (f.secret && value.toString() == ConnectorSpec::maskedSecret())
                                 return true;
                             const QRegularExpression re = d->patterns.value(f.pattern);
                             if (re.isValid() && !re.match(value.toString()).hasMatch())
                                 found.append({{path, Private::patternMessage(f)}, false});
                             return true;
                         });
    // A value of the wrong type gets that error only; then one error per path and message.
    QList<FieldError> kept;
    for (const Found &f : std::as_const(found)) {
        const bool hidden = std::any_of(found.cbegin(), found.cend(), [&](const Found &t) {
            return t.wrongType && isUnder(f.error.path, t.error.path) &&
                   !(f.wrongType && f.error.path == t.error.path);
        });
        const bool duplicate = std::any_of(kept.cbegin(), kept.cend(), [&](const FieldError &k) {
            return k.path == f.error.path && k.message == f.error.message;
        });
        if (!hidden && !duplicate)
            kept.append(f.error);
    }
    std::stable_sort(kept.begin(), kept.end(),
                     [](const FieldError &a, const FieldError &b) { return a.path < b.path; });
    return kept;
}

QList<FieldError> SpecValidator::validate(const ConnectorSpec &spec,
                                          const QJsonObject &configuration)
{
    return SpecValidator(spec).validate(configuration);
}

} // namespace Dsp
