// AirbyteClient's job calls: the jobs list with its filters and pages, a job, cancel, reset
// and clear (whole connection or streams), refresh, and the live progress of a sync, each
// shaped for the server's version (API-NOTES §1-§2).
#include "airbyte/airbyteclient.h"

#include "airbyte/airbytetr.h"
#include "core/logging.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QPointer>
#include <QTimer>
#include <QVersionNumber>

#include <algorithm>

namespace Dsp {

namespace {

bool atLeast(const QVersionNumber &v, int major, int minor, int micro)
{
    return !v.isNull() && v >= QVersionNumber(major, minor, micro);
}

// Known to be older than major.minor.micro (an unknown version is not).
bool before(const QVersionNumber &v, int major, int minor, int micro)
{
    return !v.isNull() && v < QVersionNumber(major, minor, micro);
}

// The config types to ask for: what the query names (all the panel shows by default), those
// the server's version knows; an unknown version gets the two every version has.
QJsonArray configTypes(const QList<JobType> &wanted, const QVersionNumber &v)
{
    QList<JobType> types = wanted.isEmpty()
                               ? QList<JobType>{JobType::Sync, JobType::ResetConnection,
                                                JobType::Clear, JobType::Refresh}
                               : wanted;
    if (types.contains(JobType::Clear) && !types.contains(JobType::ResetConnection))
        types.append(JobType::ResetConnection); // a clear is recorded as reset_connection
    QJsonArray out;
    for (const JobType t :
         {JobType::Sync, JobType::ResetConnection, JobType::Refresh, JobType::Clear}) {
        if (!types.contains(t))
            continue;
        if (t == JobType::Refresh && !atLeast(v, 0, 57, 2))
            continue;
        if (t == JobType::Clear && !atLeast(v, 0, 59, 1))
            continue;
        out.append(jobTypeApiName(t));
    }
    return out;
}

QString isoTime(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODate);
}

// Filters the server could not apply, applied to the page.
struct LocalFilter
{
    QList<JobStatus> statuses;
    QDateTime from;
    QDateTime to;
    bool isEmpty() const { return statuses.isEmpty() && !from.isValid() && !to.isValid(); }
    bool accepts(const Job &j) const
    {
        return (statuses.isEmpty() || statuses.contains(j.status)) &&
               (!from.isValid() || j.createdAt >= from) && (!to.isValid() || j.createdAt <= to);
    }
};

// The request body of jobs/list or list_for_workspaces for `query` on a server of version
// `v`, and what is left to filter here.
QJsonObject listBody(const JobQuery &query, const QString &connectionId, int pageSize,
                     int rowOffset, const QVersionNumber &v, LocalFilter &local)
{
    QJsonObject body{
        {QStringLiteral("configTypes"), configTypes(query.types, v)},
        {QStringLiteral("pagination"), QJsonObject{{QStringLiteral("pageSize"), pageSize},
                                                   {QStringLiteral("rowOffset"), rowOffset}}}};
    if (!connectionId.isEmpty())
        body.insert(QStringLiteral("configId"), connectionId);
    else if (!query.workspaceId.isEmpty())
        body.insert(QStringLiteral("workspaceIds"), QJsonArray{query.workspaceId});
    if (!query.statuses.isEmpty()) {
        if (!before(v, 0, 50, 46)) {
            QJsonArray statuses;
            for (const JobStatus s : query.statuses) {
                if (!jobStatusApiName(s).isEmpty())
                    statuses.append(jobStatusApiName(s));
            }
            body.insert(QStringLiteral("statuses"), statuses);
        } else if (atLeast(v, 0, 50, 8) && query.statuses.size() == 1) {
            body.insert(QStringLiteral("status"), jobStatusApiName(query.statuses.first()));
        } else {
            local.statuses = query.statuses;
        }
    }
    if (query.createdFrom.isValid() || query.createdTo.isValid()) {
        const bool camel = !before(v, 0, 50, 18);
        if (camel || atLeast(v, 0, 50, 8)) {
            if (query.createdFrom.isValid())
                body.insert(camel ? QStringLiteral("createdAtStart")
                                  : QStringLiteral("created_at_start"),
                            isoTime(query.createdFrom));
            if (query.createdTo.isValid())
                body.insert(camel ? QStringLiteral("createdAtEnd")
                                  : QStringLiteral("created_at_end"),
                            isoTime(query.createdTo));
        } else {
            local.from = query.createdFrom;
            local.to = query.createdTo;
        }
    }
    return body;
}

bool newerFirst(const Job &a, const Job &b)
{
    if (a.createdAt != b.createdAt)
        return a.createdAt > b.createdAt;
    return a.id > b.id;
}

QJsonArray streamsBody(const QList<StreamKey> &streams)
{
    QJsonArray out;
    for (const StreamKey &s : streams) {
        QJsonObject o{{QStringLiteral("streamName"), s.name}};
        if (!s.nameSpace.isEmpty())
            o.insert(QStringLiteral("streamNamespace"), s.nameSpace);
        out.append(o);
    }
    return out;
}

// Micronaut's 404 for a path no controller takes: no Airbyte exception class in the body.
bool routeMissing(const Error &e)
{
    return e.kind == ErrorKind::NotFound && e.detail.isEmpty();
}

Error unsupported(const QString &what, const QString &since, const QString &route,
                  const QString &version)
{
    Error e = Error::make(
        ErrorKind::Unsupported,
        version.isEmpty()
            ? AirbyteTr::tr("This Airbyte cannot %1: that needs Airbyte %2 or later.")
                  .arg(what, since)
            : AirbyteTr::tr("This Airbyte (%1) cannot %2: that needs Airbyte %3 or later.")
                  .arg(version, what, since),
        route);
    e.service = QStringLiteral("Airbyte");
    return e;
}

// Delivers `r` from the event loop, as an answer would come (never inside the call).
template<typename T>
void deliverLater(QObject *context, std::function<void(const Result<T> &)> callback, Result<T> r)
{
    if (!context)
        return;
    QTimer::singleShot(0, context,
                       [callback = std::move(callback), r = std::move(r)] { callback(r); });
}

std::function<void(const Result<QJsonObject> &)>
jobAnswer(std::function<void(const Result<Job> &)> callback)
{
    return [callback = std::move(callback)](const Result<QJsonObject> &r) {
        if (!r) {
            callback(r.error());
            return;
        }
        callback(parseJobInfo(r.value()));
    };
}

} // namespace

