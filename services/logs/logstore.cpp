#include "logstore.h"

#include "logstr.h"

#include <QMap>
#include <QPointer>

#include <algorithm>
#include <limits>
#include <memory>
#include <optional>

namespace Dsp::Logs {

namespace {

const QString ArchiveJobPrefix = QStringLiteral("job-");
const QString LogName = QStringLiteral("logs.log");
const QString MetadataName = QStringLiteral("metadata.json");

// "<prefix><number>/" -> number; -1 when the rest is not a number followed by '/'.
qint64 numberAfter(const QString &prefix, const QString &text)
{
    if (!text.startsWith(prefix) || !text.endsWith(QLatin1Char('/')))
        return -1;
    bool ok = false;
    const qint64 n = text.mid(prefix.size(), text.size() - prefix.size() - 1).toLongLong(&ok);
    return ok && n >= 0 ? n : -1;
}

QString fileName(const QString &key)
{
    return key.mid(key.lastIndexOf(QLatin1Char('/')) + 1);
}

// Two listings asked at once, answered once: the first error, or both values.
template<typename T> struct PairState
{
    T value;
    int pending = 2;
    std::optional<Error> error;
};

} // namespace

void LogStore::setWorkspaceRoot(const QString &root)
{
    QString r = root;
    while (r.startsWith(QLatin1Char('/')))
        r.remove(0, 1);
    while (r.endsWith(QLatin1Char('/')))
        r.chop(1);
    m_workspaceRoot = r;
}

QString LogStore::workspaceJobsPrefix() const
{
    return QStringLiteral("job-logging/") + m_workspaceRoot + QLatin1Char('/');
}

QString LogStore::workspaceLogPrefix(qint64 jobId, int attempt) const
{
    return workspaceJobsPrefix() + QString::number(jobId) + QLatin1Char('/') +
           QString::number(attempt) + QLatin1Char('/') + LogName + QLatin1Char('/');
}

QString LogStore::archiveAttemptPrefix(qint64 jobId, int attempt)
{
    return ArchiveJobPrefix + QString::number(jobId) + QStringLiteral("/attempt-") +
           QString::number(attempt) + QLatin1Char('/');
}

QString LogStore::archiveLogKey(qint64 jobId, int attempt)
{
    return archiveAttemptPrefix(jobId, attempt) + LogName;
}

QString LogStore::archiveMetadataKey(qint64 jobId, int attempt)
{
    return archiveAttemptPrefix(jobId, attempt) + MetadataName;
}

QDateTime LogStore::objectNameTime(const QString &key)
{
    const QString name = fileName(key);
    if (name.size() < 14)
        return {};
    const QString stamp = name.left(14);
    const QDate date = QDate::fromString(stamp.left(8), QStringLiteral("yyyyMMdd"));
    const QTime time = QTime::fromString(stamp.mid(8), QStringLiteral("HHmmss"));
    if (!date.isValid() || !time.isValid())
        return {};
    return QDateTime(date, time, Qt::UTC);
}

QString LogStore::objectWriter(const QString &key)
{
    QString name = fileName(key);
    if (name.endsWith(QLatin1String(".json")))
        name.chop(5);
    const qsizetype first = name.indexOf(QLatin1Char('_'));
    const qsizetype last = name.lastIndexOf(QLatin1Char('_'));
    if (first < 0 || last <= first)
        return name;
    return name.mid(first + 1, last - first - 1);
}

StoredAttemptLog LogStore::logFrom(qint64 jobId, int attempt, const QString &prefix,
                                   const StoredListing &listing) const
{
    StoredAttemptLog log;
    log.jobId = jobId;
    log.attempt = attempt;
    log.prefix = prefix;
    if (!prefix.startsWith(workspaceJobsPrefix())) {
        log.layout = StoredLogLayout::Archive;
        for (const StoredLogObject &object : listing.objects) {
            if (object.key == prefix + LogName)
                log.objects.append(object);
            else if (object.key == prefix + MetadataName)
                log.metadataKey = object.key;
        }
        return log;
    }
    bool allJson = true;
    for (const StoredLogObject &object : listing.objects) {
        // Only the attempt's own objects, not anything deeper.
        if (object.key.indexOf(QLatin1Char('/'), prefix.size()) >= 0)
            continue;
        allJson = allJson && object.key.endsWith(QLatin1String(".json"));
        log.objects.append(object);
    }
    // Mixed objects are read as text, as Airbyte's server does (LogClient.kt).
    log.layout =
        allJson && !log.objects.isEmpty() ? StoredLogLayout::Structured : StoredLogLayout::Plain;
    if (log.layout == StoredLogLayout::Structured) {
        std::stable_sort(log.objects.begin(), log.objects.end(),
                         [](const StoredLogObject &a, const StoredLogObject &b) {
                             const QDateTime ta = objectNameTime(a.key);
                             const QDateTime tb = objectNameTime(b.key);
                             if (ta != tb)
                                 return ta < tb;
                             return a.key < b.key;
                         });
    } else {
        std::sort(log.objects.begin(), log.objects.end(),
                  [](const StoredLogObject &a, const StoredLogObject &b) { return a.key < b.key; });
    }
    return log;
}

void LogStore::listJobs(QObject *context,
                        std::function<void(const Result<QList<StoredJob>> &)> callback)
{
    using State = PairState<QMap<qint64, StoredJob>>;
    auto state = std::make_shared<State>();
    auto done = [state, callback] {
        if (--state->pending > 0)
            return;
        if (state->error) {
            callback(*state->error);
            return;
        }
        QList<StoredJob> jobs = state->value.values(); // ascending ids
        std::reverse(jobs.begin(), jobs.end());
        callback(jobs);
    };
    const QString workspace = workspaceJobsPrefix();
    list(workspace, QStringLiteral("/"), context,
         [state, done, workspace](const Result<StoredListing> &r) {
             if (!r) {
                 state->error = r.error();
             } else {
                 for (const QString &prefix : r.value().prefixes) {
                     const qint64 id = numberAfter(workspace, prefix);
                     if (id < 0)
                         continue;
                     state->value[id].jobId = id;
                     state->value[id].inWorkspace = true;
                 }
             }
             done();
         });
    list(ArchiveJobPrefix, QStringLiteral("/"), context,
         [state, done](const Result<StoredListing> &r) {
             if (!r) {
                 if (!state->error)
                     state->error = r.error();
             } else {
                 for (const QString &prefix : r.value().prefixes) {
                     const qint64 id = numberAfter(ArchiveJobPrefix, prefix);
                     if (id < 0)
                         continue;
                     state->value[id].jobId = id;
                     state->value[id].archived = true;
                 }
             }
             done();
         });
}

void LogStore::listAttempts(qint64 jobId, QObject *context,
                            std::function<void(const Result<QList<StoredAttempt>> &)> callback)
{
    using State = PairState<QMap<int, StoredAttempt>>;
    auto state = std::make_shared<State>();
    auto done = [state, callback] {
        if (--state->pending > 0)
            return;
        if (state->error)
            callback(*state->error);
        else
            callback(state->value.values());
    };
    auto collect = [state, jobId, done](const Result<StoredListing> &r, const QString &prefix,
                                        bool archive) {
        if (!r) {
            if (!state->error)
                state->error = r.error();
        } else {
            for (const QString &p : r.value().prefixes) {
                const qint64 n = numberAfter(prefix, p);
                if (n < 0 || n > std::numeric_limits<int>::max())
                    continue;
                StoredAttempt &attempt = state->value[int(n)];
                attempt.jobId = jobId;
                attempt.attempt = int(n);
                (archive ? attempt.archived : attempt.inWorkspace) = true;
            }
        }
        done();
    };
    const QString workspace = workspaceJobsPrefix() + QString::number(jobId) + QLatin1Char('/');
    list(workspace, QStringLiteral("/"), context,
         [collect, workspace](const Result<StoredListing> &r) { collect(r, workspace, false); });
    const QString archive = ArchiveJobPrefix + QString::number(jobId) + QLatin1Char('/');
    const QString attempts = archive + QStringLiteral("attempt-");
    list(archive, QStringLiteral("/"), context,
         [collect, attempts](const Result<StoredListing> &r) { collect(r, attempts, true); });
}

void LogStore::attemptLog(qint64 jobId, int attempt, QObject *context,
                          std::function<void(const Result<StoredAttemptLog> &)> callback)
{
    QPointer<LogStore> self(this);
    QPointer<QObject> guard(context);
    const QString workspace = workspaceLogPrefix(jobId, attempt);
    list(workspace, {}, context,
         [self, guard, jobId, attempt, workspace, callback](const Result<StoredListing> &r) {
             if (!r) {
                 callback(r.error());
                 return;
             }
             if (!self) {
                 callback(Error::make(ErrorKind::Cancelled, LogsTr::tr("cancelled")));
                 return;
             }
             StoredAttemptLog log = self->logFrom(jobId, attempt, workspace, r.value());
             if (!log.objects.isEmpty()) {
                 callback(log);
                 return;
             }
             const QString archive = archiveAttemptPrefix(jobId, attempt);
             self->list(
                 archive, {}, guard.data(),
                 [self, jobId, attempt, archive, callback](const Result<StoredListing> &a) {
                     if (!a) {
                         callback(a.error());
                         return;
                     }
                     if (!self) {
                         callback(Error::make(ErrorKind::Cancelled, LogsTr::tr("cancelled")));
                         return;
                     }
                     StoredAttemptLog found = self->logFrom(jobId, attempt, archive, a.value());
                     if (found.objects.isEmpty() && found.metadataKey.isEmpty()) {
                         callback(Error::make(ErrorKind::NotFound,
                                              LogsTr::tr("No log of job %1, attempt %2 in %3.")
                                                  .arg(jobId)
                                                  .arg(attempt)
                                                  .arg(self->description())));
                         return;
                     }
                     callback(found);
                 });
         });
}

void LogStore::refreshAttemptLog(const StoredAttemptLog &log, QObject *context,
                                 std::function<void(const Result<StoredAttemptLog> &)> callback)
{
    QPointer<LogStore> self(this);
    list(log.prefix, {}, context,
         [self, jobId = log.jobId, attempt = log.attempt, prefix = log.prefix,
          callback](const Result<StoredListing> &r) {
             if (!r)
                 callback(r.error());
             else if (!self)
                 callback(Error::make(ErrorKind::Cancelled, LogsTr::tr("cancelled")));
             else
                 callback(self->logFrom(jobId, attempt, prefix, r.value()));
         });
}

} // namespace Dsp::Logs
