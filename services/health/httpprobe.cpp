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
    req.service = serviceDisplayName(service());
    req.headers.emplaceBack("Accept", "application/json");
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

} // namespace Dsp
