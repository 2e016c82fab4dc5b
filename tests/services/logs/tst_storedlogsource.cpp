// StoredAttemptLogSource as the viewer relies on it, against a real S3 server (s3rver behind
// the SigV4-checking front): Airbyte 1.2+'s JSON objects merged in time order whichever writer
// wrote them, new objects appended while following and old ones never fetched again, plain
// objects tailed with ranged GETs of only the new bytes, an object that shrank read again.
#include "logs/folderlogstore.h"
#include "logs/s3logstore.h"
#include "logs/storedlogsource.h"

#include "bucketfixture.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Dsp;
using namespace Dsp::Logs;
using namespace Dsp::Testing;
using namespace std::chrono_literals;

namespace {

QByteArray eventsObject(const QList<qint64> &times)
{
    QByteArray out = "{\"events\":[";
    for (qsizetype i = 0; i < times.size(); ++i) {
        if (i > 0)
            out += ',';
        out += "{\"timestamp\":" + QByteArray::number(times.at(i)) + ",\"message\":\"event " +
               QByteArray::number(times.at(i)) +
               "\",\"level\":\"INFO\",\"logSource\":\"replication-orchestrator\","
               "\"caller\":null,\"throwable\":null}";
    }
    return out + "],\"version\":\"1\"}";
}

QString structuredKey(qint64 job, const QString &stamp, const QString &host)
{
    return QStringLiteral("job-logging/workspace/%1/0/logs.log/%2_%3_"
                          "0123456789abcdef0123456789abcdef.json")
        .arg(job)
        .arg(stamp, host);
}

QString plainKey(qint64 job, const QString &stamp)
{
    return QStringLiteral("job-logging/workspace/%1/0/logs.log/%2_airbyte-worker_"
                          "fedcba9876543210fedcba9876543210")
        .arg(job)
        .arg(stamp);
}

QByteArray contents(const LogSource &source)
{
    QFile f(source.filePath());
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// The event times in the order the spool shows them.
QList<qint64> eventOrder(const QByteArray &text)
{
    QList<qint64> out;
    static const QRegularExpression event(QStringLiteral("event (\\d+)"));
    auto it = event.globalMatch(QString::fromUtf8(text));
    while (it.hasNext())
        out.append(it.next().captured(1).toLongLong());
    return out;
}

bool settled(const LogSource &source)
{
    return source.state() != LogSource::State::Idle && source.state() != LogSource::State::Loading;
}

// A store whose listings run ahead of its objects (an eventually consistent S3 clone, or an
// object rewritten between the listing and the read): while `ahead`, every object is listed a
// few bytes longer than it is.
class AheadStore : public LogStore
{
public:
    explicit AheadStore(LogStore *inner)
        : m_inner(inner)
    {}
    bool ahead = false;

    QString description() const override { return m_inner->description(); }
    void list(const QString &prefix, const QString &delimiter, QObject *context,
              ListCallback callback) override
    {
        m_inner->list(prefix, delimiter, context, [this, callback](const Result<StoredListing> &r) {
            if (!r || !ahead) {
                callback(r);
                return;
            }
            StoredListing listing = r.value();
            for (StoredLogObject &object : listing.objects)
                object.size += 5;
            callback(listing);
        });
    }
    void read(const QString &key, qint64 offset, qint64 length, QObject *context,
              ReadCallback callback) override
    {
        m_inner->read(key, offset, length, context, std::move(callback));
    }

private:
    LogStore *m_inner;
};

} // namespace

class TestStoredLogSource : public QObject
{
    Q_OBJECT

