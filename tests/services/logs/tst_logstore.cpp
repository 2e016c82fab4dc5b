// LogStore as the log browser relies on it, on a real S3 server (s3rver behind the
// SigV4-checking front) and on a folder: jobs newest first, attempts, each attempt's log objects
// in the layout found (Airbyte 1.2+'s JSON objects, 0.51-1.1's plain ones, the stack guide's
// archive), listings of any length, ranged reads, and the default bucket found by itself.
#include "logs/folderlogstore.h"
#include "logs/s3logstore.h"

#include "bucketfixture.h"

#include "testfiles.h"

#include <QDir>
#include <QFile>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Dsp;
using namespace Dsp::Logs;
using namespace Dsp::Testing;

using Dsp::Testing::writeFile;

namespace {

// What a store call answered, waited for.
template<typename T> struct Answer
{
    std::optional<Result<T>> result;
    std::function<void(const Result<T> &)> callback()
    {
        return [this](const Result<T> &r) { result = r; };
    }
    bool wait()
    {
        return QTest::qWaitFor([this] { return result.has_value(); }, 20000);
    }
    QString error() const
    {
        return result && !result->hasValue() ? result->error().message : QString();
    }
};

QByteArray eventsObject(const QList<qint64> &times)
{
    QByteArray out = "{\"events\":[";
    for (qsizetype i = 0; i < times.size(); ++i) {
        if (i > 0)
            out += ',';
        out += "{\"timestamp\":" + QByteArray::number(times.at(i)) + ",\"message\":\"at " +
               QByteArray::number(times.at(i)) +
               "\",\"level\":\"INFO\",\"logSource\":\"platform\",\"caller\":null,"
               "\"throwable\":null}";
    }
    return out + "],\"version\":\"1\"}";
}

QString structuredKey(qint64 job, int attempt, const QString &stamp, const QString &host)
{
    return QStringLiteral(
               "job-logging/workspace/%1/%2/logs.log/%3_%4_0123456789abcdef0123456789abcdef.json")
        .arg(job)
        .arg(attempt)
        .arg(stamp, host);
}

QString plainKey(qint64 job, int attempt, const QString &stamp)
{
    return QStringLiteral("job-logging/workspace/%1/%2/logs.log/"
                          "%3_airbyte-worker_fedcba9876543210fedcba9876543210")
        .arg(job)
        .arg(attempt)
        .arg(stamp);
}

QList<qint64> jobIds(const QList<StoredJob> &jobs)
{
    QList<qint64> ids;
    for (const StoredJob &job : jobs)
        ids.append(job.jobId);
    return ids;
}

QStringList keys(const QList<StoredLogObject> &objects)
{
    QStringList out;
    for (const StoredLogObject &o : objects)
        out.append(o.key);
    return out;
}

} // namespace

class TestLogStore : public QObject
{
    Q_OBJECT

    BucketFixture m_s3;

private slots:
    void rangedReadsSayWhatIsThere();
    void listingsFollowContinuationTokens();
    void browsesJobsAndAttemptsOfEveryLayout();
    void attemptWithMoreThanAThousandObjectsIsWhole();
    void findsTheDefaultBucketThatHoldsLogs();
    void folderStoreReadsTheSameLayouts();
};