void AirbyteClient::setServerVersion(const QString &version)
{
    m_serverVersion = version;
}

QString AirbyteClient::serverVersion() const
{
    return m_serverVersion;
}

bool AirbyteClient::isUnsupportedByServer(const Error &error)
{
    return error.kind == ErrorKind::Unsupported;
}

AirbyteCall AirbyteClient::listJobs(const JobQuery &query, QObject *context,
                                    std::function<void(const Result<JobPage> &)> callback)
{
    const QVersionNumber v = QVersionNumber::fromString(serverVersion());
    const int pageSize = std::max(1, query.pageSize);
    const int rowOffset = std::max(0, query.rowOffset);
    if (configTypes(query.types, v).isEmpty()) { // only types this server never has
        deliverLater(context, std::move(callback), Result<JobPage>(JobPage()));
        return {};
    }
    if (query.connectionIds.size() <= 1) {
        const QString connectionId = query.connectionIds.value(0);
        const bool forWorkspace = connectionId.isEmpty() && !query.workspaceId.isEmpty();
        LocalFilter local;
        const QJsonObject body = listBody(query, connectionId, pageSize, rowOffset, v, local);
        return post(
            forWorkspace ? QStringLiteral("jobs/list_for_workspaces") : QStringLiteral("jobs/list"),
            body, context, [callback, pageSize, forWorkspace, local](const Result<QJsonObject> &r) {
                if (!r) {
                    callback(r.error());
                    return;
                }
                Result<JobPage> page = parseJobList(r.value(), pageSize, forWorkspace);
                if (page && !local.isEmpty()) {
                    JobPage &p = page.value();
                    const qsizetype received = p.jobs.size() + p.skipped;
                    p.jobs.removeIf([&](const Job &j) { return !local.accepts(j); });
                    p.totalIsKnown = false;
                    p.totalCount = p.jobs.size();
                    p.hasMore = received >= pageSize;
                }
                if (page)
                    std::stable_sort(page.value().jobs.begin(), page.value().jobs.end(),
                                     newerFirst);
                callback(page);
            });
    }

    // Several connections: the first rowOffset + pageSize of each, merged, then the page.
    struct Merge
    {
        int waiting = 0;
        bool done = false;
        JobPage merged;
        bool anyMore = false;
    };
    auto merge = std::make_shared<Merge>();
    merge->waiting = int(query.connectionIds.size());
    const int wanted = rowOffset + pageSize;
    AirbyteCall first;
    for (const QString &connectionId : query.connectionIds) {
        LocalFilter local;
        const QJsonObject body = listBody(query, connectionId, wanted, 0, v, local);
        AirbyteCall call = post(
            QStringLiteral("jobs/list"), body, context,
            [callback, merge, wanted, rowOffset, pageSize, local](const Result<QJsonObject> &r) {
                if (merge->done)
                    return;
                Result<JobPage> page =
                    r ? parseJobList(r.value(), wanted, false) : Result<JobPage>(r.error());
                if (!page) {
                    merge->done = true;
                    callback(page.error());
                    return;
                }
                JobPage &p = page.value();
                if (!local.isEmpty()) {
                    merge->anyMore = merge->anyMore || p.jobs.size() + p.skipped >= wanted;
                    p.jobs.removeIf([&](const Job &j) { return !local.accepts(j); });
                    merge->merged.totalIsKnown = false;
                }
                merge->merged.jobs.append(p.jobs);
                merge->merged.skipped += p.skipped;
                merge->merged.totalCount += p.totalIsKnown ? p.totalCount : p.jobs.size();
                merge->anyMore = merge->anyMore || (!p.totalIsKnown && p.hasMore);
                if (--merge->waiting > 0)
                    return;
                merge->done = true;
                JobPage out = std::move(merge->merged);
                std::stable_sort(out.jobs.begin(), out.jobs.end(), newerFirst);
                out.jobs = out.jobs.mid(rowOffset, pageSize);
                out.hasMore = out.totalIsKnown ? rowOffset + out.jobs.size() < out.totalCount
                                               : merge->anyMore;
                callback(out);
            });
        if (!first.isRunning())
            first = call; // cancelling it ends the whole listing with Cancelled
    }
    return first;
}

