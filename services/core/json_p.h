#pragma once

// nlohmann_json helpers shared by the .cpp files that parse service answers. Private: a
// header that includes a third-party header is included by .cpp files only.

#include <QByteArray>
#include <QString>

#include <nlohmann/json.hpp>

namespace Dsp::Json {

// Parses without throwing: a malformed body gives a discarded value (is_discarded()).
inline nlohmann::json parse(const QByteArray &body)
{
    return nlohmann::json::parse(body.constData(), body.constData() + body.size(), nullptr, false);
}

// The string member `name` of an object, or an empty string.
inline QString stringField(const nlohmann::json &json, const char *name)
{
    if (json.is_object() && json.contains(name) && json[name].is_string())
        return QString::fromStdString(json[name].get<std::string>());
    return {};
}

} // namespace Dsp::Json
