#include "airbyte/jobs.h"

#include "airbyte/airbytetr.h"
#include "core/logging.h"
#include "health/healthtypes.h"

#include <QHash>
#include <QUrlQuery>

#include <algorithm>

namespace Dsp {

namespace {

QString str(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

// An int64 member: a JSON number, or a string of digits (some proxies quote big numbers).
std::optional<qint64> optNumber(const QJsonObject &o, const char *key)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isDouble())
        return v.toInteger(qint64(v.toDouble()));
    if (v.isString()) {
        bool ok = false;
        const qint64 n = v.toString().toLongLong(&ok);
        if (ok)
            return n;
    }
    return std::nullopt;
}

qint64 int64Of(const QJsonObject &o, const char *key)
{
    return optNumber(o, key).value_or(0);
}

std::optional<bool> optBool(const QJsonObject &o, const char *key)
{
    const QJsonValue v = o.value(QLatin1String(key));
    return v.isBool() ? std::optional<bool>(v.toBool()) : std::nullopt;
}

QDateTime seconds(const QJsonObject &o, const char *key)
{
    const std::optional<qint64> n = optNumber(o, key);
    return n && *n > 0 ? QDateTime::fromSecsSinceEpoch(*n, Qt::UTC) : QDateTime();
}

QList<StreamKey> descriptors(const QJsonValue &list)
{
    QList<StreamKey> out;
    for (const QJsonValue &v : list.toArray()) {
        const QJsonObject d = v.toObject();
        if (!str(d, "name").isEmpty())
            out.append({str(d, "name"), str(d, "namespace")});
    }
    return out;
}

QList<StreamStats> streamStatsList(const QJsonValue &list, bool nested)
{
    QList<StreamStats> out;
    for (const QJsonValue &v : list.toArray()) {
        const QJsonObject s = v.toObject();
        if (str(s, "streamName").isEmpty())
            continue;
        StreamStats st;
        st.stream = {str(s, "streamName"), str(s, "streamNamespace")};
        st.stats = SyncStats::fromApi(nested ? s.value(QStringLiteral("stats")).toObject() : s);
        st.wasBackfilled = optBool(s, "wasBackfilled");
        st.wasResumed = optBool(s, "wasResumed");
        out.append(st);
    }
    return out;
}

Error invalid(const QString &what, const QString &path)
{
    Error e = Error::make(
        ErrorKind::InvalidResponse,
        AirbyteTr::tr("Airbyte's answer about jobs could not be read (%1).").arg(what), path);
    e.service = QStringLiteral("Airbyte");
    return e;
}

struct Names
{
    const char *api;
    int value;
};

template<typename E, size_t N> E fromName(const Names (&names)[N], const QString &name, E other)
{
    for (const Names &n : names) {
        if (name == QLatin1String(n.api))
            return E(n.value);
    }
    return other;
}

template<typename E, size_t N> QString toName(const Names (&names)[N], E value)
{
    for (const Names &n : names) {
        if (n.value == int(value))
            return QString::fromLatin1(n.api);
    }
    return {};
}

const Names StatusNames[] = {
    {"pending", int(JobStatus::Pending)},       {"running", int(JobStatus::Running)},
    {"incomplete", int(JobStatus::Incomplete)}, {"failed", int(JobStatus::Failed)},
    {"succeeded", int(JobStatus::Succeeded)},   {"cancelled", int(JobStatus::Cancelled)}};
const Names TypeNames[] = {{"sync", int(JobType::Sync)},
                           {"reset_connection", int(JobType::ResetConnection)},
                           {"refresh", int(JobType::Refresh)},
                           {"clear", int(JobType::Clear)}};
const Names AttemptNames[] = {{"running", int(AttemptStatus::Running)},
                              {"failed", int(AttemptStatus::Failed)},
                              {"succeeded", int(AttemptStatus::Succeeded)}};
const Names OriginNames[] = {{"source", int(FailureOrigin::Source)},
                             {"destination", int(FailureOrigin::Destination)},
                             {"replication", int(FailureOrigin::Replication)},
                             {"persistence", int(FailureOrigin::Persistence)},
                             {"airbyte_platform", int(FailureOrigin::Platform)},
                             {"normalization", int(FailureOrigin::Normalization)},
                             {"dbt", int(FailureOrigin::Dbt)},
                             {"unknown", int(FailureOrigin::Unknown)}};
const Names FailureTypeNames[] = {{"config_error", int(FailureType::ConfigError)},
                                  {"system_error", int(FailureType::SystemError)},
                                  {"manual_cancellation", int(FailureType::ManualCancellation)},
                                  {"refresh_schema", int(FailureType::RefreshSchema)},
                                  {"heartbeat_timeout", int(FailureType::HeartbeatTimeout)},
                                  {"destination_timeout", int(FailureType::DestinationTimeout)},
                                  {"transient_error", int(FailureType::TransientError)}};

} // namespace

