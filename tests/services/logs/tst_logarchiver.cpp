// LogArchiver as "Archive" on a job relies on it, against a real S3 server (s3rver behind the
// SigV4-checking front): the stack guide's job-<id>/attempt-<n>/logs.log and metadata.json
// written, archiving again writes nothing, a missing log is a typed error, and what was archived
// reads back in the viewer as a complete attempt.
#include "logs/logarchiver.h"
#include "logs/logstore.h"
#include "logs/s3logstore.h"
#include "logs/storedlogsource.h"

#include "bucketfixture.h"

#include "testfiles.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Dsp;
using namespace Dsp::Logs;
using namespace Dsp::Testing;

using Dsp::Testing::writeFile;

namespace {

ArchivedAttempt attemptOf(qint64 job, int attempt, const QString &logFile)
{
    ArchivedAttempt a;
    a.jobId = job;
    a.attempt = attempt;
    a.connectionId = QStringLiteral("7d1b6e0a-3c1e-4f55-9a57-0c8f3b0e2f11");
    a.connectionName = QStringLiteral("business_db → MinIO");
    a.status = attempt == 0 ? QStringLiteral("failed") : QStringLiteral("succeeded");
    a.startedAt = QDateTime(QDate(2025, 2, 3), QTime(4, 5, 6), Qt::UTC);
    a.endedAt = a.startedAt.addSecs(90);
    a.records = 1234;
    a.bytes = 567890;
    a.failure = attempt == 0 ? QStringLiteral("Source timed out") : QString();
    a.logFilePath = logFile;
    return a;
}

} // namespace

class TestLogArchiver : public QObject
{
    Q_OBJECT

    BucketFixture m_s3;

    QByteArray get(const QString &bucket, const QString &key)
    {
        std::optional<Result<S3ObjectData>> got;
        QObject context;
        m_s3.client()->getObject(bucket, key, 0, -1, &context,
                                 [&](const Result<S3ObjectData> &r) { got = r; });
        if (!QTest::qWaitFor([&] { return got.has_value(); }, 10000) || !got->hasValue())
            return "(missing)";
        return got->value().bytes;
    }

    static QList<ArchiveReport> reports(const QSignalSpy &spy)
    {
        QList<ArchiveReport> out;
        for (const QList<QVariant> &args : spy)
            out.append(args.at(0).value<ArchiveReport>());
        return out;
    }

private slots:
    void archivesEachAttemptOnce();
    void metadataRecordsTheAttempt();
    void missingLogIsAFileErrorAndWritesNothing();
    void archivedAttemptReadsBackComplete();
};

void TestLogArchiver::archivesEachAttemptOnce()
{
    QVERIFY2(m_s3.start(), "the test stack did not start");
    const QString bucket = m_s3.newBucket(QStringLiteral("archive"));
    QVERIFY(!bucket.isEmpty());
    QTemporaryDir dir;
    const QByteArray log0 = "2025-02-03 04:05:06 platform > attempt 0\n";
    const QByteArray log1 = "2025-02-03 04:07:06 platform > attempt 1\n";
    QVERIFY(writeFile(dir.filePath("0.log"), log0));
    QVERIFY(writeFile(dir.filePath("1.log"), log1));
    const QList<ArchivedAttempt> attempts = {attemptOf(42, 0, dir.filePath("0.log")),
                                             attemptOf(42, 1, dir.filePath("1.log"))};

    LogArchiver archiver(m_s3.client(), bucket);
    QSignalSpy archived(&archiver, &LogArchiver::attemptArchived);
    QSignalSpy failed(&archiver, &LogArchiver::attemptFailed);
    QSignalSpy finished(&archiver, &LogArchiver::finished);
    archiver.archive(attempts);
    QVERIFY(finished.wait(20000));
    QVERIFY2(failed.isEmpty(),
             failed.isEmpty() ? "" : qPrintable(failed.first().at(2).value<Error>().message));
    QList<ArchiveReport> first = reports(archived);
    QCOMPARE(first.size(), 2);
    QVERIFY(first.at(0).written && first.at(1).written);
    QCOMPARE(first.at(0).logKey, QStringLiteral("job-42/attempt-0/logs.log"));
    QCOMPARE(first.at(0).metadataKey, QStringLiteral("job-42/attempt-0/metadata.json"));
    QCOMPARE(first.at(0).logBytes, log0.size());
    QVERIFY2(first.at(0).sentence.contains(QLatin1String("42")) &&
                 first.at(0).sentence.contains(bucket),
             qPrintable(first.at(0).sentence));
    QCOMPARE(get(bucket, QStringLiteral("job-42/attempt-0/logs.log")), log0);
    QCOMPARE(get(bucket, QStringLiteral("job-42/attempt-1/logs.log")), log1);

    // Again: one HEAD per attempt, nothing written, and it says so.
    const int puts = m_s3.network.count("PUT");
    const int heads = m_s3.network.count("HEAD");
    archived.clear();
    finished.clear();
    archiver.archive(attempts);
    QVERIFY(finished.wait(20000));
    QVERIFY(failed.isEmpty());
    const QList<ArchiveReport> second = reports(archived);
    QCOMPARE(second.size(), 2);
    QVERIFY(!second.at(0).written && !second.at(1).written);
    QVERIFY2(second.at(0).sentence.contains(QLatin1String("already")),
             qPrintable(second.at(0).sentence));
    QCOMPARE(m_s3.network.count("PUT"), puts);
    QCOMPARE(m_s3.network.count("HEAD"), heads + 2);
}

