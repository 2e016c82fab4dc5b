#pragma once

#include "health/httpprobe.h"

namespace Dsp {

// Temporal: the standard gRPC health check (grpc.health.v1.Health/Check) over HTTP/2
// cleartext, made with QNetworkAccessManager (no gRPC library). SERVING is Up; an open port
// that does not answer gRPC is at best Degraded. The version comes from Temporal's
// WorkflowService.GetSystemInfo.
class TemporalProbe : public HttpProbe
{
    Q_OBJECT
public:
    TemporalProbe(HttpClient *http, const QString &host, int port, QObject *parent = nullptr);

    // gRPC framing of an empty HealthCheckRequest, and decoding of the reply's status field.
    static QByteArray healthCheckRequestFrame();
    // Returns the ServingStatus (0..3), or -1 when the body is not a HealthCheckResponse.
    static int parseHealthCheckResponse(const QByteArray &body);
    // server_version (field 1) of a framed GetSystemInfoResponse, or empty.
    static QString parseSystemInfoVersion(const QByteArray &body);

protected:
    void start() override;

private:
    // Speaks the HTTP/2 preface on a plain socket first: tells "HTTP/1 on this port" or
    // "not HTTP/2 at all" in words, where Qt's HTTP/2 stack would only wait and time out.
    void checkHttp2Preface();
    void checkGrpcHealth();
    void readServerVersion();
    HttpRequest grpcRequest(const QString &path) const;
    QString target() const;

    QString m_host;
    int m_port;
};

} // namespace Dsp
