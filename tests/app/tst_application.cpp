// The wiring as the panel runs it: Application (every probe, the network, the worker pool)
// and MainWindow, against in-process fakes. What is asserted is what a user relies on:
// settings that survive a restart, a window that closes cleanly mid-round, one Dremio
// session for a whole day of polling, and server text shown as text.
#include "airbyte/connectionsmodel.h"
#include "airbyte/connectionspage.h"
#include "airbyte/jobspage.h"
#include "airbyte/jobwatcher.h"
#include "alerts/alerter.h"
#include "application.h"
#include "common/alertbanner.h"
#include "health/dashboardpage.h"
#include "health/healthmonitor.h"
#include "health/servicecard.h"
#include "mainwindow.h"
#include "probetester.h"
#include "secrets/secretstore.h"
#include "session.h"
#include "settings/profile.h"
#include "traynotifier.h"

#include "airbytefake.h"
#include "dremiofake.h"

#include <QElapsedTimer>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Dsp;
using namespace Dsp::Fakes;
using namespace std::chrono_literals;

namespace {

QUrl loopback(quint16 port)
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
}

// A profile where nothing is configured; each test turns on what it needs.
Profile emptyProfile()
{
    Profile p;
    p.airbyte.apiUrl = QUrl();
    p.minio.endpoint = QUrl();
    p.postgres.host.clear();
    p.dremio.url = QUrl();
    p.temporal.host.clear();
    p.probeTimeout = 1500ms;
    return p;
}

// Only Dremio, as user "analyst" with `password`.
Profile dremioProfile(quint16 port, const QString &password)
{
    Profile p = emptyProfile();
    p.dremio.url = loopback(port);
    p.dremio.user = QStringLiteral("analyst");
    p.dremio.password = password;
    return p;
}

bool runRound(Application &app)
{
    QSignalSpy done(app.healthMonitor(), &HealthMonitor::roundFinished);
    app.healthMonitor()->checkNow();
    return done.wait(10000);
}

} // namespace

class TestApplication : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString profilePath() const { return m_dir.filePath(QStringLiteral("profile.ini")); }

