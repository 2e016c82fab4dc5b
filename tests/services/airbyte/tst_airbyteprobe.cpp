#include "airbyte/airbyteprobe.h"
#include "core/httpclient.h"

#include "airbytefake.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace Dsp;
using namespace Dsp::Fakes;
using namespace std::chrono_literals;

// The Airbyte probe against the fake with each kind of authentication a real install puts in
// front of it: none, docker-compose's nginx basic auth, and Airbyte 1.x client credentials.
class TestAirbyteProbe : public QObject
{
    Q_OBJECT

private:
    const QString m_clientId = QStringLiteral("5c1c7f3e-2b1a-4f7e-9d63-0c0f3a4b5d6e");
    const QString m_clientSecret = QStringLiteral("Qm9vLXNlY3JldC12YWx1ZS0xMjM0NTY3ODk");

    static QUrl url(const FakeHttpServer &server)
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(server.port()));
    }

    static AirbyteAuth clientCredentials(const QString &id, const QString &secret)
    {
        AirbyteAuth auth;
        auth.mode = AirbyteAuth::Mode::ClientCredentials;
        auth.clientId = id;
        auth.clientSecret = secret;
        return auth;
    }

    static AirbyteAuth basic(const QString &user, const QString &password)
    {
        AirbyteAuth auth;
        auth.mode = AirbyteAuth::Mode::Basic;
        auth.user = user;
        auth.password = password;
        return auth;
    }

    // Runs one check to its end; a result that never comes fails the caller's QVERIFY on
    // `checkedAt` being invalid.
    static ProbeResult check(AirbyteProbe &probe)
    {
        QSignalSpy finished(&probe, &HealthProbe::finished);
        probe.run();
        if (!finished.wait(10000))
            return {};
        return finished.first().first().value<ProbeResult>();
    }

    static QByteArray describe(const ProbeResult &r)
    {
        return (healthStateKey(r.state) + QLatin1Char('/') + probeCodeKey(r.code) +
                QStringLiteral(": ") + r.reason + QStringLiteral(" | ") + r.details)
            .toUtf8();
    }

