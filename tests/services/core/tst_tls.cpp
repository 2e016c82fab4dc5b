#include "airbyte/airbyteprobe.h"
#include "core/httpclient.h"
#include "core/httprequesttask_p.h"
#include "core/tlsfiles.h"
#include "dremio/dremioprobe.h"
#include "s3/minioprobe.h"
#include "s3/s3client.h"

#include "testpki.h"

#include <QFile>
#include <QMap>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <memory>
#include <optional>

using namespace Dsp;
using namespace std::chrono_literals;

namespace {

// HTTPS on the IPv4 loopback with one certificate, answering fixed routes (the path without
// its query) and 404 elsewhere, one request per connection.
class HttpsServer : public QSslServer
{
public:
    struct Route
    {
        int status = 200;
        QByteArray contentType;
        QByteArray body;
    };

    bool start(const QString &certificateFile, const QString &keyFile)
    {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setLocalCertificateChain(QSslCertificate::fromPath(certificateFile));
        tls.setPrivateKey(QSslKey(Testing::readFile(keyFile), QSsl::Ec, QSsl::Pem));
        tls.setPeerVerifyMode(QSslSocket::VerifyNone);
        if (tls.localCertificate().isNull() || tls.privateKey().isNull())
            return false;
        setSslConfiguration(tls);
        connect(this, &QTcpServer::pendingConnectionAvailable, this, [this] {
            while (QTcpSocket *socket = nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] { serve(socket); });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
                serve(socket); // what arrived with the handshake
            }
        });
        return listen(QHostAddress::LocalHost);
    }

    void route(const QByteArray &path, Route route) { m_routes.insert(path, std::move(route)); }
    QUrl url() const { return QUrl(QStringLiteral("https://127.0.0.1:%1").arg(serverPort())); }
    int served() const { return m_served; }

private:
    void serve(QTcpSocket *socket)
    {
        QByteArray buffer = socket->property("buffer").toByteArray() + socket->readAll();
        socket->setProperty("buffer", buffer);
        const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
        if (headerEnd < 0 || socket->property("answered").toBool())
            return;
        qsizetype length = 0;
        for (const QByteArray &line : buffer.left(headerEnd).split('\n')) {
            if (line.toLower().startsWith("content-length:"))
                length = line.mid(15).trimmed().toLongLong();
        }
        if (buffer.size() < headerEnd + 4 + length)
            return;
        socket->setProperty("answered", true);
        ++m_served;
        const QByteArray target = buffer.left(buffer.indexOf("\r\n")).split(' ').value(1);
        const QByteArray path =
            target.left(target.indexOf('?') < 0 ? target.size() : target.indexOf('?'));
        const Route route = m_routes.value(path, Route{404, "text/plain", "no such route"});
        socket->write("HTTP/1.1 " + QByteArray::number(route.status) +
                      " X\r\nContent-Type: " + route.contentType +
                      "\r\nContent-Length: " + QByteArray::number(route.body.size()) +
                      "\r\nConnection: close\r\n\r\n" + route.body);
        socket->disconnectFromHost();
    }

    QMap<QByteArray, Route> m_routes;
    int m_served = 0;
};

std::optional<ProbeResult> check(HealthProbe *probe)
{
    QSignalSpy spy(probe, &HealthProbe::finished);
    probe->run();
    if (spy.isEmpty() && !spy.wait(int(probe->timeout().count()) + 5000))
        return std::nullopt;
    return spy.takeFirst().at(0).value<ProbeResult>();
}

QString describe(const ProbeResult &r)
{
    return QStringLiteral("%1/%2: %3 [%4]")
        .arg(healthStateKey(r.state), probeCodeKey(r.code), r.reason, r.details);
}

} // namespace

// HTTPS towards servers whose certificate a private CA signed: refused without that CA with a
// reason a user can act on, accepted with it, for plain requests and for every HTTP probe.
class TestTls : public QObject
{
    Q_OBJECT

    Testing::TestPki m_pki;

    static Result<HttpResponse> send(HttpClient &http, const QUrl &url,
                                     const QList<QSslCertificate> &cas)
    {
        HttpRequest request;
        request.url = url;
        request.timeout = 5s;
        request.caCertificates = cas;
        QObject context;
        std::optional<Result<HttpResponse>> got;
        http.send(request, &context, [&](const Result<HttpResponse> &r) { got = r; });
        if (!QTest::qWaitFor([&] { return got.has_value(); }, 10000))
            return Error::make(ErrorKind::Timeout, QStringLiteral("the test waited in vain"));
        return *got;
    }

