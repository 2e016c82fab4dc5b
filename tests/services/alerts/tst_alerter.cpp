// The alerts a user gets, as a recording notifier sees them: a failed sync with the
// connection's name and the failure in words (on by default), a successful one only when
// chosen, a service going down and coming back (not its first verdict), nothing the user
// turned off; and the tray's mood: down, syncing, ok.
#include "alerts/alerter.h"

#include "airbyte/jobwatcher.h"
#include "health/healthmonitor.h"
#include "health/healthprobe.h"

#include "airbytetestbed.h"

#include <QSignalSpy>
#include <QTest>

using namespace Dsp;
using namespace Dsp::Fakes;
using namespace std::chrono_literals;

namespace {

constexpr qint64 T0 = AirbyteTestBed::T0;

struct RecordingNotifier : Notifier
{
    QList<Notification> shown;
    void notify(const Notification &n) override { shown.append(n); }
};

// A probe answering the verdicts the test sets, on the next event-loop pass.
class ScriptedProbe : public HealthProbe
{
public:
    explicit ScriptedProbe(ServiceId id)
        : HealthProbe(id)
    {}
    bool isConfigured() const override { return true; }
    HealthState next = HealthState::Up;

protected:
    void start() override
    {
        QTimer::singleShot(0, runContext(), [this] {
            finish(next, next == HealthState::Up ? ProbeCode::Ok : ProbeCode::Refused,
                   next == HealthState::Up ? QStringLiteral("answers")
                                           : QStringLiteral("connection refused"));
        });
    }
};

bool runRound(HealthMonitor &monitor)
{
    QSignalSpy done(&monitor, &HealthMonitor::roundFinished);
    monitor.checkNow();
    return done.wait(2000);
}

} // namespace

class TestAlerter : public QObject
{
    Q_OBJECT

private:
    AirbyteTestBed m_bed;
    std::unique_ptr<JobWatcher> m_watcher;
    std::unique_ptr<HealthMonitor> m_monitor;
    ScriptedProbe *m_airbyte = nullptr;
    RecordingNotifier m_notifier;
    std::unique_ptr<Alerter> m_alerter;
    QString m_connection;

    AirbyteJobsFake &engine() { return *m_bed.fake->jobs(); }

private slots:
    void init()
    {
        QVERIFY(m_bed.start());
        m_connection = m_bed.addConnection(QStringLiteral("shop"));
        m_watcher = std::make_unique<JobWatcher>(m_bed.client.get());
        m_watcher->setIntervals({30ms, 20ms});
        m_monitor = std::make_unique<HealthMonitor>();
        m_airbyte = new ScriptedProbe(ServiceId::Airbyte);
        m_monitor->addProbe(m_airbyte);
        m_notifier.shown.clear();
        m_alerter = std::make_unique<Alerter>(m_monitor.get(), m_watcher.get(), m_bed.client.get(),
                                              &m_notifier);
        m_watcher->start();
    }

    void cleanup()
    {
        m_alerter.reset();
        m_monitor.reset();
        m_watcher.reset();
        m_bed.stop();
    }

