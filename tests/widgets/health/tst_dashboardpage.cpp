// The dashboard against a real local stack: PostgreSQL, s3rver behind a SigV4-checking front,
// a gRPC health server, and in-process Airbyte and Dremio fakes. What is asserted is what the
// user reads on each card.
#include "airbyte/airbyteprobe.h"
#include "application.h"
#include "core/httpclient.h"
#include "health/dashboardpage.h"
#include "health/healthmonitor.h"
#include "health/historystrip.h"
#include "health/servicecard.h"
#include "settings/profile.h"

#include "localstack.h"

#include <QLabel>
#include <QNetworkAccessManager>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Dsp;
using namespace Dsp::Fakes;
using namespace Dsp::Testing;
using namespace std::chrono_literals;

Q_DECLARE_METATYPE(Dsp::ServiceId)
Q_DECLARE_METATYPE(Dsp::ProbeCode)

namespace {

// One dashboard on the real Application wiring (probes, pools, network) for a profile.
struct Dashboard
{
    explicit Dashboard(const Profile &profile)
        : app(profile, dir.filePath(QStringLiteral("profile.ini")))
        , monitor(*app.healthMonitor())
    {
        page = std::make_unique<DashboardPage>(&monitor);
        QObject::connect(&monitor, &HealthMonitor::serviceChanged, &monitor,
                         [this](const QString &id) {
                             if (!monitor.isChecking(id))
                                 finishOrder.append(id);
                         });
    }

    bool runRound()
    {
        finishOrder.clear();
        QSignalSpy done(&monitor, &HealthMonitor::roundFinished);
        monitor.checkNow();
        return done.wait(20000);
    }

    ServiceCard *card(ServiceId id) const { return page->card(serviceKey(id)); }
    QString state(ServiceId id) const { return card(id)->stateText(); }
    QString reason(ServiceId id) const { return card(id)->reasonText(); }
    ProbeCode code(ServiceId id) const { return monitor.health(serviceKey(id)).last.code; }

    QTemporaryDir dir;
    Application app;
    HealthMonitor &monitor;
    std::unique_ptr<DashboardPage> page;
    QStringList finishOrder;
};

const QList<ServiceId> AllKinds{ServiceId::Airbyte, ServiceId::Minio, ServiceId::Postgres,
                                ServiceId::Dremio, ServiceId::Temporal};

} // namespace

class TestDashboardPage : public QObject
{
    Q_OBJECT

private:
    LocalStack m_local;
    TestStack &m_stack = m_local.servers();
    AirbyteFake &m_airbyte = m_local.airbyte();
    DremioFake &m_dremio = m_local.dremio();
    FakeHttpServer m_hang;

    Profile stackProfile() const { return m_local.profile(); }

    static void pointAt(Profile &p, ServiceId id, quint16 port)
    {
        const QString url = QStringLiteral("http://127.0.0.1:%1").arg(port);
        switch (id) {
        case ServiceId::Airbyte:
            p.airbyte.apiUrl = QUrl(url);
            break;
        case ServiceId::Minio:
            p.minio.endpoint = QUrl(url);
            break;
        case ServiceId::Postgres:
            p.postgres.port = port;
            break;
        case ServiceId::Dremio:
            p.dremio.url = QUrl(url);
            break;
        case ServiceId::Temporal:
            p.temporal.port = port;
            break;
        }
    }

    bool stopService(ServiceId id)
    {
        switch (id) {
        case ServiceId::Airbyte:
            m_airbyte.close();
            return true;
        case ServiceId::Dremio:
            m_dremio.close();
            return true;
        case ServiceId::Minio:
            return m_stack.command(QStringLiteral("stop s3"));
        case ServiceId::Postgres:
            return m_stack.command(QStringLiteral("stop pg"));
        case ServiceId::Temporal:
            return m_stack.command(QStringLiteral("stop grpc"));
        }
        return false;
    }

    bool startService(ServiceId id)
    {
        switch (id) {
        case ServiceId::Airbyte:
            return m_airbyte.listen();
        case ServiceId::Dremio:
            return m_dremio.listen();
        case ServiceId::Minio:
            return m_stack.command(QStringLiteral("start s3"));
        case ServiceId::Postgres:
            return m_stack.command(QStringLiteral("start pg"));
        case ServiceId::Temporal:
            return m_stack.command(QStringLiteral("start grpc"));
        }
        return false;
    }