JobStatus jobStatusFromApi(const QString &name)
{
    if (name == QLatin1String("queued")) // main after 2.0: waiting for a worker
        return JobStatus::Pending;
    return fromName(StatusNames, name, JobStatus::Unknown);
}

QString jobStatusApiName(JobStatus status)
{
    return toName(StatusNames, status);
}

JobType jobTypeFromApi(const QString &name)
{
    return fromName(TypeNames, name, JobType::Other);
}

QString jobTypeApiName(JobType type)
{
    return toName(TypeNames, type);
}

AttemptStatus attemptStatusFromApi(const QString &name)
{
    return fromName(AttemptNames, name, AttemptStatus::Unknown);
}

FailureOrigin failureOriginFromApi(const QString &name)
{
    return fromName(OriginNames, name, FailureOrigin::Unknown);
}

FailureType failureTypeFromApi(const QString &name)
{
    return fromName(FailureTypeNames, name, FailureType::Unknown);
}

bool isTerminal(JobStatus status)
{
    return status == JobStatus::Succeeded || status == JobStatus::Failed ||
           status == JobStatus::Cancelled;
}

QString jobStatusText(JobStatus status)
{
    switch (status) {
    case JobStatus::Pending:
        return AirbyteTr::tr("Pending", "job status");
    case JobStatus::Running:
        return AirbyteTr::tr("Running", "job status");
    case JobStatus::Incomplete:
        return AirbyteTr::tr("Incomplete", "job status");
    case JobStatus::Failed:
        return AirbyteTr::tr("Failed", "job status");
    case JobStatus::Succeeded:
        return AirbyteTr::tr("Succeeded", "job status");
    case JobStatus::Cancelled:
        return AirbyteTr::tr("Cancelled", "job status");
    case JobStatus::Unknown:
        break;
    }
    return AirbyteTr::tr("Unknown", "job status");
}

QString jobTypeText(JobType type)
{
    switch (type) {
    case JobType::Sync:
        return AirbyteTr::tr("Sync", "job type");
    case JobType::ResetConnection:
    case JobType::Clear:
        //: Airbyte 1.x calls a reset a clear: it erases the data at the destination.
        return AirbyteTr::tr("Clear", "job type");
    case JobType::Refresh:
        return AirbyteTr::tr("Refresh", "job type");
    case JobType::Other:
        break;
    }
    return AirbyteTr::tr("Other", "job type");
}

QList<JobType> jobTypesForFilter(JobType shown)
{
    if (shown == JobType::ResetConnection || shown == JobType::Clear)
        return {JobType::ResetConnection, JobType::Clear};
    return {shown};
}

QString StreamKey::displayName() const
{
    return nameSpace.isEmpty() ? name : nameSpace + QLatin1Char('.') + name;
}

size_t qHash(const StreamKey &key, size_t seed)
{
    return qHashMulti(seed, key.name, key.nameSpace);
}

SyncStats SyncStats::fromApi(const QJsonObject &o)
{
    SyncStats s;
    s.recordsEmitted = int64Of(o, "recordsEmitted");
    s.bytesEmitted = int64Of(o, "bytesEmitted");
    s.recordsCommitted = int64Of(o, "recordsCommitted");
    s.bytesCommitted = int64Of(o, "bytesCommitted");
    s.recordsRejected = int64Of(o, "recordsRejected");
    s.estimatedRecords = optNumber(o, "estimatedRecords");
    s.estimatedBytes = optNumber(o, "estimatedBytes");
    return s;
}

