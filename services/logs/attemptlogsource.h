#pragma once

// AttemptLogSource: the log of one Airbyte job from its API, every attempt one after the other
// in a LogSpool, each opened by a separator line:
//   ──── Attempt 2 of 3 · started 2024-09-09 10:11:12 UTC · failed ────
// whose line numbers sectionLines() gives, for the view to pin and draw. Following a running
// job, it fetches the last attempt again at a calm pace (the API has no offset: each answer is
// the whole log, or its last million records) and appends only the records it had not
// written; an attempt that starts meanwhile gets its separator and is followed in turn. Merging
// and writing run on a worker, one at a time. Owned by whoever shows it; GUI thread; the client
// may go first (the source then fails).

#include "linetypes.h"
#include "logsource.h"
#include "logspool.h"

#include "airbyte/airbyteclient.h"

#include <QFutureWatcher>
#include <QList>
#include <QPointer>
#include <QTimer>

#include <chrono>
#include <memory>

namespace Dsp::Logs {

struct AttemptLogWrite; // what a write into the spool did (attemptlogwrite_p.h)

class AttemptLogSource : public LogSource
{
    Q_OBJECT
public:
    // The job as the jobs API gave it (its attempts as they were then).
    AttemptLogSource(AirbyteClient *client, const Job &job, QObject *parent = nullptr);
    // Only its id: the job is read first (jobs/get_without_logs).
    AttemptLogSource(AirbyteClient *client, qint64 jobId, QObject *parent = nullptr);
    ~AttemptLogSource() override;

    // "Job 42, attempts 1-3".
    QString title() const override;
    QString filePath() const override;
    // Reads every attempt, then follows while the job runs and isFollowing(). Again after a
    // stop or a failure: starts over (replaced()).
    void start() override;
    void stop() override;
    // The job is still running (an attempt may grow, or another one start), as far as known.
    bool canFollow() const override;

    // Fetches what is new now rather than at the next tick (a Refresh button); does nothing
    // while a fetch is under way or when nothing can grow.
    void refresh();
    // How often a followed job is fetched again (default 5 s; tests make it longer and call
    // refresh()).
    void setPollInterval(std::chrono::milliseconds interval);

    // Line numbers (from 0) of the separator lines, one per attempt written, in order.
    QList<quint64> sectionLines() const override { return m_sections; }
    // The job as last read (attempt statuses included).
    const Job &job() const { return m_job; }

signals:
    // A fetch ended and what it brought is written (also when it brought nothing new).
    void upToDate();

protected:
    void followingChanged(bool following) override;

private:
    // The answer being written, for the bookkeeping once it is.
    struct Pending
    {
        int index = -1;
        bool fresh = false;    // a new attempt: its separator goes first
        bool ended = false;    // the answer says the attempt is over
        bool settling = false; // the last fetch of an attempt whose end was seen before
        quint64 generation = 0;
        int attemptNumber = 0;
        QString status;
    };
    void fetchJob();
    void fetchAttempt(int index);
    void attemptFetched(int index, const AttemptLog &log);
    void writeDone(const AttemptLogWrite &written);
    void next();
    void rest();
    void failWith(const Error &error);
    bool isCurrent(quint64 generation) const { return generation == m_generation; }

    QPointer<AirbyteClient> m_client;
    Job m_job;
    bool m_haveJob = false;
    std::unique_ptr<LogSpool> m_spool;
    QList<quint64> m_sections;
    quint64 m_lines = 0; // lines in the spool, each ending in '\n'

    // The last attempt written (the one followed): its index in m_job.attempts, a key per
    // record written, and where its records start (after its separator).
    int m_current = -1;
    QList<size_t> m_keys;
    qint64 m_recordsOffset = 0;
    quint64 m_recordsLine = 0;
    // Its end was seen in an answer; then one more fetch (records written as it ended) makes it
    // final.
    bool m_endSeen = false;
    bool m_final = false;

    AirbyteCall m_call;
    bool m_busy = false;           // a fetch or a write is under way
    bool m_startPending = false;   // start() came while a write ran
    bool m_jobReadInChain = false; // the job was read since the last rest: not again
    quint64 m_generation = 0;      // bumped by start() and stop(): older answers are dropped
    QTimer m_timer;                // single shot: the next fetch of a followed job
    Pending m_pending;
    QFutureWatcher<std::shared_ptr<const AttemptLogWrite>> m_writer;
};

} // namespace Dsp::Logs
