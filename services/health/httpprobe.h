#pragma once

#include "core/httptypes.h"
#include "healthprobe.h"

namespace Dsp {

class HttpClient;

// A probe that talks HTTP to one base URL through the shared HttpClient; helpers for the
// common verdicts.
class HttpProbe : public HealthProbe
{
    Q_OBJECT
public:
    HttpProbe(ServiceId service, HttpClient *http, const QUrl &baseUrl, QObject *parent = nullptr);

    // Configured when the base URL names a host.
    bool isConfigured() const override;

    // Certificate authorities trusted, besides the system's, by every HTTPS request of this
    // probe (a private CA; see loadCaCertificates()). From the next check on.
    void setCaCertificates(const QList<QSslCertificate> &certificates);
    QList<QSslCertificate> caCertificates() const { return m_caCertificates; }

protected:
    // The base URL's path (a reverse-proxy prefix, say) followed by `path`.
    QUrl endpoint(const QString &path) const;
    // A GET (or other) bounded by what is left of this check's deadline, trusting the CAs
    // set here.
    HttpRequest request(const QUrl &url, const QByteArray &method = "GET") const;
    HttpClient *http() const { return m_http; }

    // "HTTP 503 from /minio/health/cluster" plus the body's first line when it says more.
    static QString statusReason(const HttpResponse &response, const QString &path);
    // Ends the check on an unexpected status: code auth for 401/403, http_status otherwise.
    void failWithStatus(const HttpResponse &response, const QString &path,
                        HealthState state = HealthState::Down);
    // Ends the check on an answer of the wrong shape (code protocol).
    void failWithProtocol(const QString &reason, HealthState state = HealthState::Down);

private:
    HttpClient *m_http;
    QUrl m_baseUrl;
    QList<QSslCertificate> m_caCertificates;
};

} // namespace Dsp
