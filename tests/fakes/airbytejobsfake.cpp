#include "airbytejobsfake.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace Dsp::Fakes {

namespace {

FakeResponse reply(int status, const QJsonObject &body)
{
    FakeResponse r;
    r.status = status;
    r.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return r;
}

FakeResponse replyArray(const QJsonArray &body)
{
    FakeResponse r;
    r.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return r;
}

// KnownExceptionInfo as Airbyte's exception handlers render it.
FakeResponse known(int status, const QString &message, const QString &className)
{
    return reply(status, {{QStringLiteral("message"), message},
                          {QStringLiteral("exceptionClassName"), className},
                          {QStringLiteral("exceptionStack"),
                           QJsonArray{className + QStringLiteral(": ") + message}},
                          {QStringLiteral("rootCauseExceptionClassName"), className},
                          {QStringLiteral("rootCauseExceptionStack"), QJsonArray()}});
}

// Airbyte's UncaughtExceptionHandler: an IllegalStateException (Kotlin's check()) is a 500.
FakeResponse illegalState(const QString &message)
{
    return known(500, QStringLiteral("Internal Server Error: ") + message,
                 QStringLiteral("java.lang.IllegalStateException"));
}

// Micronaut's 404 for a path no controller takes (a route this version lacks).
FakeResponse noRoute(const QByteArray &route)
{
    const QString path = QStringLiteral("/api/v1/") + QString::fromLatin1(route);
    return reply(
        404,
        {{QStringLiteral("message"), QStringLiteral("Not Found")},
         {QStringLiteral("_links"),
          QJsonObject{{QStringLiteral("self"), QJsonObject{{QStringLiteral("href"), path},
                                                           {QStringLiteral("templated"), false}}}}},
         {QStringLiteral("_embedded"),
          QJsonObject{{QStringLiteral("errors"),
                       QJsonArray{QJsonObject{
                           {QStringLiteral("message"), QStringLiteral("Page Not Found")}}}}}}});
}

// Bean validation of a request body (400, InvalidInputExceptionInfo).
FakeResponse invalidField(const QString &field, const QString &message)
{
    const QString className = QStringLiteral("jakarta.validation.ConstraintViolationException");
    return reply(400, {{QStringLiteral("message"),
                        QStringLiteral("Some properties contained invalid input.")},
                       {QStringLiteral("exceptionClassName"), className},
                       {QStringLiteral("exceptionStack"), QJsonArray{className}},
                       {QStringLiteral("validationErrors"),
                        QJsonArray{QJsonObject{{QStringLiteral("propertyPath"), field},
                                               {QStringLiteral("message"), message}}}}});
}

FakeResponse notFound(const QString &configType, const QString &id)
{
    FakeResponse r =
        known(404, QStringLiteral("Could not find configuration for %1: %2.").arg(configType, id),
              QStringLiteral("io.airbyte.commons.server.errors.IdNotFoundKnownException"));
    return r;
}

bool isUuid(const QJsonValue &v)
{
    static const QRegularExpression uuid(
        QStringLiteral("^[0-9a-fA-F]{8}(-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}$"));
    return v.isString() && uuid.match(v.toString()).hasMatch();
}

std::optional<FakeResponse> needConnectionId(const QJsonObject &body)
{
    const QJsonValue v = body.value(QStringLiteral("connectionId"));
    if (v.isUndefined() || v.isNull())
        return invalidField(QStringLiteral("connectionId"), QStringLiteral("must not be null"));
    if (!isUuid(v))
        return invalidField(QStringLiteral("connectionId"), QStringLiteral("must be a valid UUID"));
    return std::nullopt;
}

std::optional<FakeResponse> needJobId(const QJsonObject &body)
{
    const QJsonValue v = body.value(QStringLiteral("id"));
    if (!v.isDouble() || v.toDouble() != std::floor(v.toDouble()))
        return invalidField(QStringLiteral("id"), QStringLiteral("must not be null"));
    return std::nullopt;
}

QJsonObject descriptor(const AirbyteJobsFake::Stream &s)
{
    QJsonObject o{{QStringLiteral("name"), s.name}};
    if (!s.nameSpace.isEmpty())
        o.insert(QStringLiteral("namespace"), s.nameSpace);
    return o;
}

QJsonArray descriptors(const QList<AirbyteJobsFake::Stream> &streams)
{
    QJsonArray out;
    for (const AirbyteJobsFake::Stream &s : streams)
        out.append(descriptor(s));
    return out;
}

bool isTerminal(const QString &status)
{
    return status == QLatin1String("succeeded") || status == QLatin1String("failed") ||
           status == QLatin1String("cancelled");
}

bool isReset(const QString &configType)
{
    return configType == QLatin1String("reset_connection") || configType == QLatin1String("clear");
}

} // namespace

AirbyteJobsFake::AirbyteJobsFake(Lookup lookup, Changed changed,
                                 std::function<QVersionNumber()> version)
    : m_lookup(std::move(lookup))
    , m_changed(std::move(changed))
    , m_version(std::move(version))
{}

AirbyteJobsFake::~AirbyteJobsFake() = default;

void AirbyteJobsFake::setNow(qint64 epochSecs)
{
    m_now = epochSecs;
    catchUp();
}

void AirbyteJobsFake::advance(qint64 secs)
{
    setNow(now() + secs);
}

qint64 AirbyteJobsFake::now() const
{
    return m_now != 0 ? m_now : QDateTime::currentSecsSinceEpoch();
}

bool AirbyteJobsFake::atLeast(int major, int minor, int micro) const
{
    return m_version() >= QVersionNumber(major, minor, micro);
}

