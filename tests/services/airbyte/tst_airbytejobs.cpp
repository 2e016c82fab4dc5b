// The jobs client against the Airbyte fake on a clock the test moves: a sync through its
// life (pending, running with growing counts and estimates, a failed attempt, a second one,
// succeeded), cancel, clear of chosen streams, the jobs list's pages and filters, live
// progress across server versions, a sync started elsewhere, refresh where the server has it.
#include "airbyte/airbyteclient.h"
#include "airbyte/syncprogress.h"

#include "airbytetestbed.h"

#include <QJsonArray>
#include <QTest>

#include <limits>

using namespace Dsp;
using namespace Dsp::Fakes;
using namespace std::chrono_literals;

namespace {

constexpr qint64 T0 = AirbyteTestBed::T0;

template<typename T, typename Start> std::optional<Result<T>> await(Start start)
{
    std::optional<Result<T>> slot;
    start([&slot](const Result<T> &r) { slot = r; });
    if (!QTest::qWaitFor([&] { return slot.has_value(); }, 10000))
        return std::nullopt;
    return slot;
}

#define VERIFY_OK(r)                                                                               \
    do {                                                                                           \
        QVERIFY2((r).has_value(), "no answer");                                                    \
        QVERIFY2(bool(*(r)), bool(*(r)) ? ""                                                       \
                                        : qPrintable((r)->error().message + QLatin1Char(' ') +     \
                                                     (r)->error().detail));                        \
    } while (false)

const StreamKey Orders{QStringLiteral("orders"), QStringLiteral("public")};
const StreamKey Customers{QStringLiteral("customers"), QStringLiteral("public")};
const StreamKey Items{QStringLiteral("order_items"), QStringLiteral("public")};

} // namespace

class TestAirbyteJobs : public QObject
{
    Q_OBJECT

private:
    AirbyteTestBed m_bed;
    QString m_connection;
    QString m_other;

    AirbyteJobsFake &engine() { return *m_bed.fake->jobs(); }

    QString addConnection(const QString &name)
    {
        return m_bed.addConnection(name, {{Orders.name, Orders.nameSpace},
                                          {Customers.name, Customers.nameSpace},
                                          {Items.name, Items.nameSpace}});
    }

    Result<Job> job(qint64 id)
    {
        auto r = await<Job>([&](auto done) { m_bed.client->getJob(id, this, done); });
        if (r && !*r)
            qWarning() << "jobs/get_without_logs:" << r->error().message << r->error().detail;
        return r ? *r : Result<Job>(Error::make(ErrorKind::Timeout, QStringLiteral("no answer")));
    }

    Result<SyncProgress> progress(const QString &connectionId)
    {
        auto r = await<SyncProgress>(
            [&](auto done) { m_bed.client->syncProgress(connectionId, this, done); });
        return r ? *r
                 : Result<SyncProgress>(
                       Error::make(ErrorKind::Timeout, QStringLiteral("no answer")));
    }

    qint64 sync(const QString &connectionId)
    {
        auto r = await<qint64>(
            [&](auto done) { m_bed.client->syncConnection(connectionId, this, done); });
        return r && *r ? r->value() : 0;
    }

private slots:
    void init()
    {
        QVERIFY(m_bed.start());
        m_connection = addConnection(QStringLiteral("shop"));
        m_other = addConnection(QStringLiteral("crm"));
    }

    void cleanup() { m_bed.stop(); }

