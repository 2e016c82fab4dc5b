#include "specreader.h"

#include "airbyte/airbytetr.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>
#include <QTimeZone>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <string>
#include <unordered_map>
#include <vector>

namespace Dsp {

namespace {

// A std::map-based document: nlohmann::ordered_json copies whole subtrees each time one of
// its vector-backed objects grows (5 ms for a 30 kB spec); declaration order is recorded apart.
using Json = nlohmann::json;

// Each object's keys in the order the text declares them, by the object's JSON pointer.
using KeyOrder = std::unordered_map<std::string, std::vector<std::string>>;

std::string tokenOf(const std::string &key)
{
    std::string token;
    token.reserve(key.size());
    for (const char c : key) {
        if (c == '~')
            token += "~0";
        else if (c == '/')
            token += "~1";
        else
            token += c;
    }
    return token;
}

// Parses `json` (discarded when invalid) and records every object's key order.
Json parseRecordingOrder(const QByteArray &json, KeyOrder *order)
{
    struct Frame
    {
        std::string path;
        bool array = false;
        std::size_t index = 0;
        std::string key;
    };
    std::vector<Frame> stack;
    const auto childPath = [&stack]() {
        if (stack.empty())
            return std::string();
        const Frame &top = stack.back();
        return top.path + '/' + (top.array ? std::to_string(top.index) : tokenOf(top.key));
    };
    const auto elementDone = [&stack]() {
        if (!stack.empty() && stack.back().array)
            ++stack.back().index;
    };
    const Json::parser_callback_t record = [&](int, Json::parse_event_t event, Json &parsed) {
        switch (event) {
        case Json::parse_event_t::object_start:
            stack.push_back({childPath(), false, 0, {}});
            break;
        case Json::parse_event_t::array_start:
            stack.push_back({childPath(), true, 0, {}});
            break;
        case Json::parse_event_t::key:
            stack.back().key = parsed.get<std::string>();
            (*order)[stack.back().path].push_back(stack.back().key);
            break;
        case Json::parse_event_t::object_end:
        case Json::parse_event_t::array_end:
            stack.pop_back();
            elementDone();
            break;
        case Json::parse_event_t::value:
            elementDone();
            break;
        }
        return true;
    };
    return Json::parse(json.constData(), json.constData() + json.size(), record, false);
}

constexpr int MaxDepth = 64; // deeper than any real spec; guards against a runaway schema
constexpr int MaxRefHops = 16;

const Json *member(const Json &node, const char *key)
{
    if (!node.is_object())
        return nullptr;
    const auto it = node.find(key);
    return it == node.end() ? nullptr : &it.value();
}

QString text(const Json *node)
{
    return node && node->is_string() ? QString::fromStdString(node->get<std::string>()) : QString();
}

bool isTrue(const Json *node)
{
    return node && node->is_boolean() && node->get<bool>();
}

QJsonValue toQt(const Json &node)
{
    switch (node.type()) {
    case Json::value_t::null:
        return QJsonValue(QJsonValue::Null);
    case Json::value_t::boolean:
        return node.get<bool>();
    case Json::value_t::number_integer:
        return qint64(node.get<std::int64_t>());
    case Json::value_t::number_unsigned:
        return double(node.get<std::uint64_t>());
    case Json::value_t::number_float:
        return node.get<double>();
    case Json::value_t::string:
        return QString::fromStdString(node.get<std::string>());
    case Json::value_t::array: {
        QJsonArray array;
        for (const Json &item : node)
            array.append(toQt(item));
        return array;
    }
    case Json::value_t::object: {
        QJsonObject object;
        for (auto it = node.begin(); it != node.end(); ++it)
            object.insert(QString::fromStdString(it.key()), toQt(it.value()));
        return object;
    }
    default:
        return QJsonValue(QJsonValue::Undefined);
    }
}

// "start_date" -> "Start date", "clientId" -> "Client id"; words in capitals stay so ("SSL").
QString humanised(const QString &key)
{
    QStringList words;
    QString word;
    for (qsizetype i = 0; i < key.size(); ++i) {
        const QChar c = key.at(i);
        if (c == QLatin1Char('_') || c == QLatin1Char('-') || c.isSpace()) {
            if (!word.isEmpty())
                words.append(word);
            word.clear();
            continue;
        }
        if (c.isUpper() && !word.isEmpty() && !word.back().isUpper()) {
            words.append(word);
            word.clear();
        }
        word.append(c);
    }
    if (!word.isEmpty())
        words.append(word);
    for (qsizetype i = 0; i < words.size(); ++i) {
        QString &w = words[i];
        if (w.size() > 1 && w == w.toUpper())
            continue;
        w = i == 0 ? w.left(1).toUpper() + w.mid(1).toLower() : w.toLower();
    }
    return words.join(QLatin1Char(' '));
}

// The date picker a text field takes: the first form whose output fits both "format" and
// "pattern". A pattern counts as a date pattern only when it refuses plain words, plain
// numbers and the sample with a letter in place of its first digit.
void detectDateForm(SpecField &field)
{
    struct Form
    {
        const char *format;
        SpecDateKind kind;
    };
    static const Form forms[] = {
        {"yyyy-MM-dd'T'HH:mm:ss'Z'", SpecDateKind::DateTime},
        {"yyyy-MM-dd'T'HH:mm:ss.zzz'Z'", SpecDateKind::DateTime},
        {"yyyy-MM-dd'T'HH:mm:ss.zzz'000Z'", SpecDateKind::DateTime},
        {"yyyy-MM-dd'T'HH:mm:ss", SpecDateKind::DateTime},
        {"yyyy-MM-dd HH:mm:ss", SpecDateKind::DateTime},
        {"yyyy-MM-dd'T'HH:mm:ss'+00:00'", SpecDateKind::DateTime},
        {"yyyyMMdd'T'HHmmss'Z'", SpecDateKind::DateTime},
        {"dd/MM/yyyy HH:mm", SpecDateKind::DateTime},
        {"MMM dd, yyyy hh:mm:ss AP", SpecDateKind::DateTime},
        {"yyyy-MM-dd", SpecDateKind::Date},
        {"dd-MM-yyyy", SpecDateKind::Date},
        {"yyyy-MM", SpecDateKind::Date},
    };
    const bool wantsDate = field.format == QLatin1String("date");
    const bool wantsDateTime = field.format == QLatin1String("date-time");
    if (field.pattern.isEmpty()) {
        if (wantsDate || wantsDateTime) {
            field.dateKind = wantsDate ? SpecDateKind::Date : SpecDateKind::DateTime;
            field.dateFormat = QLatin1String(wantsDate ? forms[9].format : forms[0].format);
        }
        return;
    }
    const QRegularExpression re(field.pattern);
    if (!re.isValid())
        return;
    if (re.match(QLatin1String("x")).hasMatch() || re.match(QLatin1String("12345")).hasMatch())
        return;
    static const QDateTime sample(QDate(2021, 3, 14), QTime(5, 6, 7, 89), QTimeZone::utc());
    const QLocale c = QLocale::c();
    for (int pass = 0; pass < 2; ++pass) {
        for (const Form &form : forms) {
            // A "date" format tries dates first; anything else tries date-times first.
            if ((form.kind == SpecDateKind::Date) != ((pass == 0) == wantsDate))
                continue;
            const QString value = c.toString(sample, QLatin1String(form.format));
            QString broken = value;
            const auto digit =
                std::find_if(broken.begin(), broken.end(), [](QChar ch) { return ch.isDigit(); });
            if (digit != broken.end())
                *digit = QLatin1Char('a');
            if (re.match(value).hasMatch() && !re.match(broken).hasMatch()) {
                field.dateKind = form.kind;
                field.dateFormat = QLatin1String(form.format);
                return;
            }
        }
    }
}

// A default of the field's type; a number written as text ("1000") is read as the number.
QJsonValue usableDefault(const QJsonValue &value, SpecFieldKind kind)
{
    if (value.isUndefined() || specValueFits(value, kind))
        return value;
    if ((kind == SpecFieldKind::Integer || kind == SpecFieldKind::Number) && value.isString()) {
        bool ok = false;
        const double number = value.toString().toDouble(&ok);
        if (ok && specValueFits(QJsonValue(number), kind))
            return kind == SpecFieldKind::Integer ? QJsonValue(qint64(number)) : QJsonValue(number);
    }
    return QJsonValue(QJsonValue::Undefined);
}

class Builder
{
public:
    Builder(const Json &root, const std::string &rootPath, const KeyOrder &order)
        : m_root(root)
        , m_rootPath(rootPath)
        , m_order(order)
    {}