// The primitives the log sources build on: a GET from an offset returns the rest with the
// object's size and ETag, an offset at the end is "nothing new" (416), a HEAD tells a missing
// object from an error.
void TestLogStore::rangedReadsSayWhatIsThere()
{
    QVERIFY2(m_s3.start(), "the test stack did not start");
    const QString bucket = m_s3.newBucket(QStringLiteral("ranges"));
    QVERIFY(!bucket.isEmpty());
    const QByteArray text = "first line\nsecond line\n";
    QVERIFY(m_s3.put(bucket, QStringLiteral("a/logs.log"), text));
    S3Client *client = m_s3.client();
    QObject context;

    Answer<S3ObjectInfo> head;
    client->headObject(bucket, QStringLiteral("a/logs.log"), &context, head.callback());
    QVERIFY(head.wait());
    QVERIFY2(head.result->hasValue(), qPrintable(head.error()));
    QVERIFY(head.result->value().exists);
    QCOMPARE(head.result->value().size, text.size());
    QVERIFY(!head.result->value().etag.isEmpty());
    QVERIFY(!head.result->value().etag.contains(QLatin1Char('"')));

    Answer<S3ObjectData> tail;
    client->getObject(bucket, QStringLiteral("a/logs.log"), 11, -1, &context, tail.callback());
    QVERIFY(tail.wait());
    QVERIFY2(tail.result->hasValue(), qPrintable(tail.error()));
    QCOMPARE(tail.result->value().bytes, QByteArray("second line\n"));
    QCOMPARE(tail.result->value().offset, 11);
    QCOMPARE(tail.result->value().totalSize, text.size());
    QCOMPARE(tail.result->value().etag, head.result->value().etag);
    QVERIFY(!tail.result->value().nothingNew);
    QCOMPARE(m_s3.network.gets(QStringLiteral("a/logs.log")).last().range, QByteArray("bytes=11-"));

    Answer<S3ObjectData> part;
    client->getObject(bucket, QStringLiteral("a/logs.log"), 0, 5, &context, part.callback());
    QVERIFY(part.wait());
    QVERIFY2(part.result->hasValue(), qPrintable(part.error()));
    QCOMPARE(part.result->value().bytes, QByteArray("first"));
    QCOMPARE(part.result->value().totalSize, text.size());

    Answer<S3ObjectData> end;
    client->getObject(bucket, QStringLiteral("a/logs.log"), text.size(), -1, &context,
                      end.callback());
    QVERIFY(end.wait());
    QVERIFY2(end.result->hasValue(), qPrintable(end.error()));
    QVERIFY(end.result->value().nothingNew);
    QVERIFY(end.result->value().bytes.isEmpty());

    Answer<S3ObjectInfo> missingHead;
    client->headObject(bucket, QStringLiteral("a/none.log"), &context, missingHead.callback());
    QVERIFY(missingHead.wait());
    QVERIFY2(missingHead.result->hasValue(), qPrintable(missingHead.error()));
    QVERIFY(!missingHead.result->value().exists);

    Answer<S3ObjectData> missing;
    client->getObject(bucket, QStringLiteral("a/none.log"), 0, -1, &context, missing.callback());
    QVERIFY(missing.wait());
    QVERIFY(!missing.result->hasValue());
    QCOMPARE(missing.result->error().kind, ErrorKind::NotFound);
    QVERIFY2(missing.error().contains(QLatin1String("a/none.log")), qPrintable(missing.error()));
}