qint64 AirbyteJobsFake::startSyncElsewhere(const QString &connectionId)
{
    catchUp();
    if (activeJob(connectionId))
        return 0;
    return createJob(connectionId, QStringLiteral("sync"), streamsOf(connectionId), {});
}

qint64 AirbyteJobsFake::addFinishedJob(const QString &connectionId, const QString &configType,
                                       const QString &status, qint64 createdAt, qint64 records)
{
    Job j;
    j.id = ++m_nextId;
    j.connectionId = connectionId;
    j.configType = configType;
    j.createdAt = createdAt;
    j.startedAt = createdAt;
    j.updatedAt = createdAt + 60;
    j.status = status;
    j.script = m_script;
    j.streams = streamsOf(connectionId);
    Attempt a;
    a.createdAt = createdAt;
    a.endedAt = createdAt + 60;
    a.status = status == QLatin1String("succeeded") ? QStringLiteral("succeeded")
                                                    : QStringLiteral("failed");
    a.cancelled = status == QLatin1String("cancelled");
    const qsizetype n = std::max<qsizetype>(1, j.streams.size());
    for (qsizetype i = 0; i < n; ++i) {
        a.target.append(records / n);
        a.emitted.append(records / n);
        a.committed.append(a.status == QLatin1String("succeeded") ? records / n : 0);
        a.started.append(true);
    }
    logStart(j, a);
    logEnd(j, a);
    j.attempts.append(a);
    m_jobs.append(j);
    if (m_changed)
        m_changed(j.connectionId, j.status, j.createdAt);
    return j.id;
}

void AirbyteJobsFake::setStreams(const QString &connectionId, const QList<Stream> &streams)
{
    m_streams.insert(connectionId, streams);
}

int AirbyteJobsFake::jobCount() const
{
    return int(m_jobs.size());
}

QString AirbyteJobsFake::jobStatus(qint64 jobId) const
{
    for (const Job &j : m_jobs) {
        if (j.id == jobId)
            return j.status;
    }
    return {};
}

int AirbyteJobsFake::attemptCount(qint64 jobId) const
{
    for (const Job &j : m_jobs) {
        if (j.id == jobId)
            return int(j.attempts.size());
    }
    return 0;
}

AirbyteJobsFake::Job *AirbyteJobsFake::job(qint64 id)
{
    for (Job &j : m_jobs) {
        if (j.id == id)
            return &j;
    }
    return nullptr;
}

AirbyteJobsFake::Job *AirbyteJobsFake::activeJob(const QString &connectionId)
{
    for (Job &j : m_jobs) {
        if (j.connectionId == connectionId && !isTerminal(j.status))
            return &j;
    }
    return nullptr;
}

QList<AirbyteJobsFake::Stream> AirbyteJobsFake::streamsOf(const QString &connectionId) const
{
    if (m_streams.contains(connectionId))
        return m_streams.value(connectionId);
    return m_lookup(connectionId).streams;
}

qint64 AirbyteJobsFake::createJob(const QString &connectionId, const QString &configType,
                                  const QList<Stream> &streams, const QList<Stream> &targeted)
{
    Job j;
    j.id = ++m_nextId;
    j.connectionId = connectionId;
    j.configType = configType;
    j.createdAt = now();
    j.updatedAt = j.createdAt;
    j.script = m_script;
    j.streams = streams;
    j.targeted = targeted;
    m_jobs.append(j);
    setStatus(m_jobs.last(), QStringLiteral("pending"), j.createdAt);
    step(m_jobs.last(), now());
    return j.id;
}

void AirbyteJobsFake::catchUp()
{
    const qint64 t = now();
    for (Job &j : m_jobs)
        step(j, t);
}

void AirbyteJobsFake::step(Job &j, qint64 until)
{
    for (;;) {
        if (j.status == QLatin1String("pending")) {
            const qint64 start = j.createdAt + j.script.pendingSecs;
            if (start > until)
                return;
            startAttempt(j, start);
        } else if (j.status == QLatin1String("running")) {
            const Attempt &a = j.attempts.last();
            const qint64 length = isReset(j.configType) ? j.script.resetSecs
                                  : a.fails             ? j.script.attemptSecs / 2
                                                        : j.script.attemptSecs;
            if (a.createdAt + length > until)
                return;
            endAttempt(j, a.createdAt + length, a.fails, false);
        } else if (j.status == QLatin1String("incomplete")) {
            if (j.nextAttemptAt > until)
                return;
            startAttempt(j, j.nextAttemptAt);
        } else {
            return;
        }
    }
}

void AirbyteJobsFake::startAttempt(Job &j, qint64 at)
{
    Attempt a;
    a.number = int(j.attempts.size());
    a.createdAt = at;
    a.fails = !isReset(j.configType) &&
              (a.number < j.script.failingAttempts ||
               (a.number == j.script.failingAttempts && j.script.lastAttemptFails));
    for (int i = 0; i < int(j.streams.size()); ++i) {
        qint64 done = 0; // a retry resumes from what the earlier attempts committed
        for (const Attempt &before : std::as_const(j.attempts))
            done += before.committed.value(i);
        const qint64 total = isReset(j.configType) ? 0 : j.script.recordsPerStream * (i + 1);
        a.target.append(std::max<qint64>(0, total - done));
    }
    j.attempts.append(a);
    if (j.startedAt == 0)
        j.startedAt = at;
    logStart(j, j.attempts.last());
    setStatus(j, QStringLiteral("running"), at);
}

