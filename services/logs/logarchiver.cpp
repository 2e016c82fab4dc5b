#include "logarchiver.h"

#include "logstore.h"
#include "s3/s3client.h"

#include <QDir>
#include <QFile>
#include <QFutureWatcher>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QtConcurrent/QtConcurrentRun>

namespace Dsp::Logs {

namespace {

struct LogPayload
{
    QByteArray bytes;
    QByteArray sha256; // hex, for the SigV4 signature
};

// On the thread pool: the whole log and its hash.
Result<LogPayload> readLog(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::make(ErrorKind::FileError,
                           LogArchiver::tr("The log %1 cannot be read: %2")
                               .arg(QDir::toNativeSeparators(path), file.errorString()));
    if (file.size() > LogArchiver::MaxLogBytes)
        return Error::make(ErrorKind::FileError,
                           LogArchiver::tr("The log %1 is larger than %2, too large to archive.")
                               .arg(QDir::toNativeSeparators(path),
                                    QLocale().formattedDataSize(LogArchiver::MaxLogBytes)));
    LogPayload payload;
    payload.bytes = file.readAll();
    if (file.error() != QFileDevice::NoError)
        return Error::make(ErrorKind::FileError,
                           LogArchiver::tr("The log %1 cannot be read: %2")
                               .arg(QDir::toNativeSeparators(path), file.errorString()));
    payload.sha256 = SigV4Signer::sha256Hex(payload.bytes);
    return payload;
}

QJsonValue isoTime(const QDateTime &time)
{
    if (!time.isValid())
        return QJsonValue::Null;
    return time.toUTC().toString(Qt::ISODate);
}

} // namespace

LogArchiver::LogArchiver(S3Client *client, const QString &bucket, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_bucket(bucket)
{
    resetRequests();
}

QByteArray LogArchiver::metadataJson(const ArchivedAttempt &attempt, qint64 logBytes,
                                     const QDateTime &archivedAt)
{
    QJsonObject o;
    o.insert(QStringLiteral("jobId"), attempt.jobId);
    o.insert(QStringLiteral("attempt"), attempt.attempt);
    o.insert(QStringLiteral("connectionId"), attempt.connectionId);
    o.insert(QStringLiteral("connectionName"), attempt.connectionName);
    o.insert(QStringLiteral("status"), attempt.status);
    o.insert(QStringLiteral("startedAt"), isoTime(attempt.startedAt));
    o.insert(QStringLiteral("endedAt"), isoTime(attempt.endedAt));
    o.insert(QStringLiteral("records"), attempt.records);
    o.insert(QStringLiteral("bytes"), attempt.bytes);
    o.insert(QStringLiteral("failure"),
             attempt.failure.isEmpty() ? QJsonValue(QJsonValue::Null) : attempt.failure);
    o.insert(QStringLiteral("logBytes"), logBytes);
    o.insert(QStringLiteral("archivedAt"), isoTime(archivedAt));
    o.insert(QStringLiteral("archivedBy"), QStringLiteral("Data Stack Panel"));
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

void LogArchiver::resetRequests()
{
    if (m_requests)
        m_requests->deleteLater(); // this may run inside one of its callbacks
    m_requests = new QObject(this);
    ++m_generation;
}

void LogArchiver::archive(const QList<ArchivedAttempt> &attempts)
{
    m_queue += attempts;
    if (!m_current)
        next();
}

void LogArchiver::cancel()
{
    m_queue.clear();
    if (m_current) {
        resetRequests();
        failed(Error::make(ErrorKind::Cancelled, tr("cancelled")));
    }
}

void LogArchiver::next()
{
    if (m_queue.isEmpty()) {
        emit finished();
        return;
    }
    m_current = m_queue.takeFirst();
    if (!m_client) {
        failed(Error::make(ErrorKind::Cancelled, tr("The S3 client is gone.")));
        return;
    }
    const QString metadataKey = LogStore::archiveMetadataKey(m_current->jobId, m_current->attempt);
    m_client->headObject(
        m_bucket, metadataKey, m_requests,
        [this, generation = m_generation](const Result<S3ObjectInfo> &r) {
            if (generation != m_generation)
                return;
            if (!r) {
                failed(r.error());
                return;
            }
            if (r.value().exists) {
                ArchiveReport report;
                report.jobId = m_current->jobId;
                report.attempt = m_current->attempt;
                report.logKey = LogStore::archiveLogKey(report.jobId, report.attempt);
                report.metadataKey = LogStore::archiveMetadataKey(report.jobId, report.attempt);
                report.sentence = tr("Job %1, attempt %2 is already archived in %3; nothing "
                                     "written.")
                                      .arg(report.jobId)
                                      .arg(report.attempt + 1) // as the panel counts them
                                      .arg(m_bucket);
                done(report);
                return;
            }
            auto watcher = new QFutureWatcher<Result<LogPayload>>(m_requests);
            connect(watcher, &QFutureWatcherBase::finished, this,
                    [this, watcher, generation = m_generation] {
                        watcher->deleteLater();
                        if (generation != m_generation)
                            return;
                        const Result<LogPayload> payload = watcher->result();
                        if (!payload)
                            failed(payload.error());
                        else
                            upload(payload.value().bytes, payload.value().sha256);
                    });
            watcher->setFuture(QtConcurrent::run(readLog, m_current->logFilePath));
        });
}

void LogArchiver::upload(const QByteArray &log, const QByteArray &hash)
{
    if (!m_client) {
        failed(Error::make(ErrorKind::Cancelled, tr("The S3 client is gone.")));
        return;
    }
    const qint64 size = log.size();
    m_client->putObject(
        m_bucket, LogStore::archiveLogKey(m_current->jobId, m_current->attempt), log,
        "text/plain; charset=utf-8", m_requests,
        [this, size, generation = m_generation](const Result<S3ObjectInfo> &r) {
            if (generation != m_generation)
                return;
            if (!r)
                failed(r.error());
            else
                writeMetadata(size);
        },
        hash);
}

void LogArchiver::writeMetadata(qint64 logBytes)
{
    if (!m_client) {
        failed(Error::make(ErrorKind::Cancelled, tr("The S3 client is gone.")));
        return;
    }
    const QByteArray json = metadataJson(*m_current, logBytes, QDateTime::currentDateTimeUtc());
    m_client->putObject(
        m_bucket, LogStore::archiveMetadataKey(m_current->jobId, m_current->attempt), json,
        "application/json", m_requests,
        [this, logBytes, generation = m_generation](const Result<S3ObjectInfo> &r) {
            if (generation != m_generation)
                return;
            if (!r) {
                failed(r.error());
                return;
            }
            ArchiveReport report;
            report.jobId = m_current->jobId;
            report.attempt = m_current->attempt;
            report.written = true;
            report.logBytes = logBytes;
            report.logKey = LogStore::archiveLogKey(report.jobId, report.attempt);
            report.metadataKey = LogStore::archiveMetadataKey(report.jobId, report.attempt);
            report.sentence =
                tr("Job %1, attempt %2: %3 of log archived to %4/%5.")
                    .arg(report.jobId)
                    .arg(report.attempt + 1)
                    .arg(QLocale().formattedDataSize(logBytes))
                    .arg(m_bucket, LogStore::archiveAttemptPrefix(report.jobId, report.attempt));
            done(report);
        });
}

void LogArchiver::done(const ArchiveReport &report)
{
    m_current.reset();
    emit attemptArchived(report);
    if (!m_current) // a slot may have queued more and started them
        next();
}

void LogArchiver::failed(const Error &error)
{
    const qint64 jobId = m_current ? m_current->jobId : 0;
    const int attempt = m_current ? m_current->attempt : 0;
    m_current.reset();
    Error e = error;
    e.message = tr("Job %1, attempt %2 was not archived: %3")
                    .arg(jobId)
                    .arg(attempt + 1)
                    .arg(error.message);
    emit attemptFailed(jobId, attempt, e);
    if (!m_current)
        next();
}

} // namespace Dsp::Logs