private slots:
    void settingsAreSavedAndReadBackAtTheNextStart()
    {
        QFile::remove(profilePath());
        {
            Application app(emptyProfile(), profilePath());
            app.setPollInterval(25s);
            app.setProbeTimeout(1200ms);
            QCOMPARE(app.healthMonitor()->pollInterval(), 25s);
        }
        QSettings settings(profilePath(), QSettings::IniFormat);
        const Profile reloaded = Profile::load(settings);
        QCOMPARE(reloaded.pollInterval, 25s);
        QCOMPARE(reloaded.probeTimeout, 1200ms);
        Application next(reloaded, profilePath());
        QCOMPARE(next.healthMonitor()->pollInterval(), 25s);

        // The alerts chosen in Settings, per environment.
        next.setAlerts({false, true, false});
        QSettings again(profilePath(), QSettings::IniFormat);
        const AlertChoices alerts = Profile::load(again).alerts;
        QCOMPARE(alerts, (AlertChoices{false, true, false, false}));
        QCOMPARE(next.alerter()->choices(), alerts);
    }

    // A sync that fails where the desktop has no tray (offscreen, as on some Linux desktops):
    // the window's banner says so with the connection and the reason, and Open shows the job;
    // the dashboard's line counts the running sync, then the failure.
    void aFailedSyncReachesTheUserWithoutATray()
    {
        AirbyteFake airbyte;
        QVERIFY(airbyte.listen());
        airbyte.jobs()->setNow(1'714'557'600);
        const QString source = airbyte.addSource(AirbyteFake::postgresSourceDefinitionId(),
                                                 QStringLiteral("shop_db"), {});
        const QString lake = airbyte.addDestination(AirbyteFake::s3DestinationDefinitionId(),
                                                    QStringLiteral("lake"), {});
        const QString connection = airbyte.addConnection(source, lake, QStringLiteral("shop"));
        AirbyteJobsFake::Script script;
        script.attemptSecs = 60;
        script.lastAttemptFails = true;
        script.externalMessage = QStringLiteral("Connection refused by <b>db</b>");
        airbyte.jobs()->setScript(script);
        Profile p = emptyProfile();
        p.airbyte.apiUrl = loopback(airbyte.port());
        {
            QSettings settings(profilePath(), QSettings::IniFormat);
            settings.clear();
            p.save(settings);
        }
        SecretStore secrets(QStringLiteral("DataStackPanelTest-application"));
        auto session = std::make_unique<Session>(ProfileStore::pinnedTo(profilePath()), &secrets,
                                                 EnvironmentOverrides());
        ProbeTester tester;
        auto window = std::make_unique<MainWindow>(session.get(), &tester);
        window->show();
        session->activate(session->store().activeId());
        QTRY_VERIFY(session->application() != nullptr);
        QVERIFY(!window->notifier()->hasTray());
        JobWatcher *watcher = session->application()->jobWatcher();
        QVERIFY(watcher);
        watcher->setIntervals({50ms, 20ms});
        watcher->setClock(
            [&airbyte] { return QDateTime::fromSecsSinceEpoch(airbyte.jobs()->now(), Qt::UTC); });
        QTRY_VERIFY(!watcher->workspaceId().isEmpty());

        const qint64 id = airbyte.jobs()->startSyncElsewhere(connection);
        watcher->checkNow();
        // The test has no translator: the English plural reads "sync(s)" here.
        const QRegularExpression running(
            QStringLiteral("^<a href=\"running\">1 sync(\\(s\\))? running now"));
        QTRY_VERIFY2(running.match(window->dashboard()->syncsLine()->text()).hasMatch(),
                     qPrintable(window->dashboard()->syncsLine()->text()));
        // Its row on the Connections page follows it.
        window->showPage(QStringLiteral("connections"));
        const auto lastSync = [&] {
            ConnectionsModel *m = window->connectionsPage()->model();
            const int row = m->rowOf(connection);
            return row < 0 ? QString()
                           : m->index(row, ConnectionsModel::LastSync).data().toString();
        };
        airbyte.jobs()->advance(20);
        QTRY_VERIFY2(lastSync().startsWith(QStringLiteral("Syncing… ")) &&
                         lastSync().contains(QStringLiteral("so far")),
                     qPrintable(lastSync()));
        airbyte.jobs()->advance(40);
        QTRY_VERIFY(window->alertBanner()->isVisible());
        QTRY_VERIFY2(lastSync().startsWith(QStringLiteral("Failed")), qPrintable(lastSync()));
        const QString banner = window->alertBanner()->text()->text();
        QVERIFY2(banner.startsWith(QStringLiteral("Sync failed: shop")), qPrintable(banner));
        QVERIFY(banner.contains(QStringLiteral("Connection refused by <b>db</b>")));
        QCOMPARE(window->alertBanner()->text()->textFormat(), Qt::PlainText);
        QCOMPARE(window->notifier()->shown().size(), 1);
        QCOMPARE(window->notifier()->mood(), StackMood::Down);
        QTRY_VERIFY(window->dashboard()->syncsLine()->text().contains(
            QStringLiteral("1 failed in the last 24 hours")));
        QVERIFY(!running.match(window->dashboard()->syncsLine()->text()).hasMatch());

        window->alertBanner()->findChild<QPushButton *>(QStringLiteral("alertOpen"))->click();
        QVERIFY(window->jobsPage()->isVisible());
        QTRY_COMPARE(window->jobsPage()->selectedJobId(), id);
        window->close();
        window.reset();
        session.reset();
    }

    // The window closed while every service hangs: the panel must go away cleanly, requests,
    // sockets and libpq workers included (the sanitizer build turns a stray access into a
    // failure here).
    void closingTheWindowMidRoundShutsDownCleanly()
    {
        FakeHttpServer hang;
        hang.setMode(FakeHttpServer::Mode::Hang);
        QVERIFY(hang.listen());
        Profile p = emptyProfile();
        p.airbyte.apiUrl = loopback(hang.port());
        p.minio.endpoint = loopback(hang.port());
        p.dremio.url = loopback(hang.port());
        p.postgres.host = QStringLiteral("127.0.0.1");
        p.postgres.port = hang.port();
        p.postgres.password = QStringLiteral("pw");
        p.temporal.host = QStringLiteral("127.0.0.1");
        p.temporal.port = hang.port();
        p.probeTimeout = 5s;
        // As the panel runs: a session over the profile file, its services, the window.
        {
            QSettings settings(profilePath(), QSettings::IniFormat);
            p.save(settings);
        }
        SecretStore secrets(QStringLiteral("DataStackPanelTest-application"));
        EnvironmentOverrides overrides;
        overrides.postgresPassword = QStringLiteral("pw");
        auto session =
            std::make_unique<Session>(ProfileStore::pinnedTo(profilePath()), &secrets, overrides);
        ProbeTester tester;
        auto window = std::make_unique<MainWindow>(session.get(), &tester);
        window->show();
        session->activate(session->store().activeId());
        QTRY_VERIFY(session->application() != nullptr);
        Application *app = session->application();
        // Airbyte, MinIO, Dremio, Temporal's preface and PostgreSQL's reachability check.
        QTRY_VERIFY(hang.openConnectionCount() >= 4);
        QTest::qWait(300);
        QVERIFY(app->healthMonitor()->isRoundRunning());
        window->close();
        window.reset();
        QElapsedTimer teardown;
        teardown.start();
        session.reset();
        // Prompt (the libpq pool is joined, not waited out), and nothing left connected.
        QVERIFY2(teardown.elapsed() < 1000, qPrintable(QString::number(teardown.elapsed())));
        QTRY_COMPARE(hang.openConnectionCount(), 0);
    }

    // Airbyte says it is available but its version route hangs: the verdict stays Up and the
    // card says why the version is unknown.
    void hangingVersionRouteLeavesAirbyteUp()
    {
        AirbyteFake airbyte;
        airbyte.setVersionRouteHangs(true);
        QVERIFY(airbyte.listen());
        Profile p = emptyProfile();
        p.airbyte.apiUrl = loopback(airbyte.port());
        p.probeTimeout = 1s;
        Application app(p, profilePath());
        DashboardPage page(app.healthMonitor());
        QVERIFY(runRound(app));
        ServiceCard *card = page.card(QStringLiteral("airbyte"));
        QCOMPARE(card->stateText(), QStringLiteral("Up"));
        QCOMPARE(card->versionText(), QStringLiteral("unknown (timed out after 500 ms)"));
        const ServiceHealth h = app.healthMonitor()->health(QStringLiteral("airbyte"));
        QCOMPARE(h.last.code, ProbeCode::Ok);
        QVERIFY(h.last.latency && *h.last.latency < 500ms);
    }

    // 8,640 polls a day must not open 8,640 Dremio sessions: one login, then a cheap check.
    void dremioLogsInOnceAndOutAtShutdown()
    {
        DremioFake dremio;
        dremio.addUser(QStringLiteral("analyst"), QStringLiteral("pw-1"));
        QVERIFY(dremio.listen());
        const Profile p = dremioProfile(dremio.port(), QStringLiteral("pw-1"));
        Application app(p, profilePath());
        for (int i = 0; i < 5; ++i) {
            QVERIFY(runRound(app));
            QCOMPARE(app.healthMonitor()->health(QStringLiteral("dremio")).state, HealthState::Up);
        }
        QCOMPARE(dremio.loginCount(), 1);
        QCOMPARE(dremio.liveSessionCount(), 1);

        // The server forgot the session (restart, expiry): one new login, still Up.
        dremio.expireSessions();
        QVERIFY(runRound(app));
        QCOMPARE(app.healthMonitor()->health(QStringLiteral("dremio")).state, HealthState::Up);
        QCOMPARE(dremio.loginCount(), 2);

        bool done = false;
        app.shutdown([&] { done = true; });
        QTRY_VERIFY(done);
        QCOMPARE(dremio.logoutCount(), 1);
        QCOMPARE(dremio.liveSessionCount(), 0);
    }

    // The panel closes while its first login is in flight: the session that login opens on
    // the server is still closed.
    void dremioLoginInFlightAtShutdownIsLoggedOut()
    {
        DremioFake dremio;
        dremio.addUser(QStringLiteral("analyst"), QStringLiteral("pw-1"));
        QVERIFY(dremio.listen());
        const Profile p = dremioProfile(dremio.port(), QStringLiteral("pw-1"));
        auto app = std::make_unique<Application>(p, profilePath());
        app->healthMonitor()->checkNow();
        QTRY_COMPARE(dremio.loginCount(), 1); // answered; the reply may not be read yet
        bool done = false;
        app->shutdown([&] { done = true; });
        QTRY_VERIFY(done);
        app.reset();
        QCOMPARE(dremio.liveSessionCount(), 0);
        QCOMPARE(dremio.logoutCount(), 1);
    }

    // A wrong password is not tried again on every poll: each try logs an error with a stack
    // trace on the Dremio server.
    void dremioWrongPasswordIsNotRetriedOnEveryPoll()
    {
        DremioFake dremio;
        dremio.addUser(QStringLiteral("analyst"), QStringLiteral("pw-1"));
        QVERIFY(dremio.listen());
        const Profile p = dremioProfile(dremio.port(), QStringLiteral("wrong"));
        Application app(p, profilePath());
        for (int i = 0; i < 3; ++i) {
            QVERIFY(runRound(app));
            const ServiceHealth h = app.healthMonitor()->health(QStringLiteral("dremio"));
            QCOMPARE(h.state, HealthState::Degraded);
            QCOMPARE(h.last.code, ProbeCode::DegradedAuth);
            QCOMPARE(h.last.reason,
                     QStringLiteral("login refused for user analyst: Invalid user credentials, "
                                    "user analyst"));
        }
        QCOMPARE(dremio.failedLoginCount(), 1);
    }

    // A proxy that echoes the request body in its error page must not put the password on
    // screen or in --check output.
    void echoedPasswordIsMasked()
    {
        FakeHttpServer proxy;
        proxy.route("GET", "/apiv2/server_status", [](const FakeRequest &) {
            return FakeResponse{200, "application/json", "\"OK\""};
        });
        proxy.route("POST", "/apiv2/login", [](const FakeRequest &request) {
            return FakeResponse{400, "text/plain", "bad request: " + request.body};
        });
        QVERIFY(proxy.listen());
        Profile p = emptyProfile();
        p.dremio.url = loopback(proxy.port());
        p.dremio.user = QStringLiteral("analyst");
        p.dremio.password = QStringLiteral("s3cr3t-pass");
        Application app(p, profilePath());
        QVERIFY(runRound(app));
        const ServiceHealth h = app.healthMonitor()->health(QStringLiteral("dremio"));
        QCOMPARE(h.state, HealthState::Degraded);
        QVERIFY2(h.last.reason.contains(QLatin1String("\"password\":\"***\"")),
                 qPrintable(h.last.reason));
        QVERIFY(!h.last.reason.contains(QLatin1String("s3cr3t-pass")));
    }

    // Text a server chooses is shown as text: no markup rendered, no escape sequence kept.
    void serverTextIsShownAsPlainText()
    {
        AirbyteFake airbyte;
        airbyte.setHealthOverride(503, "maintenance <img src=x><b>down</b> \x1b[31mred\x1b[0m");
        QVERIFY(airbyte.listen());
        Profile p = emptyProfile();
        p.airbyte.apiUrl = loopback(airbyte.port());
        Application app(p, profilePath());
        DashboardPage page(app.healthMonitor());
        QVERIFY(runRound(app));
        ServiceCard *card = page.card(QStringLiteral("airbyte"));
        const QString expected = QStringLiteral("HTTP 503 from /api/v1/health: maintenance "
                                                "<img src=x><b>down</b> \uFFFD[31mred\uFFFD[0m");
        QCOMPARE(card->reasonText(), expected);
        const QList<QLabel *> labels = card->findChildren<QLabel *>();
        QVERIFY(!labels.isEmpty());
        for (QLabel *label : labels)
            QVERIFY2(label->textFormat() == Qt::PlainText, qPrintable(label->text()));
    }

    // Asked to end its session twice while its login hangs (switching environments, then
    // quitting): Dremio's probe answers both, once the login gives up.
    void dremioEndSessionTwiceMidLoginAnswersBoth()
    {
        DremioFake dremio;
        dremio.addUser(QStringLiteral("analyst"), QStringLiteral("pw"));
        dremio.setGuard([](const FakeRequest &req) -> std::optional<FakeResponse> {
            if (req.method == "POST" && req.path == "/apiv2/login") {
                FakeResponse hang;
                hang.hang = true;
                return hang;
            }
            return std::nullopt;
        });
        QVERIFY(dremio.listen());
        Profile p = dremioProfile(dremio.port(), QStringLiteral("pw"));
        p.probeTimeout = 1s;
        Application app(p, profilePath());
        app.healthMonitor()->checkNow();
        QTRY_VERIFY(dremio.requestCount() >= 2); // server_status, then the login
        int first = 0, second = 0;
        app.shutdown([&] { ++first; });
        app.shutdown([&] { ++second; });
        QTRY_COMPARE_WITH_TIMEOUT(first, 1, 5000);
        QTRY_COMPARE_WITH_TIMEOUT(second, 1, 5000);
    }
};

QTEST_MAIN(TestApplication)
#include "tst_application.moc"