SyncStats &SyncStats::operator+=(const SyncStats &o)
{
    recordsEmitted += o.recordsEmitted;
    bytesEmitted += o.bytesEmitted;
    recordsCommitted += o.recordsCommitted;
    bytesCommitted += o.bytesCommitted;
    recordsRejected += o.recordsRejected;
    if (o.estimatedRecords)
        estimatedRecords = estimatedRecords.value_or(0) + *o.estimatedRecords;
    if (o.estimatedBytes)
        estimatedBytes = estimatedBytes.value_or(0) + *o.estimatedBytes;
    return *this;
}

FailureReason FailureReason::fromApi(const QJsonObject &o)
{
    FailureReason f;
    f.origin = failureOriginFromApi(str(o, "failureOrigin"));
    f.type = failureTypeFromApi(str(o, "failureType"));
    f.externalMessage = sanitizedServerText(str(o, "externalMessage"));
    f.internalMessage = str(o, "internalMessage");
    f.retryable = optBool(o, "retryable");
    if (const std::optional<qint64> ms = optNumber(o, "timestamp"); ms && *ms > 0)
        f.timestamp = QDateTime::fromMSecsSinceEpoch(*ms, Qt::UTC);
    const QJsonObject stream = o.value(QStringLiteral("streamDescriptor")).toObject();
    if (!str(stream, "name").isEmpty())
        f.stream = StreamKey{str(stream, "name"), str(stream, "namespace")};
    return f;
}

FailureSummary FailureSummary::fromApi(const QJsonObject &o)
{
    FailureSummary s;
    for (const QJsonValue &v : o.value(QStringLiteral("failures")).toArray()) {
        if (v.isObject())
            s.failures.append(FailureReason::fromApi(v.toObject()));
    }
    s.partialSuccess = optBool(o, "partialSuccess");
    return s;
}

Attempt Attempt::fromApi(const QJsonObject &o)
{
    Attempt a;
    a.number = int(int64Of(o, "id"));
    a.status = attemptStatusFromApi(str(o, "status"));
    a.createdAt = seconds(o, "createdAt");
    a.updatedAt = seconds(o, "updatedAt");
    a.endedAt = seconds(o, "endedAt");
    const QJsonValue totals = o.value(QStringLiteral("totalStats"));
    a.hasTotals = totals.isObject();
    if (a.hasTotals) {
        a.totals = SyncStats::fromApi(totals.toObject());
    } else if (o.contains(QStringLiteral("recordsSynced"))) {
        // The legacy counters, all a 0.40-era attempt has.
        a.totals.recordsCommitted = int64Of(o, "recordsSynced");
        a.totals.bytesCommitted = int64Of(o, "bytesSynced");
        a.hasTotals = true;
    }
    a.streams = streamStatsList(o.value(QStringLiteral("streamStats")), true);
    const QJsonValue summary = o.value(QStringLiteral("failureSummary"));
    if (summary.isObject())
        a.failureSummary = FailureSummary::fromApi(summary.toObject());
    return a;
}