AirbyteJobsFake::Counts AirbyteJobsFake::counts(const Job &j, const Attempt &a, int i) const
{
    if (a.endedAt != 0)
        return {a.emitted.value(i), a.committed.value(i), a.started.value(i)};
    const double length = double(std::max<qint64>(1, j.script.attemptSecs));
    const double f = std::clamp(double(now() - a.createdAt) / length, 0.0, 1.0);
    // Stream i starts when a tenth of the attempt per earlier stream has passed.
    const double offset = std::min(0.1 * i, 0.9);
    const double fi = std::clamp((f - offset) / (1.0 - offset), 0.0, 1.0);
    const qint64 target = a.target.value(i);
    return {qint64(std::floor(double(target) * fi)),
            qint64(std::floor(double(target) * std::max(0.0, (fi - 0.2) / 0.8))), fi > 0};
}

void AirbyteJobsFake::endAttempt(Job &j, qint64 at, bool failed, bool cancelled)
{
    Attempt &a = j.attempts.last();
    const qint64 saved = m_now;
    m_now = at; // the counts as they were when it ended
    for (int i = 0; i < int(j.streams.size()); ++i) {
        const Counts c = counts(j, a, i);
        const bool whole = !failed;
        a.emitted.append(whole ? a.target.value(i) : c.emitted);
        a.committed.append(whole ? a.target.value(i) : c.committed);
        a.started.append(whole || c.started);
    }
    m_now = saved;
    a.endedAt = at;
    a.status = failed ? QStringLiteral("failed") : QStringLiteral("succeeded");
    a.cancelled = cancelled;
    logEnd(j, a);
    if (!failed)
        setStatus(j, QStringLiteral("succeeded"), at);
    else if (cancelled)
        setStatus(j, QStringLiteral("cancelled"), at);
    else if (a.number < j.script.failingAttempts) {
        j.nextAttemptAt = at + j.script.retryDelaySecs;
        setStatus(j, QStringLiteral("incomplete"), at);
    } else {
        setStatus(j, QStringLiteral("failed"), at);
    }
}

void AirbyteJobsFake::setStatus(Job &j, const QString &status, qint64 at)
{
    j.status = status;
    j.updatedAt = at;
    if (m_changed)
        m_changed(j.connectionId, status, j.createdAt);
}

void AirbyteJobsFake::cancelJob(Job &j, qint64 at)
{
    if (isTerminal(j.status))
        return;
    if (j.status == QLatin1String("running"))
        endAttempt(j, at, true, true);
    else
        setStatus(j, QStringLiteral("cancelled"), at);
}

// --- Answers, shaped as config.yaml has them ---

QJsonObject AirbyteJobsFake::attemptStats(const Job &j, const Attempt &a, int stream,
                                          bool hydrated) const
{
    qint64 emitted = 0;
    qint64 committed = 0;
    std::optional<qint64> estimated;
    const int first = stream < 0 ? 0 : stream;
    const int last = stream < 0 ? int(j.streams.size()) - 1 : stream;
    for (int i = first; i <= last; ++i) {
        const Counts c = counts(j, a, i);
        emitted += c.emitted;
        committed += c.committed;
        if (i < j.script.estimatedStreams && !isReset(j.configType))
            estimated = estimated.value_or(0) + a.target.value(i);
    }
    const qint64 bytes = j.script.bytesPerRecord;
    QJsonObject o{{QStringLiteral("recordsEmitted"), emitted},
                  {QStringLiteral("bytesEmitted"), emitted * bytes},
                  {QStringLiteral("recordsCommitted"), committed}};
    if (!hydrated) // from the attempt's output: every counter, no estimates
        o.insert(QStringLiteral("bytesCommitted"), committed * bytes);
    if (hydrated && estimated) {
        o.insert(QStringLiteral("estimatedRecords"), *estimated);
        o.insert(QStringLiteral("estimatedBytes"), *estimated * bytes);
    }
    if (atLeast(1, 8, 0))
        o.insert(QStringLiteral("recordsRejected"), 0);
    return o;
}

QJsonObject AirbyteJobsFake::attemptRead(const Job &j, const Attempt &a, bool hydrated) const
{
    QJsonObject o{{QStringLiteral("id"), a.number},
                  {QStringLiteral("status"), a.status},
                  {QStringLiteral("createdAt"), a.createdAt},
                  {QStringLiteral("updatedAt"), a.endedAt != 0 ? a.endedAt : now()}};
    if (a.endedAt != 0)
        o.insert(QStringLiteral("endedAt"), a.endedAt);
    const QJsonObject totals = attemptStats(j, a, -1, hydrated);
    o.insert(QStringLiteral("recordsSynced"), totals.value(QStringLiteral("recordsCommitted")));
    o.insert(QStringLiteral("bytesSynced"),
             totals.value(QStringLiteral("recordsCommitted")).toInteger() *
                 j.script.bytesPerRecord);
    // Live stats only on the hydrated routes; elsewhere once the attempt wrote its output.
    if (hydrated || a.endedAt != 0) {
        o.insert(QStringLiteral("totalStats"), totals);
        QJsonArray streams;
        for (int i = 0; i < int(j.streams.size()); ++i) {
            if (!counts(j, a, i).started)
                continue;
            QJsonObject s{{QStringLiteral("streamName"), j.streams[i].name},
                          {QStringLiteral("stats"), attemptStats(j, a, i, hydrated)}};
            if (hydrated && !j.streams[i].nameSpace.isEmpty()) // the output path has none
                s.insert(QStringLiteral("streamNamespace"), j.streams[i].nameSpace);
            streams.append(s);
        }
        o.insert(QStringLiteral("streamStats"), streams);
    }
    if (a.status == QLatin1String("failed")) {
        QJsonObject failure{{QStringLiteral("timestamp"), a.endedAt * 1000}};
        if (a.cancelled) {
            failure.insert(QStringLiteral("failureOrigin"), QStringLiteral("airbyte_platform"));
            failure.insert(QStringLiteral("failureType"), QStringLiteral("manual_cancellation"));
            failure.insert(QStringLiteral("externalMessage"),
                           QStringLiteral("This attempt was cancelled"));
        } else {
            failure.insert(QStringLiteral("failureOrigin"), j.script.failureOrigin);
            failure.insert(QStringLiteral("failureType"), j.script.failureType);
            failure.insert(QStringLiteral("externalMessage"), j.script.externalMessage);
            failure.insert(QStringLiteral("internalMessage"), j.script.internalMessage);
            failure.insert(QStringLiteral("stacktrace"),
                           j.script.internalMessage + QStringLiteral("\n\tat io.airbyte"));
            failure.insert(QStringLiteral("retryable"), true);
            failure.insert(QStringLiteral("fromTraceMessage"), true);
            if (!j.streams.isEmpty())
                failure.insert(QStringLiteral("streamDescriptor"), descriptor(j.streams.first()));
        }
        o.insert(QStringLiteral("failureSummary"),
                 QJsonObject{{QStringLiteral("failures"), QJsonArray{failure}},
                             {QStringLiteral("partialSuccess"),
                              totals.value(QStringLiteral("recordsCommitted")).toInteger() > 0}});
    }
    return o;
}

