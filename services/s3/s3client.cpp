#include "s3client.h"

#include "core/logging.h"
#include "s3tr.h"

#include <QXmlStreamReader>

namespace Dsp {

namespace {

struct S3ErrorBody
{
    QString code;
    QString message;
};

S3ErrorBody parseErrorBody(const QByteArray &xml)
{
    S3ErrorBody out;
    QXmlStreamReader reader(xml);
    while (reader.readNextStartElement()) {
        if (reader.name() == QLatin1String("Error")) {
            while (reader.readNextStartElement()) {
                if (reader.name() == QLatin1String("Code"))
                    out.code = reader.readElementText();
                else if (reader.name() == QLatin1String("Message"))
                    out.message = reader.readElementText();
                else
                    reader.skipCurrentElement();
            }
        } else {
            reader.skipCurrentElement();
        }
    }
    return out;
}

Result<S3ObjectList> parseListBucketResult(const QString &bucket, const QByteArray &xml)
{
    S3ObjectList list;
    list.bucket = bucket;
    QXmlStreamReader reader(xml);
    if (!reader.readNextStartElement() || reader.name() != QLatin1String("ListBucketResult")) {
        return Error::make(ErrorKind::InvalidResponse,
                           S3Tr::tr("the S3 server sent an unexpected answer to a bucket listing"),
                           QString::fromUtf8(xml.left(200)));
    }
    while (reader.readNextStartElement()) {
        const auto name = reader.name();
        if (name == QLatin1String("Contents")) {
            S3Object object;
            while (reader.readNextStartElement()) {
                if (reader.name() == QLatin1String("Key"))
                    object.key = reader.readElementText();
                else if (reader.name() == QLatin1String("Size"))
                    object.size = reader.readElementText().toLongLong();
                else if (reader.name() == QLatin1String("LastModified"))
                    object.lastModified =
                        QDateTime::fromString(reader.readElementText(), Qt::ISODateWithMs);
                else
                    reader.skipCurrentElement();
            }
            list.objects.append(object);
        } else if (name == QLatin1String("IsTruncated")) {
            list.truncated = reader.readElementText() == QLatin1String("true");
        } else if (name == QLatin1String("NextContinuationToken")) {
            list.continuationToken = reader.readElementText();
        } else {
            reader.skipCurrentElement();
        }
    }
    if (reader.hasError()) {
        return Error::make(ErrorKind::InvalidResponse, S3Tr::tr("the S3 server sent malformed XML"),
                           reader.errorString());
    }
    return list;
}

} // namespace

S3Client::S3Client(HttpClient *http, S3Config config, QObject *parent)
    : QObject(parent)
    , m_http(http)
    , m_config(std::move(config))
{}

HttpRequest S3Client::signedRequest(const QByteArray &method, const QString &bucket,
                                    const QString &key, const QList<QPair<QString, QString>> &query,
                                    const HttpHeaders &headers, const QByteArray &body,
                                    const QDateTime &now) const
{
    const SigV4Signer signer(m_config.region, QStringLiteral("s3"), SigV4Signer::PathStyle::S3);
    QString path = QStringLiteral("/");
    if (!bucket.isEmpty()) {
        path += bucket;
        if (!key.isEmpty())
            path += QLatin1Char('/') + key;
    }
    const QString basePath = m_config.endpoint.path();
    if (!basePath.isEmpty() && basePath != QLatin1String("/"))
        path = basePath.chopped(basePath.endsWith(QLatin1Char('/')) ? 1 : 0) + path;

    // Host as QNetworkAccessManager will send it: the port only when not the default one.
    const QUrl &ep = m_config.endpoint;
    const int defaultPort = ep.scheme() == QLatin1String("https") ? 443 : 80;
    QByteArray host = ep.host(QUrl::FullyEncoded).toLatin1();
    // QUrl::host() drops the brackets of an IPv6 literal; URLs and Host headers need them.
    if (host.contains(':'))
        host = '[' + host + ']';
    if (ep.port() != -1 && ep.port() != defaultPort)
        host += ':' + QByteArray::number(ep.port());

    SigV4Request toSign;
    toSign.method = method;
    toSign.path = path;
    toSign.query = query;
    toSign.payloadHash = SigV4Signer::sha256Hex(body);
    toSign.headers = headers;
    toSign.headers.emplaceBack("host", host);
    toSign.headers.emplaceBack("x-amz-date", SigV4Signer::amzDate(now));
    toSign.headers.emplaceBack("x-amz-content-sha256", toSign.payloadHash);
    if (!m_config.credentials.sessionToken.isEmpty())
        toSign.headers.emplaceBack("x-amz-security-token",
                                   m_config.credentials.sessionToken.toUtf8());

    HttpRequest request;
    request.method = method;
    QByteArray wire = ep.scheme().toLatin1() + "://" + host + signer.encodedPath(path);
    const QByteArray q = SigV4Signer::encodedQuery(query);
    if (!q.isEmpty())
        wire += '?' + q;
    request.url = QUrl::fromEncoded(wire, QUrl::StrictMode);
    for (const auto &header : toSign.headers) {
        if (header.first != "host")
            request.headers.append(header);
    }
    request.headers.emplaceBack("Authorization",
                                signer.authorization(m_config.credentials, now, toSign));
    request.body = body;
    request.timeout = m_timeout;
    request.service = QStringLiteral("MinIO");
    request.caCertificates = m_caCertificates;
    return request;
}

RequestHandle S3Client::send(const QByteArray &method, const QString &bucket, const QString &key,
                             const QList<QPair<QString, QString>> &query,
                             const HttpHeaders &headers, const QByteArray &body, QObject *context,
                             HttpCallback callback)
{
    const HttpRequest request =
        signedRequest(method, bucket, key, query, headers, body, QDateTime::currentDateTimeUtc());
    return m_http->send(request, context,
                        [bucket, callback = std::move(callback)](const Result<HttpResponse> &r) {
                            if (r && !r.value().isSuccess())
                                callback(errorFromResponse(r.value(), bucket));
                            else
                                callback(r);
                        });
}

RequestHandle S3Client::listObjects(const QString &bucket, const S3ListOptions &options,
                                    QObject *context,
                                    std::function<void(const Result<S3ObjectList> &)> callback)
{
    QList<QPair<QString, QString>> query{
        {QStringLiteral("list-type"), QStringLiteral("2")},
        {QStringLiteral("max-keys"), QString::number(options.maxKeys)}};
    if (!options.prefix.isEmpty())
        query.append({QStringLiteral("prefix"), options.prefix});
    if (!options.continuationToken.isEmpty())
        query.append({QStringLiteral("continuation-token"), options.continuationToken});
    return send("GET", bucket, {}, query, {}, {}, context,
                [bucket, callback = std::move(callback)](const Result<HttpResponse> &r) {
                    if (!r)
                        callback(r.error());
                    else
                        callback(parseListBucketResult(bucket, r.value().body));
                });
}

Error S3Client::errorFromResponse(const HttpResponse &response, const QString &bucket)
{
    const S3ErrorBody body = parseErrorBody(response.body);
    Error e;
    e.service = QStringLiteral("MinIO");
    e.httpStatus = response.status;
    e.detail = QStringLiteral("HTTP %1 %2: %3").arg(response.status).arg(body.code, body.message);
    const QString code = body.code;
    if (code == QLatin1String("SignatureDoesNotMatch")) {
        e.kind = ErrorKind::Unauthorized;
        e.message = S3Tr::tr("the S3 server rejected the request signature "
                             "(SignatureDoesNotMatch): check the secret key");
    } else if (code == QLatin1String("InvalidAccessKeyId")) {
        e.kind = ErrorKind::Unauthorized;
        e.message = S3Tr::tr("the S3 server does not know this access key (InvalidAccessKeyId)");
    } else if (code == QLatin1String("RequestTimeTooSkewed")) {
        e.kind = ErrorKind::Unauthorized;
        e.message = S3Tr::tr("this computer's clock differs too much from the S3 server's");
    } else if (code == QLatin1String("NoSuchBucket") || response.status == 404) {
        e.kind = ErrorKind::NotFound;
        e.message = S3Tr::tr("bucket %1 does not exist").arg(bucket);
    } else if (code == QLatin1String("AccessDenied") || response.status == 403) {
        e.kind = ErrorKind::Forbidden;
        e.message = S3Tr::tr("access denied to bucket %1").arg(bucket);
    } else if (response.status == 409) {
        e.kind = ErrorKind::Conflict;
        e.message = S3Tr::tr("conflict on bucket %1: %2").arg(bucket, code);
    } else if (response.status >= 500) {
        e.kind = ErrorKind::ServerError;
        e.message = S3Tr::tr("the S3 server failed (HTTP %1)").arg(response.status);
    } else {
        e.kind = ErrorKind::InvalidResponse;
        e.message = S3Tr::tr("unexpected HTTP %1 from the S3 server").arg(response.status);
    }
    qCDebug(lcS3) << "S3 error" << e.detail;
    return e;
}

} // namespace Dsp
