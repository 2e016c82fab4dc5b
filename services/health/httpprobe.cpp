#include "httpprobe.h"

#include "core/httpclient.h"
#include "healthtr.h"

namespace Dsp {

HttpProbe::HttpProbe(ServiceId service, HttpClient *http, const QUrl &baseUrl, QObject *parent)
    : HealthProbe(service, parent)
    , m_http(http)
    , m_baseUrl(baseUrl)
{}

bool HttpProbe::isConfigured() const
{
    return m_baseUrl.isValid() && !m_baseUrl.host().isEmpty();
}

void HttpProbe::setCaCertificates(const QList<QSslCertificate> &certificates)
{
    m_caCertificates = certificates;
}

QUrl HttpProbe::endpoint(const QString &path) const
{
    QUrl url = m_baseUrl;
    QString base = url.path();
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    url.setPath(base + path);
    return url;
}

HttpRequest HttpProbe::request(const QUrl &url, const QByteArray &method) const
{
    HttpRequest req;
    req.method = method;
    req.url = url;
    req.timeout = remaining();
    req.maxResponseBytes = 256 * 1024; // health answers are tiny; a flood is an error
    req.service = displayName();
    req.headers.emplaceBack("Accept", "application/json");
    req.caCertificates = m_caCertificates;
    return req;
}

QString HttpProbe::statusReason(const HttpResponse &response, const QString &path)
{
    QString reason = HealthTr::tr("HTTP %1 from %2").arg(response.status).arg(path);
    const QString firstLine =
        QString::fromUtf8(response.body.left(200)).section(QLatin1Char('\n'), 0, 0).trimmed();
    if (!firstLine.isEmpty() && !firstLine.startsWith(QLatin1Char('<')))
        reason += QStringLiteral(": ") + firstLine;
    return reason;
}

void HttpProbe::failWithStatus(const HttpResponse &response, const QString &path, HealthState state)
{
    ErrorKind kind = ErrorKind::ServerError;
    if (response.status == 401)
        kind = ErrorKind::Unauthorized;
    else if (response.status == 403)
        kind = ErrorKind::Forbidden;
    else if (response.status == 404)
        kind = ErrorKind::NotFound;
    Error e = Error::make(kind, statusReason(response, path));
    e.httpStatus = response.status;
    e.service = displayName();
    ProbeCode code = probeCodeFor(e, state);
    if (kind == ErrorKind::NotFound)
        code = state == HealthState::Down ? ProbeCode::HttpStatus : ProbeCode::DegradedError;
    fail(e, state, code);
}

void HttpProbe::failWithProtocol(const QString &reason, HealthState state)
{
    fail(Error::make(ErrorKind::InvalidResponse, reason), state);
}

} // namespace Dsp
