// "Archive Log" on a job, end to end: the Airbyte fake serves the job and its attempts' logs,
// s3rver behind the SigV4-checking front receives job-<id>/attempt-<n>/logs.log and
// metadata.json; archiving the same job again writes nothing.
#include "airbyte/airbyteclient.h"
#include "logs/joblogarchive.h"
#include "logs/logarchiver.h"

#include "airbytetestbed.h"
#include "bucketfixture.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using namespace Dsp;
using namespace Dsp::Fakes;
using namespace Dsp::Logs;
using namespace Dsp::Testing;

class TestJobLogArchive : public QObject
{
    Q_OBJECT

    AirbyteTestBed m_airbyte;
    BucketFixture m_s3;

    std::optional<Job> readJob(qint64 id)
    {
        std::optional<Result<Job>> got;
        m_airbyte.client->getJob(id, this, [&](const Result<Job> &r) { got = r; });
        if (!QTest::qWaitFor([&] { return got.has_value(); }, 10000) || !got->hasValue())
            return std::nullopt;
        return got->value();
    }

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

private slots:
    void initTestCase()
    {
        QVERIFY(m_airbyte.start());
        QVERIFY2(m_s3.start(), "the test stack did not start");
    }
    void cleanupTestCase() { m_airbyte.stop(); }

    void archivesEveryEndedAttemptOnce()
    {
        const QString connection = m_airbyte.addConnection(QStringLiteral("shop"));
        const qint64 id = m_airbyte.jobs().addFinishedJob(connection, QStringLiteral("sync"),
                                                          QStringLiteral("failed"),
                                                          AirbyteTestBed::T0 - 3600, 500);
        const std::optional<Job> job = readJob(id);
        QVERIFY(job.has_value());
        QVERIFY(!job->attempts.isEmpty());

        const QString bucket = m_s3.newBucket(QStringLiteral("logs"));
        LogArchiver archiver(m_s3.client(), bucket);
        JobLogArchive archive(m_airbyte.client.get(), &archiver);
        QSignalSpy finished(&archive, &JobLogArchive::finished);
        QSignalSpy progress(&archive, &JobLogArchive::progress);
        archive.archive(*job, QStringLiteral("shop → lake"));
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.first().at(0).toLongLong(), id);
        QCOMPARE(finished.first().at(1).toString(), QString());
        QVERIFY(!progress.isEmpty());

        const int attempts = int(job->attempts.size());
        for (int n = 0; n < attempts; ++n) {
            const QString prefix = QStringLiteral("job-%1/attempt-%2/").arg(id).arg(n);
            const QByteArray log = get(bucket, prefix + QStringLiteral("logs.log"));
            QVERIFY2(log.contains("Starting attempt"), log.constData());
            const QJsonObject meta =
                QJsonDocument::fromJson(get(bucket, prefix + QStringLiteral("metadata.json")))
                    .object();
            QVERIFY2(QJsonDocument(meta).toJson().contains("shop → lake"),
                     QJsonDocument(meta).toJson().constData());
        }

        // Again: nothing is written.
        const int puts = m_s3.network.count("PUT");
        finished.clear();
        archive.archive(*job, QStringLiteral("shop → lake"));
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.first().at(1).toString(), QString());
        QCOMPARE(m_s3.network.count("PUT"), puts);
    }

    void aJobAsTheListGivesItIsReadWhole()
    {
        // The watcher's finished job may come without its attempts: they are read first.
        const QString connection = m_airbyte.addConnection(QStringLiteral("billing"));
        Job bare;
        bare.id = m_airbyte.jobs().addFinishedJob(connection, QStringLiteral("sync"),
                                                  QStringLiteral("succeeded"),
                                                  AirbyteTestBed::T0 - 600, 10);
        bare.connectionId = connection;
        const QString bucket = m_s3.newBucket(QStringLiteral("logs"));
        LogArchiver archiver(m_s3.client(), bucket);
        JobLogArchive archive(m_airbyte.client.get(), &archiver);
        QSignalSpy finished(&archive, &JobLogArchive::finished);
        archive.archive(bare, QString());
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.first().at(1).toString(), QString());
        QVERIFY(get(bucket, QStringLiteral("job-%1/attempt-0/logs.log").arg(bare.id))
                    .contains("Starting attempt"));
    }

    void aRunningAttemptIsLeftForLater()
    {
        const QString connection = m_airbyte.addConnection(QStringLiteral("crm"));
        const qint64 id = m_airbyte.jobs().startSyncElsewhere(connection);
        m_airbyte.jobs().setNow(m_airbyte.jobs().now() + 10); // it started, and runs
        const std::optional<Job> job = readJob(id);
        QVERIFY(job.has_value());
        QCOMPARE(job->attempts.size(), 1);
        QCOMPARE(job->attempts.first().status, AttemptStatus::Running);
        LogArchiver archiver(m_s3.client(), m_s3.newBucket(QStringLiteral("logs")));
        JobLogArchive archive(m_airbyte.client.get(), &archiver);
        QSignalSpy finished(&archive, &JobLogArchive::finished);
        const int puts = m_s3.network.count("PUT");
        archive.archive(*job, QStringLiteral("crm → lake"));
        QVERIFY(finished.size() == 1 || finished.wait(10000));
        QVERIFY2(finished.first().at(1).toString().contains(QLatin1String("no ended attempt")),
                 qPrintable(finished.first().at(1).toString()));
        QCOMPARE(m_s3.network.count("PUT"), puts);
    }
};

QTEST_GUILESS_MAIN(TestJobLogArchive)
#include "tst_joblogarchive.moc"