QJsonObject AirbyteJobsFake::aggregated(const Job &j, int stream) const
{
    qint64 emitted = 0;
    qint64 committed = 0;
    for (const Attempt &a : j.attempts) {
        const int first = stream < 0 ? 0 : stream;
        const int last = stream < 0 ? int(j.streams.size()) - 1 : stream;
        for (int i = first; i <= last; ++i) {
            const Counts c = counts(j, a, i);
            emitted += c.emitted;
            committed += c.committed;
        }
    }
    const qint64 bytes = j.script.bytesPerRecord;
    return {{QStringLiteral("recordsEmitted"), emitted},
            {QStringLiteral("bytesEmitted"), emitted * bytes},
            {QStringLiteral("recordsCommitted"), committed},
            {QStringLiteral("bytesCommitted"), committed * bytes},
            {QStringLiteral("recordsRejected"), 0}};
}

QJsonObject AirbyteJobsFake::jobRead(const Job &j, bool hydrated) const
{
    QJsonObject o{{QStringLiteral("id"), j.id},
                  {QStringLiteral("configType"), j.configType},
                  {QStringLiteral("configId"), j.connectionId},
                  {QStringLiteral("createdAt"), j.createdAt},
                  {QStringLiteral("updatedAt"), j.updatedAt},
                  {QStringLiteral("status"), j.status}};
    if (j.startedAt != 0)
        o.insert(QStringLiteral("startedAt"), j.startedAt);
    if (isReset(j.configType)) {
        o.insert(QStringLiteral("resetConfig"),
                 QJsonObject{{QStringLiteral("streamsToReset"), descriptors(j.streams)}});
    } else {
        o.insert(QStringLiteral("enabledStreams"), descriptors(j.streams));
        if (j.configType == QLatin1String("refresh") && atLeast(0, 62, 2))
            o.insert(QStringLiteral("refreshConfig"),
                     QJsonObject{{QStringLiteral("streamsToRefresh"), descriptors(j.targeted)}});
    }
    if (hydrated && atLeast(0, 50, 45)) {
        o.insert(QStringLiteral("aggregatedStats"), aggregated(j, -1));
        QJsonArray streams;
        for (int i = 0; i < int(j.streams.size()); ++i) {
            QJsonObject s = aggregated(j, i);
            s.insert(QStringLiteral("streamName"), j.streams[i].name);
            if (!j.streams[i].nameSpace.isEmpty())
                s.insert(QStringLiteral("streamNamespace"), j.streams[i].nameSpace);
            streams.append(s);
        }
        o.insert(QStringLiteral("streamAggregatedStats"), streams);
    }
    return o;
}

QJsonArray AirbyteJobsFake::attemptsRead(const Job &j, bool hydrated) const
{
    QJsonArray out;
    for (const Attempt &a : j.attempts)
        out.append(attemptRead(j, a, hydrated));
    return out;
}

QJsonObject AirbyteJobsFake::jobInfo(const Job &j, bool hydrated, bool withLogs) const
{
    QJsonArray attempts;
    for (const Attempt &a : j.attempts)
        attempts.append(attemptInfo(j, a, hydrated, withLogs));
    return {{QStringLiteral("job"), jobRead(j, hydrated)}, {QStringLiteral("attempts"), attempts}};
}

QJsonObject AirbyteJobsFake::attemptInfo(const Job &j, const Attempt &a, bool hydrated,
                                         bool withLogs) const
{
    QJsonObject info{{QStringLiteral("attempt"), attemptRead(j, a, hydrated)}};
    if (withLogs) {
        if (atLeast(1, 2, 0))
            info.insert(QStringLiteral("logType"), servesEvents() ? QStringLiteral("structured")
                                                                  : QStringLiteral("formatted"));
        info.insert(QStringLiteral("logs"), logsOf(a));
    } else if (!atLeast(1, 6, 0)) {
        // Without logs before 1.6, the spec still required them: servers sent them empty
        // (API-NOTES §3).
        if (atLeast(1, 2, 0))
            info.insert(QStringLiteral("logType"), QStringLiteral("formatted"));
        info.insert(QStringLiteral("logs"),
                    QJsonObject{{QStringLiteral("logLines"), QJsonArray()}});
    }
    return info;
}

