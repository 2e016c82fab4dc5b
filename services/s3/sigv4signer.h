#pragma once

#include "core/httptypes.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace Dsp {

struct SigV4Credentials
{
    QString accessKey;
    QString secretKey;
    QString sessionToken; // empty unless temporary (STS) credentials
};

// The parts of a request that AWS Signature Version 4 covers. `path` and `query` hold
// decoded text; the signer encodes them (RFC 3986) exactly as they must go on the wire.
struct SigV4Request
{
    QByteArray method = "GET";
    QString path = QStringLiteral("/");
    QList<QPair<QString, QString>> query;
    HttpHeaders headers;    // every header to sign, Host included
    QByteArray payloadHash; // hex SHA-256 of the body, or "UNSIGNED-PAYLOAD"
};

// Computes SigV4 signatures. Stateless apart from its scope; any thread may use it.
// S3 encodes the path once and never normalises it; other services normalise `.`/`..`
// segments (AWS's published test suite covers the latter).
class SigV4Signer
{
public:
    enum class PathStyle { S3, Normalized };

    SigV4Signer(QString region, QString service, PathStyle style = PathStyle::S3);

    QByteArray canonicalRequest(const SigV4Request &request) const;
    QByteArray stringToSign(const QDateTime &time, const QByteArray &canonicalRequest) const;
    QByteArray signature(const SigV4Credentials &credentials, const QDateTime &time,
                         const QByteArray &stringToSign) const;
    // The whole `Authorization` header value.
    QByteArray authorization(const SigV4Credentials &credentials, const QDateTime &time,
                             const SigV4Request &request) const;

    // Path and query as they go on the wire, matching what canonicalRequest() signs.
    QByteArray encodedPath(const QString &path) const;
    static QByteArray encodedQuery(const QList<QPair<QString, QString>> &query);

    static QByteArray amzDate(const QDateTime &time); // 20150830T123600Z
    static QByteArray sha256Hex(const QByteArray &data);
    static QByteArray uriEncode(const QString &text, bool keepSlash);

private:
    QByteArray scope(const QDateTime &time) const;
    QByteArray signedHeaderNames(const SigV4Request &request) const;

    QString m_region;
    QString m_service;
    PathStyle m_style;
};

} // namespace Dsp
