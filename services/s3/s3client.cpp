#include "s3client.h"

#include "core/logging.h"
#include "s3reply_p.h"
#include "s3tr.h"

#include <QLocale>
#include <QPointer>

#include <algorithm>

namespace Dsp {

using namespace S3Reply;

S3Client::S3Client(HttpClient *http, S3Config config, QObject *parent)
    : QObject(parent)
    , m_http(http)
    , m_config(std::move(config))
{}

HttpRequest S3Client::signedRequest(const QByteArray &method, const QString &bucket,
                                    const QString &key, const QList<QPair<QString, QString>> &query,
                                    const HttpHeaders &headers, const QByteArray &body,
                                    const QDateTime &now, const QByteArray &payloadHash) const
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
    toSign.payloadHash = payloadHash.isEmpty() ? SigV4Signer::sha256Hex(body) : payloadHash;
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
    if (!options.delimiter.isEmpty())
        query.append({QStringLiteral("delimiter"), options.delimiter});
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

struct S3Client::ListAllState
{
    S3ObjectList all;
    S3ListOptions options;
    int cap = DefaultListCap;
    std::function<void(const Result<S3ObjectList> &)> callback;
};

void S3Client::listAll(const QString &bucket, const S3ListOptions &options, QObject *context,
                       std::function<void(const Result<S3ObjectList> &)> callback, int cap)
{
    auto state = std::make_shared<ListAllState>();
    state->all.bucket = bucket;
    state->options = options;
    state->cap = cap;
    state->callback = std::move(callback);
    listAllPage(bucket, state, context);
}

void S3Client::listAllPage(const QString &bucket, const std::shared_ptr<ListAllState> &state,
                           QObject *context)
{
    QPointer<S3Client> self(this);
    QPointer<QObject> guard(context);
    listObjects(
        bucket, state->options, context,
        [self, guard, bucket, state](const Result<S3ObjectList> &r) {
            if (!r) {
                state->callback(r.error());
                return;
            }
            const S3ObjectList &page = r.value();
            state->all.objects += page.objects;
            state->all.prefixes += page.prefixes;
            const qsizetype count = state->all.objects.size() + state->all.prefixes.size();
            if (count > state->cap) {
                Error e = Error::make(
                    ErrorKind::InvalidResponse,
                    S3Tr::tr("bucket %1 holds more than %2 entries under \"%3\": "
                             "listing stopped there")
                        .arg(bucket, QLocale().toString(state->cap), state->options.prefix));
                e.service = QStringLiteral("MinIO");
                state->callback(e);
                return;
            }
            if (!page.truncated) {
                state->all.truncated = false;
                state->all.continuationToken.clear();
                state->callback(state->all);
                return;
            }
            if (page.continuationToken.isEmpty() ||
                page.continuationToken == state->options.continuationToken) {
                Error e =
                    Error::make(ErrorKind::InvalidResponse,
                                S3Tr::tr("the S3 server cut a listing of bucket %1 short without "
                                         "saying where to go on")
                                    .arg(bucket));
                e.service = QStringLiteral("MinIO");
                state->callback(e);
                return;
            }
            if (!self || !guard) {
                if (guard)
                    state->callback(Error::make(ErrorKind::Cancelled, S3Tr::tr("cancelled")));
                return;
            }
            state->options.continuationToken = page.continuationToken;
            self->listAllPage(bucket, state, guard.data());
        });
}

RequestHandle S3Client::getObject(const QString &bucket, const QString &key, qint64 offset,
                                  qint64 length, QObject *context,
                                  std::function<void(const Result<S3ObjectData> &)> callback,
                                  qint64 maxBytes)
{
    offset = std::max<qint64>(offset, 0);
    if (length == 0)
        length = 1; // "bytes=N-(N-1)" is no range; one byte more is harmless
    if (length > maxBytes)
        length = maxBytes;
    HttpHeaders headers;
    if (offset > 0 || length > 0) {
        QByteArray range = "bytes=" + QByteArray::number(offset) + '-';
        if (length > 0)
            range += QByteArray::number(offset + length - 1);
        headers.emplaceBack("range", range);
    }
    HttpRequest request =
        signedRequest("GET", bucket, key, {}, headers, {}, QDateTime::currentDateTimeUtc());
    // Room for an error body even when a few bytes are asked for.
    request.maxResponseBytes = length > 0 ? std::max<qint64>(length, 64 * 1024) : maxBytes;
    return m_http->send(
        request, context,
        [bucket, key, offset, length,
         callback = std::move(callback)](const Result<HttpResponse> &r) {
            if (!r) {
                callback(r.error());
                return;
            }
            const HttpResponse &response = r.value();
            S3ObjectData data;
            data.offset = offset;
            data.etag = unquotedEtag(QString::fromLatin1(response.header("etag")));
            data.contentType = QString::fromLatin1(response.header("content-type"));
            qint64 first = -1;
            if (response.status == 416) {
                qint64 total = -1;
                if (parseContentRange(response.header("content-range"), &first, &total))
                    data.totalSize = total;
                data.nothingNew = true;
                callback(data);
                return;
            }
            if (!response.isSuccess()) {
                callback(errorFromResponse(response, bucket, key));
                return;
            }
            if (response.status == 206) {
                qint64 total = -1;
                const QByteArray contentRange = response.header("content-range");
                if (!parseContentRange(contentRange, &first, &total) || first != offset) {
                    callback(invalidRange(bucket, key, QString::fromLatin1(contentRange)));
                    return;
                }
                data.totalSize = total;
                data.bytes = response.body;
            } else {
                // The whole object (no range asked, or a server that ignores ranges).
                data.totalSize = response.body.size();
                if (offset >= response.body.size() && offset > 0) {
                    data.nothingNew = true;
                } else {
                    data.bytes = offset > 0 ? response.body.mid(offset) : response.body;
                }
            }
            if (length > 0 && data.bytes.size() > length)
                data.bytes.truncate(length);
            callback(data);
        });
}

RequestHandle S3Client::headObject(const QString &bucket, const QString &key, QObject *context,
                                   std::function<void(const Result<S3ObjectInfo> &)> callback)
{
    const HttpRequest request =
        signedRequest("HEAD", bucket, key, {}, {}, {}, QDateTime::currentDateTimeUtc());
    return m_http->send(
        request, context,
        [bucket, key, callback = std::move(callback)](const Result<HttpResponse> &r) {
            if (!r) {
                callback(r.error());
                return;
            }
            const HttpResponse &response = r.value();
            S3ObjectInfo info;
            if (response.status == 404) { // a HEAD has no body to tell key from bucket
                callback(info);
                return;
            }
            if (!response.isSuccess()) {
                callback(errorFromResponse(response, bucket, key));
                return;
            }
            info.exists = true;
            info.size = response.header("content-length").toLongLong();
            info.etag = unquotedEtag(QString::fromLatin1(response.header("etag")));
            info.lastModified = httpDate(response.header("last-modified"));
            info.contentType = QString::fromLatin1(response.header("content-type"));
            callback(info);
        });
}

RequestHandle S3Client::putObject(const QString &bucket, const QString &key, const QByteArray &body,
                                  const QByteArray &contentType, QObject *context,
                                  std::function<void(const Result<S3ObjectInfo> &)> callback,
                                  const QByteArray &payloadHash)
{
    HttpHeaders headers;
    if (!contentType.isEmpty())
        headers.emplaceBack("content-type", contentType);
    HttpRequest request = signedRequest("PUT", bucket, key, {}, headers, body,
                                        QDateTime::currentDateTimeUtc(), payloadHash);
    constexpr qint64 BytesPerExtraSecond = 4 * 1024 * 1024;
    if (body.size() >= BytesPerExtraSecond) {
        const auto base = m_timeout.count() > 0 ? m_timeout : std::chrono::milliseconds(10000);
        request.timeout = base + std::chrono::seconds(body.size() / BytesPerExtraSecond);
    }
    const qint64 size = body.size();
    return m_http->send(request, context,
                        [bucket, key, size, contentType,
                         callback = std::move(callback)](const Result<HttpResponse> &r) {
                            if (!r) {
                                callback(r.error());
                                return;
                            }
                            const HttpResponse &response = r.value();
                            if (!response.isSuccess()) {
                                callback(errorFromResponse(response, bucket, key));
                                return;
                            }
                            S3ObjectInfo info;
                            info.exists = true;
                            info.size = size;
                            info.etag = unquotedEtag(QString::fromLatin1(response.header("etag")));
                            info.lastModified = QDateTime::currentDateTimeUtc();
                            info.contentType = QString::fromLatin1(contentType);
                            callback(info);
                        });
}

Error S3Client::errorFromResponse(const HttpResponse &response, const QString &bucket,
                                  const QString &key)
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
    } else if (code == QLatin1String("NoSuchKey") && !key.isEmpty()) {
        e.kind = ErrorKind::NotFound;
        e.message = S3Tr::tr("%1 does not exist in bucket %2").arg(key, bucket);
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
