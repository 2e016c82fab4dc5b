#include "healthtypes.h"

#include "healthtr.h"

namespace Dsp {

QString serviceKey(ServiceId id)
{
    switch (id) {
    case ServiceId::Airbyte:
        return QStringLiteral("airbyte");
    case ServiceId::Minio:
        return QStringLiteral("minio");
    case ServiceId::Postgres:
        return QStringLiteral("postgres");
    case ServiceId::Dremio:
        return QStringLiteral("dremio");
    case ServiceId::Temporal:
        return QStringLiteral("temporal");
    }
    return {};
}

QString serviceDisplayName(ServiceId id)
{
    switch (id) {
    case ServiceId::Airbyte:
        return QStringLiteral("Airbyte");
    case ServiceId::Minio:
        return QStringLiteral("MinIO");
    case ServiceId::Postgres:
        return QStringLiteral("PostgreSQL");
    case ServiceId::Dremio:
        return QStringLiteral("Dremio");
    case ServiceId::Temporal:
        return QStringLiteral("Temporal");
    }
    return {};
}

QString healthStateKey(HealthState state)
{
    switch (state) {
    case HealthState::NotConfigured:
        return QStringLiteral("not_configured");
    case HealthState::Checking:
        return QStringLiteral("checking");
    case HealthState::Up:
        return QStringLiteral("up");
    case HealthState::Degraded:
        return QStringLiteral("degraded");
    case HealthState::Down:
        return QStringLiteral("down");
    }
    return {};
}

QString healthStateText(HealthState state)
{
    switch (state) {
    case HealthState::NotConfigured:
        return HealthTr::tr("Not configured");
    case HealthState::Checking:
        return HealthTr::tr("Checking");
    case HealthState::Up:
        return HealthTr::tr("Up");
    case HealthState::Degraded:
        return HealthTr::tr("Degraded");
    case HealthState::Down:
        return HealthTr::tr("Down");
    }
    return {};
}

QString probeCodeKey(ProbeCode code)
{
    switch (code) {
    case ProbeCode::Ok:
        return QStringLiteral("ok");
    case ProbeCode::NotConfigured:
        return QStringLiteral("not_configured");
    case ProbeCode::Refused:
        return QStringLiteral("refused");
    case ProbeCode::Timeout:
        return QStringLiteral("timeout");
    case ProbeCode::Dns:
        return QStringLiteral("dns");
    case ProbeCode::Tls:
        return QStringLiteral("tls");
    case ProbeCode::Auth:
        return QStringLiteral("auth");
    case ProbeCode::HttpStatus:
        return QStringLiteral("http_status");
    case ProbeCode::Protocol:
        return QStringLiteral("protocol");
    case ProbeCode::Network:
        return QStringLiteral("network");
    case ProbeCode::Unavailable:
        return QStringLiteral("unavailable");
    case ProbeCode::DegradedAuth:
        return QStringLiteral("degraded_auth");
    case ProbeCode::DegradedMissing:
        return QStringLiteral("degraded_missing");
    case ProbeCode::DegradedReadOnly:
        return QStringLiteral("degraded_read_only");
    case ProbeCode::DegradedProtocol:
        return QStringLiteral("degraded_protocol");
    case ProbeCode::DegradedError:
        return QStringLiteral("degraded_error");
    }
    return {};
}

QList<ProbeCode> allProbeCodes()
{
    QList<ProbeCode> codes;
    for (int c = int(ProbeCode::Ok); c <= int(ProbeCode::DegradedError); ++c)
        codes.append(ProbeCode(c));
    return codes;
}

ProbeCode probeCodeFor(const Error &error, HealthState state)
{
    if (state == HealthState::Degraded) {
        switch (error.kind) {
        case ErrorKind::Unauthorized:
        case ErrorKind::Forbidden:
            return ProbeCode::DegradedAuth;
        case ErrorKind::NotFound:
            return ProbeCode::DegradedMissing;
        case ErrorKind::InvalidResponse:
            return ProbeCode::DegradedProtocol;
        default:
            return ProbeCode::DegradedError;
        }
    }
    switch (error.kind) {
    case ErrorKind::Timeout:
        return ProbeCode::Timeout;
    case ErrorKind::Refused:
        return ProbeCode::Refused;
    case ErrorKind::HostNotFound:
        return ProbeCode::Dns;
    case ErrorKind::TlsFailed:
        return ProbeCode::Tls;
    case ErrorKind::Unauthorized:
    case ErrorKind::Forbidden:
        return ProbeCode::Auth;
    case ErrorKind::NotFound:
    case ErrorKind::Conflict:
    case ErrorKind::ServerError:
    case ErrorKind::InvalidInput:
    case ErrorKind::Unsupported:
        return ProbeCode::HttpStatus;
    case ErrorKind::InvalidResponse:
        return ProbeCode::Protocol;
    case ErrorKind::Unreachable:
    case ErrorKind::Cancelled:
    case ErrorKind::FileError:
        break;
    }
    return ProbeCode::Network;
}

QString sanitizedServerText(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        const QChar::Category category = c.category();
        if (u == '\n' || u == '\r' || u == '\t' || category == QChar::Separator_Line ||
            category == QChar::Separator_Paragraph)
            out.append(QLatin1Char(' '));
        else if (u < 0x20 || (u >= 0x7f && u < 0xa0) || category == QChar::Other_Format)
            out.append(QChar(0xfffd)); // controls, and bidi overrides that reorder what we show
        else
            out.append(c);
    }
    return out;
}

} // namespace Dsp
