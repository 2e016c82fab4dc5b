#pragma once

#include "fakehttpserver.h"

namespace Dsp::Fakes {

// Airbyte's Configuration API as far as the panel uses it, shaped as in Airbyte's OpenAPI
// spec (config.yaml): GET /api/v1/health and /api/v1/instance_configuration.
class AirbyteFake : public FakeHttpServer
{
    Q_OBJECT
public:
    explicit AirbyteFake(QObject *parent = nullptr);

    void setAvailable(bool available) { m_available = available; }
    void setVersion(const QByteArray &version) { m_version = version; }
    // A server with auth enabled answers 401 to instance_configuration without a token.
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

private:
    int m_healthStatus = 0;
    QByteArray m_healthBody;
    bool m_versionHangs = false;
    bool m_available = true;
    bool m_requireAuth = false;
    bool m_malformed = false;
    QByteArray m_version = "1.8.0";
};

} // namespace Dsp::Fakes
