#pragma once

// S3LogStore: job logs in an S3/MinIO bucket, read with the environment's S3Client (SigV4).
// The bucket is the profile's; when none is set, the stack guide's `airbyte-logs` and then
// Helm's default `airbyte-storage` are tried, the first holding job logs is used (else the
// first that exists) and bucketChosen() says which and why. GUI thread; the client must
// outlive the calls (a call made after it is gone fails with Cancelled).

#include "logstore.h"

#include <QPointer>

namespace Dsp {
class S3Client;
}

namespace Dsp::Logs {

class S3LogStore : public LogStore
{
    Q_OBJECT
public:
    // The largest read of a whole object (a Structured object; plain logs are read in ranges).
    static constexpr qint64 MaxObjectBytes = 256 * 1024 * 1024;

    explicit S3LogStore(S3Client *client, const QString &bucket = {}, QObject *parent = nullptr);
    ~S3LogStore() override;

    // Tried in this order when no bucket is set.
    static QStringList defaultBuckets();
    // The bucket in use: the one set, or the one found (empty until then).
    QString bucket() const { return m_bucket; }

    QString description() const override;
    void list(const QString &prefix, const QString &delimiter, QObject *context,
              ListCallback callback) override;
    void read(const QString &key, qint64 offset, qint64 length, QObject *context,
              ReadCallback callback) override;

signals:
    // A translated sentence: "Job logs are in bucket airbyte-storage (airbyte-logs does not
    // exist)."
    void bucketChosen(const QString &bucket, const QString &sentence);

private:
    using BucketCallback = std::function<void(const Result<QString> &)>;
    struct Waiter
    {
        QPointer<QObject> context;
        BucketCallback then;
    };
    // Runs `then` with the bucket, finding it first when none is set.
    void withBucket(QObject *context, BucketCallback then);
    void tryCandidate(int index);
    void resolved(const Result<QString> &bucket);

    QPointer<S3Client> m_client;
    QString m_bucket;
    QList<Waiter> m_waiters;
    bool m_resolving = false;
    // While resolving: what the candidates tried so far said.
    QStringList m_missing;
    QStringList m_empty;
};

} // namespace Dsp::Logs
