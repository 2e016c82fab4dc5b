#pragma once

#include "core/httpclient.h"
#include "s3types.h"

#include <QObject>

#include <memory>

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

    // The most keys and prefixes listAll() gathers before it gives up with an error.
    static constexpr int DefaultListCap = 100000;
    // The largest body getObject() accepts by default (a log object; logs are read in ranges).
    static constexpr qint64 DefaultMaxGetBytes = 256 * 1024 * 1024;

    // ListObjectsV2 on one bucket, one page. maxKeys = 0 only proves the bucket and the keys.
    RequestHandle listObjects(const QString &bucket, const S3ListOptions &options, QObject *context,
                              std::function<void(const Result<S3ObjectList> &)> callback);
    // Every page of a listing, following continuation tokens, as one list (truncated false).
    // More than `cap` keys and prefixes end it with an InvalidResponse error saying so. No
    // handle: destroying `context` stops it (the callback is then never called).
    void listAll(const QString &bucket, const S3ListOptions &options, QObject *context,
                 std::function<void(const Result<S3ObjectList> &)> callback,
                 int cap = DefaultListCap);
    // GET of bytes [offset, offset + length) of an object; length < 0 reads to its end
    // (`Range: bytes=offset-`; no Range header for the whole object). An offset at or past the
    // end answers nothingNew (HTTP 416), not an error. A missing object is NotFound.
    RequestHandle getObject(const QString &bucket, const QString &key, qint64 offset, qint64 length,
                            QObject *context,
                            std::function<void(const Result<S3ObjectData> &)> callback,
                            qint64 maxBytes = DefaultMaxGetBytes);
    // HEAD: whether the object exists (404 is exists == false, not an error), its size, ETag.
    RequestHandle headObject(const QString &bucket, const QString &key, QObject *context,
                             std::function<void(const Result<S3ObjectInfo> &)> callback);
    // PUT of a whole object. `payloadHash` is the body's hex SHA-256 when the caller computed it
    // off the GUI thread (a big body); empty, it is computed here. The deadline grows with the
    // body (the client's timeout, plus a second per 4 MiB). Answers the stored size and ETag.
    RequestHandle putObject(const QString &bucket, const QString &key, const QByteArray &body,
                            const QByteArray &contentType, QObject *context,
                            std::function<void(const Result<S3ObjectInfo> &)> callback,
                            const QByteArray &payloadHash = {});

    // A signed request with the body given. Non-2xx answers come back as Errors.
    RequestHandle send(const QByteArray &method, const QString &bucket, const QString &key,
                       const QList<QPair<QString, QString>> &query, const HttpHeaders &headers,
                       const QByteArray &body, QObject *context, HttpCallback callback);

    // Builds the signed request without sending it (tests read it too).
    // `payloadHash` empty: the body's SHA-256 is computed here.
    HttpRequest signedRequest(const QByteArray &method, const QString &bucket, const QString &key,
                              const QList<QPair<QString, QString>> &query,
                              const HttpHeaders &headers, const QByteArray &body,
                              const QDateTime &now, const QByteArray &payloadHash = {}) const;

    // Turns an S3 error reply into an Error with a message a user can act on. `key`, when
    // given, names the object in a NoSuchKey message.
    static Error errorFromResponse(const HttpResponse &response, const QString &bucket,
                                   const QString &key = {});

private:
    struct ListAllState;
    void listAllPage(const QString &bucket, const std::shared_ptr<ListAllState> &state,
                     QObject *context);

    HttpClient *m_http;
    S3Config m_config;
    std::chrono::milliseconds m_timeout{0};
    QList<QSslCertificate> m_caCertificates;
};

} // namespace Dsp
