#include "s3/s3client.h"

#include <QNetworkAccessManager>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace Dsp;
using namespace std::chrono_literals;

// S3 requests over IPv6: a bracketed literal must survive into the URL and the signed Host
// header (QUrl::host() drops the brackets).
class TestS3Client : public QObject
{
    Q_OBJECT

private:
    static S3Config config(const QUrl &endpoint)
    {
        S3Config c;
        c.endpoint = endpoint;
        c.credentials.accessKey = QStringLiteral("AKIDEXAMPLE");
        c.credentials.secretKey = QStringLiteral("wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY");
        return c;
    }

private slots:
    void signsIpv6EndpointsWithBrackets()
    {
        S3Client client(nullptr, config(QUrl(QStringLiteral("http://[::1]:9000"))));
        const HttpRequest r = client.signedRequest("GET", QStringLiteral("airbyte-logs"), {}, {},
                                                   {}, {}, QDateTime::currentDateTimeUtc());
        QVERIFY2(r.url.isValid(), qPrintable(r.url.errorString()));
        QCOMPARE(r.url.host(), QStringLiteral("::1"));
        QCOMPARE(r.url.port(), 9000);
        QCOMPARE(r.url.path(), QStringLiteral("/airbyte-logs"));
    }

    // End to end on the IPv6 loopback: the request arrives, with the Host header that was
    // signed ("[::1]:port"), so a SigV4-checking server accepts it.
    void reachesAnIpv6ServerWithTheSignedHost()
    {
        QTcpServer server;
        if (!server.listen(QHostAddress::LocalHostIPv6))
            QSKIP("no IPv6 loopback on this machine");
        QByteArray received;
        connect(&server, &QTcpServer::newConnection, this, [&] {
            QTcpSocket *socket = server.nextPendingConnection();
            connect(socket, &QTcpSocket::readyRead, socket, [&, socket] {
                received += socket->readAll();
                if (!received.contains("\r\n\r\n"))
                    return;
                const QByteArray body = "<?xml version=\"1.0\"?><ListBucketResult>"
                                        "<IsTruncated>false</IsTruncated></ListBucketResult>";
                socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/xml\r\n"
                              "Content-Length: " +
                              QByteArray::number(body.size()) + "\r\n\r\n" + body);
            });
        });
        QNetworkAccessManager network;
        HttpClient http(&network);
        const QUrl endpoint(QStringLiteral("http://[::1]:%1").arg(server.serverPort()));
        S3Client client(&http, config(endpoint));
        client.setTimeout(5s);
        std::optional<Result<S3ObjectList>> got;
        QObject context;
        S3ListOptions options;
        options.maxKeys = 0;
        client.listObjects(QStringLiteral("airbyte-logs"), options, &context,
                           [&](const Result<S3ObjectList> &r) { got = r; });
        QTRY_VERIFY_WITH_TIMEOUT(got.has_value(), 5000);
        QVERIFY2(got->hasValue(), got->hasValue() ? "" : qPrintable(got->error().message));
        const QByteArray host = "[::1]:" + QByteArray::number(server.serverPort());
        QVERIFY2(received.contains("\r\nHost: " + host + "\r\n") ||
                     received.contains("\r\nhost: " + host + "\r\n"),
                 received);
        QVERIFY(received.contains("host;x-amz-content-sha256;x-amz-date"));
    }
};

QTEST_GUILESS_MAIN(TestS3Client)
#include "tst_s3client.moc"
