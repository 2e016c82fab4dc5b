#include "airbyte/syncprogress.h"

#include "airbyte/airbytetr.h"

#include <QLocale>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cmath>

namespace Dsp {

namespace {

// Points kept for the chart: a reading every 10 s makes this more than five hours.
constexpr int MaxHistory = 2000;

std::optional<qint64> optNumber(const QJsonObject &o, const char *key)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isDouble())
        return v.toInteger(qint64(v.toDouble()));
    return std::nullopt;
}

qint64 number(const QJsonObject &o, const char *key)
{
    return optNumber(o, key).value_or(0);
}

QString str(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

QDateTime seconds(const QJsonObject &o, const char *key)
{
    const std::optional<qint64> n = optNumber(o, key);
    return n && *n > 0 ? QDateTime::fromSecsSinceEpoch(*n, Qt::UTC) : QDateTime();
}

Error invalid(const QString &path)
{
    Error e = Error::make(ErrorKind::InvalidResponse,
                          AirbyteTr::tr("Airbyte's answer about the sync's progress could not "
                                        "be read."),
                          path);
    e.service = QStringLiteral("Airbyte");
    return e;
}

// Running streams have counts; the others wait their turn.
void deriveStates(SyncProgress &p)
{
    for (StreamProgress &s : p.streams) {
        if (s.state == StreamRunState::Unknown)
            s.state = s.hasCounts ? StreamRunState::Running : StreamRunState::Pending;
    }
}

qint64 counted(const SyncStats &s)
{
    return s.recordsEmitted > 0 ? s.recordsEmitted : s.recordsCommitted;
}

SyncProgress fromArray(const QJsonArray &items, const QString &connectionId)
{
    SyncProgress p;
    p.connectionId = connectionId;
    for (const QJsonValue &v : items) {
        const QJsonObject item = v.toObject();
        if (str(item, "streamName").isEmpty())
            continue;
        if (p.jobId == 0)
            p.jobId = number(item, "jobId");
        if (!p.syncStartedAt.isValid())
            p.syncStartedAt = seconds(item, "syncStartedAt");
        StreamProgress s;
        s.stream = {str(item, "streamName"), str(item, "streamNamespace")};
        s.stats.recordsEmitted = number(item, "recordsExtracted");
        s.stats.recordsCommitted = number(item, "recordsLoaded");
        s.stats.bytesEmitted = number(item, "bytesExtracted");
        s.stats.bytesCommitted = number(item, "bytesLoaded");
        s.hasCounts = item.contains(QStringLiteral("recordsExtracted")) ||
                      item.contains(QStringLiteral("recordsLoaded"));
        p.totals += s.stats;
        p.streams.append(s);
    }
    return p;
}

SyncProgress fromObject(const QJsonObject &o, const QString &connectionId)
{
    SyncProgress p;
    p.connectionId = str(o, "connectionId");
    if (p.connectionId.isEmpty())
        p.connectionId = connectionId;
    p.jobId = number(o, "jobId");
    const QString type = str(o, "configType");
    p.type = type.isEmpty() ? JobType::Sync : jobTypeFromApi(type);
    p.syncStartedAt = seconds(o, "syncStartedAt");
    p.totals = SyncStats::fromApi(o);
    for (const QJsonValue &v : o.value(QStringLiteral("streams")).toArray()) {
        const QJsonObject item = v.toObject();
        if (str(item, "streamName").isEmpty())
            continue;
        StreamProgress s;
        s.stream = {str(item, "streamName"), str(item, "streamNamespace")};
        const QString streamType = str(item, "configType");
        s.type = streamType.isEmpty() ? p.type : jobTypeFromApi(streamType);
        s.stats = SyncStats::fromApi(item);
        s.hasCounts = item.contains(QStringLiteral("recordsEmitted")) ||
                      item.contains(QStringLiteral("recordsCommitted")) ||
                      item.contains(QStringLiteral("bytesEmitted"));
        p.streams.append(s);
    }
    return p;
}

} // namespace

StreamRunState streamRunStateFromApi(const QString &name)
{
    const QString n = name.toUpper();
    if (n == QLatin1String("PENDING"))
        return StreamRunState::Pending;
    if (n == QLatin1String("RUNNING"))
        return StreamRunState::Running;
    if (n == QLatin1String("COMPLETE"))
        return StreamRunState::Complete;
    if (n == QLatin1String("INCOMPLETE"))
        return StreamRunState::Incomplete;
    if (n == QLatin1String("RATE_LIMITED"))
        return StreamRunState::RateLimited;
    return StreamRunState::Unknown;
}

