#include "s3/s3client.h"

#include <QNetworkAccessManager>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QUrlQuery>

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
        // Verify the signature as an S3 server would: from the request as received.
        const int headEnd = received.indexOf("\r\n\r\n");
        const QList<QByteArray> lines = received.left(headEnd).split('\n');
        const QList<QByteArray> requestLine = lines.first().trimmed().split(' ');
        QHash<QByteArray, QByteArray> headers;
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const int colon = lines.at(i).indexOf(':');
            headers.insert(lines.at(i).left(colon).trimmed().toLower(),
                           lines.at(i).mid(colon + 1).trimmed());
        }
        QCOMPARE(headers.value("host"), host);
        const QUrl target = QUrl::fromEncoded("http://x" + requestLine.value(1));
        SigV4Request asReceived;
        asReceived.method = requestLine.value(0);
        asReceived.path = target.path(QUrl::FullyDecoded);
        for (const auto &[name, value] : QUrlQuery(target).queryItems(QUrl::FullyDecoded))
            asReceived.query.append({name, value});
        asReceived.payloadHash = headers.value("x-amz-content-sha256");
        asReceived.headers = {{"host", headers.value("host")},
                              {"x-amz-content-sha256", asReceived.payloadHash},
                              {"x-amz-date", headers.value("x-amz-date")}};
        const QDateTime when =
            QDateTime::fromString(QString::fromLatin1(headers.value("x-amz-date")),
                                  QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
        QVERIFY(when.isValid());
        const SigV4Signer signer(QStringLiteral("us-east-1"), QStringLiteral("s3"));
        QCOMPARE(signer.authorization(config(endpoint).credentials,
                                      QDateTime(when.date(), when.time(), Qt::UTC), asReceived),
                 headers.value("authorization"));
    }
};

QTEST_GUILESS_MAIN(TestS3Client)
#include "tst_s3client.moc"
