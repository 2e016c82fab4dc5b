// The job watcher against the Airbyte fake on a clock the test moves: only the slow list poll
// while nothing runs; a sync started elsewhere noticed, its progress polled with throughput
// and ETA, a failed attempt and the retry followed, the end reported once with its status; a
// cancel; nothing more after stop().
#include "airbyte/jobwatcher.h"

#include "airbytetestbed.h"

#include <QSignalSpy>
#include <QTest>

using namespace Dsp;
using namespace Dsp::Fakes;
using namespace std::chrono_literals;

namespace {

constexpr qint64 T0 = AirbyteTestBed::T0;

const StreamKey Orders{QStringLiteral("orders"), QStringLiteral("public")};
const StreamKey Customers{QStringLiteral("customers"), QStringLiteral("public")};

} // namespace

class TestJobWatcher : public QObject
{
    Q_OBJECT

private:
    AirbyteTestBed m_bed;
    std::unique_ptr<JobWatcher> m_watcher;
    QString m_connection;

    AirbyteJobsFake &engine() { return *m_bed.fake->jobs(); }
    int progressRequests() const { return m_bed.fake->requestCount("connections/sync_progress"); }
    int listRequests() const { return m_bed.fake->requestCount("jobs/list_for_workspaces"); }

    // Waits until the watcher has polled the list `n` more times and had the answers.
    bool listPolls(int n)
    {
        const int until = m_watcher->listRequestCount() + n;
        return QTest::qWaitFor(
            [&] { return m_watcher->listRequestCount() >= until && listRequests() >= until; },
            5000);
    }

private slots:
    void init()
    {
        QVERIFY(m_bed.start());
        m_connection = m_bed.addConnection(QStringLiteral("shop"));
        m_watcher = std::make_unique<JobWatcher>(m_bed.client.get());
        m_watcher->setIntervals({40ms, 20ms});
        m_watcher->setClock(
            [this] { return QDateTime::fromSecsSinceEpoch(engine().now(), Qt::UTC); });
    }

    void cleanup()
    {
        m_watcher.reset();
        m_bed.stop();
    }

    void onlyTheListIsPolledWhileNothingRuns()
    {
        QSignalSpy started(m_watcher.get(), &JobWatcher::jobStarted);
        m_watcher->start();
        QVERIFY(listPolls(5));
        QCOMPARE(m_watcher->workspaceId(), AirbyteFake::defaultWorkspaceId());
        QCOMPARE(progressRequests(), 0);
        QCOMPARE(m_watcher->progressRequestCount(), 0);
        QVERIFY(m_watcher->runningJobs().isEmpty());
        QVERIFY(!m_watcher->progress(m_connection));
        QCOMPARE(started.size(), 0);
    }

    void followsASyncStartedElsewhereToItsEnd()
    {
        AirbyteJobsFake::Script script;
        script.attemptSecs = 100;
        script.failingAttempts = 1;
        script.retryDelaySecs = 10;
        script.recordsPerStream = 1000;
        script.externalMessage = QStringLiteral("Connection reset by peer");
        engine().setScript(script);
        QSignalSpy started(m_watcher.get(), &JobWatcher::jobStarted);
        QSignalSpy finished(m_watcher.get(), &JobWatcher::jobFinished);
        QSignalSpy changed(m_watcher.get(), &JobWatcher::jobChanged);
        m_watcher->start();
        QVERIFY(listPolls(1));

        const qint64 id = engine().startSyncElsewhere(m_connection);
        QVERIFY(started.wait(5000));
        QCOMPARE(started.first().first().value<Job>().id, id);
        QCOMPARE(m_watcher->runningJobs().size(), 1);
        QCOMPARE(m_watcher->runningJob(m_connection)->id, id);

        // Two readings 10 s apart on the fake's clock: 20 % then 30 % of the orders.
        engine().advance(20);
        QVERIFY(QTest::qWaitFor(
            [&] {
                const SyncProgressTracker *p = m_watcher->progress(m_connection);
                return p && p->last().stream(Orders) &&
                       p->last().stream(Orders)->stats.recordsEmitted == 200;
            },
            5000));
        engine().advance(10);
        QVERIFY(QTest::qWaitFor(
            [&] {
                const SyncProgressTracker *p = m_watcher->progress(m_connection);
                return p && p->last().stream(Orders)->stats.recordsEmitted == 300;
            },
            5000));
        const SyncProgressTracker *p = m_watcher->progress(m_connection);
        QCOMPARE(p->jobId(), id);
        QCOMPARE(*p->recordsPerSecond(Orders), 10.0);
        QCOMPARE(*p->estimate(Orders).fraction, 0.3); // the estimate from jobs/list
        QVERIFY(p->history().size() >= 2);

        // The first attempt fails half way: the job is incomplete, still watched.
        engine().advance(20);
        QVERIFY(QTest::qWaitFor(
            [&] {
                const Job *j = m_watcher->runningJob(m_connection);
                return j && j->status == JobStatus::Incomplete;
            },
            5000));
        QVERIFY(changed.size() >= 1);
        QCOMPARE(finished.size(), 0);

        // The retry succeeds: reported once, with both attempts.
        engine().advance(10 + 100);
        QVERIFY(finished.wait(5000));
        const Job done = finished.first().first().value<Job>();
        QCOMPARE(done.id, id);
        QCOMPARE(done.status, JobStatus::Succeeded);
        QCOMPARE(done.attempts.size(), 2);
        QVERIFY(m_watcher->runningJobs().isEmpty());
        QVERIFY(!m_watcher->progress(m_connection));

        // Then only the list again.
        QVERIFY(listPolls(2));
        const int progressAfter = progressRequests();
        QVERIFY(listPolls(3));
        QCOMPARE(progressRequests(), progressAfter);
        QCOMPARE(finished.size(), 1);
        QCOMPARE(started.size(), 1);
    }

