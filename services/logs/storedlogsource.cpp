#include "storedlogsource.h"

#include "logspool.h"

#include <QDir>

#include <algorithm>
#include <limits>

namespace Dsp::Logs {

StoredAttemptLogSource::StoredAttemptLogSource(LogStore *store, qint64 jobId, int attempt,
                                               QObject *parent)
    : LogSource(parent)
    , m_store(store)
    , m_jobId(jobId)
    , m_attempt(attempt)
    , m_spool(std::make_unique<LogSpool>())
{
    m_log.jobId = jobId;
    m_log.attempt = attempt;
    m_timer.setInterval(DefaultPollInterval);
    connect(&m_timer, &QTimer::timeout, this, &StoredAttemptLogSource::poll);
    resetRequests();
}

StoredAttemptLogSource::~StoredAttemptLogSource() = default;

QString StoredAttemptLogSource::title() const
{
    return tr("Job %1, attempt %2 (%3)")
        .arg(m_jobId)
        .arg(m_attempt + 1) // counted from 1, as everywhere in the panel
        .arg(m_store ? m_store->description() : QString());
}

QString StoredAttemptLogSource::filePath() const
{
    return m_spool->path();
}

QString StoredAttemptLogSource::lineReference(quint64 line) const
{
    return tr("Job %1, attempt %2, line %3").arg(m_jobId).arg(m_attempt + 1).arg(line + 1);
}

bool StoredAttemptLogSource::canFollow() const
{
    return !(m_log.layout == StoredLogLayout::Archive && !m_log.metadataKey.isEmpty());
}

void StoredAttemptLogSource::setPollInterval(std::chrono::milliseconds interval)
{
    m_timer.setInterval(interval);
}

void StoredAttemptLogSource::resetRequests()
{
    // Later: this may run inside a callback of a call made under the old context.
    if (m_requests)
        m_requests->deleteLater();
    m_requests = new QObject(this);
    ++m_generation;
}

void StoredAttemptLogSource::clearRead()
{
    m_queue.clear();
    m_seen.clear();
    m_held.clear();
    m_writerTime.clear();
    m_writerPending.clear();
    m_plain.clear();
    m_tailKey.clear();
    m_lastByte = '\n';
}

void StoredAttemptLogSource::start()
{
    if (!m_store) {
        fail(Error::make(ErrorKind::Cancelled, tr("The log store is gone.")));
        return;
    }
    if (!m_spool->isOpen()) {
        fail(Error::make(ErrorKind::FileError,
                         tr("No temporary file for the log: %1").arg(m_spool->errorString())));
        return;
    }
    m_timer.stop();
    resetRequests();
    clearRead();
    if (m_spool->size() > 0) {
        m_spool->clear();
        m_replacePending = true;
    }
    m_loaded = false;
    m_busy = true;
    m_objectsRead = 0;
    setState(State::Loading);
    emit statusChanged(tr("Listing the log of job %1, attempt %2…").arg(m_jobId).arg(m_attempt));
    m_store->attemptLog(m_jobId, m_attempt, m_requests,
                        [this, generation = m_generation](const Result<StoredAttemptLog> &r) {
                            if (generation == m_generation)
                                listed(r);
                        });
}

void StoredAttemptLogSource::stop()
{
    m_timer.stop();
    resetRequests();
    m_busy = false;
    for (const Pending &pending : std::as_const(m_queue))
        m_seen.remove(pending.object.key); // read again by the next start or poll
    m_queue.clear();
    m_writerPending.clear();
    if (state() == State::Loading)
        setState(State::Idle);
    else if (state() == State::Following)
        setState(State::Finished);
}

void StoredAttemptLogSource::followingChanged(bool following)
{
    if (!m_loaded || state() == State::Failed || state() == State::Idle)
        return; // while loading, the end of the load decides
    if (following && canFollow()) {
        setState(State::Following);
        m_timer.start();
        poll();
    } else {
        m_timer.stop();
        if (state() == State::Following)
            setState(State::Finished);
    }
}

void StoredAttemptLogSource::poll()
{
    if (m_busy || !m_store)
        return;
    m_busy = true;
    m_store->refreshAttemptLog(
        m_log, m_requests, [this, generation = m_generation](const Result<StoredAttemptLog> &r) {
            if (generation == m_generation)
                listed(r);
        });
}

void StoredAttemptLogSource::listed(const Result<StoredAttemptLog> &result)
{
    if (!result) {
        // A running attempt's first objects come after a minute (Airbyte's flush period).
        if (!m_loaded && result.error().kind == ErrorKind::NotFound && isFollowing() && m_store) {
            m_log.layout = StoredLogLayout::Structured;
            m_log.prefix = m_store->workspaceLogPrefix(m_jobId, m_attempt);
            emit statusChanged(tr("No log objects yet; waiting for them."));
            batchDone();
            return;
        }
        batchFailed(result.error());
        return;
    }
    m_log = result.value();
    if (m_log.layout == StoredLogLayout::Structured) {
        queueStructured();
    } else if (!queuePlain()) {
        rewrite();
        return;
    }
    fetchNext();
}

void StoredAttemptLogSource::queueStructured()
{
    for (const StoredLogObject &object : std::as_const(m_log.objects)) {
        if (m_seen.contains(object.key))
            continue;
        m_seen.insert(object.key);
        m_queue.append(Pending{object, 0});
        ++m_writerPending[LogStore::objectWriter(object.key)];
    }
}

bool StoredAttemptLogSource::queuePlain()
{
    // The tail's growth first: it must land before any object appended after it.
    QList<Pending> grown;
    QList<Pending> fresh;
    for (const StoredLogObject &object : std::as_const(m_log.objects)) {
        const auto it = m_plain.constFind(object.key);
        if (it == m_plain.cend()) {
            fresh.append(Pending{object, 0});
            continue;
        }
        if (object.size < it->read)
            return false; // shrank
        if (object.size == it->read) {
            if (!object.etag.isEmpty() && !it->etag.isEmpty() && object.etag != it->etag)
                return false; // rewritten in place
            continue;
        }
        if (object.key != m_tailKey)
            return false; // grew, but text follows it in the spool
        grown.append(Pending{object, it->read});
    }
    m_queue = grown + fresh;
    return true;
}

void StoredAttemptLogSource::fetchNext()
{
    if (state() == State::Failed)
        return;
    // Plain objects listed empty: nothing to ask for (s3rver answers a range of one wrongly).
    while (m_log.layout != StoredLogLayout::Structured && !m_queue.isEmpty() &&
           m_queue.first().from == 0 && m_queue.first().object.size == 0) {
        const StoredLogObject object = m_queue.takeFirst().object;
        m_plain[object.key] = PlainRead{0, object.etag};
        m_tailKey = object.key;
        ++m_objectsRead;
    }
    if (m_queue.isEmpty()) {
        batchDone();
        return;
    }
    if (!m_store) {
        batchFailed(Error::make(ErrorKind::Cancelled, tr("The log store is gone.")));
        return;
    }
    const Pending pending = m_queue.first();
    const bool structured = m_log.layout == StoredLogLayout::Structured;
    m_store->read(
        pending.object.key, structured ? 0 : pending.from, structured ? -1 : m_chunkBytes,
        m_requests,
        [this, pending, structured, generation = m_generation](const Result<StoredRead> &r) {
            if (generation != m_generation)
                return;
            if (structured)
                structuredRead(pending, r);
            else
                plainRead(pending, r);
        });
}

void StoredAttemptLogSource::structuredRead(const Pending &pending, const Result<StoredRead> &r)
{
    if (!r) {
        batchFailed(r.error());
        return;
    }
    m_queue.removeFirst();
    ++m_objectsRead;
    const QString writer = LogStore::objectWriter(pending.object.key);
    if (--m_writerPending[writer] <= 0)
        m_writerPending.remove(writer);
    if (!r.value().bytes.isEmpty()) {
        const auto events = parseLogEvents(r.value().bytes);
        if (!events) {
            emit statusChanged(tr("%1 is not a log object (%2); skipped.")
                                   .arg(pending.object.key, events.error().message));
        } else {
            qint64 &latest = m_writerTime[writer];
            for (const LogEvent &event : events.value())
                latest = std::max(latest, event.timestampMs);
            m_held += events.value();
        }
    }
    if (writeHeld(false))
        fetchNext();
}

bool StoredAttemptLogSource::writeHeld(bool all)
{
    if (m_held.isEmpty())
        return true;
    std::stable_sort(m_held.begin(), m_held.end(), [](const LogEvent &a, const LogEvent &b) {
        return a.timestampMs < b.timestampMs;
    });
    qsizetype count = m_held.size();
    if (!all && !m_writerPending.isEmpty()) {
        // A writer with objects still to read may yet send events as old as its latest one.
        qint64 safe = std::numeric_limits<qint64>::max();
        for (auto it = m_writerPending.cbegin(); it != m_writerPending.cend(); ++it) {
            const auto time = m_writerTime.constFind(it.key());
            safe = time == m_writerTime.cend() ? std::numeric_limits<qint64>::min()
                                               : std::min(safe, *time);
            if (safe == std::numeric_limits<qint64>::min())
                break;
        }
        count = std::upper_bound(m_held.begin(), m_held.end(), safe,
                                 [](qint64 t, const LogEvent &e) { return t < e.timestampMs; }) -
                m_held.begin();
    }
    if (count == 0)
        return true;
    QList<LogEvent> ready = m_held.mid(0, count);
    m_held.remove(0, count);
    return write(renderLogEvents(std::move(ready)));
}

void StoredAttemptLogSource::plainRead(const Pending &pending, const Result<StoredRead> &r)
{
    if (!r) {
        batchFailed(r.error());
        return;
    }
    const StoredRead &data = r.value();
    const QString &key = pending.object.key;
    if (data.totalSize >= 0 && data.totalSize < pending.from) {
        rewrite(); // shrank since it was listed
        return;
    }
    if (pending.from == 0) {
        ++m_objectsRead;
        // Objects are concatenated as lines: one not ending in a newline gets one.
        if (m_spool->size() > 0 && m_lastByte != '\n' && !write(QByteArrayLiteral("\n")))
            return;
        m_tailKey = key;
    }
    PlainRead &state = m_plain[key];
    const QString etag = data.etag.isEmpty() ? pending.object.etag : data.etag;
    if (data.nothingNew || data.bytes.isEmpty()) {
        // HTTP 416: nothing beyond what is read (an empty object, or a listing ahead of it).
        state.etag = etag;
        m_queue.removeFirst();
        fetchNext();
        return;
    }
    if (!write(data.bytes))
        return;
    state.read = pending.from + data.bytes.size();
    state.etag = etag;
    const qint64 total = data.totalSize >= 0 ? data.totalSize : pending.object.size;
    if (state.read < total)
        m_queue.first().from = state.read; // the next range of the same object
    else
        m_queue.removeFirst();
    fetchNext();
}

bool StoredAttemptLogSource::write(const QByteArray &bytes)
{
    if (bytes.isEmpty())
        return true;
    if (!m_spool->append(bytes)) {
        m_timer.stop();
        resetRequests();
        m_busy = false;
        m_queue.clear();
        fail(Error::make(ErrorKind::FileError, tr("The log could not be written to %1: %2")
                                                   .arg(QDir::toNativeSeparators(m_spool->path()),
                                                        m_spool->errorString())));
        return false;
    }
    m_lastByte = bytes.back();
    if (m_replacePending) {
        m_replacePending = false;
        emit replaced();
    } else {
        emit appended();
    }
    return true;
}

void StoredAttemptLogSource::rewrite()
{
    resetRequests();
    clearRead();
    if (!m_spool->clear()) {
        m_busy = false;
        fail(Error::make(ErrorKind::FileError, tr("The log could not be written to %1: %2")
                                                   .arg(QDir::toNativeSeparators(m_spool->path()),
                                                        m_spool->errorString())));
        return;
    }
    m_replacePending = true;
    m_objectsRead = 0;
    emit statusChanged(tr("The stored log changed; reading it again."));
    // The listing in hand says what the objects are now.
    if (m_log.layout == StoredLogLayout::Structured)
        queueStructured();
    else
        queuePlain();
    fetchNext();
}

void StoredAttemptLogSource::batchDone()
{
    if (m_log.layout == StoredLogLayout::Structured && !writeHeld(true))
        return;
    m_busy = false;
    if (m_replacePending) { // written again, and empty
        m_replacePending = false;
        emit replaced();
    }
    if (!m_loaded) {
        m_loaded = true;
        emit statusChanged(tr("Read %n log object(s).", nullptr, m_objectsRead));
        if (isFollowing() && canFollow()) {
            setState(State::Following);
            m_timer.start();
        } else {
            setState(State::Finished);
        }
    } else if (!canFollow() && state() == State::Following) {
        m_timer.stop(); // the archive's metadata.json came: the attempt is complete
        setState(State::Finished);
    }
}

void StoredAttemptLogSource::batchFailed(const Error &error)
{
    m_busy = false;
    for (const Pending &pending : std::as_const(m_queue))
        m_seen.remove(pending.object.key); // read at the next poll
    m_queue.clear();
    m_writerPending.clear();
    if (!m_loaded) {
        m_timer.stop();
        fail(error);
        return;
    }
    emit statusChanged(
        tr("Could not read the new log objects (%1); trying again shortly.").arg(error.message));
}

} // namespace Dsp::Logs
