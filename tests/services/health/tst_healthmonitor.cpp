#include "health/healthmonitor.h"
#include "health/healthprobe.h"

#include <QTimer>

#include <QSignalSpy>
#include <QTest>

using namespace Dsp;
using namespace std::chrono_literals;

namespace {

// Stands for a run object that owns work on another thread: its destructor stops the work.
class WorkerStub : public QObject
{
public:
    explicit WorkerStub(bool *stopped)
        : m_stopped(stopped)
    {}
    ~WorkerStub() override { *m_stopped = true; }

private:
    bool *m_stopped;
};

// A probe whose verdicts the test scripts; it answers on the next event-loop pass, or only
// when told (to model a slow service).
class ScriptedProbe : public HealthProbe
{
public:
    ScriptedProbe(ServiceId id, bool configured = true)
        : HealthProbe(id)
        , m_configured(configured)
    {}
    bool isConfigured() const override { return m_configured; }

    QList<HealthState> verdicts;
    bool holdAnswer = false;
    bool lookUpVersionForever = false; // Up at once, then an optional lookup that never ends
    int starts = 0;
    bool *workStopped = nullptr; // set by the run's worker object when it is destroyed

    using HealthProbe::optionalBudget;

    void answerNow()
    {
        const HealthState state = nextVerdict();
        finish(state, state == HealthState::Up ? ProbeCode::Ok : ProbeCode::Unavailable,
               QStringLiteral("scripted"));
    }

protected:
    void start() override
    {
        ++starts;
        if (workStopped)
            ownForRun(new WorkerStub(workStopped));
        if (lookUpVersionForever) {
            beginOptionalLookup(HealthState::Up, ProbeCode::Ok);
            return;
        }
        if (!holdAnswer)
            QTimer::singleShot(0, runContext(), [this] { answerNow(); });
    }

private:
    HealthState nextVerdict()
    {
        return verdicts.isEmpty() ? HealthState::Up : verdicts.takeFirst();
    }
    bool m_configured;
};

bool runRound(HealthMonitor &monitor)
{
    QSignalSpy done(&monitor, &HealthMonitor::roundFinished);
    monitor.checkNow();
    return done.count() > 0 || done.wait(2000);
}

} // namespace

class TestHealthMonitor : public QObject
{
    Q_OBJECT

private slots:
    void keepsTheLastThirtyChecks()
    {
        HealthMonitor monitor;
        auto probe = new ScriptedProbe(ServiceId::Minio);
        for (int i = 0; i < 35; ++i)
            probe->verdicts.append(i % 2 ? HealthState::Down : HealthState::Up);
        monitor.addProbe(probe);
        for (int i = 0; i < 35; ++i)
            QVERIFY(runRound(monitor));
        const ServiceHealth h = monitor.health(serviceKey(ServiceId::Minio));
        QCOMPARE(h.history.size(), ServiceHealth::HistoryLength);
        QCOMPARE(h.history.last(), HealthState::Up);    // check 35 (index 34) was Up
        QCOMPARE(h.history.first(), HealthState::Down); // check 6 (index 5) was Down
    }

    void lastChangeMovesOnlyWhenTheStateChanges()
    {
        HealthMonitor monitor;
        auto probe = new ScriptedProbe(ServiceId::Postgres);
        probe->verdicts = {HealthState::Up, HealthState::Up, HealthState::Down};
        monitor.addProbe(probe);
        QVERIFY(runRound(monitor));
        const QDateTime firstChange = monitor.health(serviceKey(ServiceId::Postgres)).lastChange;
        QVERIFY(firstChange.isValid());
        QTest::qWait(20);
        QVERIFY(runRound(monitor));
        QCOMPARE(monitor.health(serviceKey(ServiceId::Postgres)).lastChange, firstChange);
        QTest::qWait(20);
        QVERIFY(runRound(monitor));
        const ServiceHealth h = monitor.health(serviceKey(ServiceId::Postgres));
        QCOMPARE(h.state, HealthState::Down);
        QVERIFY(h.lastChange > firstChange);
        QCOMPARE(h.lastChange, h.last.checkedAt);
    }

    void roundEndsWhenTheSlowestProbeAnswers()
    {
        HealthMonitor monitor;
        auto fast = new ScriptedProbe(ServiceId::Airbyte);
        auto slow = new ScriptedProbe(ServiceId::Dremio);
        slow->holdAnswer = true;
        monitor.addProbe(fast);
        monitor.addProbe(slow);
        QSignalSpy started(&monitor, &HealthMonitor::roundStarted);
        QSignalSpy finished(&monitor, &HealthMonitor::roundFinished);
        monitor.checkNow();
        QCOMPARE(started.count(), 1);
        QTRY_COMPARE(monitor.health(serviceKey(ServiceId::Airbyte)).state, HealthState::Up);
        QVERIFY(monitor.isChecking(serviceKey(ServiceId::Dremio)));
        QCOMPARE(finished.count(), 0);

        // "Check now" while Dremio still runs: Airbyte runs again, Dremio is not restarted.
        monitor.checkNow();
        QCOMPARE(slow->starts, 1);
        QTRY_COMPARE(fast->starts, 2);

        slow->answerNow();
        QTRY_COMPARE(finished.count(), 1);
        QVERIFY(!monitor.isChecking(serviceKey(ServiceId::Dremio)));
    }

