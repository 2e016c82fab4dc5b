#pragma once

#include "airbyteauth.h"
#include "health/httpprobe.h"

namespace Dsp {

// Airbyte: GET <api>/api/v1/health ({"available": true}), then the server version from
// /api/v1/instance_configuration when the server lets us read it. With HTTP basic auth every
// request carries the user name and password for the proxy in front of Airbyte; with client
// credentials, the check also exchanges them for a token (POST /api/v1/applications/token),
// whose refusal makes the verdict Degraded, and the version lookup carries that token.
// GUI thread only.
class AirbyteProbe : public HttpProbe
{
    Q_OBJECT
public:
    AirbyteProbe(HttpClient *http, const QUrl &apiUrl, const AirbyteAuth &auth = {},
                 QObject *parent = nullptr);

protected:
    void start() override;

private:
    // `req` with the Authorization header that the mode (and the token, once there) calls for.
    HttpRequest authorized(HttpRequest req) const;
    void onHealth(const HttpResponse &response);
    void requestToken();
    void onToken(const HttpResponse &response);
    void readVersion();

    AirbyteAuth m_auth;
    QByteArray m_basicCredentials; // base64(user:password), empty unless Basic
    QString m_token;               // this check's access token (ClientCredentials)
};

} // namespace Dsp