    void followsASyncThroughItsLife()
    {
        AirbyteJobsFake::Script script;
        script.pendingSecs = 5;
        script.attemptSecs = 100;
        script.failingAttempts = 1;
        script.retryDelaySecs = 10;
        script.recordsPerStream = 1000;
        script.estimatedStreams = 1;
        script.failureOrigin = QStringLiteral("destination");
        script.failureType = QStringLiteral("transient_error");
        script.externalMessage = QStringLiteral("S3 is slow down");
        engine().setScript(script);

        const qint64 id = sync(m_connection);
        QVERIFY(id > 0);
        QCOMPARE(job(id).value().status, JobStatus::Pending);
        QVERIFY(job(id).value().attempts.isEmpty());

        engine().advance(5 + 20); // running for 20 s of 100
        Result<Job> running = job(id);
        QCOMPARE(running.value().status, JobStatus::Running);
        QCOMPARE(running.value().startedAt.toSecsSinceEpoch(), T0 + 5);
        Result<SyncProgress> p = progress(m_connection);
        QVERIFY(p);
        QCOMPARE(p.value().jobId, id);
        QCOMPARE(p.value().source, SyncProgress::Source::SyncProgress);
        QCOMPARE(p.value().streams.size(), 3);
        QCOMPARE(p.value().stream(Orders)->state, StreamRunState::Running);
        QCOMPARE(p.value().stream(Orders)->stats.recordsEmitted, 200);     // 20 % of 1000
        QCOMPARE(p.value().stream(Items)->state, StreamRunState::Pending); // starts at 20 %

        // The panel's throughput from two readings 10 s apart, the ETA from the estimates
        // that jobs/list's attempts carry (sync_progress has none).
        SyncProgressTracker tracker;
        const QDateTime t0 = QDateTime::fromSecsSinceEpoch(engine().now(), Qt::UTC);
        tracker.add(p.value(), t0);
        engine().advance(10);
        p = progress(m_connection);
        auto listed = await<JobPage>([&](auto done) {
            JobQuery q;
            q.connectionIds = {m_connection};
            m_bed.client->listJobs(q, this, done);
        });
        VERIFY_OK(listed);
        QCOMPARE(listed->value().jobs.first().id, id);
        SyncProgress live = p.value();
        live.mergeEstimates(listed->value().jobs.first());
        tracker.add(live, t0.addSecs(10));
        QCOMPARE(*tracker.recordsPerSecond(Orders), 10.0); // 100 records in 10 s
        const ProgressEstimate eta = tracker.estimate(Orders);
        QCOMPARE(*eta.fraction, 0.3);
        QCOMPARE(*eta.remaining, 70s);
        QVERIFY(tracker.estimate(Customers).isIndeterminate()); // its source sends none

        engine().advance(20); // attempt 0 fails at half its length
        Result<Job> incomplete = job(id);
        QCOMPARE(incomplete.value().status, JobStatus::Incomplete);
        QCOMPARE(incomplete.value().attempts.size(), 1);
        QCOMPARE(incomplete.value().attempts.first().status, AttemptStatus::Failed);
        QCOMPARE(explainJobFailure(incomplete.value()),
                 QStringLiteral("Stream public.orders: The destination failed (a passing "
                                "problem: a retry may work): S3 is slow down"));
        QVERIFY(incomplete.value().attempts.first().failureSummary->partialSuccess.value());

        engine().advance(10); // the retry starts
        QCOMPARE(job(id).value().status, JobStatus::Running);
        engine().advance(100);
        const Job done = job(id).value();
        QCOMPARE(done.status, JobStatus::Succeeded);
        QCOMPARE(done.attempts.size(), 2);
        // Everything arrived once: the retry resumed from what the first one committed.
        QCOMPARE(done.totals.recordsCommitted, 1000 + 2000 + 3000);
        QCOMPARE(done.duration(), std::chrono::seconds(50 + 10 + 100));
        QVERIFY(!progress(m_connection).value().isRunning());
    }

    void aSecondSyncAndAnInactiveConnectionAreRefused()
    {
        QVERIFY(sync(m_connection) > 0);
        auto again = await<qint64>(
            [&](auto done) { m_bed.client->syncConnection(m_connection, this, done); });
        QVERIFY(again && !*again);
        QCOMPARE(again->error().kind, ErrorKind::Conflict);
        QVERIFY(again->error().message.contains(QStringLiteral("already running")));

        auto off = await<bool>(
            [&](auto done) { m_bed.client->setConnectionActive(m_other, false, this, done); });
        VERIFY_OK(off);
        auto inactive =
            await<qint64>([&](auto done) { m_bed.client->syncConnection(m_other, this, done); });
        QVERIFY(inactive && !*inactive);
        QCOMPARE(inactive->error().kind, ErrorKind::ServerError);
        QVERIFY(inactive->error().message.contains(QStringLiteral("active connection")));
    }

    void cancelStopsTheRunningJob()
    {
        const qint64 id = sync(m_connection);
        engine().advance(30);
        auto cancelled = await<Job>([&](auto done) { m_bed.client->cancelJob(id, this, done); });
        VERIFY_OK(cancelled);
        QCOMPARE(cancelled->value().status, JobStatus::Cancelled);
        QCOMPARE(explainJobFailure(cancelled->value()), QStringLiteral("The job was cancelled."));
        QCOMPARE(engine().jobStatus(id), QStringLiteral("cancelled"));
        // A new sync may start now.
        QVERIFY(sync(m_connection) > id);
    }