Job Job::fromApi(const QJsonObject &o, const QJsonArray &attempts)
{
    Job j;
    j.id = int64Of(o, "id");
    j.connectionId = str(o, "configId");
    j.typeName = str(o, "configType");
    j.type = jobTypeFromApi(j.typeName);
    j.statusName = str(o, "status");
    j.status = jobStatusFromApi(j.statusName);
    j.createdAt = seconds(o, "createdAt");
    j.updatedAt = seconds(o, "updatedAt");
    j.startedAt = seconds(o, "startedAt");
    j.enabledStreams = descriptors(o.value(QStringLiteral("enabledStreams")));
    j.resetStreams = descriptors(
        o.value(QStringLiteral("resetConfig")).toObject().value(QStringLiteral("streamsToReset")));
    j.refreshStreams = descriptors(o.value(QStringLiteral("refreshConfig"))
                                       .toObject()
                                       .value(QStringLiteral("streamsToRefresh")));
    for (const QJsonValue &v : attempts) {
        QJsonObject a = v.toObject();
        if (a.value(QStringLiteral("attempt")).isObject()) // AttemptInfoRead
            a = a.value(QStringLiteral("attempt")).toObject();
        if (!a.isEmpty())
            j.attempts.append(Attempt::fromApi(a));
    }
    std::sort(j.attempts.begin(), j.attempts.end(),
              [](const Attempt &a, const Attempt &b) { return a.number < b.number; });

    const QJsonValue aggregated = o.value(QStringLiteral("aggregatedStats"));
    if (aggregated.isObject()) {
        j.totals = SyncStats::fromApi(aggregated.toObject());
        j.hasTotals = true;
    } else {
        // Each attempt commits its own records (a retry resumes): the job's are their sum.
        for (const Attempt &a : std::as_const(j.attempts)) {
            j.totals += a.totals;
            j.hasTotals = j.hasTotals || a.hasTotals;
        }
    }
    // Estimates are never aggregated: the last attempt's, when its source sends them.
    const Attempt *last = j.lastAttempt();
    j.totals.estimatedRecords = last ? last->totals.estimatedRecords : std::nullopt;
    j.totals.estimatedBytes = last ? last->totals.estimatedBytes : std::nullopt;
    j.streams = streamStatsList(o.value(QStringLiteral("streamAggregatedStats")), false);
    if (j.streams.isEmpty() && last)
        j.streams = last->streams;
    if (!j.startedAt.isValid() && !j.attempts.isEmpty())
        j.startedAt = j.attempts.first().createdAt;
    return j;
}

Job Job::fromJobInfo(const QJsonObject &info)
{
    return fromApi(info.value(QStringLiteral("job")).toObject(),
                   info.value(QStringLiteral("attempts")).toArray());
}

std::chrono::seconds Job::duration(const QDateTime &now) const
{
    const QDateTime start = startedAt.isValid() ? startedAt : createdAt;
    if (!start.isValid())
        return std::chrono::seconds(0);
    QDateTime end = now;
    if (!isRunning()) {
        const Attempt *last = lastAttempt();
        end = last && last->endedAt.isValid() ? last->endedAt : updatedAt;
    }
    if (!end.isValid() || end < start)
        return std::chrono::seconds(0);
    return std::chrono::seconds(start.secsTo(end));
}

const Attempt *Job::lastAttempt() const
{
    return attempts.isEmpty() ? nullptr : &attempts.last();
}

std::optional<FailureReason> Job::failure() const
{
    for (auto it = attempts.crbegin(); it != attempts.crend(); ++it) {
        if (it->failureSummary && !it->failureSummary->failures.isEmpty())
            return it->failureSummary->failures.first();
    }
    return std::nullopt;
}

QUrl Job::webUrl(const QUrl &webApp, const QString &workspaceId, WebApp form) const
{
    QUrl u = webApp;
    QString path = u.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    const int attempt = attempts.isEmpty() ? 0 : attempts.last().number;
    path += QStringLiteral("/workspaces/%1/connections/%2/").arg(workspaceId, connectionId);
    if (form == WebApp::Timeline) {
        u.setPath(path + QStringLiteral("timeline"));
        QUrlQuery q;
        q.addQueryItem(QStringLiteral("openLogs"), QStringLiteral("true"));
        q.addQueryItem(QStringLiteral("jobId"), QString::number(id));
        q.addQueryItem(QStringLiteral("attemptNumber"), QString::number(attempt));
        u.setQuery(q);
    } else {
        u.setPath(path + QStringLiteral("job-history"));
        u.setFragment(QStringLiteral("%1::%2").arg(id).arg(attempt));
    }
    return u;
}

