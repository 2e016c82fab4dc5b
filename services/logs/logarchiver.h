#pragma once

// LogArchiver: copies finished attempts' logs into the bucket in the stack guide's layout,
// job-<id>/attempt-<n>/logs.log and then metadata.json, for deployments whose Airbyte never
// writes logs there (docker-compose, abctl without MinIO). metadata.json is written last, so
// its presence means the attempt is archived whole: an attempt that has it is skipped (one HEAD),
// which makes archiving again harmless. Attempts are done one at a time, in the order given;
// the log file is read and hashed on the thread pool. Owned by the application; GUI thread.

#include "core/error.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

#include <optional>

namespace Dsp {
class S3Client;
}

namespace Dsp::Logs {

// What metadata.json records about an attempt; the caller fetched its log into logFilePath.
struct ArchivedAttempt
{
    qint64 jobId = 0;
    int attempt = 0; // Airbyte's attempt number, as in the API
    QString connectionId;
    QString connectionName;
    QString status; // Airbyte's attempt status: "succeeded", "failed", "cancelled"
    QDateTime startedAt;
    QDateTime endedAt;
    qint64 records = 0;
    qint64 bytes = 0;
    QString failure; // the failure reason, empty when none
    QString logFilePath;
};

// What was done for one attempt.
struct ArchiveReport
{
    qint64 jobId = 0;
    int attempt = 0;
    bool written = false; // false: it was archived before, nothing was written
    qint64 logBytes = 0;
    QString logKey;
    QString metadataKey;
    QString sentence; // translated, for the status bar or a notification
};

class LogArchiver : public QObject
{
    Q_OBJECT
public:
    // One PUT carries the whole log; larger logs are refused (multipart upload: not yet).
    static constexpr qint64 MaxLogBytes = 512 * 1024 * 1024;

    explicit LogArchiver(S3Client *client, const QString &bucket = QStringLiteral("airbyte-logs"),
                         QObject *parent = nullptr);

    QString bucket() const { return m_bucket; }
    // Queued after the attempts already given.
    void archive(const QList<ArchivedAttempt> &attempts);
    bool isBusy() const { return m_current.has_value(); }
    // Drops the queue; the attempt under way ends with Cancelled (its metadata.json unwritten,
    // so it is archived again next time).
    void cancel();

    // metadata.json's content: UTF-8 JSON, times in ISO 8601 UTC, null when unknown.
    static QByteArray metadataJson(const ArchivedAttempt &attempt, qint64 logBytes,
                                   const QDateTime &archivedAt);

signals:
    void attemptArchived(const Dsp::Logs::ArchiveReport &report);
    void attemptFailed(qint64 jobId, int attempt, const Dsp::Error &error);
    // The queue is empty.
    void finished();

private:
    void next();
    void upload(const QByteArray &log, const QByteArray &hash);
    void writeMetadata(qint64 logBytes);
    void done(const ArchiveReport &report);
    void failed(const Error &error);
    void resetRequests();

    QPointer<S3Client> m_client;
    QString m_bucket;
    QList<ArchivedAttempt> m_queue;
    std::optional<ArchivedAttempt> m_current;
    QObject *m_requests = nullptr;
    quint64 m_generation = 0;
};

} // namespace Dsp::Logs