void TestLogArchiver::metadataRecordsTheAttempt()
{
    QVERIFY2(m_s3.start(), "the test stack did not start");
    const QString bucket = m_s3.newBucket(QStringLiteral("metadata"));
    QVERIFY(!bucket.isEmpty());
    QTemporaryDir dir;
    QVERIFY(writeFile(dir.filePath("0.log"), "line\n"));
    LogArchiver archiver(m_s3.client(), bucket);
    QSignalSpy finished(&archiver, &LogArchiver::finished);
    archiver.archive(
        {attemptOf(43, 0, dir.filePath("0.log")), attemptOf(43, 1, dir.filePath("0.log"))});
    QVERIFY(finished.wait(20000));

    QJsonParseError error;
    const QJsonObject failedAttempt =
        QJsonDocument::fromJson(get(bucket, QStringLiteral("job-43/attempt-0/metadata.json")),
                                &error)
            .object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(failedAttempt.value("jobId").toInteger(), 43);
    QCOMPARE(failedAttempt.value("attempt").toInt(), 0);
    QCOMPARE(failedAttempt.value("connectionId").toString(),
             QStringLiteral("7d1b6e0a-3c1e-4f55-9a57-0c8f3b0e2f11"));
    QCOMPARE(failedAttempt.value("connectionName").toString(),
             QStringLiteral("business_db → MinIO"));
    QCOMPARE(failedAttempt.value("status").toString(), QStringLiteral("failed"));
    QCOMPARE(failedAttempt.value("startedAt").toString(), QStringLiteral("2025-02-03T04:05:06Z"));
    QCOMPARE(failedAttempt.value("endedAt").toString(), QStringLiteral("2025-02-03T04:06:36Z"));
    QCOMPARE(failedAttempt.value("records").toInteger(), 1234);
    QCOMPARE(failedAttempt.value("bytes").toInteger(), 567890);
    QCOMPARE(failedAttempt.value("failure").toString(), QStringLiteral("Source timed out"));
    QCOMPARE(failedAttempt.value("logBytes").toInteger(), 5);

    const QJsonObject succeeded =
        QJsonDocument::fromJson(get(bucket, QStringLiteral("job-43/attempt-1/metadata.json")))
            .object();
    QCOMPARE(succeeded.value("status").toString(), QStringLiteral("succeeded"));
    QVERIFY(succeeded.contains("failure"));
    QVERIFY(succeeded.value("failure").isNull());
}

void TestLogArchiver::missingLogIsAFileErrorAndWritesNothing()
{
    QVERIFY2(m_s3.start(), "the test stack did not start");
    const QString bucket = m_s3.newBucket(QStringLiteral("missing"));
    QVERIFY(!bucket.isEmpty());
    QTemporaryDir dir;
    QVERIFY(writeFile(dir.filePath("ok.log"), "fine\n"));
    LogArchiver archiver(m_s3.client(), bucket);
    QSignalSpy archived(&archiver, &LogArchiver::attemptArchived);
    QSignalSpy failed(&archiver, &LogArchiver::attemptFailed);
    QSignalSpy finished(&archiver, &LogArchiver::finished);
    const int puts = m_s3.network.count("PUT");
    archiver.archive(
        {attemptOf(44, 0, dir.filePath("gone.log")), attemptOf(44, 1, dir.filePath("ok.log"))});
    QVERIFY(finished.wait(20000));
    QCOMPARE(failed.size(), 1);
    QCOMPARE(failed.first().at(0).toLongLong(), 44);
    QCOMPARE(failed.first().at(1).toInt(), 0);
    const Error e = failed.first().at(2).value<Error>();
    QCOMPARE(e.kind, ErrorKind::FileError);
    QVERIFY2(e.message.contains(QLatin1String("gone.log")), qPrintable(e.message));
    // The next attempt is archived all the same; the failed one left nothing.
    QCOMPARE(archived.size(), 1);
    QCOMPARE(m_s3.network.count("PUT"), puts + 2);
    QCOMPARE(get(bucket, QStringLiteral("job-44/attempt-0/logs.log")), QByteArray("(missing)"));
}

void TestLogArchiver::archivedAttemptReadsBackComplete()
{
    QVERIFY2(m_s3.start(), "the test stack did not start");
    const QString bucket = m_s3.newBucket(QStringLiteral("readback"));
    QVERIFY(!bucket.isEmpty());
    QTemporaryDir dir;
    const QByteArray log = "2025-02-03 04:05:06 source > one\n2025-02-03 04:05:07 source > two\n";
    QVERIFY(writeFile(dir.filePath("0.log"), log));
    LogArchiver archiver(m_s3.client(), bucket);
    QSignalSpy finished(&archiver, &LogArchiver::finished);
    archiver.archive({attemptOf(45, 0, dir.filePath("0.log"))});
    QVERIFY(finished.wait(20000));

    S3LogStore store(m_s3.client(), bucket);
    StoredAttemptLogSource source(&store, 45, 0);
    source.setFollowing(true);
    source.start();
    QTRY_VERIFY_WITH_TIMEOUT(source.state() != LogSource::State::Loading, 20000);
    // Its metadata.json says the attempt is complete: nothing to follow.
    QCOMPARE(source.state(), LogSource::State::Finished);
    QVERIFY(!source.canFollow());
    QCOMPARE(source.layout(), StoredLogLayout::Archive);
    QFile spool(source.filePath());
    QVERIFY(spool.open(QIODevice::ReadOnly));
    QCOMPARE(spool.readAll(), log);
}

QTEST_GUILESS_MAIN(TestLogArchiver)
#include "tst_logarchiver.moc"