    // `at`: where `schema` is in the text (JSON pointer), for its declaration order.
    SpecField field(const Json &schema, const std::string &at, const QString &key,
                    const QString &path, const QString &schemaPath, bool required, int depth)
    {
        SpecField f;
        f.key = key;
        f.path = path;
        f.schemaPath = schemaPath;
        f.required = required;
        std::string where = at;
        const Json *node = resolve(schema, &where);
        if (!node)
            return raw(std::move(f), QStringLiteral("unresolved or circular $ref"));
        if (depth > MaxDepth)
            return raw(std::move(f), QStringLiteral("nested too deep"));
        if (!node->is_object())
            return raw(std::move(f), QStringLiteral("the schema is not an object"));
        readAnnotations(f, *node);
        kindAndChildren(f, *node, where, depth);
        f.defaultValue = usableDefault(f.defaultValue, f.kind);
        if (f.kind == SpecFieldKind::Enum && !f.enumValues.contains(f.defaultValue))
            f.defaultValue = QJsonValue(QJsonValue::Undefined);
        if (f.kind == SpecFieldKind::String)
            detectDateForm(f);
        return f;
    }

    QList<SpecField> objectChildren(const Json &node, const std::string &at, const QString &path,
                                    const QString &schemaPath, int depth)
    {
        QList<SpecField> children;
        QSet<QString> required;
        if (const Json *list = member(node, "required"); list && list->is_array()) {
            for (const Json &name : *list) {
                if (name.is_string())
                    required.insert(QString::fromStdString(name.get<std::string>()));
            }
        }
        QSet<QString> declared;
        if (const Json *properties = member(node, "properties");
            properties && properties->is_object()) {
            const std::string propertiesAt = at + "/properties";
            for (const std::string &name : declarationOrder(*properties, propertiesAt)) {
                const QString key = QString::fromStdString(name);
                if (declared.contains(key))
                    continue;
                declared.insert(key);
                children.append(
                    field(properties->at(name), propertiesAt + '/' + tokenOf(name), key,
                          path + QLatin1Char('/') + specPointerToken(key),
                          schemaPath + QLatin1String("/properties/") + specPointerToken(key),
                          required.contains(key), depth + 1));
            }
        }
        // A key "required" names without declaring it (destination-mssql's trust store): any
        // value is valid, text is what the connector reads.
        if (const Json *list = member(node, "required"); list && list->is_array()) {
            for (const Json &name : *list) {
                const QString key =
                    name.is_string() ? QString::fromStdString(name.get<std::string>()) : QString();
                if (key.isEmpty() || declared.contains(key))
                    continue;
                declared.insert(key);
                SpecField f;
                f.kind = SpecFieldKind::String;
                f.key = key;
                f.path = path + QLatin1Char('/') + specPointerToken(key);
                f.schemaPath = schemaPath + QLatin1String("/required");
                f.title = humanised(key);
                f.required = true;
                children.append(f);
            }
        }
        // Airbyte's order: fields with an "order" first, by it; the others after, as declared.
        std::stable_sort(children.begin(), children.end(),
                         [](const SpecField &a, const SpecField &b) {
                             if (a.order >= 0 && b.order >= 0)
                                 return a.order < b.order;
                             return a.order >= 0 && b.order < 0;
                         });
        return children;
    }

private:
    const Json &m_root;
    const std::string m_rootPath; // where m_root is in the text
    const KeyOrder &m_order;

