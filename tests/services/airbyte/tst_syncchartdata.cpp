// What the Jobs page's charts show, without a widget: the running sync's records over time
// from the tracker's readings, axes that end on round numbers with readable labels, a
// connection's last 30 finished syncs oldest first (resets, clears, refreshes and running
// jobs left out), and the words when the last sync is much smaller or slower than usual.
#include "airbyte/syncchartdata.h"

#include <QRandomGenerator>
#include <QTest>

#include <algorithm>

using namespace Dsp;

namespace {

const QDateTime T0 = QDateTime::fromSecsSinceEpoch(1'714'557'600, Qt::UTC); // 2024-05-01 10:00

QString n(qint64 value)
{
    return QLocale().toString(value);
}

// A finished job created `at` seconds after T0 that ran `seconds`.
Job job(qint64 id, qint64 at, qint64 seconds, qint64 committed,
        JobStatus status = JobStatus::Succeeded, JobType type = JobType::Sync, qint64 emitted = -1)
{
    Job j;
    j.id = id;
    j.connectionId = QStringLiteral("c1");
    j.type = type;
    j.status = status;
    j.createdAt = T0.addSecs(at);
    j.startedAt = j.createdAt;
    j.updatedAt = j.createdAt.addSecs(seconds);
    j.totals.recordsCommitted = committed;
    j.totals.recordsEmitted = emitted < 0 ? committed : emitted;
    j.hasTotals = true;
    return j;
}

// `count` successful hourly syncs of `records` records taking `seconds` each, ids from 1.
QList<Job> usualSyncs(int count, qint64 records, qint64 seconds)
{
    QList<Job> jobs;
    for (int i = 0; i < count; ++i)
        jobs.append(job(i + 1, i * 3600, seconds, records));
    return jobs;
}

QStringList labels(const ChartAxis &axis)
{
    QStringList out;
    for (const ChartTick &t : axis.ticks)
        out.append(t.label);
    return out;
}

} // namespace

class TestSyncChartData : public QObject
{
    Q_OBJECT

private slots:
    void countAxisEndsOnARoundNumber_data()
    {
        QTest::addColumn<double>("data");
        QTest::addColumn<double>("maximum");
        QTest::addColumn<double>("step");
        QTest::addColumn<QStringList>("labels");
        QTest::newRow("nothing") << 0.0 << 1.0 << 1.0 << QStringList{n(0), n(1)};
        QTest::newRow("three") << 3.0 << 3.0 << 1.0 << QStringList{n(0), n(1), n(2), n(3)};
        QTest::newRow("seven") << 7.0 << 8.0 << 2.0 << QStringList{n(0), n(2), n(4), n(6), n(8)};
        QTest::newRow("ninety, in quarters")
            << 90.0 << 100.0 << 25.0 << QStringList{n(0), n(25), n(50), n(75), n(100)};
        QTest::newRow("exactly 3000")
            << 3000.0 << 3000.0 << 1000.0 << QStringList{n(0), n(1000), n(2000), n(3000)};
        QTest::newRow("just over 3000")
            << 3001.0 << 4000.0 << 1000.0 << QStringList{n(0), n(1000), n(2000), n(3000), n(4000)};
        QTest::newRow("thousands") << 12900.0 << 15000.0 << 5000.0
                                   << QStringList{n(0), QStringLiteral("5k"), QStringLiteral("10k"),
                                                  QStringLiteral("15k")};
        QTest::newRow("millions") << 1234567.0 << 1500000.0 << 500000.0
                                  << QStringList{n(0), QStringLiteral("0.5M"), QStringLiteral("1M"),
                                                 QStringLiteral("1.5M")};
    }
    void countAxisEndsOnARoundNumber()
    {
        QFETCH(double, data);
        QFETCH(double, maximum);
        QFETCH(double, step);
        QFETCH(QStringList, labels);
        const ChartAxis axis = countAxis(data);
        QCOMPARE(axis.maximum, maximum);
        QCOMPARE(axis.step, step);
        QCOMPARE(::labels(axis), labels);
        QVERIFY(axis.ticks.size() - 1 <= 4);
        QCOMPARE(axis.ticks.first().value, 0.0);
        QCOMPARE(axis.ticks.last().value, maximum);
        QVERIFY(axis.maximum >= data);
    }

