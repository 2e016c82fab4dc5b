// Jobs and live progress as the panel reads them: every answer shape of jobs/list, jobs/get
// and connections/sync_progress (0.50 to 1.8), malformed answers, the failure in words, and
// throughput and ETA from successive readings.
#include "airbyte/jobs.h"
#include "airbyte/syncprogress.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Dsp;
using namespace std::chrono_literals;

namespace {

QJsonObject obj(const char *json)
{
    return QJsonDocument::fromJson(QByteArray(json)).object();
}

const QDateTime T0 = QDateTime::fromSecsSinceEpoch(1'714'557'600, Qt::UTC); // 2024-05-01 10:00

// jobs/list in 1.8 for a sync that failed once, then succeeded; hydrated stats.
const char *const ListAnswer = R"({"jobs":[{"job":{"id":4711,"configType":"sync",
 "configId":"6a0c1c5e-1111-4c3b-9e57-0c4d6e0e0a01","createdAt":1714557600,"updatedAt":1714557900,
 "startedAt":1714557605,"status":"succeeded",
 "enabledStreams":[{"name":"orders","namespace":"public"},{"name":"customers","namespace":"public"}],
 "aggregatedStats":{"recordsEmitted":3200,"bytesEmitted":640000,"recordsCommitted":3000,
   "bytesCommitted":600000,"recordsRejected":0},
 "streamAggregatedStats":[{"streamName":"orders","streamNamespace":"public","recordsEmitted":2200,
   "bytesEmitted":440000,"recordsCommitted":2000,"bytesCommitted":400000,"recordsRejected":0}]},
 "attempts":[{"id":0,"status":"failed","createdAt":1714557605,"updatedAt":1714557655,
   "endedAt":1714557655,"totalStats":{"recordsEmitted":1200,"recordsCommitted":1000},
   "failureSummary":{"failures":[{"failureOrigin":"source","failureType":"config_error",
     "externalMessage":"Invalid password for user airbyte.","internalMessage":"PSQLException",
     "retryable":false,"timestamp":1714557655123,
     "streamDescriptor":{"name":"orders","namespace":"public"}}],"partialSuccess":true}},
  {"id":1,"status":"succeeded","createdAt":1714557665,"updatedAt":1714557900,"endedAt":1714557900,
   "totalStats":{"recordsEmitted":2000,"recordsCommitted":2000,"estimatedRecords":2000},
   "streamStats":[{"streamName":"orders","streamNamespace":"public",
     "stats":{"recordsEmitted":1000,"recordsCommitted":1000}}]}]}],
 "totalJobCount":57})";

} // namespace

class TestJobs : public QObject
{
    Q_OBJECT

private slots:
    void readsAJobWithItsAttemptsAndFailure()
    {
        const Result<JobPage> page = parseJobList(obj(ListAnswer), 20, false);
        QVERIFY(page);
        QCOMPARE(page.value().totalCount, 57);
        QVERIFY(page.value().totalIsKnown);
        QCOMPARE(page.value().jobs.size(), 1);
        const Job &job = page.value().jobs.first();
        QCOMPARE(job.id, 4711);
        QCOMPARE(job.connectionId, QStringLiteral("6a0c1c5e-1111-4c3b-9e57-0c4d6e0e0a01"));
        QCOMPARE(job.type, JobType::Sync);
        QCOMPARE(job.status, JobStatus::Succeeded);
        QCOMPARE(job.startedAt, T0.addSecs(5));
        QCOMPARE(job.duration(), 295s); // started to the last attempt's end
        QCOMPARE(job.totals.recordsCommitted, 3000);
        QCOMPARE(job.totals.bytesCommitted, 600000);
        QCOMPARE(job.streams.size(), 1);
        QCOMPARE(job.streams.first().stream.displayName(), QStringLiteral("public.orders"));
        QCOMPARE(job.enabledStreams.size(), 2);
        QCOMPARE(job.attempts.size(), 2);
        const Attempt &failed = job.attempts.first();
        QCOMPARE(failed.status, AttemptStatus::Failed);
        QVERIFY(failed.failureSummary);
        QCOMPARE(failed.failureSummary->partialSuccess, std::optional<bool>(true));
        const FailureReason &f = failed.failureSummary->failures.first();
        QCOMPARE(f.origin, FailureOrigin::Source);
        QCOMPARE(f.type, FailureType::ConfigError);
        QCOMPARE(f.retryable, std::optional<bool>(false));
        QCOMPARE(f.timestamp.toMSecsSinceEpoch(), 1714557655123);
        QCOMPARE(f.stream->name, QStringLiteral("orders"));
        QCOMPARE(job.totals.estimatedRecords, std::optional<qint64>(2000)); // the last attempt's
        QCOMPARE(explainJobFailure(job),
                 QStringLiteral("Stream public.orders: The source failed (a configuration "
                                "problem: check the connector's settings): Invalid password for "
                                "user airbyte."));
    }