AirbyteCall AirbyteClient::getJob(qint64 jobId, QObject *context,
                                  std::function<void(const Result<Job> &)> callback)
{
    return post(QStringLiteral("jobs/get_without_logs"), {{QStringLiteral("id"), jobId}}, context,
                jobAnswer(std::move(callback)));
}

AirbyteCall AirbyteClient::cancelJob(qint64 jobId, QObject *context,
                                     std::function<void(const Result<Job> &)> callback)
{
    return post(QStringLiteral("jobs/cancel"), {{QStringLiteral("id"), jobId}}, context,
                jobAnswer(std::move(callback)));
}

AirbyteCall AirbyteClient::resetConnection(const QString &connectionId,
                                           const QList<StreamKey> &streams, QObject *context,
                                           std::function<void(const Result<Job> &)> callback)
{
    QJsonObject body{{QStringLiteral("connectionId"), connectionId}};
    if (!streams.isEmpty())
        body.insert(QStringLiteral("streams"), streamsBody(streams));
    return post(streams.isEmpty() ? QStringLiteral("connections/reset")
                                  : QStringLiteral("connections/reset/stream"),
                body, context, jobAnswer(std::move(callback)));
}

AirbyteCall AirbyteClient::clearConnection(const QString &connectionId,
                                           const QList<StreamKey> &streams, QObject *context,
                                           std::function<void(const Result<Job> &)> callback)
{
    // The clear routes run the reset handler (ConnectionApiController): the reset ones serve
    // servers before them, and an unknown version, alike.
    if (!atLeast(QVersionNumber::fromString(serverVersion()), 0, 57, 3))
        return resetConnection(connectionId, streams, context, std::move(callback));
    QJsonObject body{{QStringLiteral("connectionId"), connectionId}};
    if (!streams.isEmpty())
        body.insert(QStringLiteral("streams"), streamsBody(streams));
    return post(streams.isEmpty() ? QStringLiteral("connections/clear")
                                  : QStringLiteral("connections/clear/stream"),
                body, context, jobAnswer(std::move(callback)));
}