    void clearsChosenStreamsWithTheRoutesTheServerHas_data()
    {
        QTest::addColumn<QString>("version");
        QTest::addColumn<QByteArray>("route");
        QTest::newRow("1.8") << QStringLiteral("1.8.0") << QByteArray("connections/clear/stream");
        QTest::newRow("0.50.40") << QStringLiteral("0.50.40")
                                 << QByteArray("connections/reset/stream");
        QTest::newRow("unknown") << QString() << QByteArray("connections/reset/stream");
    }

    void clearsChosenStreamsWithTheRoutesTheServerHas()
    {
        QFETCH(QString, version);
        QFETCH(QByteArray, route);
        m_bed.fake->setVersion(version.isEmpty() ? QByteArray("1.8.0") : version.toLatin1());
        m_bed.client->setServerVersion(version);
        const qint64 syncing = sync(m_connection);
        auto cleared = await<Job>([&](auto done) {
            m_bed.client->clearConnection(m_connection, {Customers}, this, done);
        });
        VERIFY_OK(cleared);
        QCOMPARE(m_bed.fake->requestCount(route), 1);
        const Job &j = cleared->value();
        QCOMPARE(j.type, JobType::ResetConnection); // a clear is recorded as a reset
        QCOMPARE(j.resetStreams, QList<StreamKey>{Customers});
        QCOMPARE(m_bed.fake->lastBody(route).value(QStringLiteral("streams")).toArray().size(), 1);
        QCOMPARE(engine().jobStatus(syncing), QStringLiteral("cancelled")); // it stopped the sync
        engine().advance(10);
        QCOMPARE(job(j.id).value().status, JobStatus::Succeeded);
    }

    void pagesAndFiltersTheJobs()
    {
        for (int i = 0; i < 25; ++i)
            engine().addFinishedJob(
                m_connection,
                i % 5 == 0 ? QStringLiteral("reset_connection") : QStringLiteral("sync"),
                i % 3 == 0 ? QStringLiteral("failed") : QStringLiteral("succeeded"),
                T0 - 3600 * (25 - i), 100);
        engine().addFinishedJob(m_other, QStringLiteral("sync"), QStringLiteral("succeeded"),
                                T0 - 60);
        QList<qint64> seen;
        qint64 previous = std::numeric_limits<qint64>::max();
        for (int offset : {0, 10, 20}) {
            auto page = await<JobPage>([&](auto done) {
                JobQuery q;
                q.connectionIds = {m_connection};
                q.pageSize = 10;
                q.rowOffset = offset;
                m_bed.client->listJobs(q, this, done);
            });
            VERIFY_OK(page);
            QCOMPARE(page->value().totalCount, 25);
            QCOMPARE(page->value().jobs.size(), offset == 20 ? 5 : 10);
            for (const Job &j : page->value().jobs) {
                QVERIFY(!seen.contains(j.id));
                QVERIFY(j.createdAt.toSecsSinceEpoch() <= previous); // newest first
                previous = j.createdAt.toSecsSinceEpoch();
                seen.append(j.id);
            }
        }
        QCOMPARE(seen.first(), seen.last() + 24); // newest (highest id) first

        auto failedResets = await<JobPage>([&](auto done) {
            JobQuery q;
            q.connectionIds = {m_connection};
            q.types = jobTypesForFilter(JobType::Clear);
            q.statuses = {JobStatus::Failed};
            m_bed.client->listJobs(q, this, done);
        });
        VERIFY_OK(failedResets);
        QCOMPARE(failedResets->value().jobs.size(), 2); // i = 0 and 15
        const QJsonObject body = m_bed.fake->lastBody("jobs/list");
        QCOMPARE(body.value(QStringLiteral("configTypes")).toArray(),
                 QJsonArray({QStringLiteral("reset_connection"), QStringLiteral("clear")}));
        QCOMPARE(body.value(QStringLiteral("statuses")).toArray(),
                 QJsonArray{QStringLiteral("failed")});

        auto lastDay = await<JobPage>([&](auto done) {
            JobQuery q;
            q.connectionIds = {m_connection};
            q.createdFrom = QDateTime::fromSecsSinceEpoch(T0 - 5 * 3600, Qt::UTC);
            m_bed.client->listJobs(q, this, done);
        });
        VERIFY_OK(lastDay);
        QCOMPARE(lastDay->value().jobs.size(), 5);

        // The workspace: its total is the page's length, so "more" is guessed from a full page.
        auto workspace = await<JobPage>([&](auto done) {
            JobQuery q;
            q.workspaceId = AirbyteFake::defaultWorkspaceId();
            q.pageSize = 20;
            m_bed.client->listJobs(q, this, done);
        });
        VERIFY_OK(workspace);
        QCOMPARE(m_bed.fake->requestCount("jobs/list_for_workspaces"), 1);
        QVERIFY(!workspace->value().totalIsKnown);
        QVERIFY(workspace->value().hasMore);
        QCOMPARE(workspace->value().jobs.first().connectionId, m_other); // the newest

        // Two connections merged, newest first, the second page of it.
        auto both = await<JobPage>([&](auto done) {
            JobQuery q;
            q.connectionIds = {m_connection, m_other};
            q.pageSize = 5;
            q.rowOffset = 0;
            m_bed.client->listJobs(q, this, done);
        });
        VERIFY_OK(both);
        QCOMPARE(both->value().totalCount, 26);
        QVERIFY(both->value().hasMore);
        QCOMPARE(both->value().jobs.first().connectionId, m_other);
        QCOMPARE(both->value().jobs.size(), 5);
    }