    // The keys of `object` as the text declares them (sorted when that is unknown).
    std::vector<std::string> declarationOrder(const Json &object, const std::string &at) const
    {
        const auto recorded = m_order.find(at);
        if (recorded != m_order.end()) {
            const bool complete =
                std::all_of(recorded->second.cbegin(), recorded->second.cend(),
                            [&](const std::string &k) { return object.contains(k); });
            if (complete && recorded->second.size() >= object.size())
                return recorded->second;
        }
        std::vector<std::string> keys;
        for (auto it = object.begin(); it != object.end(); ++it)
            keys.push_back(it.key());
        return keys;
    }

    SpecField raw(SpecField f, const QString &reason)
    {
        f.kind = SpecFieldKind::Raw;
        f.rawReason = reason;
        f.children.clear();
        if (f.title.isEmpty())
            f.title = humanised(f.key);
        return f;
    }

    // Follows local "$ref"s ("#/definitions/x"), updating *at; nullptr when one does not
    // resolve or loops.
    const Json *resolve(const Json &schema, std::string *at) const
    {
        const Json *node = &schema;
        for (int hop = 0; hop < MaxRefHops; ++hop) {
            const Json *ref = member(*node, "$ref");
            if (!ref)
                return node;
            if (!ref->is_string())
                return nullptr;
            std::string pointer = ref->get<std::string>();
            if (pointer.empty() || pointer.front() != '#')
                return nullptr;
            pointer.erase(0, 1);
            try {
                const Json::json_pointer ptr(pointer);
                if (!m_root.contains(ptr))
                    return nullptr;
                node = &m_root.at(ptr);
                *at = m_rootPath + pointer;
            } catch (const Json::exception &) {
                return nullptr;
            }
        }
        return nullptr;
    }

