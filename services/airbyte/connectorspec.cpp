#include "connectorspec.h"

#include "airbyte/airbytetr.h"
#include "airbyte/specreader.h"

#include <QJsonDocument>
#include <QLocale>

#include <algorithm>
#include <climits>

namespace Dsp {

namespace {

// A new value for `f`: defaults, consts, each oneOf's default option with its discriminator,
// as Airbyte's form starts. An optional object with nothing in it is left out.
QJsonValue initialValue(const SpecField &f);

QJsonObject initialObject(const QList<SpecField> &children)
{
    QJsonObject object;
    for (const SpecField &c : children) {
        const QJsonValue v = initialValue(c);
        if (c.key.isEmpty()) { // a oneOf merged into this object
            const QJsonObject merged = v.toObject();
            for (auto it = merged.begin(); it != merged.end(); ++it)
                object.insert(it.key(), it.value());
        } else if (!v.isUndefined() && (c.required || !(v.isObject() && v.toObject().isEmpty()))) {
            object.insert(c.key, v);
        }
    }
    return object;
}

QJsonValue initialValue(const SpecField &f)
{
    switch (f.kind) {
    case SpecFieldKind::Const:
        return f.constValue;
    case SpecFieldKind::Enum:
        if (f.defaultValue.isUndefined() && f.enumValues.size() == 1)
            return f.enumValues.first();
        return f.defaultValue;
    case SpecFieldKind::Object:
        return initialObject(f.children);
    case SpecFieldKind::OneOf:
        if (f.children.isEmpty())
            return QJsonValue(QJsonValue::Undefined);
        return initialValue(f.children.at(qBound(0, f.defaultOption, int(f.children.size()) - 1)));
    default:
        return f.defaultValue;
    }
}

const SpecField *childNamed(const QList<SpecField> &children, const QString &key,
                            const QJsonValue &value)
{
    for (const SpecField &c : children) {
        if (c.key == key && !key.isEmpty())
            return &c;
    }
    for (const SpecField &c : children) {
        if (c.key.isEmpty() && c.kind == SpecFieldKind::OneOf && !c.children.isEmpty()) {
            const SpecField &option = c.children.at(c.selectedOption(value));
            if (const SpecField *found = childNamed(option.children, key, value))
                return found;
        }
    }
    return nullptr;
}

// Calls visit(field, value, path) for every field with a value in `value`, options chosen
// by the values. Returns false from visit to skip a field's insides.
template<typename Visit>
void walkValues(const QList<SpecField> &children, const QJsonObject &object, const QString &path,
                const Visit &visit);

template<typename Visit>
void walkValue(const SpecField &f, const QJsonValue &value, const QString &path, const Visit &visit)
{
    if (value.isUndefined() || !visit(f, value, path))
        return;
    if (f.kind == SpecFieldKind::Object && value.isObject()) {
        walkValues(f.children, value.toObject(), path, visit);
    } else if (f.kind == SpecFieldKind::OneOf && !f.children.isEmpty()) {
        const SpecField &option = f.children.at(f.selectedOption(value));
        if (option.kind == SpecFieldKind::Object && value.isObject())
            walkValues(option.children, value.toObject(), path, visit);
        else
            walkValue(option, value, path, visit);
    } else if ((f.kind == SpecFieldKind::ScalarArray || f.kind == SpecFieldKind::ObjectArray) &&
               value.isArray() && !f.children.isEmpty()) {
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i)
            walkValue(f.children.first(), array.at(i), path + QLatin1Char('/') + QString::number(i),
                      visit);
    }
}

template<typename Visit>
void walkValues(const QList<SpecField> &children, const QJsonObject &object, const QString &path,
                const Visit &visit)
{
    for (const SpecField &c : children) {
        if (c.key.isEmpty())
            walkValue(c, object, path, visit);
        else
            walkValue(c, object.value(c.key), path + QLatin1Char('/') + specPointerToken(c.key),
                      visit);
    }
}

void collectSecretPaths(const QList<SpecField> &fields, QStringList *paths)
{
    for (const SpecField &f : fields) {
        if (f.secret && !paths->contains(f.path))
            paths->append(f.path);
        collectSecretPaths(f.children, paths);
    }
}

int countRaw(const QList<SpecField> &fields)
{
    int count = 0;
    for (const SpecField &f : fields)
        count += (f.kind == SpecFieldKind::Raw ? 1 : 0) + countRaw(f.children);
    return count;
}

// `value` without secrets; Undefined when the value is a secret (or a list of them).
QJsonValue stripped(const SpecField &f, const QJsonValue &value);

QJsonObject strippedObject(const QList<SpecField> &children, QJsonObject object)
{
    for (const SpecField &c : children) {
        if (c.key.isEmpty()) {
            object = stripped(c, object).toObject();
            continue;
        }
        if (!object.contains(c.key))
            continue;
        const QJsonValue v = stripped(c, object.value(c.key));
        if (v.isUndefined())
            object.remove(c.key);
        else
            object.insert(c.key, v);
    }
    return object;
}

QJsonValue stripped(const SpecField &f, const QJsonValue &value)
{
    if (f.secret)
        return QJsonValue(QJsonValue::Undefined);
    if (f.kind == SpecFieldKind::Object && value.isObject())
        return strippedObject(f.children, value.toObject());
    if (f.kind == SpecFieldKind::OneOf && !f.children.isEmpty()) {
        const SpecField &option = f.children.at(f.selectedOption(value));
        if (option.kind == SpecFieldKind::Object && value.isObject())
            return strippedObject(option.children, value.toObject());
        return stripped(option, value);
    }
    if ((f.kind == SpecFieldKind::ScalarArray || f.kind == SpecFieldKind::ObjectArray) &&
        value.isArray() && !f.children.isEmpty()) {
        if (f.children.first().secret)
            return QJsonValue(QJsonValue::Undefined);
        QJsonArray array;
        for (const QJsonValue &item : value.toArray())
            array.append(stripped(f.children.first(), item));
        return array;
    }
    return value;
}

} // namespace