QString streamRunStateText(StreamRunState state)
{
    switch (state) {
    case StreamRunState::Pending:
        return AirbyteTr::tr("Waiting", "stream state");
    case StreamRunState::Running:
        return AirbyteTr::tr("Running", "stream state");
    case StreamRunState::Complete:
        return AirbyteTr::tr("Complete", "stream state");
    case StreamRunState::Incomplete:
        return AirbyteTr::tr("Incomplete", "stream state");
    case StreamRunState::RateLimited:
        return AirbyteTr::tr("Rate limited", "stream state");
    case StreamRunState::Unknown:
        break;
    }
    return QString();
}

const StreamProgress *SyncProgress::stream(const StreamKey &key) const
{
    for (const StreamProgress &s : streams) {
        if (s.stream == key)
            return &s;
    }
    return nullptr;
}

Result<std::optional<SyncProgress>> SyncProgress::fromApi(const QByteArray &body,
                                                          const QString &connectionId)
{
    const QByteArray trimmed = body.trimmed();
    if (trimmed.isEmpty() || trimmed == "null")
        return std::optional<SyncProgress>();
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(trimmed, &error);
    SyncProgress p;
    if (doc.isArray())
        p = fromArray(doc.array(), connectionId);
    else if (doc.isObject())
        p = fromObject(doc.object(), connectionId);
    else
        return invalid(error.error == QJsonParseError::NoError ? QStringLiteral("/")
                                                               : error.errorString());
    deriveStates(p);
    return std::optional<SyncProgress>(p);
}

SyncProgress SyncProgress::fromJob(const Job &job)
{
    SyncProgress p;
    p.source = Source::JobStats;
    p.connectionId = job.connectionId;
    if (!job.isRunning())
        return p;
    p.jobId = job.id;
    p.type = job.type;
    p.syncStartedAt = job.createdAt;
    p.totals = job.totals;
    const Attempt *last = job.lastAttempt();
    const QList<StreamStats> &streams =
        last && !last->streams.isEmpty() ? last->streams : job.streams;
    QList<StreamKey> listed;
    for (const StreamStats &s : streams) {
        StreamProgress sp;
        sp.stream = s.stream;
        sp.type = job.refreshStreams.contains(s.stream) ? JobType::Refresh
                  : job.type == JobType::Refresh        ? JobType::Sync
                                                        : job.type;
        sp.stats = s.stats;
        sp.hasCounts = true;
        p.streams.append(sp);
        listed.append(s.stream);
    }
    // Enabled streams without stats yet wait their turn.
    for (const StreamKey &k : job.enabledStreams) {
        if (listed.contains(k))
            continue;
        StreamProgress sp;
        sp.stream = k;
        sp.type = job.type == JobType::Refresh && !job.refreshStreams.contains(k) ? JobType::Sync
                                                                                  : job.type;
        p.streams.append(sp);
    }
    deriveStates(p);
    return p;
}

void SyncProgress::mergeEstimates(const Job &job)
{
    if (job.id != jobId || jobId == 0)
        return;
    const Attempt *last = job.lastAttempt();
    if (!last)
        return;
    totals.estimatedRecords = last->totals.estimatedRecords;
    totals.estimatedBytes = last->totals.estimatedBytes;
    for (const StreamStats &s : last->streams) {
        bool found = false;
        for (StreamProgress &sp : streams) {
            // The non-hydrated path has no namespaces: match on the name alone then.
            if (sp.stream.name == s.stream.name &&
                (s.stream.nameSpace.isEmpty() || sp.stream.nameSpace == s.stream.nameSpace)) {
                sp.stats.estimatedRecords = s.stats.estimatedRecords;
                sp.stats.estimatedBytes = s.stats.estimatedBytes;
                found = true;
            }
        }
        if (!found) {
            StreamProgress sp;
            sp.stream = s.stream;
            sp.type = job.type;
            sp.stats = s.stats;
            sp.hasCounts = true;
            sp.state = StreamRunState::Running;
            streams.append(sp);
        }
    }
}

ThroughputTracker::ThroughputTracker(std::chrono::seconds window)
    : m_window(window)
{}

void ThroughputTracker::add(const QDateTime &at, qint64 records, qint64 bytes)
{
    if (!at.isValid())
        return;
    if (!m_readings.isEmpty()) {
        const Reading &last = m_readings.last();
        if (at < last.at || records < last.records || bytes < last.bytes)
            m_readings.clear(); // a new attempt, or a clock that went back
        else if (at == last.at)
            m_readings.removeLast();
    }
    m_readings.append({at, records, bytes});
    // Keep one reading older than the window, so the rate spans all of it.
    while (m_readings.size() > 2 &&
           m_readings.at(1).at.secsTo(m_readings.last().at) >= qint64(m_window.count()))
        m_readings.removeFirst();
}

void ThroughputTracker::clear()
{
    m_readings.clear();
}

std::optional<double> ThroughputTracker::rate(qint64 Reading::*counter) const
{
    if (m_readings.size() < 2)
        return std::nullopt;
    const Reading &first = m_readings.first();
    const Reading &last = m_readings.last();
    const qint64 ms = first.at.msecsTo(last.at);
    if (ms <= 0)
        return std::nullopt;
    return double(last.*counter - first.*counter) * 1000.0 / double(ms);
}

