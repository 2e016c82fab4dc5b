#include "syncchartdata.h"

#include "airbytetr.h"
#include "core/durationtext.h"

#include <QLocale>

#include <algorithm>
#include <cmath>
#include <functional>
#include <limits>

namespace Dsp {

namespace {

// A float step compared with its target: 0.1 * 3 is not quite 0.3.
constexpr double Epsilon = 1e-9;

// The smallest of 1, 2, 2.5, 5 and 10 times a power of ten that is at least `raw` (> 0).
// `quarters` allows 2.5, which counts below ten cannot use.
double niceStep(double raw, bool quarters)
{
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    for (const double m : {1.0, 2.0, 2.5, 5.0}) {
        if (m == 2.5 && !quarters)
            continue;
        if (m * magnitude >= raw * (1 - Epsilon))
            return m * magnitude;
    }
    return 10 * magnitude;
}

ChartAxis axisOf(double top, double step, const std::function<QString(double)> &label)
{
    ChartAxis axis;
    axis.step = step;
    const int steps = std::max(1, int(std::ceil(top / step - Epsilon)));
    axis.maximum = steps * step;
    for (int i = 0; i <= steps; ++i)
        axis.ticks.append({i * step, label(i * step)});
    return axis;
}

// The unit an axis labels all its counts in, from its largest: "15k" beside "5k", not "5,000".
double countUnit(double largest)
{
    if (largest >= 1e9)
        return 1e9;
    if (largest >= 1e6)
        return 1e6;
    if (largest >= 1e4)
        return 1e3;
    return 1;
}

QString countIn(double count, double unit)
{
    const QLocale locale;
    if (unit == 1 || count == 0)
        return locale.toString(qint64(std::llround(count)));
    // Up to four significant digits and no trailing zeros: "12.5k", "15k", "1.25M".
    const QString number = locale.toString(count / unit, 'g', 4);
    if (unit == 1e3) {
        //: Thousands on a chart's axis: 15k records
        return AirbyteTr::tr("%1k").arg(number);
    }
    if (unit == 1e6) {
        //: Millions on a chart's axis: 1.5M records
        return AirbyteTr::tr("%1M").arg(number);
    }
    //: Billions (thousands of millions) on a chart's axis: 2B records
    return AirbyteTr::tr("%1B").arg(number);
}

qint64 median(QList<qint64> values)
{
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    if (n == 0)
        return 0;
    if (n % 2)
        return values[n / 2];
    return (values[n / 2 - 1] + values[n / 2] + 1) / 2;
}

QString durationWords(qint64 seconds)
{
    return durationText(std::chrono::seconds(seconds));
}

} // namespace

QString compactCount(double count)
{
    return countIn(count, countUnit(std::abs(count)));
}

QString axisDurationText(qint64 seconds)
{
    if (seconds == 0)
        return QStringLiteral("0");
    if (seconds % 3600 == 0) // durationText says "2 h 0 min"
        return AirbyteTr::tr("%1 h").arg(QLocale().toString(seconds / 3600));
    return durationWords(seconds);
}

ChartAxis countAxis(double dataMaximum, int maxSteps)
{
    const double top = std::max(dataMaximum, 1.0);
    const double raw = top / std::max(1, maxSteps);
    const double step = std::max(1.0, niceStep(raw, raw >= 10));
    const double unit = countUnit(std::ceil(top / step - Epsilon) * step);
    return axisOf(top, step, [unit](double v) { return countIn(v, unit); });
}

ChartAxis durationAxis(double dataMaximumSeconds, int maxSteps)
{
    // Steps a clock reads well; beyond half a day, whole days in 1-2-5 steps.
    static const double Steps[] = {1,   2,   5,    10,   15,   30,    60,    120,   300,
                                   600, 900, 1800, 3600, 7200, 10800, 21600, 43200, 86400};
    const double top = std::max(dataMaximumSeconds, 10.0);
    const double raw = top / std::max(1, maxSteps);
    double step = 0;
    for (const double s : Steps) {
        if (s >= raw * (1 - Epsilon)) {
            step = s;
            break;
        }
    }
    if (step == 0)
        step = 86400 * niceStep(raw / 86400, false);
    return axisOf(top, step, [](double v) { return axisDurationText(std::llround(v)); });
}

RunningChartData runningChartData(const QList<ProgressPoint> &history,
                                  const QDateTime &syncStartedAt)
{
    RunningChartData data;
    QList<ProgressPoint> readings = history;
    std::stable_sort(readings.begin(), readings.end(),
                     [](const ProgressPoint &a, const ProgressPoint &b) { return a.at < b.at; });
    if (!readings.isEmpty()) {
        const QDateTime first = readings.first().at;
        data.startedAt = syncStartedAt.isValid() && syncStartedAt <= first ? syncStartedAt : first;
    }
    for (const ProgressPoint &p : std::as_const(readings)) {
        const RunningChartData::Point point{std::max<qint64>(0, data.startedAt.secsTo(p.at)),
                                            p.recordsEmitted, p.recordsCommitted};
        data.points.append(point);
        data.maxRecords = std::max({data.maxRecords, point.emitted, point.committed});
        data.maxSeconds = std::max(data.maxSeconds, point.seconds);
    }
    data.records = countAxis(double(data.maxRecords));
    data.time = durationAxis(double(data.maxSeconds));
    return data;
}

SyncHistoryData syncHistoryData(const QList<Job> &jobs, int limit, const QDateTime &now)
{
    SyncHistoryData data;
    // Only finished syncs: a reset or refresh moves a different amount by design, and a
    // running sync's counts are not its final ones.
    QList<const Job *> syncs;
    for (const Job &job : jobs) {
        if (job.type == JobType::Sync && isTerminal(job.status))
            syncs.append(&job);
        else
            ++data.excluded;
    }
    std::sort(syncs.begin(), syncs.end(), [](const Job *a, const Job *b) {
        if (a->createdAt != b->createdAt)
            return a->createdAt < b->createdAt;
        return a->id < b->id;
    });
    const qsizetype from = std::max<qsizetype>(0, syncs.size() - std::max(0, limit));
    for (qsizetype i = from; i < syncs.size(); ++i) {
        const Job &job = *syncs[i];
        SyncBar bar;
        bar.jobId = job.id;
        bar.createdAt = job.createdAt;
        bar.seconds = std::max<qint64>(0, job.duration(now).count());
        bar.records =
            job.totals.recordsCommitted ? job.totals.recordsCommitted : job.totals.recordsEmitted;
        bar.status = job.status;
        data.bars.append(bar);
        data.maxRecords = std::max(data.maxRecords, bar.records);
        data.maxSeconds = std::max(data.maxSeconds, bar.seconds);
    }
    data.records = countAxis(double(data.maxRecords));
    data.durations = durationAxis(double(data.maxSeconds));

    // The trend judges the last sync only when it succeeded: a failed one is already marked,
    // and its counts say why it failed, not that the source shrank.
    if (data.bars.isEmpty() || data.bars.last().status != JobStatus::Succeeded)
        return data;
    QList<qint64> records;
    QList<qint64> seconds;
    for (qsizetype i = 0; i + 1 < data.bars.size(); ++i) {
        if (data.bars[i].status == JobStatus::Succeeded) {
            records.append(data.bars[i].records);
            seconds.append(data.bars[i].seconds);
        }
    }
    if (records.size() < SyncHistoryData::TrendMinimum)
        return data;
    data.usualRecords = median(records);
    data.usualSeconds = median(seconds);
    const SyncBar &last = data.bars.last();
    data.shrinking = data.usualRecords > 0 && last.records * 2 < data.usualRecords;
    data.slower = data.usualSeconds > 0 && last.seconds > 2 * data.usualSeconds &&
                  last.seconds - data.usualSeconds >= 60;
    const QLocale locale;
    QStringList words;
    if (data.shrinking && last.records == 0) {
        words.append(AirbyteTr::tr("The last sync loaded no records, against about %1 usually.")
                         .arg(locale.toString(data.usualRecords)));
    } else if (data.shrinking) {
        const int fewer = qRound(100.0 * (1.0 - double(last.records) / data.usualRecords));
        words.append(
            AirbyteTr::tr("The last sync loaded %1 % fewer records than usual (%2 instead of "
                          "about %3).")
                .arg(fewer)
                .arg(locale.toString(last.records), locale.toString(data.usualRecords)));
    }
    if (data.slower) {
        const double times = double(last.seconds) / double(data.usualSeconds);
        words.append(AirbyteTr::tr("The last sync took %1 times as long as usual (%2 instead of "
                                   "about %3).")
                         .arg(locale.toString(times, 'f', 1), durationWords(last.seconds),
                              durationWords(data.usualSeconds)));
    }
    data.trendText = words.join(QLatin1Char('\n'));
    return data;
}

QString syncBarText(const SyncBar &bar)
{
    const QLocale locale;
    const QString when = bar.createdAt.isValid()
                             ? locale.toString(bar.createdAt.toLocalTime(), QLocale::ShortFormat)
                             : QString();
    //: A bar of the last-syncs chart: Job 1234 · 01/05/2024 10:00
    const QString first = AirbyteTr::tr("Job %1 · %2").arg(QString::number(bar.jobId), when);
    // The plural form needs an int: past its range, one with the same last six digits.
    const int n = bar.records <= std::numeric_limits<int>::max()
                      ? int(bar.records)
                      : int(bar.records % 1'000'000) + 1'000'000;
    //: Succeeded · 5 min · 12,900 records
    const QString second = AirbyteTr::tr("%1 · %2 · %3 record(s)", nullptr, n)
                               .arg(jobStatusText(bar.status), durationWords(bar.seconds),
                                    locale.toString(bar.records));
    return first + QLatin1Char('\n') + second;
}

} // namespace Dsp
