#pragma once

// JobLogArchive: "Archive" on a job. Fetches each ended attempt's log from the Airbyte API
// (the lines the viewer shows), keeps it in a temporary file, and hands the attempts to the
// LogArchiver, which writes the stack guide's job-<id>/attempt-<n>/logs.log and metadata.json
// (skipping an attempt archived before). Says what it did, attempt by attempt. One job at a
// time; a second call while busy is queued. GUI thread; the client and archiver are not owned
// and may go first (it then stops).

#include "airbyte/jobs.h"
#include "core/error.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QTemporaryFile>

#include <memory>

namespace Dsp {
class AirbyteClient;
}

namespace Dsp::Logs {

class LogArchiver;
struct ArchivedAttempt;

class JobLogArchive : public QObject
{
    Q_OBJECT
public:
    JobLogArchive(AirbyteClient *client, LogArchiver *archiver, QObject *parent = nullptr);
    ~JobLogArchive() override;

    // Archives the job's ended attempts (a running one is left for later).
    void archive(const Job &job, const QString &connectionName);
    bool isBusy() const { return m_busy; }

signals:
    // A translated sentence per step ("Job 42, attempt 1: archived to …").
    void progress(const QString &sentence);
    // The job is done: `error` is empty when every attempt was archived or was already;
    // `summary` says what was written where, attempt by attempt.
    void finished(qint64 jobId, const QString &error, const QString &summary);

private:
    struct Task
    {
        Job job;
        QString connectionName;
        bool reread = false; // the job was read again for its attempts
    };
    void startNext();
    void fetch(int index);
    void attemptWritten(int index, const std::shared_ptr<QTemporaryFile> &file);
    void handOver();
    void end(const QString &error);

    QPointer<AirbyteClient> m_client;
    QPointer<LogArchiver> m_archiver;
    QList<Task> m_queue;
    bool m_busy = false;
    Task m_task;
    QList<int> m_attempts; // indexes into m_task.job.attempts, ended ones
    QList<std::shared_ptr<QTemporaryFile>> m_files;
    QList<ArchivedAttempt> m_ready;
    QString m_error;
    QStringList m_reports;
    int m_pendingReports = 0;
};

} // namespace Dsp::Logs