    void oldServersGetTheFiltersTheyKnow()
    {
        m_bed.fake->setVersion("0.50.40");
        m_bed.client->setServerVersion(QStringLiteral("0.50.40"));
        engine().addFinishedJob(m_connection, QStringLiteral("sync"), QStringLiteral("failed"),
                                T0 - 100);
        engine().addFinishedJob(m_connection, QStringLiteral("sync"), QStringLiteral("succeeded"),
                                T0 - 50);
        auto failed = await<JobPage>([&](auto done) {
            JobQuery q;
            q.connectionIds = {m_connection};
            q.statuses = {JobStatus::Failed};
            m_bed.client->listJobs(q, this, done);
        });
        VERIFY_OK(failed);
        QCOMPARE(failed->value().jobs.size(), 1);
        const QJsonObject body = m_bed.fake->lastBody("jobs/list");
        QCOMPARE(body.value(QStringLiteral("status")).toString(), QStringLiteral("failed"));
        QVERIFY(!body.contains(QStringLiteral("statuses")));
        // Neither refresh (0.57.2) nor clear (0.59.1): the server would refuse them.
        QCOMPARE(body.value(QStringLiteral("configTypes")).toArray(),
                 QJsonArray({QStringLiteral("sync"), QStringLiteral("reset_connection")}));
        // Two statuses: 0.50.40 filters on one; the page is filtered here.
        auto two = await<JobPage>([&](auto done) {
            JobQuery q;
            q.connectionIds = {m_connection};
            q.statuses = {JobStatus::Failed, JobStatus::Cancelled};
            m_bed.client->listJobs(q, this, done);
        });
        VERIFY_OK(two);
        QCOMPARE(two->value().jobs.size(), 1);
        QVERIFY(!two->value().totalIsKnown);
    }

    void liveProgressAcrossVersions_data()
    {
        QTest::addColumn<QByteArray>("version");
        QTest::addColumn<bool>("clientKnows");
        QTest::addColumn<SyncProgress::Source>("source");
        QTest::addColumn<int>("progressRequests");
        using S = SyncProgress::Source;
        QTest::newRow("0.50.20, route absent")
            << QByteArray("0.50.20") << false << S::JobStats << 1;
        QTest::newRow("0.50.20 known") << QByteArray("0.50.20") << true << S::JobStats << 0;
        QTest::newRow("0.57 null") << QByteArray("0.57.4") << false << S::JobStats << 1;
        QTest::newRow("0.57 known") << QByteArray("0.57.4") << true << S::JobStats << 0;
        QTest::newRow("0.59 array") << QByteArray("0.59.0") << false << S::SyncProgress << 1;
        QTest::newRow("0.63 object") << QByteArray("0.63.20") << true << S::SyncProgress << 1;
        QTest::newRow("1.8 object") << QByteArray("1.8.0") << false << S::SyncProgress << 1;
    }