    void sumsTheAttemptsWithoutAggregatedStats()
    {
        // jobs/get of 0.50: no aggregatedStats, counters per attempt, the legacy ones too.
        const Result<Job> job = parseJobInfo(obj(R"({"job":{"id":7,"configType":"sync",
            "configId":"c","createdAt":1714557600,"updatedAt":1714557700,"status":"running"},
            "attempts":[{"attempt":{"id":0,"status":"failed","createdAt":1714557600,
              "updatedAt":1714557650,"endedAt":1714557650,
              "totalStats":{"recordsCommitted":40,"bytesCommitted":400}},
              "logs":{"logLines":["a"]}},
            {"attempt":{"id":1,"status":"running","createdAt":1714557660,
              "updatedAt":1714557700}},
            {"attempt":{"id":2,"status":"succeeded","createdAt":1,"updatedAt":2,
              "recordsSynced":5,"bytesSynced":50}}]})"));
        QVERIFY(job);
        QCOMPARE(job.value().attempts.size(), 3);
        QVERIFY(job.value().attempts[0].hasTotals);
        QVERIFY(!job.value().attempts[1].hasTotals); // running: no output yet
        QCOMPARE(job.value().totals.recordsCommitted, 45);
        QCOMPARE(job.value().totals.bytesCommitted, 450);
        QVERIFY(job.value().isRunning());
        QCOMPARE(job.value().startedAt, T0); // from the first attempt
        QCOMPARE(job.value().duration(T0.addSecs(90)), 90s);
    }

    void oddValuesGetDefaultsAndNeverCrash_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<JobStatus>("status");
        QTest::addColumn<JobType>("type");
        QTest::addColumn<qint64>("id");
        QTest::newRow("queued (main)")
            << QByteArray(R"({"job":{"id":1,"status":"queued","configType":"sync"}})")
            << JobStatus::Pending << JobType::Sync << qint64(1);
        QTest::newRow("unknown status and type")
            << QByteArray(R"({"job":{"id":2,"status":"paused","configType":"backfill"}})")
            << JobStatus::Unknown << JobType::Other << qint64(2);
        QTest::newRow("clear") << QByteArray(
                                      R"({"job":{"id":3,"status":"failed","configType":"clear"}})")
                               << JobStatus::Failed << JobType::Clear << qint64(3);
        QTest::newRow("id as text, wrong types elsewhere")
            << QByteArray(R"({"job":{"id":"4","status":5,"configType":null,"createdAt":"x",
                "enabledStreams":"all","resetConfig":[1],"aggregatedStats":7},
                "attempts":[3,"a",{"id":"x","status":[],"failureSummary":{"failures":[1,{}]}}]})")
            << JobStatus::Unknown << JobType::Other << qint64(4);
        QTest::newRow("big id") << QByteArray(R"({"job":{"id":9007199254740993,"status":"running",
                "configType":"reset_connection"}})")
                                << JobStatus::Running << JobType::ResetConnection
                                << qint64(9007199254740993LL);
    }

    void oddValuesGetDefaultsAndNeverCrash()
    {
        QFETCH(QByteArray, json);
        QFETCH(JobStatus, status);
        QFETCH(JobType, type);
        QFETCH(qint64, id);
        const Result<Job> job = parseJobInfo(QJsonDocument::fromJson(json).object());
        QVERIFY(job);
        QCOMPARE(job.value().status, status);
        QCOMPARE(job.value().type, type);
        QCOMPARE(job.value().id, id);
        QVERIFY(!job.value().createdAt.isValid());
        QCOMPARE(job.value().duration(), 0s);
        for (const Attempt &a : job.value().attempts) // odd attempts read as empty ones
            QCOMPARE(a.status, AttemptStatus::Unknown);
    }

    void answersWithoutJobsAreInvalid()
    {
        const Result<JobPage> none = parseJobList(obj(R"({"jobs":{}})"), 10, false);
        QVERIFY(!none);
        QCOMPARE(none.error().kind, ErrorKind::InvalidResponse);
        QCOMPARE(none.error().detail, QStringLiteral("/jobs"));
        const Result<Job> noJob = parseJobInfo(obj(R"({"attempts":[]})"));
        QVERIFY(!noJob);
        QCOMPARE(noJob.error().kind, ErrorKind::InvalidResponse);
        // Entries that are not jobs are skipped, the others kept.
        const Result<JobPage> some = parseJobList(
            obj(R"({"jobs":[{"job":{"id":1,"status":"running"}},{"job":{}},7],"totalJobCount":3})"),
            10, false);
        QVERIFY(some);
        QCOMPARE(some.value().jobs.size(), 1);
        QCOMPARE(some.value().skipped, 2);
    }

    void workspaceListsGuessWhetherMoreJobsExist()
    {
        // list_for_workspaces' totalJobCount is the page's length (API-NOTES §7.5).
        const QJsonObject full = obj(R"({"jobs":[{"job":{"id":1}},{"job":{"id":2}}],
                                        "totalJobCount":2})");
        const JobPage page = parseJobList(full, 2, true).value();
        QVERIFY(!page.totalIsKnown);
        QVERIFY(page.hasMore);
        QVERIFY(!parseJobList(full, 3, true).value().hasMore);
        const JobPage counted = parseJobList(full, 2, false).value();
        QVERIFY(counted.totalIsKnown);
        QCOMPARE(counted.totalCount, 2);
    }

    void typeFilterOfAClearMeansBothTypes()
    {
        const QList<JobType> types = jobTypesForFilter(JobType::Clear);
        QVERIFY(types.contains(JobType::ResetConnection));
        QVERIFY(types.contains(JobType::Clear));
        QCOMPARE(jobTypesForFilter(JobType::Sync), QList<JobType>{JobType::Sync});
        QCOMPARE(jobTypeText(JobType::ResetConnection), jobTypeText(JobType::Clear));
    }

    void explainsFailuresInWords_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("text");
        QTest::newRow("destination timeout")
            << QByteArray(R"({"failureOrigin":"destination","failureType":"destination_timeout",
                              "externalMessage":"S3 did not answer"})")
            << QStringLiteral("The destination failed (the destination took too long): S3 did "
                              "not answer");
        QTest::newRow("cancelled") << QByteArray(R"({"failureOrigin":"airbyte_platform",
                              "failureType":"manual_cancellation","externalMessage":"x"})")
                                   << QStringLiteral("The job was cancelled.");
        QTest::newRow("no message")
            << QByteArray(R"({"failureOrigin":"replication","failureType":"heartbeat_timeout"})")
            << QStringLiteral("Moving the data from the source to the destination failed (the "
                              "connector stopped answering).");
        QTest::newRow("unknown origin and type")
            << QByteArray(R"({"failureOrigin":"cosmic","failureType":"ray",
                              "externalMessage":"bit flip"})")
            << QStringLiteral("The job failed: bit flip");
        QTest::newRow("nothing") << QByteArray("{}") << QStringLiteral("The job failed.");
    }

    void explainsFailuresInWords()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, text);
        QCOMPARE(explainFailure(FailureReason::fromApi(QJsonDocument::fromJson(json).object())),
                 text);
    }

    void readsSyncProgressInEveryShape_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<bool>("answered");
        QTest::addColumn<qint64>("jobId");
        QTest::addColumn<int>("streams");
        QTest::addColumn<qint64>("recordsEmitted");
        QTest::addColumn<JobType>("type");
        QTest::newRow("0.57 stub: null")
            << QByteArray("null") << false << qint64(0) << 0 << qint64(0) << JobType::Sync;
        QTest::newRow("empty body")
            << QByteArray("  ") << false << qint64(0) << 0 << qint64(0) << JobType::Sync;
        QTest::newRow("0.58 array")
            << QByteArray(R"([{"streamName":"orders","streamNamespace":"public","jobId":9,
                 "recordsExtracted":120,"recordsLoaded":100,"bytesExtracted":1200,
                 "bytesLoaded":1000,"syncStartedAt":1714557600},
                 {"streamName":"customers","streamNamespace":"public","jobId":9,
                 "recordsExtracted":30,"recordsLoaded":0,"syncStartedAt":1714557600}])")
            << true << qint64(9) << 2 << qint64(150) << JobType::Sync;
        QTest::newRow("0.58 array, idle")
            << QByteArray("[]") << true << qint64(0) << 0 << qint64(0) << JobType::Sync;
        QTest::newRow("1.8 object")
            << QByteArray(R"({"connectionId":"c","jobId":12,"syncStartedAt":1714557600,
                 "recordsEmitted":500,"recordsCommitted":400,"bytesEmitted":5000,
                 "bytesCommitted":4000,"configType":"refresh","recordsRejected":0,
                 "streams":[{"streamName":"orders","configType":"refresh","recordsEmitted":500},
                            {"streamName":"customers","configType":"sync"}]})")
            << true << qint64(12) << 2 << qint64(500) << JobType::Refresh;
        QTest::newRow("0.61 object without configType")
            << QByteArray(R"({"connectionId":"c","jobId":13,"recordsEmitted":5,"streams":[]})")
            << true << qint64(13) << 0 << qint64(5) << JobType::Sync;
        QTest::newRow("1.x idle") << QByteArray(R"({"connectionId":"c","streams":[]})") << true
                                  << qint64(0) << 0 << qint64(0) << JobType::Sync;
    }

    void readsSyncProgressInEveryShape()
    {
        QFETCH(QByteArray, body);
        QFETCH(bool, answered);
        QFETCH(qint64, jobId);
        QFETCH(int, streams);
        QFETCH(qint64, recordsEmitted);
        QFETCH(JobType, type);
        const Result<std::optional<SyncProgress>> r =
            SyncProgress::fromApi(body, QStringLiteral("c"));
        QVERIFY(r);
        QCOMPARE(r.value().has_value(), answered);
        if (!answered)
            return;
        const SyncProgress &p = *r.value();
        QCOMPARE(p.connectionId, QStringLiteral("c"));
        QCOMPARE(p.jobId, jobId);
        QCOMPARE(p.isRunning(), jobId != 0);
        QCOMPARE(p.streams.size(), streams);
        QCOMPARE(p.totals.recordsEmitted, recordsEmitted);
        QCOMPARE(p.type, type);
    }

    void streamsWithoutCountsAreWaiting()
    {
        const SyncProgress p =
            *SyncProgress::fromApi(R"({"connectionId":"c","jobId":3,"configType":"sync",
                "streams":[{"streamName":"a","configType":"sync","recordsEmitted":0},
                           {"streamName":"b","configType":"sync"}]})",
                                   QStringLiteral("c"))
                 .value();
        QCOMPARE(p.stream({QStringLiteral("a"), {}})->state, StreamRunState::Running);
        QCOMPARE(p.stream({QStringLiteral("b"), {}})->state, StreamRunState::Pending);
        QVERIFY(!p.stream({QStringLiteral("c"), {}}));
    }

    void malformedProgressIsAnError()
    {
        for (const QByteArray &body :
             {QByteArray("{\"jobId\":"), QByteArray("42"), QByteArray("<html>502</html>")}) {
            const auto r = SyncProgress::fromApi(body, QStringLiteral("c"));
            QVERIFY2(!r, body.constData());
            QCOMPARE(r.error().kind, ErrorKind::InvalidResponse);
        }
        // Entries of the wrong type are skipped.
        const auto odd = SyncProgress::fromApi(R"({"jobId":"x","streams":[1,{"x":2}]})", "c");
        QVERIFY(odd);
        QCOMPARE(odd.value()->jobId, 0);
        QVERIFY(odd.value()->streams.isEmpty());
    }

    void progressFromTheJobsOwnStatistics()
    {
        // A running 0.50 job from jobs/list: hydrated attempt stats with estimates.
        const Job job = parseJobInfo(obj(R"({"job":{"id":5,"configType":"sync","configId":"c",
            "createdAt":1714557600,"updatedAt":1714557660,"status":"running",
            "enabledStreams":[{"name":"orders"},{"name":"customers"}]},
            "attempts":[{"id":0,"status":"running","createdAt":1714557600,"updatedAt":1714557660,
              "totalStats":{"recordsEmitted":250,"estimatedRecords":1000},
              "streamStats":[{"streamName":"orders","stats":{"recordsEmitted":250,
                "estimatedRecords":1000}}]}]})"))
                            .value();
        const SyncProgress p = SyncProgress::fromJob(job);
        QCOMPARE(p.source, SyncProgress::Source::JobStats);
        QCOMPARE(p.jobId, 5);
        QCOMPARE(p.totals.recordsEmitted, 250);
        QCOMPARE(p.streams.size(), 2);
        QCOMPARE(p.stream({QStringLiteral("orders"), {}})->stats.estimatedRecords,
                 std::optional<qint64>(1000));
        QCOMPARE(p.stream({QStringLiteral("customers"), {}})->state, StreamRunState::Pending);

        Job over = job;
        over.status = JobStatus::Succeeded;
        QVERIFY(!SyncProgress::fromJob(over).isRunning());

        // sync_progress has no estimates: the job's are merged in.
        SyncProgress live = *SyncProgress::fromApi(R"({"connectionId":"c","jobId":5,
            "streams":[{"streamName":"orders","streamNamespace":"public","recordsEmitted":300}]})",
                                                   "c")
                                 .value();
        live.mergeEstimates(job);
        QCOMPARE(live.totals.estimatedRecords, std::optional<qint64>(1000));
        QCOMPARE(live.streams.first().stats.estimatedRecords, std::optional<qint64>(1000));
    }

    void throughputFromSuccessiveReadings()
    {
        ThroughputTracker t(60s);
        QVERIFY(!t.recordsPerSecond());
        t.add(T0, 0, 0);
        QVERIFY(!t.recordsPerSecond()); // one reading says nothing about speed
        t.add(T0.addSecs(10), 1000, 50000);
        QCOMPARE(*t.recordsPerSecond(), 100.0);
        QCOMPARE(*t.bytesPerSecond(), 5000.0);
        t.add(T0.addSecs(20), 3000, 150000);
        QCOMPARE(*t.recordsPerSecond(), 150.0); // over the whole window
        // Only the last minute counts: an early burst fades out.
        for (int s = 30; s <= 120; s += 10)
            t.add(T0.addSecs(s), 3000 + (s - 20) * 10, 150000);
        QCOMPARE(*t.recordsPerSecond(), 10.0);
        // A new attempt starts from zero: the tracker starts again.
        t.add(T0.addSecs(130), 5, 10);
        QCOMPARE(t.readingCount(), 1);
        QVERIFY(!t.recordsPerSecond());
    }

    void etaWhereEstimatesExist()
    {
        const ProgressEstimate half = estimateProgress(500, 1000, 50.0);
        QVERIFY(!half.isIndeterminate());
        QCOMPARE(*half.fraction, 0.5);
        QCOMPARE(*half.remaining, 10s);
        QCOMPARE(remainingText(half), QStringLiteral("About 10 s left"));
        // Without a rate yet: from the time elapsed, as Airbyte's 0.50 web app did.
        QCOMPARE(*estimateProgress(250, 1000, std::nullopt, 60s).remaining, 180s);
        // No estimate: indeterminate, whatever the rate.
        const ProgressEstimate none = estimateProgress(500, std::nullopt, 50.0);
        QVERIFY(none.isIndeterminate());
        QVERIFY(remainingText(none).isEmpty());
        QVERIFY(estimateProgress(5, 0, 1.0).isIndeterminate());
        // Past its estimate (estimates are guesses): done, not negative.
        const ProgressEstimate over = estimateProgress(1200, 1000, 50.0);
        QCOMPARE(*over.fraction, 1.0);
        QCOMPARE(*over.remaining, 0s);
        QCOMPARE(remainingText(estimateProgress(0, 100, 0.01)), QStringLiteral("About 3 h left"));
    }

    void trackerFollowsOneJob()
    {
        auto reading = [](qint64 job, qint64 orders, qint64 estimate) {
            SyncProgress p;
            p.jobId = job;
            p.syncStartedAt = T0;
            p.totals.recordsEmitted = orders;
            p.totals.estimatedRecords = estimate;
            StreamProgress s;
            s.stream = {QStringLiteral("orders"), QStringLiteral("public")};
            s.stats.recordsEmitted = orders;
            s.stats.estimatedRecords = estimate;
            s.hasCounts = true;
            p.streams.append(s);
            return p;
        };
        SyncProgressTracker t;
        t.add(reading(1, 0, 1000), T0);
        t.add(reading(1, 200, 1000), T0.addSecs(10));
        QCOMPARE(*t.recordsPerSecond(), 20.0);
        const StreamKey orders{QStringLiteral("orders"), QStringLiteral("public")};
        QCOMPARE(*t.recordsPerSecond(orders), 20.0);
        QCOMPARE(*t.estimate().remaining, 40s);
        QCOMPARE(*t.estimate(orders).fraction, 0.2);
        QCOMPARE(t.history().size(), 2);
        QCOMPARE(t.history().last().recordsEmitted, 200);
        // Another job: nothing carried over.
        t.add(reading(2, 10, 1000), T0.addSecs(20));
        QCOMPARE(t.jobId(), 2);
        QCOMPARE(t.history().size(), 1);
        QVERIFY(!t.recordsPerSecond());
        // Nothing runs: no history grows.
        t.add(SyncProgress(), T0.addSecs(30));
        QCOMPARE(t.jobId(), 0);
        QVERIFY(t.history().isEmpty());
    }

    void linksToTheJobInTheWebApp()
    {
        Job job = parseJobList(obj(ListAnswer), 20, false).value().jobs.first();
        QCOMPARE(job.webUrl(QUrl(QStringLiteral("http://localhost:8000/")), QStringLiteral("ws"))
                     .toString(),
                 QStringLiteral("http://localhost:8000/workspaces/ws/connections/"
                                "6a0c1c5e-1111-4c3b-9e57-0c4d6e0e0a01/timeline?openLogs=true&"
                                "jobId=4711&attemptNumber=1"));
        QCOMPARE(job.webUrl(QUrl(QStringLiteral("http://host:8000")), QStringLiteral("ws"),
                            Job::WebApp::JobHistory)
                     .toString(),
                 QStringLiteral("http://host:8000/workspaces/ws/connections/"
                                "6a0c1c5e-1111-4c3b-9e57-0c4d6e0e0a01/job-history#4711::1"));
    }
};

QTEST_GUILESS_MAIN(TestJobs)
#include "tst_jobs.moc"