// --- Attempt logs ---

bool AirbyteJobsFake::servesEvents() const
{
    return atLeast(1, 2, 0) && m_logForm != LogForm::Lines;
}

QStringList AirbyteJobsFake::formattedLines(const QList<LogRecord> &records)
{
    QStringList out;
    for (const LogRecord &r : records) {
        const QString time = QDateTime::fromMSecsSinceEpoch(r.timestampMs, Qt::UTC)
                                 .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        QStringList lines = r.message.split(QLatin1Char('\n'));
        lines.first() = QStringLiteral("%1 %2 > %3 %4").arg(time, r.source, r.level, lines.first());
        if (!r.stackTrace.isEmpty())
            lines.append(r.stackTrace.split(QLatin1Char('\n')));
        out.append(lines);
    }
    return out;
}

// LogRead or LogEvents, the tail Airbyte keeps: the last m_logTailSize lines (of the file)
// or events (as written, then sorted by timestamp).
QJsonObject AirbyteJobsFake::logsOf(const Attempt &a) const
{
    if (!servesEvents()) {
        const QStringList lines = formattedLines(a.log);
        QJsonArray out;
        for (qsizetype i = std::max<qsizetype>(0, lines.size() - m_logTailSize); i < lines.size();
             ++i)
            out.append(lines.at(i));
        return {{QStringLiteral("logLines"), out}};
    }
    QList<LogRecord> kept = a.log.mid(std::max<qsizetype>(0, a.log.size() - m_logTailSize));
    std::stable_sort(kept.begin(), kept.end(), [](const LogRecord &x, const LogRecord &y) {
        return x.timestampMs < y.timestampMs;
    });
    // 1.2.x spelled the field strackTrace (AP@v1.2.0 spec), fixed in 1.3.
    const QString traceKey =
        atLeast(1, 3, 0) ? QStringLiteral("stackTrace") : QStringLiteral("strackTrace");
    QJsonArray events;
    for (const LogRecord &r : std::as_const(kept)) {
        QJsonObject e{{QStringLiteral("timestamp"), r.timestampMs},
                      {QStringLiteral("message"), r.message},
                      {QStringLiteral("level"), r.level.toLower()},
                      {QStringLiteral("logSource"), r.source}};
        if (!r.callerClass.isEmpty())
            e.insert(QStringLiteral("caller"),
                     QJsonObject{{QStringLiteral("className"), r.callerClass},
                                 {QStringLiteral("methodName"), r.callerMethod},
                                 {QStringLiteral("lineNumber"), r.callerLine},
                                 {QStringLiteral("threadName"), QStringLiteral("main")}});
        if (!r.stackTrace.isEmpty())
            e.insert(traceKey, r.stackTrace);
        events.append(e);
    }
    return {{QStringLiteral("events"), events}, {QStringLiteral("version"), QStringLiteral("1")}};
}

void AirbyteJobsFake::logStart(Job &j, Attempt &a)
{
    const qint64 ms = a.createdAt * 1000;
    LogRecord start;
    start.timestampMs = ms;
    start.message = QStringLiteral("Starting attempt %1 of job %2").arg(a.number).arg(j.id);
    start.callerClass = QStringLiteral("io.airbyte.workers.general.BufferedReplicationWorker");
    start.callerMethod = QStringLiteral("run");
    start.callerLine = 150;
    LogRecord replication;
    replication.timestampMs = ms + 1;
    replication.source = QStringLiteral("replication-orchestrator");
    replication.message = QStringLiteral("----- START REPLICATION -----");
    a.log = {start, replication};
}

void AirbyteJobsFake::logEnd(Job &j, Attempt &a)
{
    const qint64 ms = a.endedAt * 1000;
    LogRecord end;
    end.timestampMs = ms;
    end.source = QStringLiteral("replication-orchestrator");
    if (a.cancelled) {
        end.source = QStringLiteral("platform");
        end.message = QStringLiteral("This attempt was cancelled");
    } else if (a.status == QLatin1String("failed")) {
        end.level = QStringLiteral("ERROR");
        const QString origin = j.script.failureOrigin;
        end.source = origin == QLatin1String("source") || origin == QLatin1String("destination")
                         ? origin
                         : QStringLiteral("platform");
        end.message = j.script.externalMessage;
        end.stackTrace = j.script.internalMessage +
                         QStringLiteral("\n\tat io.airbyte.workers.general."
                                        "BufferedReplicationWorker.run(BufferedReplicationWorker."
                                        "java:150)");
    } else {
        end.message = QStringLiteral("sync summary: {\n  \"status\" : \"completed\",\n"
                                     "  \"recordsSynced\" : %1\n}")
                          .arg(a.committed.isEmpty() ? 0 : a.committed.first());
    }
    a.log.append(end);
}

void AirbyteJobsFake::appendLog(qint64 jobId, const QList<LogRecord> &records, int attempt)
{
    catchUp();
    Job *j = job(jobId);
    if (!j || j->attempts.isEmpty())
        return;
    Attempt &a = attempt < 0 ? j->attempts.last() : j->attempts[attempt];
    for (LogRecord r : records) {
        if (r.timestampMs == 0)
            r.timestampMs = now() * 1000;
        a.log.append(r);
    }
}

void AirbyteJobsFake::setLog(qint64 jobId, int attempt, const QList<LogRecord> &records)
{
    Job *j = job(jobId);
    if (!j || attempt < 0 || attempt >= j->attempts.size())
        return;
    j->attempts[attempt].log.clear();
    appendLog(jobId, records, attempt);
}