void TestLogStore::listingsFollowContinuationTokens()
{
    QVERIFY2(m_s3.start(), "the test stack did not start");
    const QString bucket = m_s3.newBucket(QStringLiteral("pages"));
    QVERIFY(!bucket.isEmpty());
    for (int i = 0; i < 5; ++i) {
        QVERIFY(m_s3.put(bucket, QStringLiteral("job-%1/attempt-0/logs.log").arg(i), "x\n"));
        QVERIFY(m_s3.put(bucket, QStringLiteral("job-%1/attempt-1/logs.log").arg(i), "y\n"));
    }
    QVERIFY(m_s3.put(bucket, QStringLiteral("job-notes.txt"), "z\n"));
    S3Client *client = m_s3.client();
    QObject context;

    // Every key, two per page.
    S3ListOptions all;
    all.maxKeys = 2;
    const int listingsBefore = m_s3.network.listings();
    Answer<S3ObjectList> everything;
    client->listAll(bucket, all, &context, everything.callback());
    QVERIFY(everything.wait());
    QVERIFY2(everything.result->hasValue(), qPrintable(everything.error()));
    QCOMPARE(everything.result->value().objects.size(), 11);
    QVERIFY(!everything.result->value().truncated);
    QCOMPARE(m_s3.network.listings() - listingsBefore, 6);

    // One level: the jobs as prefixes, the loose key as an object, across pages.
    S3ListOptions level;
    level.prefix = QStringLiteral("job-");
    level.delimiter = QStringLiteral("/");
    level.maxKeys = 2;
    Answer<S3ObjectList> jobs;
    client->listAll(bucket, level, &context, jobs.callback());
    QVERIFY(jobs.wait());
    QVERIFY2(jobs.result->hasValue(), qPrintable(jobs.error()));
    QCOMPARE(jobs.result->value().prefixes,
             QStringList({"job-0/", "job-1/", "job-2/", "job-3/", "job-4/"}));
    QCOMPARE(jobs.result->value().objects.size(), 1);
    QCOMPARE(jobs.result->value().objects.first().key, QStringLiteral("job-notes.txt"));

    // A listing longer than the cap stops with an error that says so.
    Answer<S3ObjectList> capped;
    client->listAll(bucket, all, &context, capped.callback(), 4);
    QVERIFY(capped.wait());
    QVERIFY(!capped.result->hasValue());
    QVERIFY2(capped.error().contains(QLatin1String("more than 4")), qPrintable(capped.error()));
}

