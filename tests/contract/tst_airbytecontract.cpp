// Airbyte's own OpenAPI specs (../shared/ref/airbyte) judge both sides: Prism, in proxy mode
// with --errors, sits between the real AirbyteProbe and our Airbyte fake and rejects any
// request of ours or answer of the fake that the spec does not allow, with and without the
// client-credentials token exchange.
#include "airbyte/airbyteprobe.h"
#include "core/httpclient.h"

#include "airbytefake.h"
#include "sharedref.h"

#include <QEventLoop>
#include <QFile>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Dsp;
using namespace Dsp::Fakes;
using namespace std::chrono_literals;

class TestAirbyteContract : public QObject
{
    Q_OBJECT

private:
    static QString specDir() { return Testing::sharedPath(QStringLiteral("ref/airbyte")); }

    // The spec declares its server as http://localhost:8000/api and its paths from /v1/...;
    // Prism ignores a server's base path, so fold "/api" into every path key.
    static bool writeSpecWithApiPrefix(const QString &from, const QString &to)
    {
        QFile in(from);
        QFile out(to);
        if (!in.open(QIODevice::ReadOnly) || !out.open(QIODevice::WriteOnly))
            return false;
        static const QRegularExpression pathKey(QStringLiteral("^  /"),
                                                QRegularExpression::MultilineOption);
        out.write(
            QString::fromUtf8(in.readAll()).replace(pathKey, QStringLiteral("  /api/")).toUtf8());
        return true;
    }

    static quint16 freePort()
    {
        QTcpServer s;
        s.listen(QHostAddress::LocalHost);
        return s.serverPort();
    }

private slots:
    void probeAndFakeFollowAirbytesSpec_data()
    {
        QTest::addColumn<QString>("spec");
        QTest::addColumn<QByteArray>("version");
        QTest::addColumn<bool>("clientCredentials");
        DSP_REQUIRE_SHARED(specDir());
        QTest::newRow("main") << QStringLiteral("config.yaml") << QByteArray("1.8.0") << false;
        QTest::newRow("1.8.0 (abctl)")
            << QStringLiteral("config-v1.8.0.yaml") << QByteArray("1.8.0") << false;
        QTest::newRow("0.63.20 (docker compose)")
            << QStringLiteral("config-v0.63.20.yaml") << QByteArray("0.63.20") << false;
        QTest::newRow("main, client credentials")
            << QStringLiteral("config.yaml") << QByteArray("1.8.0") << true;
        QTest::newRow("1.8.0 (abctl), client credentials")
            << QStringLiteral("config-v1.8.0.yaml") << QByteArray("1.8.0") << true;
    }

    void probeAndFakeFollowAirbytesSpec()
    {
        QFETCH(QString, spec);
        QFETCH(QByteArray, version);
        QFETCH(bool, clientCredentials);
        const QString prism =
            QStringLiteral(DSP_SOURCE_DIR "/tests/fixtures/node_modules/.bin/prism");
        QVERIFY2(QFile::exists(prism), "Prism missing: run scripts/install-deps.sh");

        QTemporaryDir dir;
        const QString specCopy = dir.filePath(spec);
        QVERIFY(writeSpecWithApiPrefix(specDir() + QLatin1Char('/') + spec, specCopy));

        AirbyteFake fake;
        fake.setVersion(version);
        AirbyteAuth auth;
        if (clientCredentials) {
            auth.mode = AirbyteAuth::Mode::ClientCredentials;
            auth.clientId = QStringLiteral("5c1c7f3e-2b1a-4f7e-9d63-0c0f3a4b5d6e");
            auth.clientSecret = QStringLiteral("contract-secret-1234");
            fake.setClientCredentials(auth.clientId, auth.clientSecret);
        }
        QVERIFY(fake.listen());

        const quint16 port = freePort();
        QProcess proxy;
        proxy.setProcessChannelMode(QProcess::MergedChannels);
        QByteArray log;
        QEventLoop ready;
        connect(&proxy, &QProcess::readyRead, &ready, [&] {
            log += proxy.readAll();
            if (log.contains("Prism is listening"))
                ready.quit();
        });
        connect(&proxy, &QProcess::finished, &ready, &QEventLoop::quit);
        QTimer::singleShot(90s, &ready, &QEventLoop::quit);
        proxy.start(prism,
                    {QStringLiteral("proxy"), specCopy,
                     QStringLiteral("http://127.0.0.1:%1").arg(fake.port()),
                     QStringLiteral("--errors"), QStringLiteral("-h"), QStringLiteral("127.0.0.1"),
                     QStringLiteral("-p"), QString::number(port)});
        ready.exec(); // the fake must keep serving while Prism starts: no blocking wait
        QVERIFY2(log.contains("Prism is listening"), log.right(2000).constData());

        QNetworkAccessManager network;
        HttpClient http(&network);
        AirbyteProbe probe(&http, QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)), auth);
        probe.setTimeout(20s);
        QSignalSpy finished(&probe, &HealthProbe::finished);
        probe.run();
        QVERIFY(finished.wait(30000));
        const auto result = finished.first().first().value<ProbeResult>();
        proxy.terminate();
        proxy.waitForFinished(5000);
        log += proxy.readAll();

        QVERIFY2(!log.contains("Violation"), log.right(3000).constData());
        QVERIFY2(!log.contains("NO_PATH_MATCHED"), log.right(3000).constData());
        QVERIFY2(result.state == HealthState::Up, qPrintable(result.reason));
        QCOMPARE(fake.tokenRequestCount(), clientCredentials ? 1 : 0);
        // The specs declare bearerAuth but require only `security: [{}]`, so Prism answers 401
        // itself to any request with an Authorization header: with client credentials it
        // judges the token exchange, and the version lookup (with the token) stops at Prism.
        if (clientCredentials)
            return;
        QVERIFY2(result.version == QString::fromLatin1(version),
                 qPrintable(result.version + QStringLiteral(" / ") + result.versionUnknownReason));
        QVERIFY(fake.requestCount() >= 2); // health, then instance_configuration, both proxied
    }
};

QTEST_GUILESS_MAIN(TestAirbyteContract)
#include "tst_airbytecontract.moc"
