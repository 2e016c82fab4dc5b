#pragma once

#include "health/httpprobe.h"

namespace Dsp {

// Temporal: the standard gRPC health check (grpc.health.v1.Health/Check) over HTTP/2
// cleartext, made with QNetworkAccessManager (no gRPC library). SERVING is Up; an open port
// that does not answer gRPC is at best Degraded.
class TemporalProbe : public HttpProbe {
    Q_OBJECT
public:
    TemporalProbe(HttpClient *http, const QString &host, int port, QObject *parent = nullptr);
    bool isConfigured() const override;

    // gRPC framing of an empty HealthCheckRequest, and decoding of the reply's status field.
    static QByteArray healthCheckRequestFrame();
    // Returns the ServingStatus (0..3), or -1 when the body is not a HealthCheckResponse.
    static int parseHealthCheckResponse(const QByteArray &body);

protected:
    void start() override;

private:
    QString m_host;
    int m_port;
};

} // namespace Dsp
