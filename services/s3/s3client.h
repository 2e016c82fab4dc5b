#pragma once

#include "core/httpclient.h"
#include "s3types.h"

#include <QObject>

namespace Dsp {

// SigV4-signed S3 calls (path-style, as MinIO serves them). GUI thread; asynchronous.
// S3's XML errors become typed Errors whose detail carries S3's error code.
class S3Client : public QObject
{
    Q_OBJECT
public:
    S3Client(HttpClient *http, S3Config config, QObject *parent = nullptr);

    const S3Config &config() const { return m_config; }
    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }
    // Certificate authorities trusted, besides the system's, by every HTTPS request.
    void setCaCertificates(const QList<QSslCertificate> &certificates)
    {
        m_caCertificates = certificates;
    }

    // ListObjectsV2 on one bucket. maxKeys = 0 only proves the bucket and the keys.
    RequestHandle listObjects(const QString &bucket, const S3ListOptions &options, QObject *context,
                              std::function<void(const Result<S3ObjectList> &)> callback);

    // A signed request with the body given. Non-2xx answers come back as Errors.
    RequestHandle send(const QByteArray &method, const QString &bucket, const QString &key,
                       const QList<QPair<QString, QString>> &query, const HttpHeaders &headers,
                       const QByteArray &body, QObject *context, HttpCallback callback);

    // Builds the signed request without sending it (tests read it too).
    HttpRequest signedRequest(const QByteArray &method, const QString &bucket, const QString &key,
                              const QList<QPair<QString, QString>> &query,
                              const HttpHeaders &headers, const QByteArray &body,
                              const QDateTime &now) const;

    // Turns an S3 error reply into an Error with a message a user can act on.
    static Error errorFromResponse(const HttpResponse &response, const QString &bucket);

private:
    HttpClient *m_http;
    S3Config m_config;
    std::chrono::milliseconds m_timeout{0};
    QList<QSslCertificate> m_caCertificates;
};

} // namespace Dsp
