#include "sigv4signer.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>

#include <algorithm>
#include <map>

namespace Dsp {

namespace {

QByteArray hmac(const QByteArray &key, const QByteArray &message)
{
    return QMessageAuthenticationCode::hash(message, key, QCryptographicHash::Sha256);
}

QByteArray canonicalHeaderValue(const QByteArray &value)
{
    // Trim, and fold every run of white space (folded lines included) into one space.
    return value.simplified();
}

QString normalizedPath(const QString &path)
{
    QStringList out;
    const QStringList segments = path.split(QLatin1Char('/'));
    for (const QString &seg : segments) {
        if (seg.isEmpty() || seg == QLatin1String("."))
            continue;
        if (seg == QLatin1String("..")) {
            if (!out.isEmpty())
                out.removeLast();
            continue;
        }
        out.append(seg);
    }
    QString result = QLatin1Char('/') + out.join(QLatin1Char('/'));
    if (path.endsWith(QLatin1Char('/')) && !out.isEmpty())
        result += QLatin1Char('/');
    return result;
}

} // namespace

SigV4Signer::SigV4Signer(QString region, QString service, PathStyle style)
    : m_region(std::move(region))
    , m_service(std::move(service))
    , m_style(style)
{}

QByteArray SigV4Signer::uriEncode(const QString &text, bool keepSlash)
{
    static const char hex[] = "0123456789ABCDEF";
    const QByteArray utf8 = text.toUtf8();
    QByteArray out;
    out.reserve(utf8.size() * 3);
    for (const char ch : utf8) {
        const auto c = static_cast<unsigned char>(ch);
        const bool unreserved = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') ||
                                (c >= '0' && c <= '9') || c == '-' || c == '_' || c == '.' ||
                                c == '~';
        if (unreserved || (keepSlash && c == '/')) {
            out.append(char(c));
        } else {
            out.append('%');
            out.append(hex[c >> 4]);
            out.append(hex[c & 0xF]);
        }
    }
    return out;
}

QByteArray SigV4Signer::encodedPath(const QString &path) const
{
    const QString p = path.isEmpty() ? QStringLiteral("/") : path;
    return uriEncode(m_style == PathStyle::Normalized ? normalizedPath(p) : p, true);
}

QByteArray SigV4Signer::encodedQuery(const QList<QPair<QString, QString>> &query)
{
    QList<QPair<QByteArray, QByteArray>> encoded;
    encoded.reserve(query.size());
    for (const auto &[key, value] : query)
        encoded.append({uriEncode(key, false), uriEncode(value, false)});
    std::sort(encoded.begin(), encoded.end());
    QByteArray out;
    for (const auto &[key, value] : encoded) {
        if (!out.isEmpty())
            out.append('&');
        out.append(key).append('=').append(value);
    }
    return out;
}

QByteArray SigV4Signer::amzDate(const QDateTime &time)
{
    return time.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'")).toLatin1();
}

QByteArray SigV4Signer::sha256Hex(const QByteArray &data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex();
}

QByteArray SigV4Signer::signedHeaderNames(const SigV4Request &request) const
{
    std::map<QByteArray, bool> names;
    for (const auto &header : request.headers)
        names[header.first.toLower()] = true;
    QByteArray out;
    for (const auto &entry : names) {
        if (!out.isEmpty())
            out.append(';');
        out.append(entry.first);
    }
    return out;
}

QByteArray SigV4Signer::canonicalRequest(const SigV4Request &request) const
{
    // Same-name headers join with ',' in the order given (get-header-key-duplicate).
    std::map<QByteArray, QByteArray> headers;
    for (const auto &[name, value] : request.headers) {
        QByteArray &slot = headers[name.toLower()];
        if (!slot.isNull())
            slot.append(',');
        else
            slot = QByteArray("");
        slot.append(canonicalHeaderValue(value));
    }
    QByteArray out;
    out.append(request.method).append('\n');
    out.append(encodedPath(request.path)).append('\n');
    out.append(encodedQuery(request.query)).append('\n');
    for (const auto &[name, value] : headers)
        out.append(name).append(':').append(value).append('\n');
    out.append('\n');
    out.append(signedHeaderNames(request)).append('\n');
    out.append(request.payloadHash);
    return out;
}

QByteArray SigV4Signer::scope(const QDateTime &time) const
{
    return time.toUTC().toString(QStringLiteral("yyyyMMdd")).toLatin1() + '/' + m_region.toUtf8() +
           '/' + m_service.toUtf8() + "/aws4_request";
}

QByteArray SigV4Signer::stringToSign(const QDateTime &time,
                                     const QByteArray &canonicalRequest) const
{
    return "AWS4-HMAC-SHA256\n" + amzDate(time) + '\n' + scope(time) + '\n' +
           sha256Hex(canonicalRequest);
}

QByteArray SigV4Signer::signature(const SigV4Credentials &credentials, const QDateTime &time,
                                  const QByteArray &stringToSign) const
{
    const QByteArray date = time.toUTC().toString(QStringLiteral("yyyyMMdd")).toLatin1();
    QByteArray key = hmac("AWS4" + credentials.secretKey.toUtf8(), date);
    key = hmac(key, m_region.toUtf8());
    key = hmac(key, m_service.toUtf8());
    key = hmac(key, "aws4_request");
    return hmac(key, stringToSign).toHex();
}

QByteArray SigV4Signer::authorization(const SigV4Credentials &credentials, const QDateTime &time,
                                      const SigV4Request &request) const
{
    const QByteArray sts = stringToSign(time, canonicalRequest(request));
    return "AWS4-HMAC-SHA256 Credential=" + credentials.accessKey.toUtf8() + '/' + scope(time) +
           ", SignedHeaders=" + signedHeaderNames(request) +
           ", Signature=" + signature(credentials, time, sts);
}

} // namespace Dsp