    void readAnnotations(SpecField &f, const Json &node)
    {
        f.title = text(member(node, "title"));
        if (f.title.isEmpty())
            f.title = humanised(f.key);
        f.description = text(member(node, "description"));
        if (const Json *v = member(node, "default"))
            f.defaultValue = toQt(*v);
        if (const Json *v = member(node, "examples"))
            f.examples = v->is_array() ? toQt(*v).toArray() : QJsonArray{toQt(*v)};
        else if (const Json *one = member(node, "example"))
            f.examples = QJsonArray{toQt(*one)};
        if (const Json *v = member(node, "order"); v && v->is_number())
            f.order = std::max(0, int(v->get<double>()));
        f.group = text(member(node, "group"));
        f.pattern = text(member(node, "pattern"));
        f.patternDescriptor = text(member(node, "pattern_descriptor"));
        if (const Json *v = member(node, "minimum"); v && v->is_number())
            f.minimum = v->get<double>();
        if (const Json *v = member(node, "maximum"); v && v->is_number())
            f.maximum = v->get<double>();
        // Draft-07 writes the bound in exclusiveMinimum; draft-04 flags "minimum" with a boolean.
        if (const Json *v = member(node, "exclusiveMinimum")) {
            f.exclusiveMinimum = v->is_number() || isTrue(v);
            if (v->is_number())
                f.minimum = v->get<double>();
        }
        if (const Json *v = member(node, "exclusiveMaximum")) {
            f.exclusiveMaximum = v->is_number() || isTrue(v);
            if (v->is_number())
                f.maximum = v->get<double>();
        }
        const auto count = [&node](const char *key) {
            const Json *v = member(node, key);
            return v && v->is_number() ? int(v->get<double>()) : -1;
        };
        f.minLength = count("minLength");
        f.maxLength = count("maxLength");
        f.minItems = count("minItems");
        f.maxItems = count("maxItems");
        f.uniqueItems = isTrue(member(node, "uniqueItems"));
        f.format = text(member(node, "format"));
        f.multiline = isTrue(member(node, "multiline"));
        f.secret = isTrue(member(node, "airbyte_secret"));
        f.hidden = isTrue(member(node, "airbyte_hidden"));
        f.alwaysShow = isTrue(member(node, "always_show"));
        f.displayType = text(member(node, "display_type"));
    }

