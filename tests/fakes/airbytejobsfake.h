#pragma once

#include "fakehttpserver.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QVersionNumber>

#include <functional>

namespace Dsp::Fakes {

// The job engine of the Airbyte fake: syncs, resets (clear) and refreshes that run through
// time on a clock the test controls, and the routes that list, read, cancel and follow them,
// shaped as config.yaml has them for the version the fake plays. A job is pending, then its
// attempts run (per-stream counts growing with time, estimates on the first streams); an
// attempt the script makes fail stops half way with a failureSummary, the job is incomplete
// until the next attempt, and succeeds or fails with the last one. Each attempt writes a log
// (a start, an end, a failure's stack trace; more through appendLog()), served by
// attempt/get_for_job and jobs/get as lines or structured events. Until setNow() the clock
// is the real one. Owned by AirbyteFake; test code, GUI thread.
class AirbyteJobsFake
{
public:
    struct Stream
    {
        QString name;
        QString nameSpace;
    };
    // What the engine needs of a connection, from the fake's own store.
    struct Connection
    {
        bool exists = false;
        bool active = true;
        QString workspaceId;
        QList<Stream> streams; // selected in its catalog
    };
    using Lookup = std::function<Connection(const QString &connectionId)>;
    // A sync or reset job of the connection changed status (for web_backend's latest job).
    using Changed =
        std::function<void(const QString &connectionId, const QString &status, qint64 createdAt)>;

    // How the jobs created from now on run.
    struct Script
    {
        qint64 pendingSecs = 0;    // before the first attempt starts
        qint64 attemptSecs = 60;   // a whole attempt; a failing one stops at half of it
        qint64 retryDelaySecs = 0; // between a failed attempt and the next (job incomplete)
        int failingAttempts = 0;   // attempts that fail before the last one
        bool lastAttemptFails = false;
        qint64 recordsPerStream = 1000; // stream i has (i + 1) times this many
        qint64 bytesPerRecord = 200;
        int estimatedStreams = 1; // the first streams whose source sends estimates
        qint64 resetSecs = 5;     // a reset (clear) job's single attempt
        QString failureOrigin = QStringLiteral("source");
        QString failureType = QStringLiteral("system_error");
        QString externalMessage = QStringLiteral("Something went wrong in the connector.");
        QString internalMessage = QStringLiteral("java.net.SocketTimeoutException: Read timed out");
    };

    AirbyteJobsFake(Lookup lookup, Changed changed, std::function<QVersionNumber()> version);
    ~AirbyteJobsFake();

    void setScript(const Script &script) { m_script = script; }
    Script script() const { return m_script; }

    // The test's clock, in epoch seconds. Jobs move on whenever it is read.
    void setNow(qint64 epochSecs);
    void advance(qint64 secs);
    qint64 now() const;

    // A sync started without the API (a schedule, Airflow, the web app): its job id.
    qint64 startSyncElsewhere(const QString &connectionId);
    // A finished job in the history (paging tests): `configType` sync or reset_connection,
    // `status` succeeded, failed or cancelled, created at `createdAt` (epoch seconds).
    qint64 addFinishedJob(const QString &connectionId, const QString &configType,
                          const QString &status, qint64 createdAt, qint64 records = 0);
    // The streams a connection's jobs run, instead of its catalog's selected ones.
    void setStreams(const QString &connectionId, const QList<Stream> &streams);
    int jobCount() const;
    QString jobStatus(qint64 jobId) const; // empty for an unknown job
    int attemptCount(qint64 jobId) const;

    // --- Attempt logs ---

    // One record of an attempt's log: a line of the formatted log ("2024-05-01 10:00:05
    // source > INFO Read 1000 records", the further lines of its message and its stack trace
    // after it, unprefixed), or one structured event.
    struct LogRecord
    {
        qint64 timestampMs = 0;                      // 0: now on the fake's clock, when appended
        QString level = QStringLiteral("INFO");      // upper case; events carry it lower case
        QString source = QStringLiteral("platform"); // platform, source, destination,
                                                     // replication-orchestrator
        QString message;
        QString stackTrace;  // "java.io.IOException: ...\n\tat ..."; empty: none
        QString callerClass; // events only; empty: no caller
        QString callerMethod;
        int callerLine = 0;
    };
    // The form logs are served in (attempt/get_for_job, jobs/get). ByVersion: structured
    // events from 1.2 (a server with structured files for the attempt), lines before; Lines:
    // a 1.2+ server that has only formatted files. Events need 1.2 or later.
    enum class LogForm { ByVersion, Lines, Events };
    void setLogForm(LogForm form) { m_logForm = form; }
    bool servesEvents() const;
    // Airbyte's airbyte.logging.client.log-tail-size: an answer holds the last this many
    // lines or events (1,000,000), cut before events are sorted, as LogClient does.
    void setLogTailSize(int records) { m_logTailSize = records; }
    // Appends to the log of the job's last attempt (or of `attempt`, 0-based). Events are
    // served sorted by timestamp, as Airbyte sorts them: a record older than the last one
    // (another writer's, flushed late) lands before it; the formatted log keeps file order.
    void appendLog(qint64 jobId, const QList<LogRecord> &records, int attempt = -1);
    // Another log in place of the attempt's (a rewritten or truncated one).
    void setLog(qint64 jobId, int attempt, const QList<LogRecord> &records);
    // The attempt's records in the order they were written (empty for an unknown one).
    QList<LogRecord> log(qint64 jobId, int attempt) const;
    // The formatted log's lines for these records, as the server writes them.
    static QStringList formattedLines(const QList<LogRecord> &records);
    // attempt/get_for_job accepts requests and never answers.
    void setAttemptLogHangs(bool hangs) { m_attemptLogHangs = hangs; }

