#pragma once

// Test helpers over connector specs: a configuration completed as a user would (a valid value
// for each required field), and how a test names the errors it got.

#include "airbyte/connectorspec.h"
#include "core/error.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>
#include <QStringList>
#include <QTimeZone>

#include <algorithm>

namespace Dsp::Testing {

inline QString errorsText(const QList<FieldError> &errors)
{
    QStringList lines;
    for (const FieldError &e : errors)
        lines.append(e.path + QLatin1String(": ") + e.message);
    return lines.join(QLatin1String("; "));
}

inline bool names(const QList<FieldError> &errors, const QString &path, const QString &message = {})
{
    return std::any_of(errors.cbegin(), errors.cend(), [&](const FieldError &e) {
        return e.path == path && (message.isEmpty() || e.message == message);
    });
}

// A configuration the user completes: what each required field still lacks gets a valid value.
// Collects the paths of the required fields it went through (not the discriminators: the
// option selector sets those).
class Filler
{
public:
    QStringList requiredPaths;
    QStringList problems;

    // The spec's defaults with a valid value in each required field.
    QJsonObject complete(const ConnectorSpec &spec)
    {
        QJsonObject configuration;
        const QJsonObject defaults = spec.defaultConfiguration();
        for (const SpecField &f : spec.fields()) {
            if (f.key.isEmpty()) {
                configuration = fill(f, defaults, QString()).toObject();
            } else if (f.required || defaults.contains(f.key)) {
                if (f.required && !f.isDiscriminator)
                    requiredPaths.append(QLatin1Char('/') + f.key);
                configuration.insert(f.key,
                                     fill(f, defaults.value(f.key), QLatin1Char('/') + f.key));
            }
        }
        return configuration;
    }

    QJsonValue fill(const SpecField &f, QJsonValue value, const QString &path)
    {
        switch (f.kind) {
        case SpecFieldKind::Object:
            return fillObject(f.children, value.toObject(), path);
        case SpecFieldKind::OneOf: {
            if (f.children.isEmpty())
                return value;
            const SpecField &option = f.children.at(f.selectedOption(value));
            if (option.kind != SpecFieldKind::Object)
                return fill(option, value, path);
            QJsonObject object = value.toObject();
            if (!f.discriminator.isEmpty() && !object.contains(f.discriminator))
                object.insert(f.discriminator, option.optionValue);
            return fillObject(option.children, object, path);
        }
        case SpecFieldKind::ScalarArray:
        case SpecFieldKind::ObjectArray: {
            QJsonArray array = value.toArray();
            while (array.size() < f.minItems) {
                const SpecField &item = f.children.isEmpty() ? f : f.children.first();
                if (f.kind == SpecFieldKind::ScalarArray && !f.enumValues.isEmpty())
                    array.append(f.enumValues.at(array.size() % f.enumValues.size()));
                else if (&item == &f)
                    array.append(QStringLiteral("value%1").arg(array.size()));
                else
                    array.append(fill(item, QJsonValue(QJsonValue::Undefined),
                                      path + QLatin1Char('/') + QString::number(array.size())));
            }
            return array;
        }
        default:
            return value.isUndefined() ? generated(f, path) : value;
        }
    }

private:
    QJsonObject fillObject(const QList<SpecField> &children, QJsonObject object,
                           const QString &path)
    {
        for (const SpecField &c : children) {
            if (c.key.isEmpty()) {
                object = fill(c, object, path).toObject();
                continue;
            }
            if (!c.required && !object.contains(c.key))
                continue;
            const QString childPath = path + QLatin1Char('/') + c.key;
            if (c.required && !c.isDiscriminator)
                requiredPaths.append(childPath);
            object.insert(c.key, fill(c, object.value(c.key), childPath));
        }
        return object;
    }

    QJsonValue generated(const SpecField &f, const QString &path)
    {
        switch (f.kind) {
        case SpecFieldKind::Const:
            return f.constValue;
        case SpecFieldKind::Enum:
            return f.enumValues.first();
        case SpecFieldKind::Boolean:
            return false;
        case SpecFieldKind::Integer:
        case SpecFieldKind::Number: {
            double value = 1;
            if (!f.examples.isEmpty() && f.examples.first().isDouble())
                value = f.examples.first().toDouble();
            if (f.minimum && value < *f.minimum + (f.exclusiveMinimum ? 1 : 0))
                value = *f.minimum + (f.exclusiveMinimum ? 1 : 0);
            if (f.maximum && value > *f.maximum - (f.exclusiveMaximum ? 1 : 0))
                value = *f.maximum - (f.exclusiveMaximum ? 1 : 0);
            return value;
        }
        case SpecFieldKind::String: {
            QStringList candidates;
            for (const QJsonValue example : f.examples) {
                if (example.isString())
                    candidates.append(example.toString());
            }
            if (!f.dateFormat.isEmpty()) {
                candidates.append(QLocale::c().toString(
                    QDateTime(QDate(2021, 3, 14), QTime(5, 6, 7, 89), QTimeZone::utc()),
                    f.dateFormat));
            }
            candidates << QStringLiteral("value") << QStringLiteral("12345")
                       << QStringLiteral("https://example.com/value")
                       << QStringLiteral("account.example.com") << QStringLiteral("0123456789")
                       << QStringLiteral("owner/repo") << QStringLiteral("sandbox_value")
                       << QStringLiteral("sk_live_value1");
            const QRegularExpression re(f.pattern);
            for (const QString &candidate : std::as_const(candidates)) {
                if (candidate.size() >= f.minLength && re.match(candidate).hasMatch())
                    return candidate;
            }
            problems.append(QStringLiteral("%1: no sample fits %2").arg(path, f.pattern));
            return QStringLiteral("value");
        }
        default:
            return QJsonObject();
        }
    }
};

} // namespace Dsp::Testing
