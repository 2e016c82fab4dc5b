#include "error.h"

namespace Dsp {

Error Error::make(ErrorKind kind, QString message, QString detail)
{
    Error e;
    e.kind = kind;
    e.message = std::move(message);
    e.detail = std::move(detail);
    return e;
}

QString errorKindKey(ErrorKind kind)
{
    switch (kind) {
    case ErrorKind::Timeout:
        return QStringLiteral("timeout");
    case ErrorKind::Refused:
        return QStringLiteral("refused");
    case ErrorKind::HostNotFound:
        return QStringLiteral("dns");
    case ErrorKind::Unreachable:
        return QStringLiteral("network");
    case ErrorKind::TlsFailed:
        return QStringLiteral("tls");
    case ErrorKind::Unauthorized:
        return QStringLiteral("unauthorized");
    case ErrorKind::Forbidden:
        return QStringLiteral("forbidden");
    case ErrorKind::NotFound:
        return QStringLiteral("not_found");
    case ErrorKind::Conflict:
        return QStringLiteral("conflict");
    case ErrorKind::InvalidResponse:
        return QStringLiteral("protocol");
    case ErrorKind::ServerError:
        return QStringLiteral("server_error");
    case ErrorKind::Cancelled:
        return QStringLiteral("cancelled");
    }
    return {};
}

} // namespace Dsp
