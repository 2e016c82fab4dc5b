#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QSslCertificate>
#include <QString>
#include <QUrl>

#include <chrono>

namespace Dsp {

using HttpHeaders = QList<QPair<QByteArray, QByteArray>>;

struct HttpRequest
{
    QByteArray method = "GET";
    QUrl url;
    HttpHeaders headers;
    QByteArray body;
    // Total deadline for the whole exchange; zero means the client's default.
    std::chrono::milliseconds timeout{0};
    // A reply larger than this is cut off and reported as InvalidResponse.
    qint64 maxResponseBytes = 4 * 1024 * 1024;
    // HTTP/2 over cleartext with prior knowledge (gRPC).
    bool http2Direct = false;
    // Whether sending it twice does no harm. Qt 6.4 sends an HTTP/1 request again by itself
    // when the connection closes before any answer; one that creates something must not be,
    // so its body cannot be rewound once read and that resend fails instead: the caller gets
    // InvalidResponse and the request went out once (the server may have carried it out).
    bool idempotent = true;
    // Name used in messages ("Airbyte", "MinIO", ...).
    QString service;
    // Certificate authorities trusted for this request (HTTPS) in addition to the system's:
    // a private CA that signed the server's certificate.
    QList<QSslCertificate> caCertificates;
};

struct HttpResponse
{
    int status = 0;
    HttpHeaders headers;
    QByteArray body;
    bool http2 = false;

    // Case-insensitive lookup of the first header with that name.
    QByteArray header(const QByteArray &name) const;
    bool isSuccess() const { return status >= 200 && status < 300; }
};

} // namespace Dsp