    // The JSON Schema "type" without "null" (which makes the field nullable); *several when
    // more than one other type remains.
    static QString mainType(SpecField &f, const Json &node, bool *several)
    {
        *several = false;
        const Json *type = member(node, "type");
        if (!type)
            return {};
        if (type->is_string())
            return QString::fromStdString(type->get<std::string>());
        QString found;
        if (type->is_array()) {
            for (const Json &t : *type) {
                const QString name =
                    t.is_string() ? QString::fromStdString(t.get<std::string>()) : QString();
                if (name == QLatin1String("null"))
                    f.nullable = true;
                else if (found.isEmpty())
                    found = name;
                else
                    *several = true;
            }
        }
        return found;
    }

    void kindAndChildren(SpecField &f, const Json &node, const std::string &at, int depth)
    {
        bool several = false;
        const QString type = mainType(f, node, &several);
        if (several) {
            f = raw(std::move(f), QStringLiteral("several types"));
            return;
        }
        for (const char *keyword : {"anyOf", "allOf", "not", "if", "patternProperties"}) {
            if (member(node, keyword)) {
                f = raw(std::move(f), QStringLiteral("uses %1").arg(QLatin1String(keyword)));
                return;
            }
        }
        const Json *oneOf = member(node, "oneOf");
        if (oneOf && oneOf->is_array() && !oneOf->empty()) {
            if (member(node, "properties")) {
                // Options merged into an object that has fields of its own.
                f.kind = SpecFieldKind::Object;
                f.children = objectChildren(node, at, f.path, f.schemaPath, depth);
                SpecField choice = f;
                choice.key.clear();
                choice.children.clear();
                choice.required = true;
                choice.order = -1;
                buildOneOf(choice, node, *oneOf, at, depth);
                f.children.append(choice);
            } else {
                buildOneOf(f, node, *oneOf, at, depth);
            }
            return;
        }
        if (const Json *v = member(node, "const")) {
            f.kind = SpecFieldKind::Const;
            f.constValue = toQt(*v);
            return;
        }
        const Json *enumValues = member(node, "enum");
        if (enumValues && type != QLatin1String("array")) {
            if (!enumValues->is_array() || enumValues->empty()) {
                f = raw(std::move(f), QStringLiteral("empty enum"));
                return;
            }
            f.kind = SpecFieldKind::Enum;
            f.enumValues = toQt(*enumValues).toArray();
            return;
        }
        if (type == QLatin1String("string")) {
            f.kind = SpecFieldKind::String;
        } else if (type == QLatin1String("integer")) {
            f.kind = SpecFieldKind::Integer;
        } else if (type == QLatin1String("number")) {
            f.kind = SpecFieldKind::Number;
        } else if (type == QLatin1String("boolean")) {
            f.kind = SpecFieldKind::Boolean;
        } else if (type == QLatin1String("array") || (type.isEmpty() && member(node, "items"))) {
            buildArray(f, node, at, depth);
        } else if (type == QLatin1String("object") ||
                   (type.isEmpty() && member(node, "properties"))) {
            if (!member(node, "properties")) {
                f = raw(std::move(f), QStringLiteral("an object without properties"));
                return;
            }
            f.kind = SpecFieldKind::Object;
            f.children = objectChildren(node, at, f.path, f.schemaPath, depth);
        } else {
            f = raw(std::move(f), type.isEmpty() ? QStringLiteral("no type: any JSON value")
                                                 : QStringLiteral("type %1").arg(type));
        }
    }