Result<JobPage> parseJobList(const QJsonObject &answer, int pageSize, bool totalIsPageSize)
{
    const QJsonValue jobs = answer.value(QStringLiteral("jobs"));
    if (!jobs.isArray())
        return invalid(AirbyteTr::tr("no list of jobs"), QStringLiteral("/jobs"));
    JobPage page;
    int index = 0;
    for (const QJsonValue &v : jobs.toArray()) {
        const QJsonObject entry = v.toObject();
        const QJsonObject job = entry.value(QStringLiteral("job")).toObject();
        if (!optNumber(job, "id")) {
            ++page.skipped;
            qCWarning(lcAirbyte) << "jobs list: entry" << index << "has no job id; skipped";
        } else {
            page.jobs.append(Job::fromJobInfo(entry));
        }
        ++index;
    }
    const int received = int(jobs.toArray().size());
    page.totalIsKnown = !totalIsPageSize && optNumber(answer, "totalJobCount").has_value();
    page.totalCount = page.totalIsKnown ? int64Of(answer, "totalJobCount") : received;
    page.hasMore = page.totalIsKnown ? false : (pageSize > 0 && received >= pageSize);
    return page;
}

Result<Job> parseJobInfo(const QJsonObject &answer)
{
    const QJsonObject job = answer.value(QStringLiteral("job")).toObject();
    if (!optNumber(job, "id"))
        return invalid(AirbyteTr::tr("no job"), QStringLiteral("/job/id"));
    return Job::fromJobInfo(answer);
}

QString explainFailure(const FailureReason &f)
{
    if (f.type == FailureType::ManualCancellation)
        return AirbyteTr::tr("The job was cancelled.");
    QString where;
    switch (f.origin) {
    case FailureOrigin::Source:
        where = AirbyteTr::tr("The source failed");
        break;
    case FailureOrigin::Destination:
        where = AirbyteTr::tr("The destination failed");
        break;
    case FailureOrigin::Replication:
        where = AirbyteTr::tr("Moving the data from the source to the destination failed");
        break;
    case FailureOrigin::Persistence:
        where = AirbyteTr::tr("Airbyte could not save the sync's state");
        break;
    case FailureOrigin::Platform:
        where = AirbyteTr::tr("Airbyte itself failed");
        break;
    case FailureOrigin::Normalization:
        where = AirbyteTr::tr("Normalization failed");
        break;
    case FailureOrigin::Dbt:
        where = AirbyteTr::tr("The dbt transformation failed");
        break;
    case FailureOrigin::Unknown:
        where = AirbyteTr::tr("The job failed");
        break;
    }
    QString kind;
    switch (f.type) {
    case FailureType::ConfigError:
        kind = AirbyteTr::tr("a configuration problem: check the connector's settings");
        break;
    case FailureType::SystemError:
        kind = AirbyteTr::tr("a system error");
        break;
    case FailureType::RefreshSchema:
        kind = AirbyteTr::tr("the source's schema changed: refresh it");
        break;
    case FailureType::HeartbeatTimeout:
        kind = AirbyteTr::tr("the connector stopped answering");
        break;
    case FailureType::DestinationTimeout:
        kind = AirbyteTr::tr("the destination took too long");
        break;
    case FailureType::TransientError:
        kind = AirbyteTr::tr("a passing problem: a retry may work");
        break;
    case FailureType::ManualCancellation:
    case FailureType::Unknown:
        break;
    }
    QString text;
    const QString message = f.externalMessage.trimmed();
    if (kind.isEmpty())
        text = message.isEmpty() ? AirbyteTr::tr("%1.").arg(where)
                                 : AirbyteTr::tr("%1: %2").arg(where, message);
    else
        text = message.isEmpty() ? AirbyteTr::tr("%1 (%2).").arg(where, kind)
                                 : AirbyteTr::tr("%1 (%2): %3").arg(where, kind, message);
    if (f.stream)
        text = AirbyteTr::tr("Stream %1: %2").arg(f.stream->displayName(), text);
    return text;
}

QString explainJobFailure(const Job &job)
{
    const std::optional<FailureReason> f = job.failure();
    return f ? explainFailure(*f) : QString();
}

} // namespace Dsp
