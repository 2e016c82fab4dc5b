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

QString errorKindName(ErrorKind kind)
{
    switch (kind) {
    case ErrorKind::Timeout:
        return QStringLiteral("timeout");
    case ErrorKind::Unreachable:
        return QStringLiteral("unreachable");
    case ErrorKind::TlsFailed:
        return QStringLiteral("tls-failed");
    case ErrorKind::Unauthorized:
        return QStringLiteral("unauthorized");
    case ErrorKind::Forbidden:
        return QStringLiteral("forbidden");
    case ErrorKind::NotFound:
        return QStringLiteral("not-found");
    case ErrorKind::Conflict:
        return QStringLiteral("conflict");
    case ErrorKind::InvalidResponse:
        return QStringLiteral("invalid-response");
    case ErrorKind::ServerError:
        return QStringLiteral("server-error");
    case ErrorKind::Cancelled:
        return QStringLiteral("cancelled");
    }
    return QStringLiteral("unknown");
}

} // namespace Dsp