void TestLogStore::browsesJobsAndAttemptsOfEveryLayout()
{
    QVERIFY2(m_s3.start(), "the test stack did not start");
    const QString bucket = m_s3.newBucket(QStringLiteral("layouts"));
    QVERIFY(!bucket.isEmpty());
    // Airbyte 1.2+: job 7, two attempts, objects of two writers.
    const QString a1 =
        structuredKey(7, 1, QStringLiteral("20241220163300"), QStringLiteral("orchestrator"));
    const QString a2 =
        structuredKey(7, 1, QStringLiteral("20241220163214"), QStringLiteral("worker"));
    QVERIFY(m_s3.put(bucket, a1, eventsObject({3000})));
    QVERIFY(m_s3.put(bucket, a2, eventsObject({1000})));
    QVERIFY(m_s3.put(
        bucket, structuredKey(7, 0, QStringLiteral("20241220160000"), QStringLiteral("worker")),
        eventsObject({1})));
    // Airbyte 0.51-1.1 on Kubernetes: job 12, plain objects.
    QVERIFY(m_s3.put(bucket, plainKey(12, 0, QStringLiteral("20240501100100")), "second\n"));
    QVERIFY(m_s3.put(bucket, plainKey(12, 0, QStringLiteral("20240501100000")), "first\n"));
    // The stack guide's archive: job 3 (attempt 0 complete, attempt 1 without its metadata).
    QVERIFY(m_s3.put(bucket, LogStore::archiveLogKey(3, 0), "archived\n"));
    QVERIFY(m_s3.put(bucket, LogStore::archiveMetadataKey(3, 0), "{}"));
    QVERIFY(m_s3.put(bucket, LogStore::archiveLogKey(3, 1), "partial\n"));
    // Job 100 in both places.
    QVERIFY(m_s3.put(bucket,
                     structuredKey(100, 0, QStringLiteral("20250101000000"), QStringLiteral("w")),
                     eventsObject({5})));
    QVERIFY(m_s3.put(bucket, LogStore::archiveLogKey(100, 0), "copy\n"));

    S3LogStore store(m_s3.client(), bucket);
    QObject context;

    Answer<QList<StoredJob>> jobs;
    store.listJobs(&context, jobs.callback());
    QVERIFY(jobs.wait());
    QVERIFY2(jobs.result->hasValue(), qPrintable(jobs.error()));
    // Newest first, by number (not "100" < "12" < "3" < "7" as text).
    QCOMPARE(jobIds(jobs.result->value()), QList<qint64>({100, 12, 7, 3}));
    const StoredJob both = jobs.result->value().first();
    QVERIFY(both.inWorkspace && both.archived);
    QVERIFY(jobs.result->value().at(2).inWorkspace && !jobs.result->value().at(2).archived);
    QVERIFY(!jobs.result->value().at(3).inWorkspace && jobs.result->value().at(3).archived);

    Answer<QList<StoredAttempt>> attempts;
    store.listAttempts(7, &context, attempts.callback());
    QVERIFY(attempts.wait());
    QVERIFY2(attempts.result->hasValue(), qPrintable(attempts.error()));
    QCOMPARE(attempts.result->value().size(), 2);
    QCOMPARE(attempts.result->value().at(0).attempt, 0);
    QCOMPARE(attempts.result->value().at(1).attempt, 1);

    Answer<StoredAttemptLog> structured;
    store.attemptLog(7, 1, &context, structured.callback());
    QVERIFY(structured.wait());
    QVERIFY2(structured.result->hasValue(), qPrintable(structured.error()));
    QCOMPARE(structured.result->value().layout, StoredLogLayout::Structured);
    // By the time in their names, whichever writer.
    QCOMPARE(keys(structured.result->value().objects), QStringList({a2, a1}));

    Answer<StoredAttemptLog> plain;
    store.attemptLog(12, 0, &context, plain.callback());
    QVERIFY(plain.wait());
    QVERIFY2(plain.result->hasValue(), qPrintable(plain.error()));
    QCOMPARE(plain.result->value().layout, StoredLogLayout::Plain);
    QCOMPARE(keys(plain.result->value().objects),
             QStringList({plainKey(12, 0, QStringLiteral("20240501100000")),
                          plainKey(12, 0, QStringLiteral("20240501100100"))}));

    Answer<StoredAttemptLog> archived;
    store.attemptLog(3, 0, &context, archived.callback());
    QVERIFY(archived.wait());
    QVERIFY2(archived.result->hasValue(), qPrintable(archived.error()));
    QCOMPARE(archived.result->value().layout, StoredLogLayout::Archive);
    QCOMPARE(keys(archived.result->value().objects), QStringList({LogStore::archiveLogKey(3, 0)}));
    QCOMPARE(archived.result->value().metadataKey, LogStore::archiveMetadataKey(3, 0));

    Answer<StoredAttemptLog> partial;
    store.attemptLog(3, 1, &context, partial.callback());
    QVERIFY(partial.wait());
    QVERIFY2(partial.result->hasValue(), qPrintable(partial.error()));
    QVERIFY(partial.result->value().metadataKey.isEmpty());

    // Airbyte's own objects come before a copy.
    Answer<StoredAttemptLog> preferred;
    store.attemptLog(100, 0, &context, preferred.callback());
    QVERIFY(preferred.wait());
    QVERIFY2(preferred.result->hasValue(), qPrintable(preferred.error()));
    QCOMPARE(preferred.result->value().layout, StoredLogLayout::Structured);

    Answer<StoredAttemptLog> none;
    store.attemptLog(99, 0, &context, none.callback());
    QVERIFY(none.wait());
    QVERIFY(!none.result->hasValue());
    QCOMPARE(none.result->error().kind, ErrorKind::NotFound);
    QVERIFY2(none.error().contains(bucket), qPrintable(none.error()));
}