    // One request with its own network manager (no connection reused from another test).
    static Result<HttpResponse> get(const QUrl &url, const QList<QSslCertificate> &cas = {})
    {
        QNetworkAccessManager network;
        HttpClient http(&network);
        return send(http, url, cas);
    }

    QList<QSslCertificate> testCa() const
    {
        const auto cas = loadCaCertificates(m_pki.path(QStringLiteral("ca.pem")));
        return cas ? cas.value() : QList<QSslCertificate>();
    }

    std::unique_ptr<HttpsServer> server(const QString &name) const
    {
        auto s = std::make_unique<HttpsServer>();
        if (!s->start(m_pki.path(name + QStringLiteral(".pem")),
                      m_pki.path(name + QStringLiteral(".key"))))
            return nullptr;
        s->route("/hello", {200, "text/plain", "hello over TLS"});
        return s;
    }

private slots:
    void initTestCase()
    {
        if (!QSslSocket::supportsSsl()) {
            QFAIL(qPrintable(QStringLiteral("Qt has no working TLS backend (backends: %1; "
                                            "Debian's is in libqt6network6, plugins/tls)")
                                 .arg(QSslSocket::availableBackends().join(QLatin1Char(' ')))));
        }
        QVERIFY2(m_pki.make(), qPrintable(m_pki.error()));
    }