    BucketFixture m_s3;

private slots:
    void mergesTheObjectsOfEveryWriterInTimeOrder();
    void followingReadsOnlyNewObjects();
    void waitsForTheFirstObjectsOfARunningAttempt();
    void tailsAGrowingPlainObjectWithRanges();
    void readsBigPlainObjectsInRanges();
    void rangeBeyondTheEndIsNothingNew();
    void followsAFolderToo();
};

void TestStoredLogSource::mergesTheObjectsOfEveryWriterInTimeOrder()
{
    QVERIFY2(m_s3.start(), "the test stack did not start");
    const QString bucket = m_s3.newBucket(QStringLiteral("merge"));
    QVERIFY(!bucket.isEmpty());
    // Two writers flushing every minute: their objects overlap in time.
    const QStringList keys = {
        structuredKey(1, QStringLiteral("20250101120000"), QStringLiteral("orchestrator")),
        structuredKey(1, QStringLiteral("20250101120005"), QStringLiteral("worker")),
        structuredKey(1, QStringLiteral("20250101120100"), QStringLiteral("orchestrator")),
        structuredKey(1, QStringLiteral("20250101120105"), QStringLiteral("worker")),
    };
    QVERIFY(m_s3.put(bucket, keys[0], eventsObject({1000, 3000, 5000})));
    QVERIFY(m_s3.put(bucket, keys[1], eventsObject({2000, 4000})));
    QVERIFY(m_s3.put(bucket, keys[2], eventsObject({6000, 8000})));
    QVERIFY(m_s3.put(bucket, keys[3], eventsObject({7000})));

    S3LogStore store(m_s3.client(), bucket);
    StoredAttemptLogSource source(&store, 1, 0);
    source.start();
    QTRY_VERIFY_WITH_TIMEOUT(settled(source), 20000);
    QCOMPARE(source.state(), LogSource::State::Finished);
    QCOMPARE(source.layout(), StoredLogLayout::Structured);
    const QByteArray text = contents(source);
    QCOMPARE(eventOrder(text), QList<qint64>({1000, 2000, 3000, 4000, 5000, 6000, 7000, 8000}));
    // Rendered as Airbyte's formatted lines, so the viewer classifies them like any log.
    QVERIFY2(text.startsWith("1970-01-01 00:00:01 replication-orchestrator > INFO event 1000\n"),
             text.left(200).constData());
    for (const QString &key : keys)
        QCOMPARE(m_s3.network.gets(key).size(), 1);
}

void TestStoredLogSource::followingReadsOnlyNewObjects()
{
    QVERIFY2(m_s3.start(), "the test stack did not start");
    const QString bucket = m_s3.newBucket(QStringLiteral("follow"));
    QVERIFY(!bucket.isEmpty());
    const QString first = structuredKey(2, QStringLiteral("20250101120000"), QStringLiteral("w"));
    const QString second = structuredKey(2, QStringLiteral("20250101120100"), QStringLiteral("w"));
    QVERIFY(m_s3.put(bucket, first, eventsObject({1000, 2000})));
    QVERIFY(m_s3.put(bucket, second, eventsObject({3000})));

    S3LogStore store(m_s3.client(), bucket);
    StoredAttemptLogSource source(&store, 2, 0);
    source.setPollInterval(100ms);
    source.setFollowing(true);
    QSignalSpy replaced(&source, &LogSource::replaced);
    source.start();
    QTRY_VERIFY_WITH_TIMEOUT(settled(source), 20000);
    QCOMPARE(source.state(), LogSource::State::Following);
    const QByteArray before = contents(source);
    QCOMPARE(eventOrder(before), QList<qint64>({1000, 2000, 3000}));

    // Another writer's object with an event older than what is shown: it goes at the end.
    const QString third = structuredKey(2, QStringLiteral("20250101120130"), QStringLiteral("x"));
    QSignalSpy appended(&source, &LogSource::appended);
    QVERIFY(m_s3.put(bucket, third, eventsObject({9000, 2500})));
    QTRY_VERIFY_WITH_TIMEOUT(!appended.isEmpty(), 20000);
    const QByteArray after = contents(source);
    QVERIFY(after.startsWith(before));
    QCOMPARE(eventOrder(after.mid(before.size())), QList<qint64>({2500, 9000}));

    // Polls go on; what was read is never fetched again.
    const int listings = m_s3.network.listings();
    QTRY_VERIFY_WITH_TIMEOUT(m_s3.network.listings() >= listings + 3, 20000);
    QCOMPARE(m_s3.network.gets(first).size(), 1);
    QCOMPARE(m_s3.network.gets(second).size(), 1);
    QCOMPARE(m_s3.network.gets(third).size(), 1);
    QCOMPARE(contents(source), after);
    QVERIFY(replaced.isEmpty());
    QCOMPARE(source.state(), LogSource::State::Following);
}

// Airbyte flushes a job log once a minute: a fresh attempt has no object yet.
void TestStoredLogSource::waitsForTheFirstObjectsOfARunningAttempt()
{
    QVERIFY2(m_s3.start(), "the test stack did not start");
    const QString bucket = m_s3.newBucket(QStringLiteral("fresh"));
    QVERIFY(!bucket.isEmpty());
    S3LogStore store(m_s3.client(), bucket);
    StoredAttemptLogSource source(&store, 3, 0);
    source.setPollInterval(100ms);
    source.setFollowing(true);
    source.start();
    QTRY_VERIFY_WITH_TIMEOUT(settled(source), 20000);
    QCOMPARE(source.state(), LogSource::State::Following);
    QVERIFY(contents(source).isEmpty());

    QVERIFY(m_s3.put(bucket,
                     structuredKey(3, QStringLiteral("20250101120000"), QStringLiteral("w")),
                     eventsObject({1000})));
    QTRY_COMPARE_WITH_TIMEOUT(eventOrder(contents(source)), QList<qint64>({1000}), 20000);

    // Not following, a missing log is an error a user reads.
    StoredAttemptLogSource once(&store, 4, 0);
    once.start();
    QTRY_VERIFY_WITH_TIMEOUT(settled(once), 20000);
    QCOMPARE(once.state(), LogSource::State::Failed);
    QCOMPARE(once.lastError().kind, ErrorKind::NotFound);
}

void TestStoredLogSource::tailsAGrowingPlainObjectWithRanges()
{
    QVERIFY2(m_s3.start(), "the test stack did not start");
    const QString bucket = m_s3.newBucket(QStringLiteral("tail"));
    QVERIFY(!bucket.isEmpty());
    const QString key = plainKey(5, QStringLiteral("20240501100000"));
    const QByteArray start = "line 1\nline 2\n";
    QVERIFY(m_s3.put(bucket, key, start));

    S3LogStore store(m_s3.client(), bucket);
    StoredAttemptLogSource source(&store, 5, 0);
    source.setPollInterval(100ms);
    source.setFollowing(true);
    QSignalSpy replaced(&source, &LogSource::replaced);
    source.start();
    QTRY_VERIFY_WITH_TIMEOUT(settled(source), 20000);
    QCOMPARE(source.state(), LogSource::State::Following);
    QCOMPARE(source.layout(), StoredLogLayout::Plain);
    QCOMPARE(contents(source), start);

    // Grown: only the new bytes are asked for.
    const QByteArray grown = start + "line 3\n";
    QVERIFY(m_s3.put(bucket, key, grown));
    QTRY_COMPARE_WITH_TIMEOUT(contents(source), grown, 20000);
    const QList<RecordedRequest> gets = m_s3.network.gets(key);
    QCOMPARE(gets.size(), 2);
    QVERIFY2(gets.at(0).range.startsWith("bytes=0-"), gets.at(0).range.constData());
    QVERIFY2(gets.at(1).range.startsWith("bytes=14-"), gets.at(1).range.constData());

    // A new object, empty for now: nothing to fetch until it has text, then all of it.
    const QString next = plainKey(5, QStringLiteral("20240501100100"));
    QVERIFY(m_s3.put(bucket, next, QByteArray()));
    const int listings = m_s3.network.listings();
    QTRY_VERIFY_WITH_TIMEOUT(m_s3.network.listings() >= listings + 2, 20000);
    QCOMPARE(source.state(), LogSource::State::Following);
    QVERIFY(m_s3.network.gets(next).isEmpty());
    QCOMPARE(contents(source), grown);
    QVERIFY(m_s3.put(bucket, next, "line 4\n"));
    QTRY_COMPARE_WITH_TIMEOUT(contents(source), grown + "line 4\n", 20000);
    QCOMPARE(m_s3.network.gets(key).size(), 2);
    QCOMPARE(m_s3.network.gets(next).size(), 1);
    QVERIFY(replaced.isEmpty());

    // Shrunk (rewritten shorter): the log is read again from its start.
    QVERIFY(m_s3.put(bucket, key, "short\n"));
    QTRY_VERIFY_WITH_TIMEOUT(!replaced.isEmpty(), 20000);
    QTRY_COMPARE_WITH_TIMEOUT(contents(source), QByteArray("short\nline 4\n"), 20000);
    QCOMPARE(source.state(), LogSource::State::Following);

    // Rewritten with the same size: read again too.
    replaced.clear();
    QVERIFY(m_s3.put(bucket, key, "SHORT\n"));
    QTRY_VERIFY_WITH_TIMEOUT(!replaced.isEmpty(), 20000);
    QTRY_COMPARE_WITH_TIMEOUT(contents(source), QByteArray("SHORT\nline 4\n"), 20000);
}

// A big plain log is read in ranges of a bounded size, each byte once.
void TestStoredLogSource::readsBigPlainObjectsInRanges()
{
    QVERIFY2(m_s3.start(), "the test stack did not start");
    const QString bucket = m_s3.newBucket(QStringLiteral("chunks"));
    QVERIFY(!bucket.isEmpty());
    QByteArray text;
    for (int i = 0; i < 50; ++i)
        text += "2024-05-01 10:00:00 source > row " + QByteArray::number(i) + '\n';
    const QString key = plainKey(6, QStringLiteral("20240501100000"));
    QVERIFY(m_s3.put(bucket, key, text));

    S3LogStore store(m_s3.client(), bucket);
    StoredAttemptLogSource source(&store, 6, 0);
    constexpr qint64 Chunk = 256;
    source.setChunkBytes(Chunk);
    source.start();
    QTRY_VERIFY_WITH_TIMEOUT(settled(source), 20000);
    QCOMPARE(source.state(), LogSource::State::Finished);
    QCOMPARE(contents(source), text);
    const QList<RecordedRequest> gets = m_s3.network.gets(key);
    QCOMPARE(gets.size(), int((text.size() + Chunk - 1) / Chunk));
    for (int i = 0; i < gets.size(); ++i) {
        const QByteArray expected = "bytes=" + QByteArray::number(i * Chunk) + '-' +
                                    QByteArray::number((i + 1) * Chunk - 1);
        QCOMPARE(gets.at(i).range, expected);
    }
}

// HTTP 416 (a range from the object's end) means nothing new: no failure, nothing written, and
// the next growth is read from the same byte.
void TestStoredLogSource::rangeBeyondTheEndIsNothingNew()
{
    QVERIFY2(m_s3.start(), "the test stack did not start");
    const QString bucket = m_s3.newBucket(QStringLiteral("ahead"));
    QVERIFY(!bucket.isEmpty());
    const QString key = plainKey(8, QStringLiteral("20240501100000"));
    const QByteArray start = "line 1\n";
    QVERIFY(m_s3.put(bucket, key, start));

    S3LogStore s3(m_s3.client(), bucket);
    AheadStore store(&s3);
    StoredAttemptLogSource source(&store, 8, 0);
    source.setPollInterval(100ms);
    source.setFollowing(true);
    QSignalSpy replaced(&source, &LogSource::replaced);
    QSignalSpy appended(&source, &LogSource::appended);
    source.start();
    QTRY_VERIFY_WITH_TIMEOUT(settled(source), 20000);
    QCOMPARE(contents(source), start);

    store.ahead = true;
    QTRY_VERIFY_WITH_TIMEOUT(m_s3.network.gets(key).size() >= 3, 20000);
    const QList<RecordedRequest> gets = m_s3.network.gets(key);
    for (qsizetype i = 1; i < gets.size(); ++i)
        QVERIFY2(gets.at(i).range.startsWith("bytes=7-"), gets.at(i).range.constData());
    QCOMPARE(source.state(), LogSource::State::Following);
    QCOMPARE(contents(source), start);
    QVERIFY(replaced.isEmpty());
    QCOMPARE(appended.size(), 1);

    store.ahead = false;
    QVERIFY(m_s3.put(bucket, key, start + "line 2\n"));
    QTRY_COMPARE_WITH_TIMEOUT(contents(source), start + "line 2\n", 20000);
    QVERIFY(m_s3.network.gets(key).last().range.startsWith("bytes=7-"));
    QVERIFY(replaced.isEmpty());
}

// abctl's local storage: the same source over a folder, a growing file tailed.
void TestStoredLogSource::followsAFolderToo()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(plainKey(7, QStringLiteral("20240501100000")));
    QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QVERIFY(file.write("first\n") == 6 && file.flush());

    FolderLogStore store(dir.path());
    StoredAttemptLogSource source(&store, 7, 0);
    source.setPollInterval(100ms);
    source.setFollowing(true);
    QSignalSpy replaced(&source, &LogSource::replaced);
    source.start();
    QTRY_VERIFY_WITH_TIMEOUT(settled(source), 20000);
    QCOMPARE(source.state(), LogSource::State::Following);
    QCOMPARE(contents(source), QByteArray("first\n"));

    QVERIFY(file.write("second\n") == 7 && file.flush());
    QTRY_COMPARE_WITH_TIMEOUT(contents(source), QByteArray("first\nsecond\n"), 20000);
    QVERIFY(replaced.isEmpty());
}

QTEST_GUILESS_MAIN(TestStoredLogSource)
#include "tst_storedlogsource.moc"