QJsonValue SpecField::initialValue() const
{
    return Dsp::initialValue(*this);
}

QString SpecField::placeholder() const
{
    if (examples.isEmpty())
        return {};
    const QJsonValue first = examples.first();
    if (first.isString())
        return first.toString();
    if (first.isDouble())
        return QLocale::c().toString(first.toDouble(), 'g', QLocale::FloatingPointShortest);
    if (first.isBool())
        return first.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (first.isArray()) {
        QStringList parts;
        for (const QJsonValue &v : first.toArray())
            parts.append(v.isString() ? v.toString() : QString::number(v.toDouble()));
        return parts.join(QLatin1String(", "));
    }
    return {};
}

int SpecField::selectedOption(const QJsonValue &value) const
{
    if (children.isEmpty())
        return 0;
    if (value.isUndefined() || value.isNull())
        return qBound(0, defaultOption, int(children.size()) - 1);
    if (!discriminator.isEmpty() && value.isObject()) {
        const QJsonValue chosen = value.toObject().value(discriminator);
        for (int i = 0; i < children.size(); ++i) {
            if (children.at(i).optionValue == chosen)
                return i;
        }
    }
    // No discriminator (or an unknown value): the option the value fits best.
    int best = 0;
    int bestScore = INT_MIN;
    for (int i = 0; i < children.size(); ++i) {
        const SpecField &o = children.at(i);
        int score = specValueFits(value, o.kind) ? 0 : -1000;
        if (o.kind == SpecFieldKind::Object && value.isObject()) {
            const QJsonObject object = value.toObject();
            for (auto it = object.begin(); it != object.end(); ++it)
                score += childNamed(o.children, it.key(), value) ? 2 : -1;
            for (const SpecField &c : o.children)
                score -= c.required && !object.contains(c.key) ? 1 : 0;
        }
        if (score > bestScore) {
            best = i;
            bestScore = score;
        }
    }
    return best;
}

struct ConnectorSpec::Data
{
    QString title;
    QString description;
    QList<SpecField> fields;
    QList<SpecGroup> groups;
    int rawCount = 0;
    QByteArray schemaJson;
};

QString ConnectorSpec::maskedSecret()
{
    return QStringLiteral("**********");
}