    void loadsPemAndDerCaFiles_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("PEM") << QStringLiteral("ca.pem");
        QTest::newRow("DER") << QStringLiteral("ca.der");
    }
    void loadsPemAndDerCaFiles()
    {
        QFETCH(QString, file);
        const auto cas = loadCaCertificates(m_pki.path(file));
        QVERIFY2(cas, qPrintable(cas ? QString() : cas.error().message));
        QCOMPARE(cas.value().size(), 1);
        QCOMPARE(cas.value().first().subjectInfo(QSslCertificate::CommonName),
                 QStringList{QStringLiteral("DSP Test CA")});
    }

    void loadsABundle()
    {
        const QString bundle = m_pki.path(QStringLiteral("bundle.pem"));
        QFile out(bundle);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(Testing::readFile(m_pki.path(QStringLiteral("ca.pem"))) +
                  Testing::readFile(m_pki.path(QStringLiteral("server.pem"))));
        out.close();
        const auto cas = loadCaCertificates(bundle);
        QVERIFY2(cas, qPrintable(cas ? QString() : cas.error().message));
        QCOMPARE(cas.value().size(), 2);
    }

    void caFileErrorsNameTheFile_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QByteArray>("content"); // written unless "-"
        QTest::addColumn<QString>("message");    // %1: the path
        QTest::newRow("missing") << QStringLiteral("missing.pem") << QByteArray("-")
                                 << QStringLiteral("CA file %1 does not exist");
        QTest::newRow("empty") << QStringLiteral("empty.pem") << QByteArray(" \n")
                               << QStringLiteral("CA file %1 is empty");
        QTest::newRow("not a certificate")
            << QStringLiteral("notes.txt") << QByteArray("just some notes\n")
            << QStringLiteral("CA file %1 holds no certificate (PEM or DER expected)");
        QTest::newRow("a key, not a certificate")
            << QStringLiteral("server.key") << QByteArray("-")
            << QStringLiteral("CA file %1 holds no certificate (PEM or DER expected)");
        QTest::newRow("a folder") << QString() << QByteArray("-")
                                  << QStringLiteral("CA file %1 is a folder, not a file");
    }
    void caFileErrorsNameTheFile()
    {
        QFETCH(QString, file);
        QFETCH(QByteArray, content);
        QFETCH(QString, message);
        const QString path = file.isEmpty() ? m_pki.path(QStringLiteral(".")) : m_pki.path(file);
        if (content != "-") {
            QFile out(path);
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write(content);
        }
        const auto cas = loadCaCertificates(path);
        QVERIFY(!cas);
        QCOMPARE(cas.error().kind, ErrorKind::FileError);
        QCOMPARE(cas.error().message, message.arg(path));
    }

    void untrustedCertificateIsTlsFailed()
    {
        const auto s = server(QStringLiteral("server"));
        QVERIFY(s);
        const auto got = get(s->url().resolved(QUrl(QStringLiteral("/hello"))));
        QVERIFY(!got);
        QCOMPARE(got.error().kind, ErrorKind::TlsFailed);
        QCOMPARE(got.error().message,
                 QStringLiteral("TLS handshake with 127.0.0.1:%1 failed: its certificate is not "
                                "issued by a certificate authority this computer trusts (for a "
                                "private CA, give its CA file)")
                     .arg(s->serverPort()));
        QCOMPARE(s->served(), 0);
    }

    void trustedWithTheCaFile()
    {
        const auto s = server(QStringLiteral("server"));
        QVERIFY(s);
        const auto cas = testCa();
        QCOMPARE(cas.size(), 1);
        const auto got = get(s->url().resolved(QUrl(QStringLiteral("/hello"))), cas);
        QVERIFY2(got, qPrintable(got ? QString() : got.error().message));
        QCOMPARE(got.value().status, 200);
        QCOMPARE(got.value().body, QByteArray("hello over TLS"));
    }

    // Qt pools connections by host and port with the TLS settings of the first request: a
    // request that trusts a CA must not make another that does not trust it succeed.
    void requestsWithOtherCasDoNotShareConnections()
    {
        const auto s = server(QStringLiteral("server"));
        QVERIFY(s);
        const QUrl url = s->url().resolved(QUrl(QStringLiteral("/hello")));
        QNetworkAccessManager network;
        HttpClient http(&network);
        const auto trusted = send(http, url, testCa());
        QVERIFY2(trusted, qPrintable(trusted ? QString() : trusted.error().message));
        const auto untrusted = send(http, url, {});
        QVERIFY(!untrusted);
        QCOMPARE(untrusted.error().kind, ErrorKind::TlsFailed);
        const auto again = send(http, url, testCa());
        QVERIFY2(again, qPrintable(again ? QString() : again.error().message));
        QCOMPARE(again.value().status, 200);
    }

    // The CA is added to the system's, not put in their place: they still count.
    void systemAuthoritiesStillCount()
    {
        const QList<QSslCertificate> system = QSslConfiguration::systemCaCertificates();
        if (system.isEmpty())
            QSKIP("this system has no certificate authorities");
        const QList<QSslCertificate> trusted = tlsConfiguration(testCa()).caCertificates();
        QVERIFY(trusted.contains(testCa().first()));
        for (const QSslCertificate &ca : system)
            QVERIFY2(trusted.contains(ca), qPrintable(ca.subjectDisplayName()));
        // Without a CA of its own, a request keeps Qt's defaults (system roots on demand).
        QCOMPARE(tlsConfiguration({}), QSslConfiguration::defaultConfiguration());
    }

    void wrongHostNameIsTlsFailed()
    {
        const auto s = server(QStringLiteral("otherhost"));
        QVERIFY(s);
        const auto got = get(s->url().resolved(QUrl(QStringLiteral("/hello"))), testCa());
        QVERIFY(!got);
        QCOMPARE(got.error().kind, ErrorKind::TlsFailed);
        QCOMPARE(got.error().message,
                 QStringLiteral("TLS handshake with 127.0.0.1:%1 failed: its certificate is for "
                                "db.example, not for 127.0.0.1")
                     .arg(s->serverPort()));
    }

    void expiredCertificateIsTlsFailed()
    {
        const auto s = server(QStringLiteral("expired"));
        QVERIFY(s);
        const auto got = get(s->url().resolved(QUrl(QStringLiteral("/hello"))), testCa());
        QVERIFY(!got);
        QCOMPARE(got.error().kind, ErrorKind::TlsFailed);
        const auto expired = QSslCertificate::fromPath(m_pki.path(QStringLiteral("expired.pem")));
        QCOMPARE(expired.size(), 1);
        const QString expiry = expired.first().expiryDate().toUTC().date().toString(Qt::ISODate);
        QCOMPARE(got.error().message,
                 QStringLiteral("TLS handshake with 127.0.0.1:%1 failed: certificate \"expired\" "
                                "expired on %2")
                     .arg(s->serverPort())
                     .arg(expiry));
    }

    // Plain HTTP where HTTPS was asked for: no certificate to judge, the TLS layer's words.
    void plainHttpOnAnHttpsUrlIsTlsFailed()
    {
        QTcpServer plain;
        QVERIFY(plain.listen(QHostAddress::LocalHost));
        connect(&plain, &QTcpServer::newConnection, &plain, [&plain] {
            while (QTcpSocket *socket = plain.nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, socket, [socket] {
                    socket->readAll();
                    socket->write("HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n"
                                  "Connection: close\r\n\r\n");
                    socket->disconnectFromHost();
                });
            }
        });
        const auto got =
            get(QUrl(QStringLiteral("https://127.0.0.1:%1/").arg(plain.serverPort())), testCa());
        QVERIFY(!got);
        QCOMPARE(got.error().kind, ErrorKind::TlsFailed);
        const QString prefix =
            QStringLiteral("TLS handshake with 127.0.0.1:%1 failed (is it an HTTPS port?): ")
                .arg(plain.serverPort());
        QVERIFY2(got.error().message.startsWith(prefix) &&
                     got.error().message.size() > prefix.size(),
                 qPrintable(got.error().message));
    }

    void s3RequestsCarryTheCa()
    {
        S3Config config;
        config.endpoint = QUrl(QStringLiteral("https://127.0.0.1:9000"));
        S3Client client(nullptr, config);
        QVERIFY(client
                    .signedRequest("GET", QStringLiteral("b"), {}, {}, {}, {},
                                   QDateTime::currentDateTimeUtc())
                    .caCertificates.isEmpty());
        client.setCaCertificates(testCa());
        QCOMPARE(client
                     .signedRequest("GET", QStringLiteral("b"), {}, {}, {}, {},
                                    QDateTime::currentDateTimeUtc())
                     .caCertificates,
                 testCa());
    }

    // Every HTTP probe sends the CA with each of its requests: down (code tls) without it, up
    // with it. MinIO also lists its buckets with signed S3 requests, through their own client.
    void probesTrustTheirCa_data()
    {
        QTest::addColumn<QString>("service");
        QTest::newRow("Airbyte") << QStringLiteral("airbyte");
        QTest::newRow("Dremio") << QStringLiteral("dremio");
        QTest::newRow("MinIO") << QStringLiteral("minio");
    }
    void probesTrustTheirCa()
    {
        QFETCH(QString, service);
        const auto s = server(QStringLiteral("server"));
        QVERIFY(s);
        s->route("/api/v1/health", {200, "application/json", "{\"available\": true}"});
        s->route("/apiv2/server_status", {200, "application/json", "\"OK\""});
        s->route("/minio/health/live", {200, "text/plain", ""});
        s->route("/minio/health/cluster", {200, "text/plain", ""});
        s->route("/airbyte-logs", {200, "application/xml",
                                   "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                                   "<ListBucketResult><Name>airbyte-logs</Name>"
                                   "<IsTruncated>false</IsTruncated></ListBucketResult>"});

        QNetworkAccessManager network;
        HttpClient http(&network);
        const auto makeProbe = [&]() -> std::unique_ptr<HttpProbe> {
            if (service == QLatin1String("airbyte"))
                return std::make_unique<AirbyteProbe>(&http, s->url());
            if (service == QLatin1String("dremio"))
                return std::make_unique<DremioProbe>(&http, s->url(), QString(), QString());
            S3Config config;
            config.endpoint = s->url();
            config.credentials.accessKey = QStringLiteral("test-access-key");
            config.credentials.secretKey = QStringLiteral("test-secret-key");
            return std::make_unique<MinioProbe>(&http, config,
                                                QStringList{QStringLiteral("airbyte-logs")});
        };

        const auto untrusting = makeProbe();
        const auto refused = check(untrusting.get());
        QVERIFY(refused);
        QVERIFY2(refused->state == HealthState::Down, qPrintable(describe(*refused)));
        QCOMPARE(probeCodeKey(refused->code), QStringLiteral("tls"));
        QVERIFY2(refused->reason.contains(QLatin1String("not issued by a certificate authority")),
                 qPrintable(refused->reason));

        const auto trusting = makeProbe();
        trusting->setCaCertificates(testCa());
        const auto accepted = check(trusting.get());
        QVERIFY(accepted);
        QVERIFY2(accepted->state == HealthState::Up, qPrintable(describe(*accepted)));
        if (service == QLatin1String("minio")) {
            QVERIFY2(accepted->details.contains(QLatin1String("keys accepted")),
                     qPrintable(describe(*accepted)));
        }
    }
};

QTEST_GUILESS_MAIN(TestTls)
#include "tst_tls.moc"
