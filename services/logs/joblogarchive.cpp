#include "joblogarchive.h"

#include "logarchiver.h"
#include "logstr.h"

#include "airbyte/airbyteclient.h"
#include "airbyte/attemptlog.h"

#include <QDir>
#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

namespace Dsp::Logs {

namespace {

QString statusWord(AttemptStatus status)
{
    switch (status) {
    case AttemptStatus::Succeeded:
        return QStringLiteral("succeeded");
    case AttemptStatus::Failed:
        return QStringLiteral("failed");
    case AttemptStatus::Running:
        return QStringLiteral("running");
    case AttemptStatus::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

} // namespace

JobLogArchive::JobLogArchive(AirbyteClient *client, LogArchiver *archiver, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_archiver(archiver)
{
    if (archiver) {
        connect(archiver, &LogArchiver::attemptArchived, this, [this](const ArchiveReport &report) {
            if (!m_busy || report.jobId != m_task.job.id)
                return;
            emit progress(report.sentence);
            m_reports.append(report.sentence);
            if (--m_pendingReports == 0)
                end(m_error);
        });
        connect(archiver, &LogArchiver::attemptFailed, this,
                [this](qint64 jobId, int attempt, const Error &error) {
                    if (!m_busy || jobId != m_task.job.id)
                        return;
                    Q_UNUSED(attempt)
                    // The archiver's message names the job and attempt already.
                    const QString sentence = error.message;
                    emit progress(sentence);
                    if (m_error.isEmpty())
                        m_error = sentence;
                    if (--m_pendingReports == 0)
                        end(m_error);
                });
    }
}

JobLogArchive::~JobLogArchive() = default;

void JobLogArchive::archive(const Job &job, const QString &connectionName)
{
    m_queue.append({job, connectionName});
    if (!m_busy)
        startNext();
}

void JobLogArchive::startNext()
{
    if (m_queue.isEmpty())
        return;
    m_task = m_queue.takeFirst();
    m_busy = true;
    m_error.clear();
    m_reports.clear();
    m_files.clear();
    m_ready.clear();
    m_attempts.clear();
    if (m_task.job.attempts.isEmpty() && m_client && !m_task.reread) {
        // A job as a list gives it (no attempts): read it whole first.
        m_task.reread = true;
        m_client->getJob(m_task.job.id, this, [this](const Result<Job> &r) {
            if (!r) {
                end(LogsTr::tr("Job %1: %2").arg(m_task.job.id).arg(r.error().message));
                return;
            }
            m_queue.prepend({r.value(), m_task.connectionName, true});
            m_busy = false;
            startNext();
        });
        return;
    }
    for (int i = 0; i < m_task.job.attempts.size(); ++i) {
        if (m_task.job.attempts.at(i).status != AttemptStatus::Running)
            m_attempts.append(i);
    }
    if (!m_client || !m_archiver) {
        end(LogsTr::tr("Airbyte or the log bucket is not set up in this environment."));
        return;
    }
    if (m_attempts.isEmpty()) {
        end(LogsTr::tr("Job %1 has no ended attempt to archive yet.").arg(m_task.job.id));
        return;
    }
    fetch(0);
}

void JobLogArchive::fetch(int index)
{
    if (index >= m_attempts.size()) {
        handOver();
        return;
    }
    const Attempt &attempt = m_task.job.attempts.at(m_attempts.at(index));
    emit progress(LogsTr::tr("Job %1: reading the log of attempt %2…")
                      .arg(m_task.job.id)
                      .arg(attempt.number + 1));
    m_client->getAttemptLog(
        m_task.job.id, attempt.number, this, [this, index](const Result<AttemptLog> &r) {
            const Attempt &a = m_task.job.attempts.at(m_attempts.at(index));
            if (!r) {
                end(LogsTr::tr("Job %1, attempt %2: %3")
                        .arg(m_task.job.id)
                        .arg(a.number + 1)
                        .arg(r.error().message));
                return;
            }
            auto file = std::make_shared<QTemporaryFile>(QDir::tempPath() +
                                                         QStringLiteral("/dsp-archive-XXXXXX.log"));
            if (!file->open()) {
                end(LogsTr::tr("The log could not be written to a temporary file: %1")
                        .arg(file->errorString()));
                return;
            }
            // Rendering and writing a log of a million lines takes a while: on a worker.
            auto log = std::make_shared<AttemptLog>(r.value());
            auto *watcher = new QFutureWatcher<QString>(this);
            connect(watcher, &QFutureWatcher<QString>::finished, this,
                    [this, watcher, file, index] {
                        watcher->deleteLater();
                        const QString error = watcher->result();
                        if (!error.isEmpty()) {
                            end(LogsTr::tr("The log could not be written to a temporary file: %1")
                                    .arg(error));
                            return;
                        }
                        attemptWritten(index, file);
                    });
            watcher->setFuture(QtConcurrent::run([log, file]() -> QString {
                const QByteArray text = log->lines(0, log->recordCount());
                if (file->write(text) != text.size() || !file->flush())
                    return file->errorString();
                return QString();
            }));
        });
}

void JobLogArchive::attemptWritten(int index, const std::shared_ptr<QTemporaryFile> &file)
{
    const Attempt &a = m_task.job.attempts.at(m_attempts.at(index));
    m_files.append(file);
    ArchivedAttempt item;
    item.jobId = m_task.job.id;
    item.attempt = a.number;
    item.connectionId = m_task.job.connectionId;
    item.connectionName = m_task.connectionName;
    item.status = statusWord(a.status);
    item.startedAt = a.createdAt;
    item.endedAt = a.endedAt;
    item.records = a.totals.recordsCommitted;
    item.bytes = a.totals.bytesCommitted;
    if (a.failureSummary && !a.failureSummary->failures.isEmpty())
        item.failure = a.failureSummary->failures.first().externalMessage;
    item.logFilePath = file->fileName();
    m_ready.append(item);
    fetch(index + 1);
}

void JobLogArchive::handOver()
{
    if (!m_archiver) {
        end(LogsTr::tr("Airbyte or the log bucket is not set up in this environment."));
        return;
    }
    m_pendingReports = int(m_ready.size());
    m_archiver->archive(m_ready);
}

void JobLogArchive::end(const QString &error)
{
    const qint64 id = m_task.job.id;
    m_busy = false;
    m_files.clear();
    m_ready.clear();
    emit finished(id, error, m_reports.join(QLatin1Char(' ')));
    startNext();
}

} // namespace Dsp::Logs
