#include "temporalprobe.h"

#include "core/httpclient.h"
#include "core/networkmessages.h"
#include "health/healthtr.h"

#include <QTcpSocket>

#include <memory>

namespace Dsp {

namespace {
const QString CheckPath = QStringLiteral("/grpc.health.v1.Health/Check");
const QString SystemInfoPath =
    QStringLiteral("/temporal.api.workflowservice.v1.WorkflowService/GetSystemInfo");

QString grpcStatusName(int code)
{
    static const char *names[] = {"OK",
                                  "CANCELLED",
                                  "UNKNOWN",
                                  "INVALID_ARGUMENT",
                                  "DEADLINE_EXCEEDED",
                                  "NOT_FOUND",
                                  "ALREADY_EXISTS",
                                  "PERMISSION_DENIED",
                                  "RESOURCE_EXHAUSTED",
                                  "FAILED_PRECONDITION",
                                  "ABORTED",
                                  "OUT_OF_RANGE",
                                  "UNIMPLEMENTED",
                                  "INTERNAL",
                                  "UNAVAILABLE",
                                  "DATA_LOSS",
                                  "UNAUTHENTICATED"};
    if (code >= 0 && code < int(std::size(names)))
        return QString::fromLatin1(names[code]);
    return QString::number(code);
}
QUrl grpcBaseUrl(const QString &host, int port)
{
    if (host.isEmpty() || port <= 0)
        return {};
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(host);
    url.setPort(port);
    return url;
}
} // namespace

TemporalProbe::TemporalProbe(HttpClient *http, const QString &host, int port, QObject *parent)
    : HttpProbe(ServiceId::Temporal, http, grpcBaseUrl(host, port), parent)
    , m_host(host)
    , m_port(port)
{}

QByteArray TemporalProbe::healthCheckRequestFrame()
{
    // Uncompressed flag, 4-byte big-endian length 0, empty HealthCheckRequest (service "").
    return QByteArray(5, '\0');
}

int TemporalProbe::parseHealthCheckResponse(const QByteArray &body)
{
    if (body.size() < 5 || body.at(0) != 0)
        return -1;
    const auto *b = reinterpret_cast<const unsigned char *>(body.constData());
    const quint32 length =
        (quint32(b[1]) << 24) | (quint32(b[2]) << 16) | (quint32(b[3]) << 8) | quint32(b[4]);
    if (qsizetype(length) != body.size() - 5)
        return -1;
    if (length == 0)
        return 0; // every field at its default: UNKNOWN
    // HealthCheckResponse { ServingStatus status = 1; }: tag 0x08 then a one-byte varint.
    if (length >= 2 && b[5] == 0x08 && b[6] < 0x80)
        return b[6];
    return -1;
}

QString TemporalProbe::target() const
{
    return NetworkMessages::endpointText(m_host, m_port);
}

void TemporalProbe::start()
{
    checkHttp2Preface();
}

void TemporalProbe::checkHttp2Preface()
{
    auto socket = ownForRun(new QTcpSocket);
    auto received = std::make_shared<QByteArray>();
    connect(socket, &QTcpSocket::connected, socket, [socket] {
        // Client preface, then an empty SETTINGS frame (length 0, type 4, flags 0, stream 0).
        socket->write(QByteArray("PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n") +
                      QByteArray("\x00\x00\x00\x04\x00\x00\x00\x00\x00", 9));
    });
    connect(socket, &QTcpSocket::readyRead, this, [this, socket, received] {
        *received += socket->readAll();
        if (received->startsWith("HTTP/")) {
            finish(HealthState::Degraded, ProbeCode::DegradedProtocol,
                   HealthTr::tr("port open, gRPC health not verified: %1 answers HTTP/1, not "
                                "HTTP/2")
                       .arg(target()));
            return;
        }
        if (received->size() < 9)
            return;
        // A server's first frame must be SETTINGS (type 4) on stream 0.
        if (received->at(3) != 0x04) {
            finish(HealthState::Degraded, ProbeCode::DegradedProtocol,
                   HealthTr::tr("port open, gRPC health not verified: %1 does not speak HTTP/2")
                       .arg(target()));
            return;
        }
        socket->disconnect(this); // the preface did its job; the check goes on without it
        socket->abort();
        checkGrpcHealth();
    });
    connect(socket, &QTcpSocket::errorOccurred, this,
            [this, socket](QAbstractSocket::SocketError error) {
                if (error == QAbstractSocket::RemoteHostClosedError) {
                    finish(HealthState::Degraded, ProbeCode::DegradedProtocol,
                           HealthTr::tr("port open, gRPC health not verified: %1 closed the "
                                        "connection without an HTTP/2 answer")
                               .arg(target()));
                    return;
                }
                fail(NetworkMessages::socketError(error, m_host, m_port, socket->errorString(),
                                                  timeout()));
            });
    socket->connectToHost(m_host, quint16(m_port));
}

HttpRequest TemporalProbe::grpcRequest(const QString &path) const
{
    HttpRequest req = request(endpoint(path), "POST");
    req.headers = {{"content-type", "application/grpc"}, {"te", "trailers"}};
    req.body = healthCheckRequestFrame(); // an empty message: the same frame for both calls
    req.http2Direct = true;
    return req;
}

void TemporalProbe::checkGrpcHealth()
{
    http()->send(grpcRequest(CheckPath), runContext(), [this](const Result<HttpResponse> &r) {
        if (!r) {
            const Error &e = r.error();
            // The TCP connection was made but no gRPC came back: the port is open, no more.
            if (e.kind == ErrorKind::InvalidResponse) {
                Error open = e;
                open.message =
                    HealthTr::tr("port open, gRPC health not verified: %1").arg(e.message);
                fail(open, HealthState::Degraded, ProbeCode::DegradedProtocol);
            } else {
                fail(e);
            }
            return;
        }
        const HttpResponse &resp = r.value();
        if (!resp.http2 || resp.status != 200 ||
            !resp.header("content-type").startsWith("application/grpc")) {
            finish(HealthState::Degraded, ProbeCode::DegradedProtocol,
                   HealthTr::tr("port open, gRPC health not verified: HTTP %1 %2 is not a gRPC "
                                "answer")
                       .arg(resp.status)
                       .arg(resp.http2 ? QStringLiteral("(HTTP/2)") : QStringLiteral("(HTTP/1)")));
            return;
        }
        const QByteArray grpcStatus = resp.header("grpc-status");
        if (!grpcStatus.isEmpty() && grpcStatus != "0") {
            const int code = grpcStatus.toInt();
            const QString message =
                QString::fromUtf8(QByteArray::fromPercentEncoding(resp.header("grpc-message")));
            const QString what = message.isEmpty()
                                     ? grpcStatusName(code)
                                     : QStringLiteral("%1: %2").arg(grpcStatusName(code), message);
            // UNIMPLEMENTED: a gRPC server without the health service.
            if (code == 12)
                finish(HealthState::Degraded, ProbeCode::DegradedProtocol,
                       HealthTr::tr("gRPC health check failed (%1)").arg(what));
            else
                finish(HealthState::Down, ProbeCode::Unavailable,
                       HealthTr::tr("gRPC health check failed (%1)").arg(what));
            return;
        }
        switch (parseHealthCheckResponse(resp.body)) {
        case 1:
            // The verdict is Up; the version is a bonus with its own budget.
            beginOptionalLookup(HealthState::Up, ProbeCode::Ok);
            readServerVersion();
            return;
        case 2:
            finish(HealthState::Down, ProbeCode::Unavailable,
                   HealthTr::tr("gRPC health: NOT_SERVING"));
            return;
        case 3:
            finish(HealthState::Degraded, ProbeCode::DegradedProtocol,
                   HealthTr::tr("gRPC health: SERVICE_UNKNOWN"));
            return;
        case 0:
            finish(HealthState::Degraded, ProbeCode::DegradedProtocol,
                   HealthTr::tr("gRPC health: UNKNOWN"));
            return;
        default:
            finish(HealthState::Degraded, ProbeCode::DegradedProtocol,
                   HealthTr::tr("port open, gRPC health not verified: malformed reply"));
            return;
        }
    });
}

void TemporalProbe::readServerVersion()
{
    // The health API has no version; Temporal's WorkflowService.GetSystemInfo does. Anything
    // wrong here leaves the service Up, with the reason the version is unknown.
    http()->send(grpcRequest(SystemInfoPath), runContext(), [this](const Result<HttpResponse> &r) {
        if (!r) {
            finishOptionalLookup({}, r.error().message);
            return;
        }
        const QByteArray grpcStatus = r.value().header("grpc-status");
        if (r.value().status != 200 || grpcStatus != "0") {
            const int code = grpcStatus.isEmpty() ? -1 : grpcStatus.toInt();
            finishOptionalLookup(
                {}, code < 0 ? HealthTr::tr("HTTP %1 from GetSystemInfo").arg(r.value().status)
                             : HealthTr::tr("GetSystemInfo answered %1").arg(grpcStatusName(code)));
            return;
        }
        finishOptionalLookup(parseSystemInfoVersion(r.value().body),
                             HealthTr::tr("no server_version in GetSystemInfo"));
    });
}

QString TemporalProbe::parseSystemInfoVersion(const QByteArray &body)
{
    // gRPC frame, then GetSystemInfoResponse { string server_version = 1; ... }.
    if (body.size() < 5 || body.at(0) != 0)
        return {};
    const auto *b = reinterpret_cast<const unsigned char *>(body.constData());
    const qsizetype end = body.size();
    qsizetype at = 5;
    auto varint = [&](quint64 *out) {
        *out = 0;
        for (int shift = 0; at < end && shift < 64; shift += 7) {
            const unsigned char c = b[at++];
            *out |= quint64(c & 0x7F) << shift;
            if (!(c & 0x80))
                return true;
        }
        return false;
    };
    while (at < end) {
        quint64 key = 0;
        if (!varint(&key))
            return {};
        const int field = int(key >> 3);
        switch (key & 7) {
        case 0: {
            quint64 ignored = 0;
            if (!varint(&ignored))
                return {};
            break;
        }
        case 1:
            at += 8;
            break;
        case 5:
            at += 4;
            break;
        case 2: {
            quint64 length = 0;
            if (!varint(&length) || length > quint64(end - at))
                return {};
            if (field == 1)
                return QString::fromUtf8(body.mid(at, qsizetype(length)));
            at += qsizetype(length);
            break;
        }
        default:
            return {};
        }
    }
    return {};
}

} // namespace Dsp