    void buildArray(SpecField &f, const Json &node, const std::string &at, int depth)
    {
        const Json *items = member(node, "items");
        if (!items) {
            // No item schema: any list. Tags of text; "enum" beside it lists the choices.
            f.kind = SpecFieldKind::ScalarArray;
            if (const Json *values = member(node, "enum"); values && values->is_array())
                f.enumValues = toQt(*values).toArray();
            return;
        }
        if (!items->is_object()) {
            f = raw(std::move(f), QStringLiteral("items is not one schema"));
            return;
        }
        SpecField item = field(*items, at + "/items", QString(), f.path + QLatin1String("/*"),
                               f.schemaPath + QLatin1String("/items"), true, depth + 1);
        switch (item.kind) {
        case SpecFieldKind::String:
        case SpecFieldKind::Integer:
        case SpecFieldKind::Number:
            f.kind = SpecFieldKind::ScalarArray;
            f.itemKind = item.kind;
            break;
        case SpecFieldKind::Enum: {
            f.kind = SpecFieldKind::ScalarArray;
            f.enumValues = item.enumValues;
            bool numbers = true;
            for (const QJsonValue &v : std::as_const(item.enumValues))
                numbers = numbers && v.isDouble();
            f.itemKind = numbers ? SpecFieldKind::Number : SpecFieldKind::String;
            break;
        }
        case SpecFieldKind::Object:
        case SpecFieldKind::OneOf:
            f.kind = SpecFieldKind::ObjectArray;
            break;
        case SpecFieldKind::Raw:
            f = raw(std::move(f), QStringLiteral("items: %1").arg(item.rawReason));
            return;
        default:
            f = raw(std::move(f), QStringLiteral("a list of this item type"));
            return;
        }
        f.children = {item};
    }

    void buildOneOf(SpecField &f, const Json &node, const Json &options, const std::string &at,
                    int depth)
    {
        f.kind = SpecFieldKind::OneOf;
        int index = 0;
        for (const Json &option : options) {
            SpecField o = field(option, at + "/oneOf/" + std::to_string(index), QString(), f.path,
                                f.schemaPath + QLatin1String("/oneOf/") + QString::number(index),
                                true, depth + 1);
            if (!member(option, "title"))
                o.title.clear();
            f.children.append(o);
            ++index;
        }
        findDiscriminator(f);
        for (int i = 0; i < f.children.size(); ++i) {
            SpecField &o = f.children[i];
            if (o.title.isEmpty()) {
                o.title = o.optionValue.isString()
                              ? o.optionValue.toString()
                              //: An untitled choice of a connector setting; %1 is its number.
                              : AirbyteTr::tr("Option %1").arg(i + 1);
            }
        }
        // The option a new form starts with: the one "default" names, else the first that
        // is not airbyte_hidden (Airbyte's form does not offer those: Snowflake's OAuth).
        const Json *defaultNode = member(node, "default");
        const QJsonValue wanted =
            defaultNode ? toQt(*defaultNode) : QJsonValue(QJsonValue::Undefined);
        for (int i = 0; i < f.children.size(); ++i) {
            if (!f.children.at(i).hidden) {
                f.defaultOption = i;
                break;
            }
        }
        for (int i = 0; i < f.children.size(); ++i) {
            const SpecField &o = f.children.at(i);
            const bool byObject = wanted.isObject() && !f.discriminator.isEmpty() &&
                                  wanted.toObject().value(f.discriminator) == o.optionValue;
            const bool byValue = !o.optionValue.isUndefined() && wanted == o.optionValue;
            if (byObject || byValue || (wanted.isString() && wanted.toString() == o.title)) {
                f.defaultOption = i;
                break;
            }
        }
        f.defaultValue = QJsonValue(QJsonValue::Undefined);
    }

