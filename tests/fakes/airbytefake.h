#pragma once

#include "fakehttpserver.h"

#include <QSet>

namespace Dsp::Fakes {

// Airbyte's Configuration API as far as the panel uses it, shaped as in Airbyte's OpenAPI
// spec (config.yaml): GET /api/v1/health and /api/v1/instance_configuration, and with client
// credentials set, POST /api/v1/applications/token. With basic auth set, an nginx-like proxy
// stands in front of every route, as docker-compose's airbyte-proxy does.
class AirbyteFake : public FakeHttpServer
{
    Q_OBJECT
public:
    explicit AirbyteFake(QObject *parent = nullptr);

    void setAvailable(bool available) { m_available = available; }
    void setVersion(const QByteArray &version) { m_version = version; }
    // A server with auth enabled answers 401 to instance_configuration unless the request
    // carries `Authorization: Bearer <a token this fake issued>`.
    void setRequireAuth(bool require) { m_requireAuth = require; }
    void setMalformedHealth(bool malformed) { m_malformed = malformed; }
    // /health answers this status and raw body instead (a proxy's error page, say).
    void setHealthOverride(int status, const QByteArray &body)
    {
        m_healthStatus = status;
        m_healthBody = body;
    }
    // instance_configuration accepts the request and never answers.
    void setVersionRouteHangs(bool hangs) { m_versionHangs = hangs; }

    // The instance-admin application: enables the token route, which hands out a JWT-like
    // token for this pair and answers Airbyte's 400 "Invalid client id or token" otherwise.
    // Until then the route answers 404, as an Airbyte without it would.
    void setClientCredentials(const QString &clientId, const QString &clientSecret);
    // The token route accepts the request and never answers.
    void setTokenRouteHangs(bool hangs) { m_tokenHangs = hangs; }
    // Requests the token route has received (past the proxy, if any), answered or not.
    int tokenRequestCount() const { return m_tokenRequests; }

    // Every route (and every path without one) answers 401 with `WWW-Authenticate: Basic`
    // unless the request carries this user and password; an empty user turns the proxy off.
    void setBasicAuth(const QString &user, const QString &password);

private:
    FakeResponse token(const FakeRequest &request);

    int m_healthStatus = 0;
    QByteArray m_healthBody;
    bool m_versionHangs = false;
    bool m_available = true;
    bool m_requireAuth = false;
    bool m_malformed = false;
    QByteArray m_version = "1.8.0";
    QString m_clientId;
    QString m_clientSecret;
    bool m_tokenHangs = false;
    int m_tokenRequests = 0;
    QSet<QByteArray> m_tokens;     // every token issued so far
    QByteArray m_basicCredentials; // the expected base64(user:password), empty: no proxy
};

} // namespace Dsp::Fakes
