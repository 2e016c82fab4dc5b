#pragma once

#include <QHash>
#include <QObject>
#include <QPointer>

#include <functional>
#include <optional>

QT_BEGIN_NAMESPACE
class QTcpServer;
class QTcpSocket;
QT_END_NAMESPACE

namespace Dsp::Fakes {

struct FakeRequest
{
    QByteArray method;
    QByteArray path;
    QByteArray query;
    QHash<QByteArray, QByteArray> headers; // lower-case names
    QByteArray body;
};

struct FakeResponse
{
    int status = 200;
    QByteArray contentType = "application/json"; // empty: no Content-Type header
    QByteArray body;                             // not sent for 204 and 304, which have no body
    bool hang = false;                           // never answer this request (a route that hangs)
    QList<QPair<QByteArray, QByteArray>> headers = {}; // more headers (WWW-Authenticate...)
    // Close the connection instead of answering (the request was handled, its reply is lost).
    bool dropConnection = false;
};

// A small HTTP/1.1 server for in-process fakes, with the failure modes tests need: a
// listener that never answers, garbage instead of HTTP, an endless body. Can stop and start
// again on the same port. Test code only; GUI thread.
class FakeHttpServer : public QObject
{
    Q_OBJECT
public:
    enum class Mode { Normal, Hang, Garbage, EndlessBody };
    using Handler = std::function<FakeResponse(const FakeRequest &)>;
    // Sees every request before its route (even one with no route), as a proxy in front of
    // the server would; an answer it returns is sent instead of the route's.
    using Guard = std::function<std::optional<FakeResponse>(const FakeRequest &)>;

    explicit FakeHttpServer(QObject *parent = nullptr);
    ~FakeHttpServer() override;

    bool listen(quint16 port = 0);
    void close();
    bool isListening() const;
    quint16 port() const { return m_port; }

    void setMode(Mode mode) { m_mode = mode; }
    void route(const QByteArray &method, const QByteArray &path, Handler handler);
    void setGuard(Guard guard) { m_guard = std::move(guard); }
    // Answers requests that match no route; unset, they get a 404 with a small JSON body.
    void setFallback(Handler fallback) { m_fallback = std::move(fallback); }
    int requestCount() const { return m_requestCount; }
    // Client connections still open (a client that went away has closed its own).
    int openConnectionCount() const;

private:
    void onNewConnection();
    void onReadyRead(QTcpSocket *socket);
    void respond(QTcpSocket *socket, const FakeRequest &request);
    void streamEndlessly(QTcpSocket *socket);

    QTcpServer *m_server;
    quint16 m_port = 0;
    Mode m_mode = Mode::Normal;
    QHash<QByteArray, Handler> m_routes; // "GET /path"
    Guard m_guard;
    Handler m_fallback;
    QList<QPointer<QTcpSocket>> m_sockets;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    int m_requestCount = 0;
};

QByteArray jsonResponseBody(const QByteArray &json);

} // namespace Dsp::Fakes