QList<AirbyteJobsFake::LogRecord> AirbyteJobsFake::log(qint64 jobId, int attempt) const
{
    for (const Job &j : m_jobs) {
        if (j.id == jobId && attempt >= 0 && attempt < j.attempts.size())
            return j.attempts.at(attempt).log;
    }
    return {};
}

// --- Routes ---

FakeResponse AirbyteJobsFake::sync(const QJsonObject &body)
{
    if (auto bad = needConnectionId(body))
        return *bad;
    const QString id = body.value(QStringLiteral("connectionId")).toString();
    const Connection c = m_lookup(id);
    if (!c.exists)
        return notFound(QStringLiteral("STANDARD_SYNC"), id);
    // SchedulerHandler.submitManualSyncToWorker: check(status == ACTIVE).
    if (!c.active)
        return illegalState(QStringLiteral("Can only sync an active connection"));
    catchUp();
    // TemporalClient.startNewManualSync: WORKFLOW_RUNNING -> ValueConflictKnownException.
    if (activeJob(id))
        return known(
            409, QStringLiteral("A sync is already running for: %1").arg(id),
            QStringLiteral("io.airbyte.commons.server.errors.ValueConflictKnownException"));
    const qint64 jobId = createJob(id, QStringLiteral("sync"), streamsOf(id), {});
    return reply(200, jobInfo(*job(jobId), false, true));
}

FakeResponse AirbyteJobsFake::reset(const QJsonObject &body, bool streams)
{
    if (auto bad = needConnectionId(body))
        return *bad;
    QList<Stream> chosen;
    if (streams) {
        const QJsonValue list = body.value(QStringLiteral("streams"));
        if (!list.isArray())
            return invalidField(QStringLiteral("streams"), QStringLiteral("must not be null"));
        for (const QJsonValue &v : list.toArray()) {
            const QJsonObject s = v.toObject();
            if (!s.value(QStringLiteral("streamName")).isString())
                return invalidField(QStringLiteral("streams.streamName"),
                                    QStringLiteral("must not be null"));
            chosen.append({s.value(QStringLiteral("streamName")).toString(),
                           s.value(QStringLiteral("streamNamespace")).toString()});
        }
    }
    const QString id = body.value(QStringLiteral("connectionId")).toString();
    if (!m_lookup(id).exists)
        return notFound(QStringLiteral("STANDARD_SYNC"), id);
    catchUp();
    // The connection's workflow cancels the sync it runs, then resets.
    if (Job *running = activeJob(id))
        cancelJob(*running, now());
    const qint64 jobId = createJob(id, QStringLiteral("reset_connection"),
                                   chosen.isEmpty() ? streamsOf(id) : chosen, {});
    return reply(200, jobInfo(*job(jobId), false, true));
}

FakeResponse AirbyteJobsFake::refresh(const QJsonObject &body)
{
    if (!atLeast(0, 57, 2))
        return noRoute("connections/refresh");
    if (auto bad = needConnectionId(body))
        return *bad;
    const QString mode = body.value(QStringLiteral("refreshMode")).toString();
    if (mode != QLatin1String("Truncate") && mode != QLatin1String("Merge"))
        return invalidField(QStringLiteral("refreshMode"), QStringLiteral("must not be null"));
    const QString id = body.value(QStringLiteral("connectionId")).toString();
    const Connection c = m_lookup(id);
    if (!c.exists)
        return notFound(QStringLiteral("STANDARD_SYNC"), id);
    catchUp();
    if (activeJob(id))
        return known(
            409, QStringLiteral("A sync is already running for: %1").arg(id),
            QStringLiteral("io.airbyte.commons.server.errors.ValueConflictKnownException"));
    QList<Stream> chosen;
    for (const QJsonValue &v : body.value(QStringLiteral("streams")).toArray()) {
        const QJsonObject s = v.toObject();
        chosen.append({s.value(QStringLiteral("streamName")).toString(),
                       s.value(QStringLiteral("streamNamespace")).toString()});
    }
    const QList<Stream> all = streamsOf(id);
    const qint64 jobId =
        createJob(id, QStringLiteral("refresh"), all, chosen.isEmpty() ? all : chosen);
    if (!atLeast(1, 0, 0)) // 0.63: BooleanRead
        return reply(200, {{QStringLiteral("value"), true}});
    return reply(200, {{QStringLiteral("job"), jobRead(*job(jobId), false)}});
}

