#include "fakehttpserver.h"

#include <QRandomGenerator>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

namespace Dsp::Fakes {

FakeHttpServer::FakeHttpServer(QObject *parent)
    : QObject(parent)
    , m_server(new QTcpServer(this))
{
    connect(m_server, &QTcpServer::newConnection, this, &FakeHttpServer::onNewConnection);
}

FakeHttpServer::~FakeHttpServer()
{
    close();
}

bool FakeHttpServer::listen(quint16 port)
{
    if (m_server->isListening())
        return true;
    if (port || m_port)
        return m_server->listen(QHostAddress::LocalHost, port ? port : m_port) &&
               (m_port = m_server->serverPort());
    // First start: a port below the kernel's ephemeral range (32768+), so that no outgoing
    // connection can take it while the fake is stopped and it can start again on it.
    for (int attempt = 0; attempt < 200; ++attempt) {
        const auto candidate = quint16(15000 + QRandomGenerator::global()->bounded(15000));
        if (m_server->listen(QHostAddress::LocalHost, candidate)) {
            m_port = candidate;
            return true;
        }
    }
    return false;
}

void FakeHttpServer::close()
{
    m_server->close();
    for (const auto &socket : std::as_const(m_sockets)) {
        if (socket)
            socket->abort();
    }
    m_sockets.clear();
    m_buffers.clear();
}

bool FakeHttpServer::isListening() const
{
    return m_server->isListening();
}

void FakeHttpServer::route(const QByteArray &method, const QByteArray &path, Handler handler)
{
    m_routes.insert(method + ' ' + path, std::move(handler));
}

int FakeHttpServer::openConnectionCount() const
{
    int open = 0;
    for (const QPointer<QTcpSocket> &socket : m_sockets)
        open += socket && socket->state() == QAbstractSocket::ConnectedState ? 1 : 0;
    return open;
}

void FakeHttpServer::onNewConnection()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        m_sockets.append(socket);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            m_buffers.remove(socket);
            socket->deleteLater();
        });
    }
}

void FakeHttpServer::onReadyRead(QTcpSocket *socket)
{
    QByteArray &buffer = m_buffers[socket];
    buffer += socket->readAll(); // in Hang mode: parsed and counted, never answered
    if (m_mode == Mode::Garbage) {
        // Whatever the client speaks (HTTP, PostgreSQL's startup packet...), garbage back.
        ++m_requestCount;
        respond(socket, {});
        return;
    }
    for (;;) {
        const int headerEnd = buffer.indexOf("\r\n\r\n");
        if (headerEnd < 0)
            return;
        const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
        FakeRequest request;
        const QList<QByteArray> requestLine = lines.first().trimmed().split(' ');
        request.method = requestLine.value(0);
        const QByteArray target = requestLine.value(1);
        const int q = target.indexOf('?');
        request.path = q < 0 ? target : target.left(q);
        request.query = q < 0 ? QByteArray() : target.mid(q + 1);
        for (int i = 1; i < lines.size(); ++i) {
            const int colon = lines.at(i).indexOf(':');
            if (colon > 0)
                request.headers.insert(lines.at(i).left(colon).trimmed().toLower(),
                                       lines.at(i).mid(colon + 1).trimmed());
        }
        const int length = request.headers.value("content-length").toInt();
        if (buffer.size() < headerEnd + 4 + length)
            return;
        request.body = buffer.mid(headerEnd + 4, length);
        buffer.remove(0, headerEnd + 4 + length);
        ++m_requestCount;
        respond(socket, request);
        if (m_mode != Mode::Normal)
            return;
    }
}

void FakeHttpServer::respond(QTcpSocket *socket, const FakeRequest &request)
{
    switch (m_mode) {
    case Mode::Hang:
        return;
    case Mode::Garbage:
        socket->write(QByteArray("\x16\x03\x01 this is not HTTP \x00\xff\xfe garbage\r\n\r\n", 36));
        socket->disconnectFromHost();
        return;
    case Mode::EndlessBody:
        socket->write(
            "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nConnection: close\r\n\r\n"
            "{\"available\": true, \"padding\": \"");
        streamEndlessly(socket);
        return;
    case Mode::Normal:
        break;
    }
    const Handler handler = m_routes.value(request.method + ' ' + request.path);
    FakeResponse response;
    std::optional<FakeResponse> guarded = m_guard ? m_guard(request) : std::nullopt;
    if (guarded) {
        response = *guarded;
    } else if (handler) {
        response = handler(request);
    } else if (m_fallback) {
        response = m_fallback(request);
    } else {
        response.status = 404;
        response.body = R"({"message":"Object not found.","exceptionClassName":"NotFound"})";
    }
    if (response.hang)
        return; // the connection stays open, the answer never comes
    if (response.dropConnection) {
        // Later: closing now would emit disconnected() (which forgets the socket's buffer)
        // while onReadyRead() still reads that buffer.
        QTimer::singleShot(0, socket, [socket] { socket->disconnectFromHost(); });
        return;
    }
    QByteArray out = "HTTP/1.1 " + QByteArray::number(response.status) + " Fake\r\n";
    if (response.status == 204 || response.status == 304) {
        // No body, and no Content-Length either (RFC 9110, 8.6).
        out += "\r\n";
        socket->write(out);
        return;
    }
    if (!response.contentType.isEmpty())
        out += "Content-Type: " + response.contentType + "\r\n";
    for (const auto &[name, value] : std::as_const(response.headers))
        out += name + ": " + value + "\r\n";
    out += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
    out += "\r\n" + response.body;
    socket->write(out);
}

void FakeHttpServer::streamEndlessly(QTcpSocket *socket)
{
    // Bounded all the same (256 MiB), so a broken client cannot make a test run forever.
    auto timer = new QTimer(socket);
    auto sent = std::make_shared<qint64>(0);
    const QByteArray chunk(64 * 1024, 'x');
    connect(timer, &QTimer::timeout, socket, [socket, timer, sent, chunk] {
        if (socket->state() != QAbstractSocket::ConnectedState || *sent > (256 << 20)) {
            timer->stop();
            socket->disconnectFromHost();
            return;
        }
        if (socket->bytesToWrite() < 4 * chunk.size()) {
            socket->write(chunk);
            *sent += chunk.size();
        }
    });
    timer->start(1);
}

} // namespace Dsp::Fakes
