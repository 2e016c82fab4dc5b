#include "health/healthmonitor.h"
#include "health/healthprobe.h"

#include <QTimer>

#include <QSignalSpy>
#include <QTest>

using namespace Dsp;
using namespace std::chrono_literals;

namespace {

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
    int starts = 0;

    void answerNow() { finish(nextVerdict(), QStringLiteral("scripted")); }

protected:
    void start() override
    {
        ++starts;
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
        const ServiceHealth h = monitor.health(ServiceId::Minio);
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
        const QDateTime firstChange = monitor.health(ServiceId::Postgres).lastChange;
        QVERIFY(firstChange.isValid());
        QTest::qWait(20);
        QVERIFY(runRound(monitor));
        QCOMPARE(monitor.health(ServiceId::Postgres).lastChange, firstChange);
        QTest::qWait(20);
        QVERIFY(runRound(monitor));
        const ServiceHealth h = monitor.health(ServiceId::Postgres);
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
        QTRY_COMPARE(monitor.health(ServiceId::Airbyte).state, HealthState::Up);
        QVERIFY(monitor.isChecking(ServiceId::Dremio));
        QCOMPARE(finished.count(), 0);

        // "Check now" while Dremio still runs: Airbyte runs again, Dremio is not restarted.
        monitor.checkNow();
        QCOMPARE(slow->starts, 1);
        QTRY_COMPARE(fast->starts, 2);

        slow->answerNow();
        QTRY_COMPARE(finished.count(), 1);
        QVERIFY(!monitor.isChecking(ServiceId::Dremio));
    }

    void announcesEachCheckAsItStarts()
    {
        HealthMonitor monitor;
        auto slow = new ScriptedProbe(ServiceId::Dremio);
        slow->holdAnswer = true;
        monitor.addProbe(slow);
        QList<bool> checkingWhenAnnounced;
        connect(&monitor, &HealthMonitor::serviceChanged, this,
                [&](ServiceId id) { checkingWhenAnnounced.append(monitor.isChecking(id)); });
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
        const ServiceHealth h = monitor.health(ServiceId::Temporal);
        QCOMPARE(h.state, HealthState::NotConfigured);
        QVERIFY(h.history.isEmpty());
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