    void liveProgressAcrossVersions()
    {
        QFETCH(QByteArray, version);
        QFETCH(bool, clientKnows);
        QFETCH(SyncProgress::Source, source);
        QFETCH(int, progressRequests);
        m_bed.fake->setVersion(version);
        m_bed.client->setServerVersion(clientKnows ? QString::fromLatin1(version) : QString());

        Result<SyncProgress> idle = progress(m_connection);
        QVERIFY2(idle, qPrintable(idle ? QString() : idle.error().message));
        QVERIFY(!idle.value().isRunning()); // nothing runs: says so, in every shape

        const qint64 id = sync(m_connection);
        engine().advance(30);
        const Result<SyncProgress> p = progress(m_connection);
        QVERIFY2(p, qPrintable(p ? QString() : p.error().message));
        QCOMPARE(p.value().source, source);
        QCOMPARE(p.value().jobId, id);
        QCOMPARE(p.value().connectionId, m_connection);
        QCOMPARE(p.value().stream(Orders)->stats.recordsEmitted, 500); // 30 s of 60, of 1000
        QCOMPARE(p.value().stream(Orders)->state, StreamRunState::Running);
        QCOMPARE(m_bed.fake->requestCount("connections/sync_progress"), 2 * progressRequests);
    }

    void seesASyncStartedElsewhere()
    {
        QVERIFY(!progress(m_connection).value().isRunning());
        const qint64 id = engine().startSyncElsewhere(m_connection);
        QVERIFY(id > 0);
        auto running = await<JobPage>([&](auto done) {
            JobQuery q;
            q.workspaceId = AirbyteFake::defaultWorkspaceId();
            q.statuses = {JobStatus::Pending, JobStatus::Running, JobStatus::Incomplete};
            m_bed.client->listJobs(q, this, done);
        });
        VERIFY_OK(running);
        QCOMPARE(running->value().jobs.size(), 1);
        QCOMPARE(running->value().jobs.first().id, id);
        QCOMPARE(progress(m_connection).value().jobId, id);
    }

    void refreshesWhereTheServerCan_data()
    {
        QTest::addColumn<QByteArray>("version");
        QTest::addColumn<bool>("clientKnows");
        QTest::addColumn<bool>("supported");
        QTest::addColumn<bool>("jobInAnswer");
        QTest::newRow("1.8") << QByteArray("1.8.0") << true << true << true;
        QTest::newRow("0.63 answers a boolean") << QByteArray("0.63.20") << true << true << false;
        QTest::newRow("0.50.40 known") << QByteArray("0.50.40") << true << false << false;
        QTest::newRow("0.50.40 found out") << QByteArray("0.50.40") << false << false << false;
    }

    void refreshesWhereTheServerCan()
    {
        QFETCH(QByteArray, version);
        QFETCH(bool, clientKnows);
        QFETCH(bool, supported);
        QFETCH(bool, jobInAnswer);
        m_bed.fake->setVersion(version);
        m_bed.client->setServerVersion(clientKnows ? QString::fromLatin1(version) : QString());
        auto r = await<std::optional<Job>>([&](auto done) {
            m_bed.client->refreshStreams(m_connection, AirbyteClient::RefreshMode::Truncate,
                                         {Orders}, this, done);
        });
        QVERIFY(r);
        QCOMPARE(bool(*r), supported);
        if (!supported) {
            QVERIFY(AirbyteClient::isUnsupportedByServer(r->error()));
            QVERIFY(r->error().message.contains(QStringLiteral("0.57.2")));
            QCOMPARE(m_bed.fake->requestCount("connections/refresh"), clientKnows ? 0 : 1);
            return;
        }
        QCOMPARE(r->value().has_value(), jobInAnswer);
        if (jobInAnswer) {
            QCOMPARE(r->value()->type, JobType::Refresh);
            QCOMPARE(r->value()->refreshStreams, QList<StreamKey>{Orders});
        }
        QCOMPARE(engine().jobCount(), 1);
    }

    void aMissingJobIsNotFound()
    {
        const Result<Job> r = job(999999);
        QVERIFY(!r);
        QCOMPARE(r.error().kind, ErrorKind::NotFound);
        QVERIFY(!AirbyteClient::isUnsupportedByServer(r.error()));
    }
};

QTEST_GUILESS_MAIN(TestAirbyteJobs)
#include "tst_airbytejobs.moc"