FakeResponse AirbyteJobsFake::list(const QJsonObject &body, bool forWorkspaces)
{
    const QJsonValue types = body.value(QStringLiteral("configTypes"));
    if (!types.isArray())
        return invalidField(QStringLiteral("configTypes"), QStringLiteral("must not be null"));
    if (types.toArray().isEmpty())
        return illegalState(QStringLiteral("Must include at least one configType."));
    QStringList wanted;
    for (const QJsonValue &v : types.toArray()) {
        const QString t = v.toString();
        const bool knownType =
            t == QLatin1String("sync") || t == QLatin1String("reset_connection") ||
            t == QLatin1String("check_connection_source") ||
            t == QLatin1String("check_connection_destination") ||
            t == QLatin1String("discover_schema") || t == QLatin1String("get_spec") ||
            (t == QLatin1String("refresh") && atLeast(0, 57, 2)) ||
            (t == QLatin1String("clear") && atLeast(0, 59, 1));
        if (!knownType) // Jackson cannot read the enum value
            return invalidField(QStringLiteral("configTypes"),
                                QStringLiteral("Invalid value: %1").arg(t));
        wanted.append(t);
    }
    const QString configId = body.value(QStringLiteral("configId")).toString();
    if (!forWorkspaces && configId.isEmpty() && !atLeast(0, 50, 46))
        return invalidField(QStringLiteral("configId"), QStringLiteral("must not be null"));
    QStringList statuses;
    if (atLeast(0, 50, 46)) {
        for (const QJsonValue &v : body.value(QStringLiteral("statuses")).toArray())
            statuses.append(v.toString());
    } else if (atLeast(0, 50, 8) && body.value(QStringLiteral("status")).isString()) {
        statuses.append(body.value(QStringLiteral("status")).toString());
    }
    const bool camel = atLeast(0, 50, 18);
    auto time = [&](const char *camelName, const char *snakeName) -> qint64 {
        const QString text = body.value(QLatin1String(camel ? camelName : snakeName)).toString();
        const QDateTime t = QDateTime::fromString(text, Qt::ISODate);
        return !atLeast(0, 50, 8) || !t.isValid() ? 0 : t.toSecsSinceEpoch();
    };
    const qint64 createdStart = time("createdAtStart", "created_at_start");
    const qint64 createdEnd = time("createdAtEnd", "created_at_end");
    const qint64 updatedStart = time("updatedAtStart", "updated_at_start");
    const qint64 updatedEnd = time("updatedAtEnd", "updated_at_end");
    QStringList workspaces;
    for (const QJsonValue &v : body.value(QStringLiteral("workspaceIds")).toArray())
        workspaces.append(v.toString());

    catchUp();
    QList<const Job *> matching;
    for (const Job &j : std::as_const(m_jobs)) {
        if (!wanted.contains(j.configType) || (!configId.isEmpty() && j.connectionId != configId) ||
            (!statuses.isEmpty() && !statuses.contains(j.status)) ||
            (createdStart && j.createdAt < createdStart) ||
            (createdEnd && j.createdAt > createdEnd) ||
            (updatedStart && j.updatedAt < updatedStart) ||
            (updatedEnd && j.updatedAt > updatedEnd) ||
            (!workspaces.isEmpty() && !workspaces.contains(m_lookup(j.connectionId).workspaceId)))
            continue;
        matching.append(&j);
    }
    const bool byUpdated =
        body.value(QStringLiteral("orderByField")).toString() == QLatin1String("updatedAt");
    const bool ascending =
        body.value(QStringLiteral("orderByMethod")).toString() == QLatin1String("ASC");
    std::stable_sort(matching.begin(), matching.end(), [&](const Job *a, const Job *b) {
        const qint64 ka = byUpdated ? a->updatedAt : a->createdAt;
        const qint64 kb = byUpdated ? b->updatedAt : b->createdAt;
        if (ka != kb)
            return ascending ? ka < kb : ka > kb;
        return ascending ? a->id < b->id : a->id > b->id;
    });
    const QJsonObject pagination = body.value(QStringLiteral("pagination")).toObject();
    const int pageSize = pagination.value(QStringLiteral("pageSize")).toInt(200);
    const int rowOffset = pagination.value(QStringLiteral("rowOffset")).toInt(0);
    QJsonArray jobs;
    for (qsizetype i = rowOffset; i < matching.size() && jobs.size() < pageSize; ++i) {
        const Job &j = *matching[i];
        jobs.append(QJsonObject{{QStringLiteral("job"), jobRead(j, true)},
                                {QStringLiteral("attempts"), attemptsRead(j, true)}});
    }
    // list_for_workspaces counts the page (JobHistoryHandler: totalJobCount(jobs.size)).
    const qint64 total = forWorkspaces ? jobs.size() : matching.size();
    return reply(200, {{QStringLiteral("jobs"), jobs}, {QStringLiteral("totalJobCount"), total}});
}

AirbyteJobsFake::Job *AirbyteJobsFake::requestedJob(const QJsonObject &body, FakeResponse &refused)
{
    if (auto bad = needJobId(body)) {
        refused = *bad;
        return nullptr;
    }
    catchUp();
    const qint64 id = body.value(QStringLiteral("id")).toInteger();
    Job *j = job(id);
    if (!j)
        refused = notFound(QStringLiteral("JOB"), QString::number(id));
    return j;
}

FakeResponse AirbyteJobsFake::get(const QJsonObject &body, bool withLogs)
{
    FakeResponse refused;
    const Job *j = requestedJob(body, refused);
    if (!j)
        return refused;
    // get_without_logs reads the stats table in 1.x (not in 0.50); jobs/get never does.
    return reply(200, jobInfo(*j, !withLogs && atLeast(1, 0, 0), withLogs));
}

FakeResponse AirbyteJobsFake::getLight(const QJsonObject &body)
{
    FakeResponse refused;
    const Job *j = requestedJob(body, refused);
    if (!j)
        return refused;
    return reply(200, {{QStringLiteral("job"), jobRead(*j, false)}});
}

FakeResponse AirbyteJobsFake::cancel(const QJsonObject &body)
{
    FakeResponse refused;
    const Job *j = requestedJob(body, refused);
    if (!j)
        return refused;
    // SchedulerHandler.cancelJob signals the connection's workflow: its running job stops.
    if (Job *running = activeJob(j->connectionId))
        cancelJob(*running, now());
    return reply(200, jobInfo(*j, false, true));
}

FakeResponse AirbyteJobsFake::lastReplicationJob(const QJsonObject &body)
{
    if (auto bad = needConnectionId(body))
        return *bad;
    catchUp();
    const QString id = body.value(QStringLiteral("connectionId")).toString();
    const Job *last = nullptr;
    for (const Job &j : std::as_const(m_jobs)) {
        if (j.connectionId == id &&
            (j.configType == QLatin1String("sync") || isReset(j.configType)) &&
            (!last || j.createdAt >= last->createdAt))
            last = &j;
    }
    return reply(200, last ? QJsonObject{{QStringLiteral("job"), jobRead(*last, false)}}
                           : QJsonObject());
}

