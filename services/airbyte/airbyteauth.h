#pragma once

#include <QString>

namespace Dsp {

// How the panel authenticates to Airbyte: nothing, HTTP basic auth at a proxy in front of it
// (docker-compose's nginx, abctl before 0.11), or an application's client id and secret
// exchanged for a bearer token (Airbyte 1.x with auth on, `abctl local credentials`).
// A plain value; the secrets in it are never logged.
struct AirbyteAuth
{
    enum class Mode { None, Basic, ClientCredentials };
    Mode mode = Mode::None;
    QString user;         // Basic
    QString password;     // Basic (secret)
    QString clientId;     // ClientCredentials
    QString clientSecret; // ClientCredentials (secret)

    // The profile's keys for a mode: "none", "basic", "client_credentials".
    static QString modeKey(Mode mode);
    // The mode for a key, ignoring case and surrounding spaces; an empty key is None. An
    // unknown key gives None with *ok false.
    static Mode modeFromKey(const QString &key, bool *ok = nullptr);
};

} // namespace Dsp