    static void addServiceRows()
    {
        QTest::addColumn<ServiceId>("service");
        for (ServiceId id : AllKinds)
            QTest::newRow(qPrintable(serviceKey(id))) << id;
    }

    void verifyOthersUp(const Dashboard &d, ServiceId except)
    {
        for (ServiceId other : AllKinds) {
            if (other != except)
                QVERIFY2(d.state(other) == QLatin1String("Up"),
                         qPrintable(serviceKey(other) + QStringLiteral(": ") + d.state(other) +
                                    QStringLiteral(" ") + d.reason(other)));
        }
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_local.start(), qPrintable(m_local.error()));
        m_hang.setMode(FakeHttpServer::Mode::Hang);
        QVERIFY(m_hang.listen());
    }

    void cleanupTestCase() { m_stack.stop(); }

    void showsAllFiveUpWithVersions()
    {
        Dashboard d(stackProfile());
        QVERIFY(d.runRound());
        for (ServiceId id : AllKinds)
            QVERIFY2(d.state(id) == QLatin1String("Up"),
                     qPrintable(serviceKey(id) + QStringLiteral(": ") + d.state(id) +
                                QStringLiteral(" ") + d.reason(id)));
        QCOMPARE(d.card(ServiceId::Airbyte)->versionText(), QStringLiteral("1.8.0"));
        QVERIFY(d.card(ServiceId::Postgres)->versionText().startsWith(QLatin1String("1")));
        QVERIFY(d.card(ServiceId::Dremio)->versionText().startsWith(QLatin1String("25.")));
        QCOMPARE(d.card(ServiceId::Temporal)->versionText(), QStringLiteral("1.25.2"));
        QVERIFY(d.card(ServiceId::Minio)->latencyText().endsWith(QLatin1String("ms")));
        for (ServiceId id : AllKinds)
            QCOMPARE(d.code(id), ProbeCode::Ok);
    }

    void stoppedServiceGoesDownAloneAndRecovers_data() { addServiceRows(); }
    void stoppedServiceGoesDownAloneAndRecovers()
    {
        QFETCH(ServiceId, service);
        Dashboard d(stackProfile());
        QVERIFY(d.runRound());
        QCOMPARE(d.state(service), QStringLiteral("Up"));
        QVERIFY2(stopService(service), qPrintable(m_stack.error()));
        auto restart = qScopeGuard([&] { startService(service); });
        QVERIFY(d.runRound());
        QCOMPARE(d.state(service), QStringLiteral("Down"));
        QCOMPARE(d.code(service), ProbeCode::Refused);
        QVERIFY2(d.reason(service).startsWith(QLatin1String("connection refused on 127.0.0.1:")),
                 qPrintable(d.reason(service)));
        verifyOthersUp(d, service);

        restart.dismiss();
        QVERIFY2(startService(service), qPrintable(m_stack.error()));
        QVERIFY(d.runRound());
        QCOMPARE(d.state(service), QStringLiteral("Up"));
        // The history strip shows the flap: up, down, up.
        QCOMPARE(d.card(service)->historyStrip()->history(),
                 (QList<HealthState>{HealthState::Up, HealthState::Down, HealthState::Up}));
    }

    void hangingServiceTimesOutWithoutDelayingOthers_data() { addServiceRows(); }
    void hangingServiceTimesOutWithoutDelayingOthers()
    {
        QFETCH(ServiceId, service);
        Profile p = stackProfile();
        p.probeTimeout = 1500ms;
        pointAt(p, service, m_hang.port());
        Dashboard d(p);
        QVERIFY(d.runRound());
        QCOMPARE(d.state(service), QStringLiteral("Down"));
        QCOMPARE(d.reason(service), QStringLiteral("timed out after 1.5 s"));
        QCOMPARE(d.code(service), ProbeCode::Timeout);
        verifyOthersUp(d, service);
        // Every other card got its answer before the hung one gave up.
        QCOMPARE(d.finishOrder.size(), AllKinds.size());
        QCOMPARE(d.finishOrder.last(), serviceKey(service));
    }

    // A card keeps its last verdict during a new round, marked as being checked again.
    void cardSaysCheckingWhileItsCheckRuns()
    {
        Profile p = stackProfile();
        p.probeTimeout = 1500ms;
        pointAt(p, ServiceId::Dremio, m_hang.port());
        Dashboard d(p);
        QVERIFY(d.runRound());
        QCOMPARE(d.state(ServiceId::Dremio), QStringLiteral("Down"));
        QSignalSpy done(&d.monitor, &HealthMonitor::roundFinished);
        d.monitor.checkNow();
        QCOMPARE(d.state(ServiceId::Dremio), QStringLiteral("Down (checking…)"));
        QVERIFY(done.wait(20000));
        QCOMPARE(d.state(ServiceId::Dremio), QStringLiteral("Down"));
        QCOMPARE(d.state(ServiceId::Airbyte), QStringLiteral("Up"));
    }

    void badCredentialsGiveAClearReason_data()
    {
        QTest::addColumn<ServiceId>("service");
        QTest::addColumn<QString>("expectedReason");
        QTest::newRow("minio") << ServiceId::Minio << QStringLiteral("SignatureDoesNotMatch");
        QTest::newRow("postgres") << ServiceId::Postgres
                                  << QStringLiteral("password authentication failed for user");
        QTest::newRow("dremio") << ServiceId::Dremio
                                << QStringLiteral("login refused for user analyst: Invalid user "
                                                  "credentials, user analyst");
    }
    void badCredentialsGiveAClearReason()
    {
        QFETCH(ServiceId, service);
        QFETCH(QString, expectedReason);
        Profile p = stackProfile();
        p.minio.secretKey = QStringLiteral("not-the-secret");
        p.postgres.password = QStringLiteral("not-the-password");
        p.dremio.password = QStringLiteral("not-the-password");
        Dashboard d(p);
        QVERIFY(d.runRound());
        QCOMPARE(d.state(service), QStringLiteral("Degraded"));
        QCOMPARE(d.code(service), ProbeCode::DegradedAuth);
        QVERIFY2(d.reason(service).contains(expectedReason), qPrintable(d.reason(service)));
        QVERIFY(!d.reason(service).contains(QLatin1String("not-the-")));
    }

    // Each row asserts the exact words it is about ("%1" is the bad server's "host:port"),
    // so a refused connection cannot pass for a garbled one.
    void garbageOnThePortGivesAClearReason_data()
    {
        QTest::addColumn<ServiceId>("service");
        QTest::addColumn<int>("mode");
        QTest::addColumn<QString>("state");
        QTest::addColumn<ProbeCode>("code");
        QTest::addColumn<QString>("expectedReason");
        const int garbage = int(FakeHttpServer::Mode::Garbage);
        const int endless = int(FakeHttpServer::Mode::EndlessBody);
        const int http = int(FakeHttpServer::Mode::Normal);
        const QString closed = QStringLiteral("%1 closed the connection without a valid reply");
        const QString tooLarge = QStringLiteral("response from %1 larger than 0.25 MiB, cut off");
        QTest::newRow("airbyte garbage")
            << ServiceId::Airbyte << garbage << "Down" << ProbeCode::Protocol << closed;
        QTest::newRow("airbyte endless body")
            << ServiceId::Airbyte << endless << "Down" << ProbeCode::Protocol << tooLarge;
        QTest::newRow("minio garbage")
            << ServiceId::Minio << garbage << "Down" << ProbeCode::Protocol << closed;
        QTest::newRow("dremio endless body")
            << ServiceId::Dremio << endless << "Down" << ProbeCode::Protocol << tooLarge;
        QTest::newRow("temporal answered by HTTP/1")
            << ServiceId::Temporal << http << "Degraded" << ProbeCode::DegradedProtocol
            << "port open, gRPC health not verified: %1 answers HTTP/1, not HTTP/2";
        QTest::newRow("temporal garbage")
            << ServiceId::Temporal << garbage << "Degraded" << ProbeCode::DegradedProtocol
            << "port open, gRPC health not verified: %1 does not speak HTTP/2";
        QTest::newRow("postgres answered by garbage")
            << ServiceId::Postgres << garbage << "Down" << ProbeCode::Protocol
            << "%1 does not answer as a PostgreSQL server: "; // then libpq's own words
    }
    void garbageOnThePortGivesAClearReason()
    {
        QFETCH(ServiceId, service);
        QFETCH(int, mode);
        QFETCH(QString, state);
        QFETCH(ProbeCode, code);
        QFETCH(QString, expectedReason);
        AirbyteFake bad;
        bad.setMode(FakeHttpServer::Mode(mode));
        QVERIFY(bad.listen());
        Profile p = stackProfile();
        pointAt(p, service, bad.port());
        Dashboard d(p);
        QVERIFY(d.runRound());
        QCOMPARE(d.state(service), state);
        QCOMPARE(d.code(service), code);
        const QString expected = expectedReason.arg(QStringLiteral("127.0.0.1:%1").arg(bad.port()));
        if (expected.endsWith(QLatin1String(": "))) // a prefix, then the library's own message
            QVERIFY2(d.reason(service).startsWith(expected) && d.reason(service) != expected,
                     qPrintable(d.reason(service)));
        else
            QCOMPARE(d.reason(service), expected);
        verifyOthersUp(d, service);
    }

    // Text that servers choose (an HTTP body, Dremio's errorMessage, grpc-message, a libpq
    // message echoing the user name) reaches each card as plain text, escape bytes replaced.
    void serverTextIsPlainInEveryCard_data()
    {
        QTest::addColumn<ServiceId>("service");
        for (ServiceId id : AllKinds)
            QTest::newRow(qPrintable(serviceKey(id))) << id;
    }
    void serverTextIsPlainInEveryCard()
    {
        QFETCH(ServiceId, service);
        const QByteArray hostile = "<img src=x> \x1b[2J";
        Profile p = stackProfile();
        FakeHttpServer fake;
        auto heal = qScopeGuard([this] { m_stack.command(QStringLiteral("serving grpc")); });
        switch (service) {
        case ServiceId::Airbyte:
            m_airbyte.setHealthOverride(503, "maintenance " + hostile);
            break;
        case ServiceId::Minio:
            fake.route("GET", "/minio/health/live", [&](const FakeRequest &) {
                return FakeResponse{503, "text/plain", "maintenance " + hostile};
            });
            break;
        case ServiceId::Dremio:
            fake.route("GET", "/apiv2/server_status", [](const FakeRequest &) {
                return FakeResponse{200, "application/json", "\"OK\""};
            });
            fake.route("POST", "/apiv2/login", [&](const FakeRequest &) {
                return FakeResponse{
                    401, "application/json",
                    "{\"errorMessage\":\"<img src=x> \\u001b[2J\",\"moreInfo\":\"\"}"};
            });
            break;
        case ServiceId::Postgres:
            p.postgres.user = QString::fromUtf8(hostile);
            break;
        case ServiceId::Temporal:
            QVERIFY(m_stack.command(QStringLiteral("hostile grpc")));
            break;
        }
        auto restore = qScopeGuard([this] { m_airbyte.setHealthOverride(0, {}); });
        if (service == ServiceId::Minio || service == ServiceId::Dremio) {
            QVERIFY(fake.listen());
            pointAt(p, service, fake.port());
        }
        Dashboard d(p);
        QVERIFY(d.runRound());
        const QString reason = d.reason(service);
        QVERIFY2(reason.contains(QStringLiteral("<img src=x> \uFFFD[2J")), qPrintable(reason));
        QVERIFY(!reason.contains(QChar(0x1b)));
        for (QLabel *label : d.card(service)->findChildren<QLabel *>())
            QVERIFY2(label->textFormat() == Qt::PlainText, qPrintable(label->text()));
    }

    void malformedJsonFromAirbyteIsDown()
    {
        AirbyteFake bad;
        bad.setMalformedHealth(true);
        QVERIFY(bad.listen());
        Profile p = stackProfile();
        pointAt(p, ServiceId::Airbyte, bad.port());
        Dashboard d(p);
        QVERIFY(d.runRound());
        QCOMPARE(d.state(ServiceId::Airbyte), QStringLiteral("Down"));
        QCOMPARE(d.code(ServiceId::Airbyte), ProbeCode::Protocol);
        QCOMPARE(
            d.reason(ServiceId::Airbyte),
            QStringLiteral("invalid answer from /api/v1/health: expected {\"available\": true}"));
    }

    void degradedAndDownStatesSayWhy()
    {
        Profile p = stackProfile();
        p.minio.buckets.append(QStringLiteral("no-such-bucket"));
        p.postgres.databases.append(QStringLiteral("no_such_db"));
        // The shared servers are put back whatever happens below.
        auto heal = qScopeGuard([this] {
            m_stack.command(QStringLiteral("heal s3"));
            m_stack.command(QStringLiteral("serving grpc"));
            m_dremio.setStatus("OK");
            m_airbyte.setAvailable(true);
        });
        QVERIFY(m_stack.command(QStringLiteral("degrade s3")));
        QVERIFY(m_stack.command(QStringLiteral("notserving grpc")));
        m_dremio.setStatus("MASTER_DOWN");
        m_airbyte.setAvailable(false);
        Dashboard d(p);
        QVERIFY(d.runRound());

        QCOMPARE(d.state(ServiceId::Minio), QStringLiteral("Degraded"));
        QCOMPARE(d.code(ServiceId::Minio), ProbeCode::DegradedReadOnly);
        QCOMPARE(d.reason(ServiceId::Minio),
                 QStringLiteral("read-only: HTTP 503 from /minio/health/cluster, no write quorum; "
                                "missing bucket(s): no-such-bucket"));
        QCOMPARE(d.state(ServiceId::Postgres), QStringLiteral("Degraded"));
        QCOMPARE(d.code(ServiceId::Postgres), ProbeCode::DegradedMissing);
        QCOMPARE(d.reason(ServiceId::Postgres), QStringLiteral("missing database(s): no_such_db"));
        QCOMPARE(d.state(ServiceId::Temporal), QStringLiteral("Down"));
        QCOMPARE(d.code(ServiceId::Temporal), ProbeCode::Unavailable);
        QCOMPARE(d.reason(ServiceId::Temporal), QStringLiteral("gRPC health: NOT_SERVING"));
        QCOMPARE(d.state(ServiceId::Dremio), QStringLiteral("Down"));
        QCOMPARE(d.code(ServiceId::Dremio), ProbeCode::Unavailable);
        QCOMPARE(d.reason(ServiceId::Dremio), QStringLiteral("Dremio reports MASTER_DOWN"));
        QCOMPARE(d.state(ServiceId::Airbyte), QStringLiteral("Down"));
        QCOMPARE(d.code(ServiceId::Airbyte), ProbeCode::Unavailable);
        QCOMPARE(d.reason(ServiceId::Airbyte),
                 QStringLiteral("Airbyte reports it is not available"));
    }

    // Without write quorum MinIO still serves reads (Degraded, above); without read quorum
    // either, it serves nothing.
    void minioWithoutReadQuorumIsDown()
    {
        auto heal = qScopeGuard([this] { m_stack.command(QStringLiteral("heal s3")); });
        QVERIFY(m_stack.command(QStringLiteral("degrade s3 read")));
        Dashboard d(stackProfile());
        QVERIFY(d.runRound());
        QCOMPARE(d.state(ServiceId::Minio), QStringLiteral("Down"));
        QCOMPARE(d.code(ServiceId::Minio), ProbeCode::Unavailable);
        QCOMPARE(d.reason(ServiceId::Minio),
                 QStringLiteral("HTTP 503 from /minio/health/cluster and "
                                "/minio/health/cluster/read: no read or write quorum"));
    }

    // A profile with a second Airbyte or without Dremio needs no code change: the dashboard
    // shows the services the monitor holds, under their own names.
    void dashboardShowsTheServicesTheMonitorHolds()
    {
        QNetworkAccessManager network;
        HttpClient http(&network);
        HealthMonitor monitor;
        const QUrl url(QStringLiteral("http://127.0.0.1:%1").arg(m_airbyte.port()));
        monitor.addProbe(new AirbyteProbe(&http, url));
        auto staging = new AirbyteProbe(&http, url);
        staging->setIdentity(QStringLiteral("airbyte-staging"),
                             QStringLiteral("Airbyte (staging)"));
        monitor.addProbe(staging);
        DashboardPage page(&monitor);
        QCOMPARE(page.findChildren<ServiceCard *>().size(), 2);
        QSignalSpy done(&monitor, &HealthMonitor::roundFinished);
        monitor.checkNow();
        QVERIFY(done.wait(10000));
        QCOMPARE(page.card(QStringLiteral("airbyte"))->stateText(), QStringLiteral("Up"));
        ServiceCard *second = page.card(QStringLiteral("airbyte-staging"));
        QVERIFY(second);
        QCOMPARE(second->stateText(), QStringLiteral("Up"));
        QVERIFY(second->accessibleDescription().startsWith(QLatin1String("Airbyte (staging): ")));
    }

    void serviceWithoutEndpointIsNotConfigured()
    {
        Profile p = stackProfile();
        p.dremio.url = QUrl();
        Dashboard d(p);
        QVERIFY(d.runRound());
        QCOMPARE(d.state(ServiceId::Dremio), QStringLiteral("Not configured"));
        verifyOthersUp(d, ServiceId::Dremio);
    }
};

QTEST_MAIN(TestDashboardPage)
#include "tst_dashboardpage.moc"
