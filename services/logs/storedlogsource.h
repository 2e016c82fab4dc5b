#pragma once

// StoredAttemptLogSource: one attempt's log as a LogStore keeps it, written into a LogSpool.
//  - Structured objects: their events merged in timestamp order. Objects are read in the order
//    of their names' times; events are held back only while another writer that still has
//    objects to read may have older ones (each writer's objects follow each other in time), so
//    memory stays near one object per writer. Following, the prefix is listed again every
//    pollInterval and only objects not seen are read; their events are appended, in order,
//    even when older than what is written (the file is never rewritten for them).
//  - Plain and archived objects: concatenated in key order. The last one, when it grows, is read
//    from the last byte read in ranges (nothing is read twice); when an object shrinks, changes
//    without growing, or an earlier one grows, the spool is written again and replaced() says so.
// Owned by the viewer; GUI thread; the store must outlive it (a store gone fails the source).

#include "logevents.h"
#include "logsource.h"
#include "logstore.h"

#include <QHash>
#include <QPointer>
#include <QSet>
#include <QTimer>

#include <chrono>
#include <memory>

namespace Dsp::Logs {

class LogSpool;

class StoredAttemptLogSource : public LogSource
{
    Q_OBJECT
public:
    static constexpr std::chrono::milliseconds DefaultPollInterval{5000};
    static constexpr qint64 DefaultChunkBytes = 8 * 1024 * 1024;

    StoredAttemptLogSource(LogStore *store, qint64 jobId, int attempt, QObject *parent = nullptr);
    ~StoredAttemptLogSource() override;

    QString title() const override;
    QString filePath() const override;
    void start() override;
    void stop() override;
    // False once the attempt is known complete (an archive with its metadata.json).
    bool canFollow() const override;
    QString lineReference(quint64 line) const override;

    void setPollInterval(std::chrono::milliseconds interval);
    // Bytes asked per ranged read of a plain object.
    void setChunkBytes(qint64 bytes) { m_chunkBytes = std::max<qint64>(bytes, 1); }
    // The layout found; meaningful once loading has begun.
    StoredLogLayout layout() const { return m_log.layout; }

protected:
    void followingChanged(bool following) override;

private:
    struct Pending
    {
        StoredLogObject object;
        qint64 from = 0; // plain: first byte to read
    };
    struct PlainRead
    {
        qint64 read = 0;
        QString etag;
    };

    void resetRequests();
    void clearRead();
    void poll();
    void listed(const Result<StoredAttemptLog> &result);
    void queueStructured();
    bool queuePlain(); // false: the spool must be written again
    void fetchNext();
    void structuredRead(const Pending &pending, const Result<StoredRead> &result);
    void plainRead(const Pending &pending, const Result<StoredRead> &result);
    bool writeHeld(bool all);            // false: the spool failed, and so did the source
    bool write(const QByteArray &bytes); // false: the spool failed, and so did the source
    void rewrite();
    void batchDone();
    void batchFailed(const Error &error);

    QPointer<LogStore> m_store;
    qint64 m_jobId;
    int m_attempt;
    std::unique_ptr<LogSpool> m_spool;
    QObject *m_requests = nullptr; // context of the calls in flight; replaced to abandon them
    quint64 m_generation = 0;      // callbacks of an abandoned context do nothing
    QTimer m_timer;
    qint64 m_chunkBytes = DefaultChunkBytes;

    StoredAttemptLog m_log;
    bool m_loaded = false;         // the first pass over the objects ended
    bool m_busy = false;           // a listing or its reads are under way
    bool m_replacePending = false; // the spool was emptied: the next write is replaced()
    int m_objectsRead = 0;
    char m_lastByte = '\n';
    QList<Pending> m_queue;

    // Structured
    QSet<QString> m_seen;
    QList<LogEvent> m_held;
    QHash<QString, qint64> m_writerTime; // the latest event read from each writer
    QHash<QString, int> m_writerPending; // objects of each writer still to read
    // Plain
    QHash<QString, PlainRead> m_plain;
    QString m_tailKey; // the object written last: the only one that may grow in place
};

} // namespace Dsp::Logs