    // The property that is const (or a one-value enum) in every option, with a value of its
    // own in each; the first such property of the first option.
    static void findDiscriminator(SpecField &f)
    {
        const auto fixedValue = [](const SpecField &child) -> QJsonValue {
            if (child.kind == SpecFieldKind::Const)
                return child.constValue;
            if (child.kind == SpecFieldKind::Enum && child.enumValues.size() == 1)
                return child.enumValues.first();
            return QJsonValue(QJsonValue::Undefined);
        };
        for (const SpecField &o : std::as_const(f.children)) {
            if (o.kind != SpecFieldKind::Object)
                return;
        }
        for (const SpecField &candidate : f.children.first().children) {
            QList<QJsonValue> values;
            for (const SpecField &o : std::as_const(f.children)) {
                const auto it =
                    std::find_if(o.children.cbegin(), o.children.cend(),
                                 [&](const SpecField &c) { return c.key == candidate.key; });
                const QJsonValue v =
                    it == o.children.cend() ? QJsonValue(QJsonValue::Undefined) : fixedValue(*it);
                if (v.isUndefined() || values.contains(v))
                    break;
                values.append(v);
            }
            if (values.size() != f.children.size())
                continue;
            f.discriminator = candidate.key;
            for (int i = 0; i < f.children.size(); ++i) {
                SpecField &o = f.children[i];
                o.optionValue = values.at(i);
                for (SpecField &c : o.children)
                    c.isDiscriminator = c.isDiscriminator || c.key == candidate.key;
            }
            return;
        }
    }
};

} // namespace

QString specPointerToken(const QString &key)
{
    QString token = key;
    return token.replace(QLatin1Char('~'), QLatin1String("~0"))
        .replace(QLatin1Char('/'), QLatin1String("~1"));
}

bool specValueFits(const QJsonValue &value, SpecFieldKind kind)
{
    switch (kind) {
    case SpecFieldKind::String:
        return value.isString();
    case SpecFieldKind::Integer:
        return value.isDouble() && value.toDouble() == double(qint64(value.toDouble()));
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
        return !value.isUndefined();
    }
}

std::optional<SpecReader::Output> SpecReader::read(const QByteArray &json)
{
    KeyOrder order;
    const Json document = parseRecordingOrder(json, &order);
    if (document.is_discarded() || !document.is_object())
        return std::nullopt;
    // A connector's "spec" or a definition specification answer holds the schema one level down.
    const Json *inner = member(document, "connectionSpecification");
    const bool wrapped = inner && inner->is_object();
    const Json &schema = wrapped ? *inner : document;
    const std::string at = wrapped ? "/connectionSpecification" : "";

    Output out;
    out.title = text(member(schema, "title"));
    out.description = text(member(schema, "description"));
    out.schemaJson = wrapped ? QByteArray::fromStdString(schema.dump()) : json;
    Builder builder(schema, at, order);
    if (member(schema, "oneOf") && !member(schema, "properties")) {
        // The whole configuration is a choice (source-e2e-test): one OneOf field, no key.
        SpecField choice = builder.field(schema, at, QString(), QString(), QString(), true, 0);
        choice.title = out.title;
        out.fields = {choice};
    } else {
        out.fields = builder.objectChildren(schema, at, QString(), QString(), 0);
    }
    if (const Json *groups = member(schema, "groups"); groups && groups->is_array()) {
        for (const Json &g : *groups)
            out.groups.append({text(member(g, "id")), text(member(g, "title"))});
    }
    for (const SpecField &f : std::as_const(out.fields)) {
        const bool known =
            f.group.isEmpty() || std::any_of(out.groups.cbegin(), out.groups.cend(),
                                             [&](const SpecGroup &g) { return g.id == f.group; });
        if (!known)
            out.groups.append({f.group, QString()});
    }
    return out;
}

} // namespace Dsp
