#include "networkmessages.h"

#include "coretr.h"
#include "durationtext.h"

namespace Dsp::NetworkMessages {

QString endpointText(const QString &host, int port)
{
    const bool ipv6 = host.contains(QLatin1Char(':')) && !host.startsWith(QLatin1Char('['));
    return ipv6 ? QStringLiteral("[%1]:%2").arg(host).arg(port)
                : QStringLiteral("%1:%2").arg(host).arg(port);
}

QString endpointText(const QUrl &url)
{
    return endpointText(url.host(), url.port(url.scheme() == QLatin1String("https") ? 443 : 80));
}

QString connectionRefused(const QString &target)
{
    return CoreTr::tr("connection refused on %1").arg(target);
}

QString hostNotFound(const QString &host)
{
    return CoreTr::tr("host not found: %1").arg(host);
}

QString timedOut(std::chrono::milliseconds after)
{
    return CoreTr::tr("timed out after %1").arg(durationText(after));
}

QString networkError(const QString &target, const QString &detail)
{
    return CoreTr::tr("network error talking to %1: %2").arg(target, detail);
}

Error socketError(QAbstractSocket::SocketError error, const QString &host, int port,
                  const QString &errorString, std::chrono::milliseconds timeout)
{
    const QString endpoint = endpointText(host, port);
    switch (error) {
    case QAbstractSocket::ConnectionRefusedError:
        return Error::make(ErrorKind::Refused, connectionRefused(endpoint), errorString);
    case QAbstractSocket::HostNotFoundError:
        return Error::make(ErrorKind::HostNotFound, hostNotFound(host), errorString);
    case QAbstractSocket::SocketTimeoutError:
        return Error::make(ErrorKind::Timeout, timedOut(timeout), errorString);
    default:
        return Error::make(ErrorKind::Unreachable, networkError(endpoint, errorString),
                           errorString);
    }
}

} // namespace Dsp::NetworkMessages
