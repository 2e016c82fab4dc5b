#pragma once

// LogStore: where an environment's job logs are kept as objects (API-NOTES §4): a bucket
// (S3LogStore) or a folder of the same layout (FolderLogStore, abctl's airbyte-local-pv).
// Three layouts, browsed by job and attempt:
//  - Structured (Airbyte >= 1.2): job-logging/<workspace>/<job>/<attempt>/logs.log/
//    <yyyyMMddHHmmss>_<host>_<uuid>.json, many per attempt, each {"events": [...]};
//  - Plain (0.51-1.1 on Kubernetes): the same keys without ".json", plain text;
//  - Archive (the stack guide's, written by LogArchiver): job-<id>/attempt-<n>/logs.log with
//    metadata.json beside it, written last.
// <workspace> is the path of Airbyte's WORKSPACE_ROOT without its leading slash ("workspace" in
// Helm and abctl). Subclasses list and read keys; the layouts are worked out here. GUI thread;
// every call asynchronous: the callback runs once, never after `context` is gone (destroying
// the context abandons the call).

#include "core/result.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

#include <functional>

namespace Dsp::Logs {

enum class StoredLogLayout { Structured, Plain, Archive };

// One object of a store: a bucket key, or a file's path below the folder ('/'-separated).
struct StoredLogObject
{
    QString key;
    qint64 size = 0;
    QString etag; // S3's ETag; a file's size and modification time
    QDateTime lastModified;
};

// One level of keys under a prefix, like ListObjectsV2: objects, and with a delimiter the
// common prefixes one level down (each ending in the delimiter).
struct StoredListing
{
    QList<StoredLogObject> objects;
    QStringList prefixes;
};

// Part of an object read by StoredLogObject key.
struct StoredRead
{
    QByteArray bytes;
    qint64 offset = 0;
    qint64 totalSize = -1; // the object's whole size; -1 when unknown
    QString etag;
    bool nothingNew = false; // the offset was at or past the end (S3's 416)
};

struct StoredJob
{
    qint64 jobId = 0;
    bool inWorkspace = false; // Airbyte's own objects (Structured or Plain)
    bool archived = false;    // the stack guide's job-<id>/
};

struct StoredAttempt
{
    qint64 jobId = 0;
    int attempt = 0; // as in the keys: Airbyte's attempt number, from 0
    bool inWorkspace = false;
    bool archived = false;
};

// The objects of one attempt's log, in the layout found (Airbyte's own before an archive).
struct StoredAttemptLog
{
    qint64 jobId = 0;
    int attempt = 0;
    StoredLogLayout layout = StoredLogLayout::Structured;
    // Structured: by the timestamp in their names; Plain and Archive: by key.
    QList<StoredLogObject> objects;
    // Archive: metadata.json, when written (the attempt is complete); empty otherwise.
    QString metadataKey;
    // What was listed, for a later refreshAttemptLog().
    QString prefix;
};

class LogStore : public QObject
{
    Q_OBJECT
public:
    using ListCallback = std::function<void(const Result<StoredListing> &)>;
    using ReadCallback = std::function<void(const Result<StoredRead> &)>;

    using QObject::QObject;

    // Where the logs are, for titles and messages: "bucket airbyte-logs", "folder ~/…".
    virtual QString description() const = 0;
    // Keys under `prefix` (all of them; one level when `delimiter` is "/").
    virtual void list(const QString &prefix, const QString &delimiter, QObject *context,
                      ListCallback callback) = 0;
    // Bytes [offset, offset + length) of an object; length < 0 reads to its end.
    virtual void read(const QString &key, qint64 offset, qint64 length, QObject *context,
                      ReadCallback callback) = 0;

    // The job-logging path of Airbyte's WORKSPACE_ROOT ("workspace"; "tmp/workspace" for a
    // docker-compose WORKSPACE_ROOT of /tmp/workspace).
    void setWorkspaceRoot(const QString &root);
    QString workspaceRoot() const { return m_workspaceRoot; }

    // Jobs with logs, newest (highest id) first.
    void listJobs(QObject *context, std::function<void(const Result<QList<StoredJob>> &)> callback);
    // A job's attempts, in order.
    void listAttempts(qint64 jobId, QObject *context,
                      std::function<void(const Result<QList<StoredAttempt>> &)> callback);
    // The objects of an attempt's log. No object in any layout: NotFound.
    void attemptLog(qint64 jobId, int attempt, QObject *context,
                    std::function<void(const Result<StoredAttemptLog> &)> callback);
    // The same log listed again (one request), to see new and grown objects.
    void refreshAttemptLog(const StoredAttemptLog &log, QObject *context,
                           std::function<void(const Result<StoredAttemptLog> &)> callback);

    // Key layouts, for the archiver and the tests.
    QString workspaceJobsPrefix() const; // "job-logging/workspace/"
    QString workspaceLogPrefix(qint64 jobId, int attempt) const;
    static QString archiveAttemptPrefix(qint64 jobId, int attempt); // "job-42/attempt-1/"
    static QString archiveLogKey(qint64 jobId, int attempt);        // ".../logs.log"
    static QString archiveMetadataKey(qint64 jobId, int attempt);   // ".../metadata.json"
    // The time in a Structured or Plain object's name (UTC, to the second); invalid when the
    // name has none. Its writer: the host part of the name.
    static QDateTime objectNameTime(const QString &key);
    static QString objectWriter(const QString &key);

private:
    // Sorts and classifies the objects listed under a workspace or archive prefix.
    StoredAttemptLog logFrom(qint64 jobId, int attempt, const QString &prefix,
                             const StoredListing &listing) const;

    QString m_workspaceRoot = QStringLiteral("workspace");
};

} // namespace Dsp::Logs