    void durationAxisStepsAsAClockReads_data()
    {
        QTest::addColumn<double>("data");
        QTest::addColumn<double>("maximum");
        QTest::addColumn<QStringList>("labels");
        QTest::newRow("nothing") << 0.0 << 10.0
                                 << QStringList{QStringLiteral("0"), QStringLiteral("5 s"),
                                                QStringLiteral("10 s")};
        QTest::newRow("seconds") << 45.0 << 45.0
                                 << QStringList{QStringLiteral("0"), QStringLiteral("15 s"),
                                                QStringLiteral("30 s"), QStringLiteral("45 s")};
        QTest::newRow("minutes") << 200.0 << 240.0
                                 << QStringList{QStringLiteral("0"), QStringLiteral("1 min"),
                                                QStringLiteral("2 min"), QStringLiteral("3 min"),
                                                QStringLiteral("4 min")};
        QTest::newRow("an hour and a bit")
            << 3700.0 << 5400.0
            << QStringList{QStringLiteral("0"), QStringLiteral("30 min"), QStringLiteral("1 h"),
                           QStringLiteral("1 h 30 min")};
        QTest::newRow("a day and more")
            << 30.0 * 3600 << 36.0 * 3600
            << QStringList{QStringLiteral("0"), QStringLiteral("12 h"), QStringLiteral("24 h"),
                           QStringLiteral("36 h")};
    }
    void durationAxisStepsAsAClockReads()
    {
        QFETCH(double, data);
        QFETCH(double, maximum);
        QFETCH(QStringList, labels);
        const ChartAxis axis = durationAxis(data);
        QCOMPARE(axis.maximum, maximum);
        QCOMPARE(::labels(axis), labels);
    }

    void countsShortenOnAxes()
    {
        QCOMPARE(compactCount(750), n(750));
        QCOMPARE(compactCount(9999), n(9999));
        QCOMPARE(compactCount(15000), QStringLiteral("15k"));
        QCOMPARE(compactCount(12500), QStringLiteral("12.5k"));
        QCOMPARE(compactCount(1500000), QStringLiteral("1.5M"));
        QCOMPARE(compactCount(2e9), QStringLiteral("2B"));
        QCOMPARE(axisDurationText(0), QStringLiteral("0"));
        QCOMPARE(axisDurationText(90), QStringLiteral("1 min 30 s"));
        QCOMPARE(axisDurationText(7200), QStringLiteral("2 h"));
    }

    void runningSeriesCountsSecondsFromTheSyncStart()
    {
        // Readings as the tracker keeps them, given out of order: the chart sorts them.
        const QList<ProgressPoint> history{
            {T0.addSecs(30), 1200, 1000}, {T0.addSecs(20), 800, 0}, {T0.addSecs(45), 2500, 2000}};
        const RunningChartData d = runningChartData(history, T0);
        QCOMPARE(d.startedAt, T0);
        const QList<RunningChartData::Point> expected{
            {20, 800, 0}, {30, 1200, 1000}, {45, 2500, 2000}};
        QCOMPARE(d.points, expected);
        QCOMPARE(d.maxRecords, 2500);
        QCOMPARE(d.maxSeconds, 45);
        QCOMPARE(d.records.maximum, 3000.0);
        QCOMPARE(d.time.maximum, 45.0);
        QCOMPARE(labels(d.time).last(), QStringLiteral("45 s"));

        // Without the start (or one after the first reading), the first reading is 0 s.
        for (const QDateTime &start : {QDateTime(), T0.addSecs(25)}) {
            const RunningChartData own = runningChartData(history, start);
            QCOMPARE(own.startedAt, T0.addSecs(20));
            QCOMPARE(own.points.first().seconds, 0);
            QCOMPARE(own.points.last().seconds, 25);
        }

        const RunningChartData none = runningChartData({});
        QVERIFY(none.isEmpty());
        QCOMPARE(none.records.maximum, 1.0);
        QCOMPARE(none.time.maximum, 10.0);
    }

    void keepsTheLastThirtyFinishedSyncsOldestFirst()
    {
        QList<Job> jobs;
        for (int i = 0; i < 40; ++i) // ids 1..40, an hour apart, records 100 * id
            jobs.append(job(i + 1, i * 3600, 60 + i, 100 * (i + 1),
                            i % 7 == 3 ? JobStatus::Failed : JobStatus::Succeeded));
        jobs.append(job(41, 40 * 3600, 5, 0, JobStatus::Succeeded, JobType::ResetConnection));
        jobs.append(job(42, 41 * 3600, 90, 500, JobStatus::Succeeded, JobType::Refresh));
        jobs.append(job(43, 42 * 3600, 5, 0, JobStatus::Succeeded, JobType::Clear));
        Job running = job(44, 43 * 3600, 10, 100, JobStatus::Running);
        running.updatedAt = QDateTime();
        jobs.append(running);
        jobs.append(job(45, 43 * 3600, 10, 100, JobStatus::Incomplete));
        // A failed sync that committed nothing counts what it read.
        jobs.append(job(46, 44 * 3600, 30, 0, JobStatus::Failed, JobType::Sync, 777));
        std::shuffle(jobs.begin(), jobs.end(), *QRandomGenerator::global());

        const SyncHistoryData d = syncHistoryData(jobs, 30, T0.addDays(3));
        QCOMPARE(d.bars.size(), 30);
        QCOMPARE(d.excluded, 5); // reset, refresh, clear, running, incomplete
        // The 29 newest of ids 1..40, then job 46.
        for (int i = 0; i < 29; ++i) {
            const SyncBar &bar = d.bars[i];
            const qint64 id = 12 + i;
            QCOMPARE(bar.jobId, id);
            QCOMPARE(bar.createdAt, T0.addSecs((id - 1) * 3600));
            QCOMPARE(bar.seconds, 60 + id - 1);
            QCOMPARE(bar.records, 100 * id);
            QCOMPARE(bar.failed(), (id - 1) % 7 == 3);
        }
        QCOMPARE(d.bars.last().jobId, 46);
        QCOMPARE(d.bars.last().records, 777);
        QCOMPARE(d.bars.last().status, JobStatus::Failed);
        QCOMPARE(d.maxRecords, 4000);
        QCOMPARE(d.maxSeconds, 99);
        QCOMPARE(d.records.maximum, 4000.0);
        QCOMPARE(d.durations.maximum, 120.0);
        // The last sync failed: it is marked, not judged.
        QVERIFY(!d.shrinking && !d.slower);
        QVERIFY(d.trendText.isEmpty());

        QVERIFY(syncHistoryData({}).isEmpty());
        QCOMPARE(syncHistoryData(jobs, 5).bars.size(), 5);
    }