// S3 answers at most 1,000 keys a page: a long attempt (one object per writer per minute) has
// more, and every one of them is part of its log.
void TestLogStore::attemptWithMoreThanAThousandObjectsIsWhole()
{
    QVERIFY2(m_s3.start(), "the test stack did not start");
    const QString bucket = m_s3.newBucket(QStringLiteral("long"));
    QVERIFY(!bucket.isEmpty());
    constexpr int Count = 1005;
    int done = 0;
    int failed = 0;
    QObject context;
    const QDateTime start(QDate(2025, 3, 1), QTime(0, 0), Qt::UTC);
    // Put in batches: a thousand requests at once wait in the network queue past the client's
    // timeout on a busy machine.
    for (int i = 0; i < Count; ++i) {
        const QString stamp = start.addSecs(60 * i).toString(QStringLiteral("yyyyMMddHHmmss"));
        m_s3.client()->putObject(bucket, structuredKey(41, 0, stamp, QStringLiteral("w")),
                                 eventsObject({i}), "application/json", &context,
                                 [&](const Result<S3ObjectInfo> &r) {
                                     ++done;
                                     failed += !r;
                                 });
        if ((i + 1) % 25 == 0 || i + 1 == Count)
            QVERIFY(QTest::qWaitFor([&] { return done == i + 1; }, 60000));
    }
    QCOMPARE(failed, 0);

    S3LogStore store(m_s3.client(), bucket);
    const int listingsBefore = m_s3.network.listings();
    Answer<StoredAttemptLog> log;
    store.attemptLog(41, 0, &context, log.callback());
    QVERIFY(log.wait());
    QVERIFY2(log.result->hasValue(), qPrintable(log.error()));
    QCOMPARE(log.result->value().objects.size(), Count);
    QCOMPARE(m_s3.network.listings() - listingsBefore, 2);
    QVERIFY(log.result->value().objects.first().key.contains(QLatin1String("20250301000000")));
}

// With no bucket in the profile, the store looks in the stack guide's bucket and in Helm's
// default, and says which one it reads.
void TestLogStore::findsTheDefaultBucketThatHoldsLogs()
{
    QVERIFY2(m_s3.start(), "the test stack did not start");
    S3Client *client = m_s3.client();
    QObject context;
    auto deleteBucket = [&](const QString &name) {
        std::optional<bool> ok;
        client->send("DELETE", name, {}, {}, {}, {}, &context,
                     [&](const Result<HttpResponse> &r) { ok = bool(r); });
        return QTest::qWaitFor([&] { return ok.has_value(); }, 10000) && *ok;
    };
    // Neither bucket: an error naming both.
    QVERIFY(deleteBucket(QStringLiteral("airbyte-logs")));
    auto restore = qScopeGuard([&] { m_s3.createBucket(QStringLiteral("airbyte-logs")); });
    {
        S3LogStore store(client);
        Answer<QList<StoredJob>> jobs;
        store.listJobs(&context, jobs.callback());
        QVERIFY(jobs.wait());
        QVERIFY(!jobs.result->hasValue());
        QCOMPARE(jobs.result->error().kind, ErrorKind::NotFound);
        QVERIFY2(jobs.error().contains(QLatin1String("airbyte-logs")) &&
                     jobs.error().contains(QLatin1String("airbyte-storage")),
                 qPrintable(jobs.error()));
        QVERIFY(store.bucket().isEmpty());
    }
    // Helm's bucket with Airbyte's logs, the stack guide's empty: Helm's is read.
    QVERIFY(m_s3.createBucket(QStringLiteral("airbyte-logs")));
    restore.dismiss();
    QVERIFY(m_s3.createBucket(QStringLiteral("airbyte-storage")));
    QVERIFY(m_s3.put(QStringLiteral("airbyte-storage"),
                     structuredKey(5, 0, QStringLiteral("20250101000000"), QStringLiteral("w")),
                     eventsObject({1})));
    S3LogStore store(client);
    QSignalSpy chosen(&store, &S3LogStore::bucketChosen);
    Answer<QList<StoredJob>> jobs;
    Answer<StoredAttemptLog> log;
    store.listJobs(&context, jobs.callback()); // both wait for the one look-up
    store.attemptLog(5, 0, &context, log.callback());
    QVERIFY(jobs.wait());
    QVERIFY(log.wait());
    QVERIFY2(jobs.result->hasValue(), qPrintable(jobs.error()));
    QVERIFY2(log.result->hasValue(), qPrintable(log.error()));
    QCOMPARE(jobIds(jobs.result->value()), QList<qint64>({5}));
    QCOMPARE(store.bucket(), QStringLiteral("airbyte-storage"));
    QCOMPARE(chosen.size(), 1);
    QCOMPARE(chosen.first().at(0).toString(), QStringLiteral("airbyte-storage"));
    const QString sentence = chosen.first().at(1).toString();
    QVERIFY2(sentence.contains(QLatin1String("airbyte-storage")) &&
                 sentence.contains(QLatin1String("airbyte-logs")),
             qPrintable(sentence));
}

