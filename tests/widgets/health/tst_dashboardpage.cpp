// The dashboard against a real local stack: PostgreSQL, s3rver behind a SigV4-checking front,
// a gRPC health server, and in-process Airbyte and Dremio fakes. What is asserted is what the
// user reads on each card.
#include "core/httpclient.h"
#include "health/dashboardpage.h"
#include "health/healthmonitor.h"
#include "health/healthprobe.h"
#include "health/historystrip.h"
#include "health/servicecard.h"
#include "health/stackprobes.h"
#include "settings/profile.h"

#include "localstack.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace Dsp;
using namespace Dsp::Fakes;
using namespace Dsp::Testing;
using namespace std::chrono_literals;

Q_DECLARE_METATYPE(Dsp::ServiceId)

namespace {

// One dashboard wired to its own monitor, as the application wires it.
struct Dashboard
{
    explicit Dashboard(const Profile &profile)
        : http(&network)
    {
        for (HealthProbe *probe : createStackProbes(profile, &http))
            monitor.addProbe(probe);
        page = std::make_unique<DashboardPage>(&monitor);
        QObject::connect(&monitor, &HealthMonitor::serviceChanged, &monitor, [this](ServiceId id) {
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

    QString state(ServiceId id) const { return page->card(id)->stateText(); }
    QString reason(ServiceId id) const { return page->card(id)->reasonText(); }

    QNetworkAccessManager network;
    HttpClient http;
    HealthMonitor monitor;
    std::unique_ptr<DashboardPage> page;
    QList<ServiceId> finishOrder;
};

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
    std::unique_ptr<Dashboard> m_shared; // keeps its history across the flapping tests

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
        for (ServiceId id : allServices())
            QTest::newRow(qPrintable(serviceKey(id))) << id;
    }

    void verifyOthersUp(const Dashboard &d, ServiceId except)
    {
        for (ServiceId other : allServices()) {
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
        m_shared = std::make_unique<Dashboard>(stackProfile());
    }

    void cleanupTestCase()
    {
        m_shared.reset();
        m_stack.stop();
    }

    void showsAllFiveUpWithVersions()
    {
        Dashboard &d = *m_shared;
        QVERIFY(d.runRound());
        for (ServiceId id : allServices())
            QVERIFY2(d.state(id) == QLatin1String("Up"),
                     qPrintable(serviceKey(id) + QStringLiteral(": ") + d.state(id) +
                                QStringLiteral(" ") + d.reason(id)));
        QCOMPARE(d.page->card(ServiceId::Airbyte)->versionText(), QStringLiteral("1.8.0"));
        QVERIFY(d.page->card(ServiceId::Postgres)->versionText().startsWith(QLatin1String("1")));
        QVERIFY(d.page->card(ServiceId::Dremio)->versionText().startsWith(QLatin1String("25.")));
        QCOMPARE(d.page->card(ServiceId::Temporal)->versionText(), QStringLiteral("1.25.2"));
        QVERIFY(d.page->card(ServiceId::Minio)->latencyText().endsWith(QLatin1String("ms")));
    }

    void stoppedServiceGoesDownAloneAndRecovers_data() { addServiceRows(); }
    void stoppedServiceGoesDownAloneAndRecovers()
    {
        QFETCH(ServiceId, service);
        Dashboard &d = *m_shared;
        QVERIFY2(stopService(service), qPrintable(m_stack.error()));
        QVERIFY(d.runRound());
        QCOMPARE(d.state(service), QStringLiteral("Down"));
        QVERIFY2(d.reason(service).startsWith(QLatin1String("connection refused on 127.0.0.1:")),
                 qPrintable(d.reason(service)));
        verifyOthersUp(d, service);

        QVERIFY2(startService(service), qPrintable(m_stack.error()));
        QVERIFY(d.runRound());
        QCOMPARE(d.state(service), QStringLiteral("Up"));
        // The history strip shows the flap: up, down, up as the three newest checks.
        const QList<HealthState> history = d.page->card(service)->historyStrip()->history();
        QVERIFY(history.size() >= 3);
        QCOMPARE(history.mid(history.size() - 3),
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
        verifyOthersUp(d, service);
        // Every other card got its answer before the hung one gave up.
        QCOMPARE(d.finishOrder.size(), ServiceCount);
        QCOMPARE(d.finishOrder.last(), service);
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
                                << QStringLiteral(
                                       "login refused for user analyst: Login incorrect");
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
        QVERIFY2(d.reason(service).contains(expectedReason), qPrintable(d.reason(service)));
        QVERIFY(!d.reason(service).contains(QLatin1String("not-the-")));
    }

    void garbageOnThePortGivesAClearReason_data()
    {
        QTest::addColumn<ServiceId>("service");
        QTest::addColumn<int>("mode");
        QTest::addColumn<QString>("state");
        QTest::addColumn<QString>("expectedReason");
        const int garbage = int(FakeHttpServer::Mode::Garbage);
        const int endless = int(FakeHttpServer::Mode::EndlessBody);
        const int http = int(FakeHttpServer::Mode::Normal);
        QTest::newRow("airbyte garbage") << ServiceId::Airbyte << garbage << "Down"
                                         << "127.0.0.1:";
        QTest::newRow("airbyte endless body") << ServiceId::Airbyte << endless << "Down"
                                              << "larger than 0.25 MiB, cut off";
        QTest::newRow("minio garbage") << ServiceId::Minio << garbage << "Down"
                                       << "127.0.0.1:";
        QTest::newRow("dremio endless body") << ServiceId::Dremio << endless << "Down"
                                             << "larger than 0.25 MiB, cut off";
        QTest::newRow("temporal answered by HTTP/1") << ServiceId::Temporal << http << "Degraded"
                                                     << "port open, gRPC health not verified";
        QTest::newRow("temporal garbage") << ServiceId::Temporal << garbage << "Degraded"
                                          << "port open, gRPC health not verified";
        QTest::newRow("postgres answered by HTTP") << ServiceId::Postgres << http << "Down"
                                                   << "";
    }
    void garbageOnThePortGivesAClearReason()
    {
        QFETCH(ServiceId, service);
        QFETCH(int, mode);
        QFETCH(QString, state);
        QFETCH(QString, expectedReason);
        AirbyteFake bad;
        bad.setMode(FakeHttpServer::Mode(mode));
        QVERIFY(bad.listen());
        Profile p = stackProfile();
        pointAt(p, service, bad.port());
        Dashboard d(p);
        QVERIFY(d.runRound());
        QCOMPARE(d.state(service), state);
        QVERIFY2(!d.reason(service).isEmpty() && d.reason(service).contains(expectedReason),
                 qPrintable(d.reason(service)));
        verifyOthersUp(d, service);
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
        QCOMPARE(
            d.reason(ServiceId::Airbyte),
            QStringLiteral("invalid answer from /api/v1/health: expected {\"available\": true}"));
    }

    void degradedAndDownStatesSayWhy()
    {
        Profile p = stackProfile();
        p.minio.buckets.append(QStringLiteral("no-such-bucket"));
        p.postgres.databases.append(QStringLiteral("no_such_db"));
        QVERIFY(m_stack.command(QStringLiteral("degrade s3")));
        QVERIFY(m_stack.command(QStringLiteral("notserving grpc")));
        m_dremio.setStatus("MASTER_DOWN");
        m_airbyte.setAvailable(false);
        Dashboard d(p);
        const bool ran = d.runRound();
        QVERIFY(m_stack.command(QStringLiteral("heal s3")));
        QVERIFY(m_stack.command(QStringLiteral("serving grpc")));
        m_dremio.setStatus("OK");
        m_airbyte.setAvailable(true);
        QVERIFY(ran);

        QCOMPARE(d.state(ServiceId::Minio), QStringLiteral("Degraded"));
        QCOMPARE(d.reason(ServiceId::Minio),
                 QStringLiteral("HTTP 503 from /minio/health/cluster: no write quorum; "
                                "missing bucket(s): no-such-bucket"));
        QCOMPARE(d.state(ServiceId::Postgres), QStringLiteral("Degraded"));
        QCOMPARE(d.reason(ServiceId::Postgres), QStringLiteral("missing database(s): no_such_db"));
        QCOMPARE(d.state(ServiceId::Temporal), QStringLiteral("Down"));
        QCOMPARE(d.reason(ServiceId::Temporal), QStringLiteral("gRPC health: NOT_SERVING"));
        QCOMPARE(d.state(ServiceId::Dremio), QStringLiteral("Down"));
        QCOMPARE(d.reason(ServiceId::Dremio), QStringLiteral("Dremio reports MASTER_DOWN"));
        QCOMPARE(d.state(ServiceId::Airbyte), QStringLiteral("Down"));
        QCOMPARE(d.reason(ServiceId::Airbyte),
                 QStringLiteral("Airbyte reports it is not available"));
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
