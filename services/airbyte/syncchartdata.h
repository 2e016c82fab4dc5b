#pragma once

#include "airbyte/jobs.h"
#include "airbyte/syncprogress.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace Dsp {

// What the Jobs page's small charts show, computed without a widget so that tests can assert
// it: the records over time of a running sync, and the duration and records of a connection's
// last syncs with a word when the last one is much smaller or slower than usual. Plain values
// and pure functions; any thread.

// One graduation of an axis: where it is, and its label.
struct ChartTick
{
    double value = 0;
    QString label;
    friend bool operator==(const ChartTick &, const ChartTick &) = default;
};

// An axis from 0 to a "nice" maximum at or above the data's, in even steps (1, 2, 2.5 or 5
// times a power of ten for counts; 1, 2, 5, 10, 15, 30 s, 1, 2, 5, 10, 15, 30 min, 1, 2, 3, 6,
// 12 h, then days for durations), with at most `maxSteps` steps. Never empty: with no data it
// goes from 0 to 1 (counts) or 10 s (durations), so a painter never divides by zero.
struct ChartAxis
{
    double maximum = 1;
    double step = 1;
    QList<ChartTick> ticks; // 0 first, maximum last
};
ChartAxis countAxis(double dataMaximum, int maxSteps = 4);
ChartAxis durationAxis(double dataMaximumSeconds, int maxSteps = 4);
// A count as an axis label: "750", "2,500", "15k", "1.5M" (in the UI locale).
QString compactCount(double count);
// A duration as an axis label: "0", "30 s", "2 min", "1 min 30 s", "3 h".
QString axisDurationText(qint64 seconds);

// The records-over-time chart of a running sync: one point per progress reading.
struct RunningChartData
{
    struct Point
    {
        qint64 seconds = 0; // since the sync started
        qint64 emitted = 0;
        qint64 committed = 0;
        friend bool operator==(const Point &, const Point &) = default;
    };

    QDateTime startedAt; // the sync's start, else the first reading's time
    QList<Point> points; // in time order
    qint64 maxRecords = 0;
    qint64 maxSeconds = 0;
    ChartAxis records; // y
    ChartAxis time;    // x, in seconds

    bool isEmpty() const { return points.isEmpty(); }
};
// From the progress tracker's history. `syncStartedAt` (SyncProgress::syncStartedAt) is the
// time origin when it is valid and not after the first reading; readings before it count as 0.
RunningChartData runningChartData(const QList<ProgressPoint> &history,
                                  const QDateTime &syncStartedAt = {});

// One finished sync of the last-syncs chart.
struct SyncBar
{
    qint64 jobId = 0;
    QDateTime createdAt;
    qint64 seconds = 0; // Job::duration
    qint64 records = 0; // committed, else emitted
    JobStatus status = JobStatus::Unknown;

    bool failed() const { return status == JobStatus::Failed; }
    bool cancelled() const { return status == JobStatus::Cancelled; }
};

// The last syncs of one connection, oldest first.
struct SyncHistoryData
{
    static constexpr int Limit = 30;
    // Fewer previous successful syncs than this give no trend: a median of one or two says
    // little about what is usual.
    static constexpr int TrendMinimum = 3;

    QList<SyncBar> bars; // at most Limit
    int excluded = 0;    // jobs left out: not a sync (reset, clear, refresh...) or still running
    qint64 maxRecords = 0;
    qint64 maxSeconds = 0;
    ChartAxis records;   // left axis, the bars
    ChartAxis durations; // right axis, the dots
    // The median of the successful syncs before the last one (0: fewer than TrendMinimum).
    qint64 usualRecords = 0;
    qint64 usualSeconds = 0;
    // The last sync succeeded with under half the usual records, or took over twice the usual
    // time (and at least a minute more, so that 20 s against 8 s is not news).
    bool shrinking = false;
    bool slower = false;
    // Both in words, one sentence each, for a tooltip; empty when neither.
    QString trendText;

    bool isEmpty() const { return bars.isEmpty(); }
};
// From a connection's jobs in any order and of any type: its last `limit` finished syncs.
// `now` only matters for a job without an end time.
SyncHistoryData syncHistoryData(const QList<Job> &jobs, int limit = SyncHistoryData::Limit,
                                const QDateTime &now = QDateTime::currentDateTimeUtc());
// "Job 1234 · 01/05/2024 10:00" and "Succeeded · 5 min · 12,900 records" on two lines, in
// the UI locale and the local time zone.
QString syncBarText(const SyncBar &bar);

} // namespace Dsp