// abctl's local storage (or a copied bucket): the same layouts as files.
void TestLogStore::folderStoreReadsTheSameLayouts()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString structured =
        structuredKey(5, 0, QStringLiteral("20250101000000"), QStringLiteral("w"));
    QVERIFY(writeFile(dir.filePath(structured), eventsObject({1, 2})));
    QVERIFY(writeFile(dir.filePath(LogStore::archiveLogKey(6, 0)), "archived line\n"));
    QVERIFY(writeFile(dir.filePath(LogStore::archiveMetadataKey(6, 0)), "{}"));
    QVERIFY(writeFile(dir.filePath(QStringLiteral("job-logging/workspace/notajob/x")), "x"));

    FolderLogStore store(dir.path());
    QObject context;
    Answer<QList<StoredJob>> jobs;
    store.listJobs(&context, jobs.callback());
    QVERIFY(jobs.wait());
    QVERIFY2(jobs.result->hasValue(), qPrintable(jobs.error()));
    QCOMPARE(jobIds(jobs.result->value()), QList<qint64>({6, 5}));

    Answer<StoredAttemptLog> log;
    store.attemptLog(5, 0, &context, log.callback());
    QVERIFY(log.wait());
    QVERIFY2(log.result->hasValue(), qPrintable(log.error()));
    QCOMPARE(log.result->value().layout, StoredLogLayout::Structured);
    QCOMPARE(keys(log.result->value().objects), QStringList({structured}));

    Answer<StoredAttemptLog> archived;
    store.attemptLog(6, 0, &context, archived.callback());
    QVERIFY(archived.wait());
    QVERIFY2(archived.result->hasValue(), qPrintable(archived.error()));
    QCOMPARE(archived.result->value().layout, StoredLogLayout::Archive);
    QCOMPARE(archived.result->value().metadataKey, LogStore::archiveMetadataKey(6, 0));

    Answer<StoredRead> tail;
    store.read(LogStore::archiveLogKey(6, 0), 9, -1, &context, tail.callback());
    QVERIFY(tail.wait());
    QVERIFY2(tail.result->hasValue(), qPrintable(tail.error()));
    QCOMPARE(tail.result->value().bytes, QByteArray("line\n"));
    QCOMPARE(tail.result->value().totalSize, 14);
    QCOMPARE(tail.result->value().etag, archived.result->value().objects.first().etag);

    Answer<StoredRead> end;
    store.read(LogStore::archiveLogKey(6, 0), 14, -1, &context, end.callback());
    QVERIFY(end.wait());
    QVERIFY2(end.result->hasValue(), qPrintable(end.error()));
    QVERIFY(end.result->value().nothingNew);

    Answer<StoredRead> outside;
    store.read(QStringLiteral("../outside.log"), 0, -1, &context, outside.callback());
    QVERIFY(outside.wait());
    QVERIFY(!outside.result->hasValue());

    FolderLogStore missing(dir.filePath(QStringLiteral("no-such-folder")));
    Answer<QList<StoredJob>> none;
    missing.listJobs(&context, none.callback());
    QVERIFY(none.wait());
    QVERIFY(!none.result->hasValue());
    QCOMPARE(none.result->error().kind, ErrorKind::FileError);
}

QTEST_GUILESS_MAIN(TestLogStore)
#include "tst_logstore.moc"