    void saysWhenTheLastSyncShrankOrSlowed_data()
    {
        QTest::addColumn<qint64>("records");
        QTest::addColumn<qint64>("seconds");
        QTest::addColumn<bool>("shrinking");
        QTest::addColumn<bool>("slower");
        QTest::addColumn<QString>("words");
        const QString fewer = QStringLiteral("The last sync loaded 60 % fewer records than usual "
                                             "(%1 instead of about %2).")
                                  .arg(n(400), n(1000));
        const QString longer = QStringLiteral("The last sync took %1 times as long as usual "
                                              "(16 min 40 s instead of about 5 min).")
                                   .arg(QLocale().toString(3.3, 'f', 1));
        QTest::newRow("as usual") << qint64(1000) << qint64(300) << false << false << QString();
        QTest::newRow("a bit smaller") << qint64(600) << qint64(300) << false << false << QString();
        QTest::newRow("shrinking") << qint64(400) << qint64(300) << true << false << fewer;
        QTest::newRow("nothing")
            << qint64(0) << qint64(300) << true << false
            << QStringLiteral("The last sync loaded no records, against about %1 usually.")
                   .arg(n(1000));
        QTest::newRow("slower") << qint64(1000) << qint64(1000) << false << true << longer;
        QTest::newRow("both") << qint64(400) << qint64(1000) << true << true
                              << fewer + QLatin1Char('\n') + longer;
    }
    void saysWhenTheLastSyncShrankOrSlowed()
    {
        QFETCH(qint64, records);
        QFETCH(qint64, seconds);
        QFETCH(bool, shrinking);
        QFETCH(bool, slower);
        QFETCH(QString, words);
        QList<Job> jobs = usualSyncs(10, 1000, 300);
        // One failed sync among them: not part of what is usual.
        jobs.append(job(50, 10 * 3600, 5, 0, JobStatus::Failed));
        jobs.append(job(51, 11 * 3600, seconds, records));
        const SyncHistoryData d = syncHistoryData(jobs);
        QCOMPARE(d.usualRecords, 1000);
        QCOMPARE(d.usualSeconds, 300);
        QCOMPARE(d.shrinking, shrinking);
        QCOMPARE(d.slower, slower);
        QCOMPARE(d.trendText, words);
    }

    void leavesOrdinaryVariationsUnsaid()
    {
        // Two earlier syncs say too little about what is usual.
        QList<Job> jobs = usualSyncs(2, 1000, 300);
        jobs.append(job(9, 3 * 3600, 300, 10));
        QCOMPARE(syncHistoryData(jobs).usualRecords, 0);
        QVERIFY(!syncHistoryData(jobs).shrinking);
        // The median, not the mean: one huge first load does not make every sync "smaller".
        jobs = usualSyncs(5, 1000, 300);
        jobs[0].totals.recordsCommitted = 1'000'000;
        jobs.append(job(9, 6 * 3600, 300, 900));
        const SyncHistoryData d = syncHistoryData(jobs);
        QCOMPARE(d.usualRecords, 1000);
        QVERIFY(!d.shrinking);
        // Over twice as long, but 30 s more than usual is not worth a word.
        jobs = usualSyncs(5, 1000, 20);
        jobs.append(job(9, 6 * 3600, 50, 1000));
        QCOMPARE(syncHistoryData(jobs).usualSeconds, 20);
        QVERIFY(!syncHistoryData(jobs).slower);
        jobs.last().updatedAt = jobs.last().createdAt.addSecs(80);
        QVERIFY(syncHistoryData(jobs).slower);
    }

    void aBarSaysItsJobDateDurationAndRecords()
    {
        SyncBar bar;
        bar.jobId = 4711;
        bar.createdAt = T0;
        bar.seconds = 300;
        bar.records = 12900;
        bar.status = JobStatus::Failed;
        const QString text = syncBarText(bar);
        const QStringList lines = text.split(QLatin1Char('\n'));
        QCOMPARE(lines.size(), 2);
        QCOMPARE(lines[0], QStringLiteral("Job 4711 · %1")
                               .arg(QLocale().toString(T0.toLocalTime(), QLocale::ShortFormat)));
        QCOMPARE(lines[1], QStringLiteral("Failed · 5 min · %1 record(s)").arg(n(12900)));
    }
};

QTEST_GUILESS_MAIN(TestSyncChartData)
#include "tst_syncchartdata.moc"