    void aFailedSyncIsSaidWithItsConnectionAndReason()
    {
        AirbyteJobsFake::Script script;
        script.attemptSecs = 60;
        script.lastAttemptFails = true;
        script.failureOrigin = QStringLiteral("source");
        script.failureType = QStringLiteral("config_error");
        script.externalMessage = QStringLiteral("password authentication failed\x1b[31m");
        engine().setScript(script);
        QSignalSpy mood(m_alerter.get(), &Alerter::moodChanged);
        const qint64 id = engine().startSyncElsewhere(m_connection);
        QVERIFY(QTest::qWaitFor([&] { return m_alerter->mood() == StackMood::Syncing; }, 5000));
        engine().advance(60);
        QVERIFY(QTest::qWaitFor([&] { return !m_notifier.shown.isEmpty(); }, 5000));
        const Notification n = m_notifier.shown.first();
        QCOMPARE(n.kind, Notification::Kind::SyncFailed);
        QCOMPARE(n.title, QStringLiteral("Sync failed: shop"));
        QVERIFY2(n.message.contains(QStringLiteral("password authentication failed")),
                 qPrintable(n.message));
        QVERIFY(!n.message.contains(QChar(0x1b))); // the server's control characters are gone
        QCOMPARE(n.jobId, id);
        QCOMPARE(n.connectionId, m_connection);
        QCOMPARE(m_alerter->mood(), StackMood::Down);
        QVERIFY(m_alerter->moodText().contains(QStringLiteral("failed")));
        QVERIFY(mood.size() >= 2);

        // The next sync succeeds: no alert (off by default), and the mood is back.
        script.lastAttemptFails = false;
        engine().setScript(script);
        engine().startSyncElsewhere(m_connection);
        QVERIFY(QTest::qWaitFor([&] { return m_watcher->runningJob(m_connection); }, 5000));
        QCOMPARE(m_alerter->mood(), StackMood::Down); // until a sync of it succeeds
        engine().advance(60);
        // No service checked in this test: nothing to say the stack is fine, nor that it is not.
        QVERIFY(QTest::qWaitFor([&] { return m_alerter->mood() == StackMood::Unknown; }, 5000));
        QCOMPARE(m_notifier.shown.size(), 1);
    }

    void aSuccessIsSaidOnlyWhenChosen()
    {
        AlertChoices choices;
        choices.syncSucceeded = true;
        choices.syncFailed = false;
        m_alerter->setChoices(choices);
        engine().startSyncElsewhere(m_connection);
        QVERIFY(QTest::qWaitFor([&] { return m_watcher->runningJob(m_connection); }, 5000));
        engine().advance(120);
        QVERIFY(QTest::qWaitFor([&] { return !m_notifier.shown.isEmpty(); }, 5000));
        QCOMPARE(m_notifier.shown.first().kind, Notification::Kind::SyncSucceeded);
        QCOMPARE(m_notifier.shown.first().title, QStringLiteral("Sync done: shop"));
    }

    void aServiceGoingDownAndBackIsSaidOnce()
    {
        QVERIFY(runRound(*m_monitor)); // the first verdict: how things are
        QVERIFY(m_notifier.shown.isEmpty());
        QCOMPARE(m_alerter->mood(), StackMood::Ok);
        m_airbyte->next = HealthState::Down;
        QVERIFY(runRound(*m_monitor));
        QVERIFY(runRound(*m_monitor)); // still down: said once
        QCOMPARE(m_notifier.shown.size(), 1);
        QCOMPARE(m_notifier.shown.first().kind, Notification::Kind::ServiceDown);
        QCOMPARE(m_notifier.shown.first().title, QStringLiteral("Airbyte is down"));
        QCOMPARE(m_notifier.shown.first().service, QStringLiteral("airbyte"));
        QCOMPARE(m_alerter->mood(), StackMood::Down);
        m_airbyte->next = HealthState::Up;
        QVERIFY(runRound(*m_monitor));
        QCOMPARE(m_notifier.shown.size(), 2);
        QCOMPARE(m_notifier.shown.last().kind, Notification::Kind::ServiceUp);
        QCOMPARE(m_alerter->mood(), StackMood::Ok);
    }

    void nothingTheUserTurnedOff()
    {
        m_alerter->setChoices({false, false, false});
        QVERIFY(runRound(*m_monitor));
        m_airbyte->next = HealthState::Down;
        QVERIFY(runRound(*m_monitor));
        AirbyteJobsFake::Script script;
        script.lastAttemptFails = true;
        engine().setScript(script);
        engine().startSyncElsewhere(m_connection);
        QVERIFY(QTest::qWaitFor([&] { return m_watcher->runningJob(m_connection); }, 5000));
        QSignalSpy finished(m_watcher.get(), &JobWatcher::jobFinished);
        engine().advance(120);
        QVERIFY(finished.wait(5000));
        QTest::qWait(50);
        QVERIFY(m_notifier.shown.isEmpty());
        QCOMPARE(m_alerter->mood(), StackMood::Down); // the tray still tells
    }
};

QTEST_GUILESS_MAIN(TestAlerter)
#include "tst_alerter.moc"