AirbyteCall
AirbyteClient::refreshStreams(const QString &connectionId, RefreshMode mode,
                              const QList<StreamKey> &streams, QObject *context,
                              std::function<void(const Result<std::optional<Job>> &)> callback)
{
    const QString route = QStringLiteral("connections/refresh");
    const QString version = serverVersion();
    const QString what = AirbyteTr::tr("refresh streams");
    const QString since = QStringLiteral("0.57.2");
    if (before(QVersionNumber::fromString(version), 0, 57, 2)) {
        deliverLater(context, std::move(callback),
                     Result<std::optional<Job>>(unsupported(what, since, route, version)));
        return {};
    }
    QJsonObject body{{QStringLiteral("connectionId"), connectionId},
                     {QStringLiteral("refreshMode"), mode == RefreshMode::Truncate
                                                         ? QStringLiteral("Truncate")
                                                         : QStringLiteral("Merge")}};
    if (!streams.isEmpty())
        body.insert(QStringLiteral("streams"), streamsBody(streams));
    return post(route, body, context,
                [callback, what, since, route, version](const Result<QJsonObject> &r) {
                    if (!r) {
                        callback(routeMissing(r.error()) ? unsupported(what, since, route, version)
                                                         : r.error());
                        return;
                    }
                    // JobReadResponse {job} (1.x), or BooleanRead {value} (0.63).
                    const QJsonObject job = r.value().value(QStringLiteral("job")).toObject();
                    if (job.isEmpty()) {
                        callback(std::optional<Job>());
                        return;
                    }
                    callback(std::optional<Job>(Job::fromApi(job, {})));
                });
}

AirbyteCall AirbyteClient::syncProgress(const QString &connectionId, QObject *context,
                                        std::function<void(const Result<SyncProgress> &)> callback)
{
    const QVersionNumber v = QVersionNumber::fromString(serverVersion());
    QPointer<QObject> guard(context);
    // The newest job's own statistics (jobs/list is hydrated from 0.50.45).
    auto fromJobStats = [this, connectionId, guard, callback]() {
        JobQuery q;
        q.connectionIds = {connectionId};
        q.types = {JobType::Sync, JobType::ResetConnection, JobType::Refresh};
        q.pageSize = 1;
        return listJobs(q, guard, [connectionId, callback](const Result<JobPage> &r) {
            if (!r) {
                callback(r.error());
                return;
            }
            SyncProgress p = r.value().jobs.isEmpty() ? SyncProgress()
                                                      : SyncProgress::fromJob(r.value().jobs[0]);
            p.source = SyncProgress::Source::JobStats;
            p.connectionId = connectionId;
            callback(p);
        });
    };
    if (before(v, 0, 58, 0)) // absent before 0.50.32, a stub answering nothing until 0.58
        return fromJobStats();
    const QByteArray body =
        QJsonDocument(QJsonObject{{QStringLiteral("connectionId"), connectionId}})
            .toJson(QJsonDocument::Compact);
    return postBytes(
        QStringLiteral("connections/sync_progress"), [body] { return body; }, context,
        [guard, connectionId, callback, fromJobStats](const Result<QByteArray> &r) {
            if (!r) {
                if (routeMissing(r.error()) && guard)
                    fromJobStats();
                else
                    callback(r.error());
                return;
            }
            const Result<std::optional<SyncProgress>> p =
                SyncProgress::fromApi(r.value(), connectionId);
            if (!p) {
                callback(p.error());
                return;
            }
            if (!p.value()) { // the stub's null
                if (guard)
                    fromJobStats();
                return;
            }
            callback(*p.value());
        });
}

} // namespace Dsp
