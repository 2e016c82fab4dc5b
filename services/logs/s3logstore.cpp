#include "s3logstore.h"

#include "logstr.h"
#include "s3/s3client.h"

namespace Dsp::Logs {

namespace {

Error cancelled()
{
    return Error::make(ErrorKind::Cancelled, LogsTr::tr("cancelled"));
}

StoredListing listingFrom(const S3ObjectList &list)
{
    StoredListing out;
    out.prefixes = list.prefixes;
    out.objects.reserve(list.objects.size());
    for (const S3Object &o : list.objects) {
        StoredLogObject object;
        object.key = o.key;
        object.size = o.size;
        object.etag = o.etag;
        object.lastModified = o.lastModified;
        out.objects.append(object);
    }
    return out;
}

} // namespace

S3LogStore::S3LogStore(S3Client *client, const QString &bucket, QObject *parent)
    : LogStore(parent)
    , m_client(client)
    , m_bucket(bucket)
{}

S3LogStore::~S3LogStore()
{
    // Calls still waiting for the bucket end with Cancelled, from their context's event loop.
    for (const Waiter &waiter : std::as_const(m_waiters)) {
        if (waiter.context)
            QMetaObject::invokeMethod(
                waiter.context, [then = waiter.then] { then(cancelled()); }, Qt::QueuedConnection);
    }
}

QStringList S3LogStore::defaultBuckets()
{
    return {QStringLiteral("airbyte-logs"), QStringLiteral("airbyte-storage")};
}

QString S3LogStore::description() const
{
    if (m_bucket.isEmpty())
        return tr("bucket %1 or %2").arg(defaultBuckets().value(0), defaultBuckets().value(1));
    return tr("bucket %1").arg(m_bucket);
}

void S3LogStore::withBucket(QObject *context, BucketCallback then)
{
    if (!m_bucket.isEmpty()) {
        then(m_bucket);
        return;
    }
    m_waiters.append(Waiter{context, std::move(then)});
    if (m_resolving)
        return;
    m_resolving = true;
    m_missing.clear();
    m_empty.clear();
    tryCandidate(0);
}

void S3LogStore::tryCandidate(int index)
{
    const QStringList candidates = defaultBuckets();
    if (index >= candidates.size()) {
        if (!m_empty.isEmpty()) {
            resolved(m_empty.first());
            return;
        }
        Error e = Error::make(ErrorKind::NotFound,
                              tr("Neither bucket %1 nor bucket %2 exists: set the logs bucket of "
                                 "this environment.")
                                  .arg(candidates.value(0), candidates.value(1)));
        e.service = QStringLiteral("MinIO");
        resolved(e);
        return;
    }
    if (!m_client) {
        resolved(cancelled());
        return;
    }
    const QString bucket = candidates.at(index);
    S3ListOptions options;
    options.prefix = QStringLiteral("job"); // job-logging/ (Airbyte's) or job-<id>/ (archived)
    options.maxKeys = 1;
    m_client->listObjects(bucket, options, this,
                          [this, index, bucket](const Result<S3ObjectList> &r) {
                              if (!r) {
                                  if (r.error().kind != ErrorKind::NotFound) {
                                      resolved(r.error());
                                      return;
                                  }
                                  m_missing.append(bucket);
                              } else if (r.value().objects.isEmpty()) {
                                  m_empty.append(bucket);
                              } else {
                                  resolved(bucket);
                                  return;
                              }
                              tryCandidate(index + 1);
                          });
}

void S3LogStore::resolved(const Result<QString> &bucket)
{
    m_resolving = false;
    if (bucket) {
        m_bucket = bucket.value();
        QString sentence;
        const bool hasLogs = !m_empty.contains(m_bucket);
        if (!hasLogs)
            sentence = tr("Bucket %1 holds no job logs yet.").arg(m_bucket);
        else if (!m_missing.isEmpty())
            sentence = tr("Job logs are in bucket %1 (%2 does not exist).")
                           .arg(m_bucket, m_missing.join(QStringLiteral(", ")));
        else if (!m_empty.isEmpty())
            sentence = tr("Job logs are in bucket %1 (%2 holds none).")
                           .arg(m_bucket, m_empty.join(QStringLiteral(", ")));
        else
            sentence = tr("Job logs are in bucket %1.").arg(m_bucket);
        emit bucketChosen(m_bucket, sentence);
    }
    // Not resolved: the next call tries again (a server that was down, keys fixed).
    const QList<Waiter> waiters = std::exchange(m_waiters, {});
    for (const Waiter &waiter : waiters) {
        if (waiter.context)
            waiter.then(bucket);
    }
}

void S3LogStore::list(const QString &prefix, const QString &delimiter, QObject *context,
                      ListCallback callback)
{
    QPointer<S3Client> client = m_client;
    QPointer<QObject> guard(context);
    withBucket(context, [client, guard, prefix, delimiter,
                         callback = std::move(callback)](const Result<QString> &bucket) {
        if (!bucket) {
            callback(bucket.error());
            return;
        }
        if (!client || !guard) {
            if (guard)
                callback(cancelled());
            return;
        }
        S3ListOptions options;
        options.prefix = prefix;
        options.delimiter = delimiter;
        client->listAll(bucket.value(), options, guard.data(),
                        [callback](const Result<S3ObjectList> &r) {
                            if (!r)
                                callback(r.error());
                            else
                                callback(listingFrom(r.value()));
                        });
    });
}

void S3LogStore::read(const QString &key, qint64 offset, qint64 length, QObject *context,
                      ReadCallback callback)
{
    QPointer<S3Client> client = m_client;
    QPointer<QObject> guard(context);
    withBucket(context, [client, guard, key, offset, length,
                         callback = std::move(callback)](const Result<QString> &bucket) {
        if (!bucket) {
            callback(bucket.error());
            return;
        }
        if (!client || !guard) {
            if (guard)
                callback(cancelled());
            return;
        }
        client->getObject(
            bucket.value(), key, offset, length, guard.data(),
            [callback](const Result<S3ObjectData> &r) {
                if (!r) {
                    callback(r.error());
                    return;
                }
                StoredRead out;
                out.bytes = r.value().bytes;
                out.offset = r.value().offset;
                out.totalSize = r.value().totalSize;
                out.etag = r.value().etag;
                out.nothingNew = r.value().nothingNew;
                callback(out);
            },
            MaxObjectBytes);
    });
}

} // namespace Dsp::Logs