    void announcesEachCheckAsItStarts()
    {
        HealthMonitor monitor;
        auto slow = new ScriptedProbe(ServiceId::Dremio);
        slow->holdAnswer = true;
        monitor.addProbe(slow);
        QList<bool> checkingWhenAnnounced;
        connect(&monitor, &HealthMonitor::serviceChanged, this,
                [&](const QString &id) { checkingWhenAnnounced.append(monitor.isChecking(id)); });
        monitor.checkNow();
        QCOMPARE(checkingWhenAnnounced, QList<bool>{true});
        slow->answerNow();
        QCOMPARE(checkingWhenAnnounced, (QList<bool>{true, false}));
    }

    void unconfiguredServiceIsNotCheckedAndKeepsNoHistory()
    {
        HealthMonitor monitor;
        auto probe = new ScriptedProbe(ServiceId::Temporal, false);
        monitor.addProbe(probe);
        QVERIFY(runRound(monitor));
        QCOMPARE(probe->starts, 0);
        const ServiceHealth h = monitor.health(serviceKey(ServiceId::Temporal));
        QCOMPARE(h.state, HealthState::NotConfigured);
        QVERIFY(h.history.isEmpty());
    }

    // `--check` connects to roundFinished and then enters the event loop: a round whose
    // verdicts are all immediate must still end from the loop, not inside checkNow().
    void roundOfImmediateVerdictsEndsFromTheEventLoop()
    {
        HealthMonitor monitor;
        monitor.addProbe(new ScriptedProbe(ServiceId::Temporal, false));
        QSignalSpy finished(&monitor, &HealthMonitor::roundFinished);
        monitor.checkNow();
        QCOMPARE(finished.count(), 0);
        QVERIFY(finished.wait(1000));
        QCOMPARE(finished.count(), 1);
    }

    void twoServicesOfOneKindAreKeptApart()
    {
        HealthMonitor monitor;
        auto main = new ScriptedProbe(ServiceId::Postgres);
        auto warehouse = new ScriptedProbe(ServiceId::Postgres);
        warehouse->setIdentity(QStringLiteral("postgres-warehouse"),
                               QStringLiteral("PostgreSQL (warehouse)"));
        warehouse->verdicts = {HealthState::Down};
        monitor.addProbe(main);
        monitor.addProbe(warehouse);
        QVERIFY(runRound(monitor));
        QCOMPARE(monitor.services(),
                 (QStringList{QStringLiteral("postgres"), QStringLiteral("postgres-warehouse")}));
        QCOMPARE(monitor.health(QStringLiteral("postgres")).state, HealthState::Up);
        const ServiceHealth w = monitor.health(QStringLiteral("postgres-warehouse"));
        QCOMPARE(w.state, HealthState::Down);
        QCOMPARE(w.displayName, QStringLiteral("PostgreSQL (warehouse)"));
    }

    // A version lookup that hangs has its own budget: the verdict stays Up and says why the
    // version is unknown; the latency is that of the verdict.
    void optionalLookupNeverChangesTheVerdict()
    {
        HealthMonitor monitor;
        auto probe = new ScriptedProbe(ServiceId::Airbyte);
        probe->lookUpVersionForever = true;
        probe->setTimeout(400ms);
        monitor.addProbe(probe);
        QCOMPARE(probe->optionalBudget(), 500ms);
        QVERIFY(runRound(monitor));
        const ServiceHealth h = monitor.health(serviceKey(ServiceId::Airbyte));
        QCOMPARE(h.state, HealthState::Up);
        QCOMPARE(h.last.code, ProbeCode::Ok);
        QVERIFY(h.last.version.isEmpty());
        QCOMPARE(h.last.versionUnknownReason, QStringLiteral("timed out after 500 ms"));
        QVERIFY(h.last.latency && *h.last.latency < 200ms);
    }

    // Destroying the monitor mid-check destroys the probe's run objects, whose destructors
    // stop work on other threads (PostgreSQL's libpq worker).
    void destroyingTheMonitorMidCheckStopsTheWork()
    {
        bool stopped = false;
        {
            HealthMonitor monitor;
            auto probe = new ScriptedProbe(ServiceId::Postgres);
            probe->holdAnswer = true;
            probe->workStopped = &stopped;
            monitor.addProbe(probe);
            monitor.checkNow();
            QVERIFY(monitor.isChecking(serviceKey(ServiceId::Postgres)));
            QVERIFY(!stopped);
        }
        QVERIFY(stopped);
    }

    // What servers say is shown on one line, without escapes or bidi overrides that would
    // reorder the card's text or drive a terminal.
    void serverTextIsMadeSafeForOneLine()
    {
        const QString hostile = QStringLiteral("a\u202Eb\u2028c\x1b[2Jd\ne\u0085f");
        QCOMPARE(sanitizedServerText(hostile), QStringLiteral("a\uFFFDb c\uFFFD[2Jd e\uFFFDf"));
        QCOMPARE(sanitizedServerText(QStringLiteral("déjà vu — 1.8.0")),
                 QStringLiteral("déjà vu — 1.8.0"));
    }

    void pollsOnItsInterval()
    {
        HealthMonitor monitor;
        auto probe = new ScriptedProbe(ServiceId::Airbyte);
        monitor.addProbe(probe);
        monitor.setPollInterval(50ms);
        monitor.start();
        QTRY_VERIFY(probe->starts >= 3);
        monitor.stop();
        const int after = probe->starts;
        QTest::qWait(150);
        QCOMPARE(probe->starts, after);
    }
};

QTEST_GUILESS_MAIN(TestHealthMonitor)
#include "tst_healthmonitor.moc"