private slots:
    void authModesHaveStableKeys_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<int>("mode");
        QTest::addColumn<bool>("known");
        QTest::newRow("none") << "none" << int(AirbyteAuth::Mode::None) << true;
        QTest::newRow("basic") << "basic" << int(AirbyteAuth::Mode::Basic) << true;
        QTest::newRow("client_credentials")
            << "client_credentials" << int(AirbyteAuth::Mode::ClientCredentials) << true;
        QTest::newRow("case and spaces")
            << " Client_Credentials " << int(AirbyteAuth::Mode::ClientCredentials) << true;
        QTest::newRow("empty is none") << "" << int(AirbyteAuth::Mode::None) << true;
        QTest::newRow("unknown") << "oidc" << int(AirbyteAuth::Mode::None) << false;
    }
    void authModesHaveStableKeys()
    {
        QFETCH(QString, key);
        QFETCH(int, mode);
        QFETCH(bool, known);
        bool ok = !known;
        QCOMPARE(int(AirbyteAuth::modeFromKey(key, &ok)), mode);
        QCOMPARE(ok, known);
        if (known && !key.trimmed().isEmpty())
            QCOMPARE(AirbyteAuth::modeKey(AirbyteAuth::Mode(mode)), key.trimmed().toLower());
    }

    void clientCredentialsGiveUpWithVersion()
    {
        AirbyteFake airbyte;
        airbyte.setClientCredentials(m_clientId, m_clientSecret);
        airbyte.setRequireAuth(true); // the version is only readable with the token
        QVERIFY(airbyte.listen());
        QNetworkAccessManager network;
        HttpClient http(&network);
        AirbyteProbe probe(&http, url(airbyte), clientCredentials(m_clientId, m_clientSecret));

        const ProbeResult r = check(probe);
        QVERIFY(r.checkedAt.isValid());
        QVERIFY2(r.state == HealthState::Up, describe(r).constData());
        QCOMPARE(r.code, ProbeCode::Ok);
        QCOMPARE(r.version, QStringLiteral("1.8.0"));
        QVERIFY2(r.details.contains(QStringLiteral("client id and secret accepted")),
                 describe(r).constData());
        QCOMPARE(airbyte.tokenRequestCount(), 1);
    }

    void asksForAFreshTokenOnEveryCheck()
    {
        AirbyteFake airbyte;
        airbyte.setClientCredentials(m_clientId, m_clientSecret);
        airbyte.setRequireAuth(true);
        QVERIFY(airbyte.listen());
        QNetworkAccessManager network;
        HttpClient http(&network);
        AirbyteProbe probe(&http, url(airbyte), clientCredentials(m_clientId, m_clientSecret));
        for (int i = 1; i <= 3; ++i) {
            const ProbeResult r = check(probe);
            QVERIFY2(r.state == HealthState::Up, describe(r).constData());
            QCOMPARE(r.version, QStringLiteral("1.8.0"));
            QCOMPARE(airbyte.tokenRequestCount(), i);
        }
    }

    void wrongClientSecretIsDegradedAuth()
    {
        AirbyteFake airbyte;
        airbyte.setClientCredentials(m_clientId, m_clientSecret);
        QVERIFY(airbyte.listen());
        QNetworkAccessManager network;
        HttpClient http(&network);
        const QString wrong = QStringLiteral("not-the-secret-8d1f");
        AirbyteProbe probe(&http, url(airbyte), clientCredentials(m_clientId, wrong));

        const ProbeResult r = check(probe);
        QVERIFY(r.checkedAt.isValid());
        QVERIFY2(r.state == HealthState::Degraded, describe(r).constData());
        QCOMPARE(r.code, ProbeCode::DegradedAuth);
        QVERIFY2(r.reason.contains(QStringLiteral("refused the client id or secret")),
                 describe(r).constData());
        // Airbyte's own words follow, as plain text.
        QVERIFY2(r.reason.contains(QStringLiteral("Invalid client id or token")),
                 describe(r).constData());
        QVERIFY(!r.reason.contains(wrong));
        QVERIFY(!r.reason.contains(m_clientSecret));
        QVERIFY(!r.details.contains(wrong));
        QVERIFY(r.error.has_value());
        QCOMPARE(r.error->httpStatus, 400);
        QVERIFY(!r.error->message.contains(wrong));
        QVERIFY(!r.error->detail.contains(wrong));
        QCOMPARE(airbyte.tokenRequestCount(), 1);
    }

    void secretEchoedInARefusalIsMasked()
    {
        // A front that quotes what it got: the probe never shows our secret back.
        const QString secret = QStringLiteral("echoed-secret-51c2");
        FakeHttpServer server;
        server.route("GET", "/api/v1/health", [](const FakeRequest &) {
            return FakeResponse{200, "application/json", "{\"available\":true}"};
        });
        server.route("POST", "/api/v1/applications/token", [](const FakeRequest &req) {
            return FakeResponse{401, "application/json",
                                "{\"message\":\"bad request body " +
                                    QByteArray(req.body).replace('"', '\'') + "\"}"};
        });
        QVERIFY(server.listen());
        QNetworkAccessManager network;
        HttpClient http(&network);
        AirbyteProbe probe(&http, url(server), clientCredentials(m_clientId, secret));

        const ProbeResult r = check(probe);
        QVERIFY2(r.state == HealthState::Degraded, describe(r).constData());
        QCOMPARE(r.code, ProbeCode::DegradedAuth);
        QVERIFY2(r.reason.contains(QStringLiteral("***")), describe(r).constData());
        QVERIFY(!r.reason.contains(secret));
    }

    void missingClientSecretIsDegradedWithoutAsking()
    {
        AirbyteFake airbyte;
        airbyte.setClientCredentials(m_clientId, m_clientSecret);
        QVERIFY(airbyte.listen());
        QNetworkAccessManager network;
        HttpClient http(&network);
        AirbyteProbe probe(&http, url(airbyte), clientCredentials(m_clientId, {}));

        const ProbeResult r = check(probe);
        QVERIFY2(r.state == HealthState::Degraded, describe(r).constData());
        QCOMPARE(r.code, ProbeCode::DegradedAuth);
        QVERIFY2(r.reason.contains(QStringLiteral("no client id or secret")),
                 describe(r).constData());
        QCOMPARE(airbyte.tokenRequestCount(), 0);
    }

    void airbyteWithoutTokenRouteIsDegraded()
    {
        AirbyteFake airbyte; // no client credentials: the token route answers 404
        QVERIFY(airbyte.listen());
        QNetworkAccessManager network;
        HttpClient http(&network);
        AirbyteProbe probe(&http, url(airbyte), clientCredentials(m_clientId, m_clientSecret));

        const ProbeResult r = check(probe);
        QVERIFY2(r.state == HealthState::Degraded, describe(r).constData());
        QCOMPARE(r.code, ProbeCode::DegradedError);
        QVERIFY2(r.reason.contains(QStringLiteral("/api/v1/applications/token")),
                 describe(r).constData());
    }

    void hangingTokenRouteIsDegradedWithinTheTimeout()
    {
        AirbyteFake airbyte;
        airbyte.setClientCredentials(m_clientId, m_clientSecret);
        airbyte.setTokenRouteHangs(true);
        QVERIFY(airbyte.listen());
        QNetworkAccessManager network;
        HttpClient http(&network);
        AirbyteProbe probe(&http, url(airbyte), clientCredentials(m_clientId, m_clientSecret));
        probe.setTimeout(1s);

        QElapsedTimer elapsed;
        elapsed.start();
        const ProbeResult r = check(probe);
        QVERIFY(r.checkedAt.isValid());
        QVERIFY2(elapsed.elapsed() <= 1100, QByteArray::number(elapsed.elapsed()).constData());
        // The health route answered: Airbyte runs, only the token call failed.
        QVERIFY2(r.state == HealthState::Degraded, describe(r).constData());
        QCOMPARE(r.code, ProbeCode::DegradedError);
        QVERIFY2(r.reason.contains(QStringLiteral("token request failed")),
                 describe(r).constData());
        QVERIFY2(r.reason.contains(QStringLiteral("timed out")), describe(r).constData());
        QVERIFY(r.error.has_value());
        QCOMPARE(r.error->kind, ErrorKind::Timeout);
        QCOMPARE(airbyte.tokenRequestCount(), 1);
    }

    void basicAuthRightIsUp()
    {
        AirbyteFake airbyte;
        airbyte.setBasicAuth(QStringLiteral("airbyte"), QStringLiteral("pass:word-1"));
        QVERIFY(airbyte.listen());
        QNetworkAccessManager network;
        HttpClient http(&network);
        AirbyteProbe probe(&http, url(airbyte),
                           basic(QStringLiteral("airbyte"), QStringLiteral("pass:word-1")));

        const ProbeResult r = check(probe);
        QVERIFY2(r.state == HealthState::Up, describe(r).constData());
        QCOMPARE(r.code, ProbeCode::Ok);
        // The proxy guards instance_configuration too: the version proves every request
        // carried the header.
        QCOMPARE(r.version, QStringLiteral("1.8.0"));
        QCOMPARE(airbyte.tokenRequestCount(), 0);
    }

    void basicAuthWrongIsDegradedAuth()
    {
        AirbyteFake airbyte;
        airbyte.setBasicAuth(QStringLiteral("airbyte"), QStringLiteral("password"));
        QVERIFY(airbyte.listen());
        QNetworkAccessManager network;
        HttpClient http(&network);
        const QString wrong = QStringLiteral("wrong-password-77");
        AirbyteProbe probe(&http, url(airbyte), basic(QStringLiteral("airbyte"), wrong));

        const ProbeResult r = check(probe);
        QVERIFY2(r.state == HealthState::Degraded, describe(r).constData());
        QCOMPARE(r.code, ProbeCode::DegradedAuth);
        QVERIFY2(r.reason.contains(QStringLiteral("refused the user name or password")),
                 describe(r).constData());
        QVERIFY(!r.reason.contains(wrong));
        QVERIFY(r.error.has_value());
        QCOMPARE(r.error->httpStatus, 401);
    }

    void proxyAskingForBasicAuthTellsToSetIt()
    {
        AirbyteFake airbyte;
        airbyte.setBasicAuth(QStringLiteral("airbyte"), QStringLiteral("password"));
        QVERIFY(airbyte.listen());
        QNetworkAccessManager network;
        HttpClient http(&network);
        AirbyteProbe probe(&http, url(airbyte)); // no authentication configured

        const ProbeResult r = check(probe);
        QVERIFY2(r.state == HealthState::Degraded, describe(r).constData());
        QCOMPARE(r.code, ProbeCode::DegradedAuth);
        QVERIFY2(r.reason.contains(QStringLiteral("user name and password")),
                 describe(r).constData());
        QVERIFY2(r.reason.contains(QStringLiteral("profile")), describe(r).constData());
        QVERIFY(!r.reason.contains(QStringLiteral("<html>")));
    }

    void plain401WithoutBasicChallengeStaysDownAuth()
    {
        AirbyteFake airbyte;
        airbyte.setHealthOverride(401, "Unauthorized");
        QVERIFY(airbyte.listen());
        QNetworkAccessManager network;
        HttpClient http(&network);
        AirbyteProbe probe(&http, url(airbyte));

        const ProbeResult r = check(probe);
        QVERIFY2(r.state == HealthState::Down, describe(r).constData());
        QCOMPARE(r.code, ProbeCode::Auth);
    }

    void noAuthStillWorksWithoutAnyHeader()
    {
        AirbyteFake airbyte;
        QVERIFY(airbyte.listen());
        QNetworkAccessManager network;
        HttpClient http(&network);
        AirbyteProbe probe(&http, QUrl(url(airbyte).toString() + QStringLiteral("/api/")));

        const ProbeResult r = check(probe);
        QVERIFY2(r.state == HealthState::Up, describe(r).constData());
        QCOMPARE(r.version, QStringLiteral("1.8.0"));
        QCOMPARE(airbyte.tokenRequestCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestAirbyteProbe)
#include "tst_airbyteprobe.moc"