FakeResponse AirbyteJobsFake::syncProgress(const QJsonObject &body)
{
    if (!atLeast(0, 50, 32))
        return noRoute("connections/sync_progress");
    if (!atLeast(0, 58, 0)) { // the controller's stub returns null
        FakeResponse r;
        r.body = "null";
        return r;
    }
    if (auto bad = needConnectionId(body))
        return *bad;
    const QString id = body.value(QStringLiteral("connectionId")).toString();
    if (!m_lookup(id).exists)
        return notFound(QStringLiteral("STANDARD_SYNC"), id);
    catchUp();
    const Job *j = activeJob(id);
    if (!atLeast(0, 61, 0)) { // an array of ConnectionSyncProgressReadItem
        QJsonArray items;
        for (int i = 0; j && i < int(j->streams.size()); ++i) {
            const QJsonObject s = aggregated(*j, i);
            items.append(QJsonObject{
                {QStringLiteral("streamName"), j->streams[i].name},
                {QStringLiteral("streamNamespace"), j->streams[i].nameSpace},
                {QStringLiteral("jobId"), j->id},
                {QStringLiteral("recordsExtracted"), s.value(QStringLiteral("recordsEmitted"))},
                {QStringLiteral("recordsLoaded"), s.value(QStringLiteral("recordsCommitted"))},
                {QStringLiteral("bytesExtracted"), s.value(QStringLiteral("bytesEmitted"))},
                {QStringLiteral("bytesLoaded"), s.value(QStringLiteral("bytesCommitted"))},
                {QStringLiteral("syncStartedAt"), j->createdAt}});
        }
        return replyArray(items);
    }
    // No running job: the "required" configType is left out, as Airbyte does.
    if (!j)
        return reply(
            200, {{QStringLiteral("connectionId"), id}, {QStringLiteral("streams"), QJsonArray()}});
    const bool withType = atLeast(0, 63, 1);
    const bool withRejected = atLeast(1, 8, 0);
    QJsonObject o = aggregated(*j, -1);
    if (!withRejected)
        o.remove(QStringLiteral("recordsRejected"));
    o.insert(QStringLiteral("connectionId"), id);
    o.insert(QStringLiteral("jobId"), j->id);
    o.insert(QStringLiteral("syncStartedAt"), j->createdAt);
    if (withType)
        o.insert(QStringLiteral("configType"), j->configType);
    QJsonArray streams;
    for (int i = 0; i < int(j->streams.size()); ++i) {
        const Stream &st = j->streams[i];
        QString type = j->configType;
        if (j->configType == QLatin1String("refresh"))
            type = std::any_of(j->targeted.begin(), j->targeted.end(),
                               [&](const Stream &t) {
                                   return t.name == st.name && t.nameSpace == st.nameSpace;
                               })
                       ? QStringLiteral("refresh")
                       : QStringLiteral("sync");
        QJsonObject s{{QStringLiteral("streamName"), st.name}};
        if (!st.nameSpace.isEmpty())
            s.insert(QStringLiteral("streamNamespace"), st.nameSpace);
        if (withType)
            s.insert(QStringLiteral("configType"), type);
        bool started = false;
        for (const Attempt &a : j->attempts)
            started = started || counts(*j, a, i).started;
        if (started) { // streams without stats yet have no counters
            const QJsonObject c = aggregated(*j, i);
            for (auto it = c.begin(); it != c.end(); ++it) {
                if (withRejected || it.key() != QLatin1String("recordsRejected"))
                    s.insert(it.key(), it.value());
            }
        }
        streams.append(s);
    }
    o.insert(QStringLiteral("streams"), streams);
    return reply(200, o);
}

FakeResponse AirbyteJobsFake::attemptForJob(const QJsonObject &body)
{
    if (!atLeast(0, 50, 9))
        return noRoute("attempt/get_for_job");
    const QJsonValue jobId = body.value(QStringLiteral("jobId"));
    const QJsonValue number = body.value(QStringLiteral("attemptNumber"));
    if (!jobId.isDouble())
        return invalidField(QStringLiteral("jobId"), QStringLiteral("must not be null"));
    if (!number.isDouble())
        return invalidField(QStringLiteral("attemptNumber"), QStringLiteral("must not be null"));
    if (m_attemptLogHangs) {
        FakeResponse r;
        r.hang = true;
        return r;
    }
    catchUp();
    const qint64 id = jobId.toInteger();
    const qint64 n = number.toInteger();
    const Job *j = job(id);
    if (!j || n < 0 || n >= j->attempts.size()) {
        // AttemptHandler.getAttemptForJob: an unknown job and an unknown attempt alike.
        FakeResponse r =
            known(404,
                  QStringLiteral("Could not find attempt for job_id: %1 and attempt no: %2")
                      .arg(id)
                      .arg(n),
                  QStringLiteral("io.airbyte.commons.server.errors.IdNotFoundKnownException"));
        QJsonObject o = QJsonDocument::fromJson(r.body).object();
        o.insert(QStringLiteral("id"), QStringLiteral("%1_%2").arg(id).arg(n));
        return reply(404, o);
    }
    // The attempt from its output (not hydrated), as JobConverter.getAttemptInfoRead has it.
    return reply(200, attemptInfo(*j, j->attempts.at(n), false, true));
}

} // namespace Dsp::Fakes