    void aFailedSyncEndsWithItsReason()
    {
        AirbyteJobsFake::Script script;
        script.attemptSecs = 60;
        script.lastAttemptFails = true;
        script.failureOrigin = QStringLiteral("source");
        script.failureType = QStringLiteral("config_error");
        script.externalMessage = QStringLiteral("password authentication failed");
        engine().setScript(script);
        QSignalSpy finished(m_watcher.get(), &JobWatcher::jobFinished);
        m_watcher->start();
        QVERIFY(listPolls(1));
        const qint64 id = engine().startSyncElsewhere(m_connection);
        QVERIFY(QTest::qWaitFor([&] { return m_watcher->runningJob(m_connection); }, 5000));
        engine().advance(60);
        QVERIFY(finished.wait(5000));
        const Job failed = finished.first().first().value<Job>();
        QCOMPARE(failed.id, id);
        QCOMPARE(failed.status, JobStatus::Failed);
        QVERIFY2(explainJobFailure(failed).contains(
                     QStringLiteral("The source failed (a configuration problem")),
                 qPrintable(explainJobFailure(failed)));
        QVERIFY(explainJobFailure(failed).contains(QStringLiteral("password authentication")));
    }

    void aJobThePanelStartsIsWatchedAtOnceAndItsCancelReported()
    {
        QSignalSpy finished(m_watcher.get(), &JobWatcher::jobFinished);
        m_watcher->setIntervals({1h, 20ms}); // the list would not notice it in this test
        m_watcher->start();
        QVERIFY(QTest::qWaitFor([&] { return m_watcher->listRequestCount() == 1; }, 5000));
        std::optional<Result<qint64>> syncId;
        m_bed.client->syncConnection(m_connection, this,
                                     [&](const Result<qint64> &r) { syncId = r; });
        QVERIFY(QTest::qWaitFor([&] { return syncId.has_value(); }, 5000));
        std::optional<Result<Job>> job;
        m_bed.client->getJob(syncId->value(), this, [&](const Result<Job> &r) { job = r; });
        QVERIFY(QTest::qWaitFor([&] { return job.has_value(); }, 5000));
        m_watcher->watch(job->value());
        QCOMPARE(m_watcher->runningJob(m_connection)->id, syncId->value());

        engine().advance(5);
        std::optional<Result<Job>> cancelled;
        m_bed.client->cancelJob(syncId->value(), this,
                                [&](const Result<Job> &r) { cancelled = r; });
        QVERIFY(finished.wait(5000));
        QCOMPARE(finished.first().first().value<Job>().status, JobStatus::Cancelled);
        QCOMPARE(m_watcher->listRequestCount(), 1); // the progress said it was over
    }

    void countsTheFailuresOfTheLastDay()
    {
        engine().addFinishedJob(m_connection, QStringLiteral("sync"), QStringLiteral("failed"),
                                T0 - 3600);
        engine().addFinishedJob(m_connection, QStringLiteral("sync"), QStringLiteral("failed"),
                                T0 - 2 * 86400); // too old
        engine().addFinishedJob(m_connection, QStringLiteral("sync"), QStringLiteral("succeeded"),
                                T0 - 600);
        QSignalSpy counted(m_watcher.get(), &JobWatcher::failuresCounted);
        m_watcher->start();
        QVERIFY(counted.wait(5000));
        QCOMPARE(m_watcher->failedLastDay(), 1);
        QVERIFY(!m_watcher->failedMore());

        // A sync fails while watched: counted again.
        AirbyteJobsFake::Script script;
        script.lastAttemptFails = true;
        engine().setScript(script);
        engine().startSyncElsewhere(m_connection);
        QVERIFY(QTest::qWaitFor([&] { return m_watcher->runningJob(m_connection); }, 5000));
        engine().advance(120);
        QVERIFY(QTest::qWaitFor([&] { return m_watcher->failedLastDay() == 2; }, 5000));
    }

    void stopEndsEveryPoll()
    {
        m_watcher->start();
        QVERIFY(listPolls(1));
        engine().startSyncElsewhere(m_connection);
        QVERIFY(QTest::qWaitFor([&] { return progressRequests() >= 1; }, 5000));
        m_watcher->stop();
        QVERIFY(m_watcher->runningJobs().isEmpty());
        QTest::qWait(100); // a request sent before stop() may still reach the server
        const int requests = m_bed.fake->requestCount();
        QTest::qWait(300); // ten polls' time
        QCOMPARE(m_bed.fake->requestCount(), requests);
    }

    void theClientMayGoFirst()
    {
        m_watcher->start();
        QVERIFY(listPolls(1));
        engine().startSyncElsewhere(m_connection);
        QVERIFY(QTest::qWaitFor([&] { return progressRequests() >= 1; }, 5000));
        m_bed.client.reset();
        QTest::qWait(100); // the timers fire on a watcher without a client
        QVERIFY(m_watcher->isWatching());
    }
};

QTEST_GUILESS_MAIN(TestJobWatcher)
#include "tst_jobwatcher.moc"