std::optional<double> ThroughputTracker::recordsPerSecond() const
{
    return rate(&Reading::records);
}

std::optional<double> ThroughputTracker::bytesPerSecond() const
{
    return rate(&Reading::bytes);
}

ProgressEstimate estimateProgress(qint64 done, std::optional<qint64> estimated,
                                  std::optional<double> perSecond,
                                  std::optional<std::chrono::seconds> elapsed)
{
    ProgressEstimate e;
    if (!estimated || *estimated <= 0)
        return e;
    const qint64 left = *estimated - done;
    e.fraction = std::clamp(double(done) / double(*estimated), 0.0, 1.0);
    if (left <= 0) {
        e.remaining = std::chrono::seconds(0);
    } else if (perSecond && *perSecond > 0) {
        e.remaining = std::chrono::seconds(qint64(std::ceil(double(left) / *perSecond)));
    } else if (elapsed && elapsed->count() > 0 && *e.fraction > 0) {
        const double f = *e.fraction;
        e.remaining =
            std::chrono::seconds(qint64(std::ceil(double(elapsed->count()) / f * (1 - f))));
    }
    return e;
}

QString remainingText(const ProgressEstimate &estimate)
{
    if (!estimate.remaining)
        return QString();
    const qint64 secs = estimate.remaining->count();
    if (secs < 5)
        return AirbyteTr::tr("Almost done");
    if (secs < 90)
        return AirbyteTr::tr("About %n s left", nullptr, int(secs));
    if (secs < 90 * 60)
        return AirbyteTr::tr("About %n min left", nullptr, int((secs + 30) / 60));
    return AirbyteTr::tr("About %n h left", nullptr, int((secs + 1800) / 3600));
}

QString progressText(const SyncStats &totals, std::optional<double> recordsPerSecond,
                     const ProgressEstimate &estimate)
{
    const QLocale locale;
    QString text = AirbyteTr::tr("%1 records, %2 so far")
                       .arg(locale.toString(totals.recordsEmitted),
                            locale.formattedDataSize(totals.bytesEmitted));
    if (recordsPerSecond)
        text += QStringLiteral(" · ") +
                AirbyteTr::tr("%1 records/s").arg(locale.toString(*recordsPerSecond, 'f', 0));
    if (const QString left = remainingText(estimate); !left.isEmpty())
        text += QStringLiteral(" · ") + left;
    return text;
}

QString progressText(const SyncProgressTracker &tracker)
{
    return progressText(tracker.last().totals, tracker.recordsPerSecond(), tracker.estimate());
}

void SyncProgressTracker::add(const SyncProgress &progress, const QDateTime &at)
{
    if (progress.jobId != m_jobId)
        clear();
    m_jobId = progress.jobId;
    m_last = progress;
    m_lastAt = at;
    if (!progress.isRunning())
        return;
    m_total.add(at, counted(progress.totals), progress.totals.bytesEmitted);
    for (const StreamProgress &s : progress.streams) {
        if (s.hasCounts)
            m_streams[s.stream].add(at, counted(s.stats), s.stats.bytesEmitted);
    }
    if (!m_history.isEmpty() && m_history.last().at == at)
        m_history.removeLast();
    m_history.append({at, progress.totals.recordsEmitted, progress.totals.recordsCommitted});
    if (m_history.size() > MaxHistory)
        m_history.removeFirst();
}

void SyncProgressTracker::clear()
{
    m_jobId = 0;
    m_last = SyncProgress();
    m_lastAt = QDateTime();
    m_total.clear();
    m_streams.clear();
    m_history.clear();
}

std::optional<double> SyncProgressTracker::recordsPerSecond(const StreamKey &stream) const
{
    const auto it = m_streams.constFind(stream);
    return it == m_streams.cend() ? std::nullopt : it->recordsPerSecond();
}

std::optional<std::chrono::seconds> SyncProgressTracker::elapsed() const
{
    if (!m_last.syncStartedAt.isValid() || !m_lastAt.isValid())
        return std::nullopt;
    return std::chrono::seconds(std::max<qint64>(0, m_last.syncStartedAt.secsTo(m_lastAt)));
}

ProgressEstimate SyncProgressTracker::estimate() const
{
    return estimateProgress(counted(m_last.totals), m_last.totals.estimatedRecords,
                            recordsPerSecond(), elapsed());
}

ProgressEstimate SyncProgressTracker::estimate(const StreamKey &stream) const
{
    const StreamProgress *s = m_last.stream(stream);
    if (!s)
        return {};
    if (s->state == StreamRunState::Complete)
        return {1.0, std::chrono::seconds(0)};
    return estimateProgress(counted(s->stats), s->stats.estimatedRecords, recordsPerSecond(stream),
                            elapsed());
}

} // namespace Dsp