    // The routes (body already parsed), answered as the version set has them.
    FakeResponse sync(const QJsonObject &body);
    FakeResponse reset(const QJsonObject &body, bool streams);
    FakeResponse refresh(const QJsonObject &body);
    FakeResponse list(const QJsonObject &body, bool forWorkspaces);
    FakeResponse get(const QJsonObject &body, bool withLogs);
    FakeResponse getLight(const QJsonObject &body);
    FakeResponse cancel(const QJsonObject &body);
    FakeResponse lastReplicationJob(const QJsonObject &body);
    FakeResponse syncProgress(const QJsonObject &body);
    FakeResponse attemptForJob(const QJsonObject &body);

private:
    struct Attempt
    {
        int number = 0;
        qint64 createdAt = 0;
        qint64 endedAt = 0; // 0: running
        QString status = QStringLiteral("running");
        bool fails = false;
        bool cancelled = false;
        QList<qint64> target;    // per stream: the records this attempt has to move
        QList<qint64> emitted;   // per stream, frozen when it ended
        QList<qint64> committed; // idem
        QList<bool> started;     // idem: the stream had stats
        QList<LogRecord> log;    // in the order written
    };
    struct Job
    {
        qint64 id = 0;
        QString connectionId;
        QString configType;
        qint64 createdAt = 0;
        qint64 updatedAt = 0;
        qint64 startedAt = 0;
        QString status = QStringLiteral("pending");
        Script script;
        QList<Stream> streams;  // what it moves (a reset: what it clears)
        QList<Stream> targeted; // refresh: the refreshed ones
        QList<Attempt> attempts;
        qint64 nextAttemptAt = 0;
    };
    struct Counts
    {
        qint64 emitted = 0;
        qint64 committed = 0;
        bool started = false;
    };

    Job *job(qint64 id);
    // The job a request's `id` names, the clock caught up; null with `refused` set to
    // Airbyte's answer for a missing id or an unknown job.
    Job *requestedJob(const QJsonObject &body, FakeResponse &refused);
    Job *activeJob(const QString &connectionId);
    qint64 createJob(const QString &connectionId, const QString &configType,
                     const QList<Stream> &streams, const QList<Stream> &targeted);
    void catchUp();
    void step(Job &j, qint64 until);
    void startAttempt(Job &j, qint64 at);
    void endAttempt(Job &j, qint64 at, bool failed, bool cancelled);
    void setStatus(Job &j, const QString &status, qint64 at);
    void cancelJob(Job &j, qint64 at);
    QList<Stream> streamsOf(const QString &connectionId) const;
    Counts counts(const Job &j, const Attempt &a, int stream) const;
    QJsonObject attemptStats(const Job &j, const Attempt &a, int stream, bool hydrated) const;
    QJsonObject attemptRead(const Job &j, const Attempt &a, bool hydrated) const;
    QJsonObject jobRead(const Job &j, bool hydrated) const;
    QJsonArray attemptsRead(const Job &j, bool hydrated) const;
    QJsonObject jobInfo(const Job &j, bool hydrated, bool withLogs) const;
    // AttemptInfoRead: the attempt, and with `withLogs` its log in the form served (or the
    // empty logs that servers before 1.6 sent where none were asked for).
    QJsonObject attemptInfo(const Job &j, const Attempt &a, bool hydrated, bool withLogs) const;
    QJsonObject logsOf(const Attempt &a) const;
    void logStart(Job &j, Attempt &a);
    void logEnd(Job &j, Attempt &a);
    // The job's counters summed over its attempts, per stream (-1) or of one stream.
    QJsonObject aggregated(const Job &j, int stream) const;
    bool atLeast(int major, int minor, int micro) const;

    Lookup m_lookup;
    Changed m_changed;
    std::function<QVersionNumber()> m_version;
    Script m_script;
    qint64 m_now = 0; // 0: the real clock
    qint64 m_nextId = 100;
    QList<Job> m_jobs;
    QHash<QString, QList<Stream>> m_streams;
    LogForm m_logForm = LogForm::ByVersion;
    int m_logTailSize = 1'000'000;
    bool m_attemptLogHangs = false;
};

} // namespace Dsp::Fakes