ConnectorSpec::ConnectorSpec()
{
    static const std::shared_ptr<const Data> empty = std::make_shared<const Data>();
    d = empty;
}

Result<ConnectorSpec> ConnectorSpec::parse(const QByteArray &json)
{
    std::optional<SpecReader::Output> read = SpecReader::read(json);
    if (!read) {
        return Error::make(ErrorKind::InvalidResponse,
                           AirbyteTr::tr("The connector's specification is not a JSON object."),
                           QStringLiteral("connectionSpecification: not a JSON object"));
    }
    auto data = std::make_shared<Data>();
    data->title = std::move(read->title);
    data->description = std::move(read->description);
    data->fields = std::move(read->fields);
    data->groups = std::move(read->groups);
    data->schemaJson = std::move(read->schemaJson);
    data->rawCount = countRaw(data->fields);
    ConnectorSpec spec;
    spec.d = std::move(data);
    return spec;
}

Result<ConnectorSpec> ConnectorSpec::parse(const QJsonObject &connectionSpecification)
{
    return parse(QJsonDocument(connectionSpecification).toJson(QJsonDocument::Compact));
}

bool ConnectorSpec::isNull() const
{
    return d->schemaJson.isEmpty();
}

QString ConnectorSpec::title() const
{
    return d->title;
}

QString ConnectorSpec::description() const
{
    return d->description;
}

const QList<SpecField> &ConnectorSpec::fields() const
{
    return d->fields;
}

const QList<SpecGroup> &ConnectorSpec::groups() const
{
    return d->groups;
}

int ConnectorSpec::rawFieldCount() const
{
    return d->rawCount;
}

QByteArray ConnectorSpec::schemaJson() const
{
    return d->schemaJson;
}

QJsonObject ConnectorSpec::defaultConfiguration() const
{
    return initialObject(d->fields);
}

QStringList ConnectorSpec::maskedSecretPaths() const
{
    QStringList paths;
    collectSecretPaths(d->fields, &paths);
    return paths;
}

QStringList ConnectorSpec::secretPathsIn(const QJsonObject &configuration) const
{
    QStringList paths;
    forEachValue(configuration,
                 [&paths](const SpecField &f, const QJsonValue &value, const QString &path) {
                     if (f.secret && !value.isNull())
                         paths.append(path);
                     return !f.secret;
                 });
    return paths;
}

void ConnectorSpec::forEachValue(const QJsonObject &configuration, const ValueVisitor &visit) const
{
    walkValues(d->fields, configuration, QString(), visit);
}

QJsonObject ConnectorSpec::withoutSecrets(const QJsonObject &configuration) const
{
    return strippedObject(d->fields, configuration);
}

const SpecField *ConnectorSpec::fieldAt(const QString &path, const QJsonObject &configuration) const
{
    if (!path.startsWith(QLatin1Char('/')))
        return nullptr;
    const QStringList tokens = path.mid(1).split(QLatin1Char('/'));
    const QList<SpecField> *children = &d->fields;
    const SpecField *current = nullptr;
    QJsonValue value = configuration;
    for (QString token : tokens) {
        token.replace(QLatin1String("~1"), QLatin1String("/"))
            .replace(QLatin1String("~0"), QLatin1String("~"));
        // A oneOf's value is its chosen option's: an object's fields, or a scalar or list.
        if (current && current->kind == SpecFieldKind::OneOf && !current->children.isEmpty()) {
            const SpecField &option = current->children.at(current->selectedOption(value));
            if (option.kind == SpecFieldKind::Object)
                children = &option.children;
            else
                current = &option;
        }
        if (current && (current->kind == SpecFieldKind::ScalarArray ||
                        current->kind == SpecFieldKind::ObjectArray)) {
            bool isIndex = false;
            const int index = token.toInt(&isIndex);
            if ((!isIndex && token != QLatin1String("*")) || current->children.isEmpty())
                return nullptr;
            value = value.toArray().at(index);
            current = &current->children.first();
        } else {
            current = childNamed(*children, token, value);
            if (!current)
                return nullptr;
            value = value.toObject().value(token);
        }
        children = &current->children;
    }
    return current;
}

} // namespace Dsp
