#pragma once

#include "core/httptypes.h"
#include "healthprobe.h"

namespace Dsp {

class HttpClient;

// A probe that talks HTTP through the shared HttpClient; helpers for the common verdicts.
class HttpProbe : public HealthProbe
{
    Q_OBJECT
public:
    HttpProbe(ServiceId service, HttpClient *http, QObject *parent = nullptr);

protected:
    // A GET (or other) bounded by what is left of this check's deadline.
    HttpRequest request(const QUrl &url, const QByteArray &method = "GET") const;
    HttpClient *http() const { return m_http; }

    // "HTTP 503 from /minio/health/cluster" plus the body's first line when it says more.
    static QString statusReason(const HttpResponse &response, const QString &path);

private:
    HttpClient *m_http;
};

} // namespace Dsp
