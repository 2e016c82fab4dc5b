#include "core/httpclient.h"

#include "fakehttpserver.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>

using namespace Dsp;
using namespace Dsp::Fakes;
using namespace std::chrono_literals;

// What every service client relies on: one callback per request, a total deadline, typed
// errors, a size cap, and silence once the caller is gone.
class TestHttpClient : public QObject
{
    Q_OBJECT

private:
    QNetworkAccessManager m_network;
    HttpClient m_http{&m_network};

    static HttpRequest get(quint16 port, const QByteArray &path = "/ok")
    {
        HttpRequest r;
        r.url =
            QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(port).arg(QString::fromLatin1(path)));
        r.timeout = 2s;
        return r;
    }

private slots:
    void returnsAnyHttpStatusAsAResponse()
    {
        FakeHttpServer server;
        server.route("GET", "/ok", [](const FakeRequest &) {
            return FakeResponse{503, "text/plain", "busy"};
        });
        QVERIFY(server.listen());
        QObject context;
        std::optional<Result<HttpResponse>> got;
        m_http.send(get(server.port()), &context, [&](const Result<HttpResponse> &r) { got = r; });
        QTRY_VERIFY(got.has_value());
        QVERIFY(got->hasValue());
        QCOMPARE(got->value().status, 503);
        QCOMPARE(got->value().body, QByteArray("busy"));
        QCOMPARE(got->value().header("CONTENT-TYPE"), QByteArray("text/plain"));
    }

    void reportsRefusedConnectionAsRefused()
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const quint16 port = probe.serverPort();
        probe.close(); // nothing listens there now
        QObject context;
        std::optional<Result<HttpResponse>> got;
        m_http.send(get(port), &context, [&](const Result<HttpResponse> &r) { got = r; });
        QTRY_VERIFY(got.has_value());
        QVERIFY(!got->hasValue());
        QCOMPARE(got->error().kind, ErrorKind::Refused);
        QCOMPARE(got->error().message,
                 QStringLiteral("connection refused on 127.0.0.1:%1").arg(port));
    }

    // setTransferTimeout only catches silence; a server that trickles one byte a second must
    // still end at the total deadline.
    void totalDeadlineHoldsAgainstATricklingServer()
    {
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost));
        QTimer trickle;
        QList<QTcpSocket *> sockets;
        connect(&server, &QTcpServer::newConnection, this, [&] {
            QTcpSocket *s = server.nextPendingConnection();
            s->write("HTTP/1.1 200 OK\r\nContent-Length: 100000\r\n\r\n");
            sockets.append(s);
        });
        connect(&trickle, &QTimer::timeout, this, [&] {
            for (QTcpSocket *s : std::as_const(sockets))
                s->write("x");
        });
        trickle.start(100);
        QObject context;
        std::optional<Result<HttpResponse>> got;
        HttpRequest req = get(server.serverPort());
        req.timeout = 700ms;
        m_http.send(req, &context, [&](const Result<HttpResponse> &r) { got = r; });
        QTRY_VERIFY_WITH_TIMEOUT(got.has_value(), 5000);
        QVERIFY(!got->hasValue());
        QCOMPARE(got->error().kind, ErrorKind::Timeout);
        QCOMPARE(got->error().message, QStringLiteral("timed out after 700 ms"));
    }

    void cancelCompletesWithCancelled()
    {
        FakeHttpServer hang;
        hang.setMode(FakeHttpServer::Mode::Hang);
        QVERIFY(hang.listen());
        QObject context;
        int calls = 0;
        std::optional<Result<HttpResponse>> got;
        RequestHandle handle =
            m_http.send(get(hang.port()), &context, [&](const Result<HttpResponse> &r) {
                ++calls;
                got = r;
            });
        QTRY_COMPARE(hang.requestCount(), 1);
        QVERIFY(handle.isRunning());
        handle.cancel();
        QTRY_VERIFY(got.has_value());
        QCOMPARE(got->error().kind, ErrorKind::Cancelled);
        QTest::qWait(50);
        QCOMPARE(calls, 1);
        QVERIFY(!handle.isRunning());
        handle.cancel(); // harmless once ended
    }

    // The network manager may go first (an application torn down mid-round): the request
    // ends with Cancelled, once, and destroying its context afterwards touches nothing freed.
    void networkManagerDestroyedMidRequestEndsItCleanly()
    {
        FakeHttpServer hang;
        hang.setMode(FakeHttpServer::Mode::Hang);
        QVERIFY(hang.listen());
        auto network = std::make_unique<QNetworkAccessManager>();
        HttpClient http(network.get());
        auto context = std::make_unique<QObject>();
        int calls = 0;
        std::optional<Result<HttpResponse>> got;
        RequestHandle handle =
            http.send(get(hang.port()), context.get(), [&](const Result<HttpResponse> &r) {
                ++calls;
                got = r;
            });
        QTRY_COMPARE(hang.requestCount(), 1);
        network.reset();
        QTRY_VERIFY(got.has_value());
        QCOMPARE(got->error().kind, ErrorKind::Cancelled);
        QTest::qWait(50);
        QCOMPARE(calls, 1);
        context.reset();
        QVERIFY(!handle.isRunning());
    }

    // Same order, but the context dies before the event loop runs: no callback, no crash.
    void networkManagerThenContextDestroyedGivesNoCallback()
    {
        FakeHttpServer hang;
        hang.setMode(FakeHttpServer::Mode::Hang);
        QVERIFY(hang.listen());
        auto network = std::make_unique<QNetworkAccessManager>();
        HttpClient http(network.get());
        auto context = std::make_unique<QObject>();
        int calls = 0;
        http.send(get(hang.port()), context.get(), [&](const Result<HttpResponse> &) { ++calls; });
        QTRY_COMPARE(hang.requestCount(), 1);
        network.reset();
        context.reset();
        QTest::qWait(50);
        QCOMPARE(calls, 0);
    }

    void destroyingTheContextAbortsWithoutCallback()
    {
        FakeHttpServer hang;
        hang.setMode(FakeHttpServer::Mode::Hang);
        QVERIFY(hang.listen());
        int calls = 0;
        auto context = std::make_unique<QObject>();
        RequestHandle handle = m_http.send(get(hang.port()), context.get(),
                                           [&](const Result<HttpResponse> &) { ++calls; });
        QTRY_COMPARE(hang.requestCount(), 1);
        context.reset();
        QVERIFY(!handle.isRunning());
        QTest::qWait(100);
        QCOMPARE(calls, 0);
    }

    void cutsOffAResponseLargerThanTheCap()
    {
        FakeHttpServer endless;
        endless.setMode(FakeHttpServer::Mode::EndlessBody);
        QVERIFY(endless.listen());
        QObject context;
        std::optional<Result<HttpResponse>> got;
        HttpRequest req = get(endless.port());
        req.maxResponseBytes = 1024 * 1024;
        m_http.send(req, &context, [&](const Result<HttpResponse> &r) { got = r; });
        QTRY_VERIFY(got.has_value());
        QVERIFY(!got->hasValue());
        QCOMPARE(got->error().kind, ErrorKind::InvalidResponse);
        QVERIFY2(got->error().message.contains(QLatin1String("larger than 1 MiB")),
                 qPrintable(got->error().message));
    }

    void sendsMethodHeadersAndBody()
    {
        FakeHttpServer server;
        FakeRequest seen;
        server.route("POST", "/echo", [&](const FakeRequest &r) {
            seen = r;
            return FakeResponse{201, "application/json", "{}"};
        });
        QVERIFY(server.listen());
        QObject context;
        std::optional<Result<HttpResponse>> got;
        HttpRequest req = get(server.port(), "/echo");
        req.method = "POST";
        req.headers.emplaceBack("X-Test", "1");
        req.body = R"({"a":1})";
        m_http.send(req, &context, [&](const Result<HttpResponse> &r) { got = r; });
        QTRY_VERIFY(got.has_value());
        QCOMPARE(got->value().status, 201);
        QCOMPARE(seen.headers.value("x-test"), QByteArray("1"));
        QCOMPARE(seen.body, QByteArray(R"({"a":1})"));
    }

    // Qt 6.4 sends a request again by itself when the connection closes before any answer. A
    // request that is not idempotent (a create) goes out once and fails instead; answered, it
    // works as any other, its body whole.
    void aRequestThatIsNotIdempotentIsNeverSentTwice()
    {
        FakeHttpServer server;
        QList<QByteArray> bodies;
        server.route("POST", "/create", [&](const FakeRequest &r) {
            bodies.append(r.body);
            FakeResponse answer{200, "application/json", R"({"id":"s-1"})"};
            answer.dropConnection = bodies.size() == 1; // handled, its reply lost
            return answer;
        });
        QVERIFY(server.listen());
        HttpRequest req = get(server.port(), "/create");
        req.method = "POST";
        req.headers.emplaceBack("Content-Type", "application/json");
        req.body = R"({"name":"business_db"})";
        req.idempotent = false;
        QObject context;
        std::optional<Result<HttpResponse>> lost;
        m_http.send(req, &context, [&](const Result<HttpResponse> &r) { lost = r; });
        QTRY_VERIFY(lost.has_value());
        QCOMPARE(bodies.size(), 1);
        QVERIFY(!lost->hasValue());
        QCOMPARE(lost->error().kind, ErrorKind::InvalidResponse);
        QVERIFY2(lost->error().message.contains(QLatin1String("closed the connection")),
                 qPrintable(lost->error().message));

        std::optional<Result<HttpResponse>> answered;
        m_http.send(req, &context, [&](const Result<HttpResponse> &r) { answered = r; });
        QTRY_VERIFY(answered.has_value());
        QVERIFY(answered->hasValue());
        QCOMPARE(answered->value().body, QByteArray(R"({"id":"s-1"})"));
        QCOMPARE(bodies, (QList<QByteArray>{req.body, req.body}));
    }
};

QTEST_GUILESS_MAIN(TestHttpClient)
#include "tst_httpclient.moc"
