#pragma once

// LogFilter: which lines of a LogDocument the view shows, by level, by source and by text
// (lines matching, and lines not matching), several at once. Levels and sources are those of
// the record a line belongs to, so keeping ERROR keeps each error's stack trace; text is matched
// line by line. Pinned lines (the separators between attempts) always stay. It runs on a worker
// thread with partial results, and in follow mode filters only the lines added. Owned by the
// page beside its document; GUI thread (its worker reads the document's file on its own).

#include "filteredlines.h"
#include "linetypes.h"
#include "logline.h"

#include <QByteArrayView>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <atomic>
#include <functional>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

namespace Dsp::Logs {

class LineIndex;
class LogDocument;

// One bit per LogLevel / LogSourceKind value (bit 0 = None: lines without a level or prefix).
constexpr quint8 bit(LogLevel level)
{
    return quint8(1u << unsigned(level));
}
constexpr quint8 bit(LogSourceKind source)
{
    return quint8(1u << unsigned(source));
}
constexpr quint8 AllLevels = 0x3f;
constexpr quint8 AllSources = 0x7f;

struct LogFilterSpec
{
    quint8 levels = AllLevels;
    quint8 sources = AllSources;
    // Text conditions on the raw line; empty functions are no condition. Called on the worker
    // thread, so they must be thread-safe (a compiled LineMatcher is).
    std::function<bool(QByteArrayView)> include;
    std::function<bool(QByteArrayView)> exclude;

    bool isEmpty() const
    {
        return levels == AllLevels && sources == AllSources && !include && !exclude;
    }
};

class LogFilter : public QObject
{
    Q_OBJECT
public:
    explicit LogFilter(LogDocument *document, QObject *parent = nullptr);
    ~LogFilter() override;

    void setSpec(const LogFilterSpec &spec);
    const LogFilterSpec &spec() const { return m_spec; }
    // Lines shown whatever the filter says (sorted).
    void setPinnedLines(std::vector<quint64> lines);

    // Whether a filter is set (otherwise every line shows and lines() is empty).
    bool isActive() const { return !m_spec.isEmpty(); }
    bool isRunning() const { return m_worker.joinable(); }
    // The rows so far (the whole result once finished()).
    FilteredLines lines() const;
    // 0-100 through the document's lines.
    int progress() const { return m_progress; }

signals:
    // The rows changed (reset: `restarted` true, the rows are a new set; else rows were
    // appended). About ten times a second while the worker runs.
    void linesChanged(bool restarted);
    void progressChanged(int percent);
    void finished();

private:
    void restart();
    void startWorker(quint64 from, quint64 to);
    void workerDone(quint64 generation, quint64 to);
    void documentGrew();
    void collect();
    void stopWorker();
    void run(const LineIndex &index, const QString &path, quint64 from, quint64 to,
             quint64 generation);

    QPointer<LogDocument> m_document;
    LogFilterSpec m_spec;
    std::vector<quint64> m_pinned;
    quint64 m_filteredTo = 0; // lines [0, m_filteredTo) are done
    // m_filteredTo when its last line had no newline yet (read again next time), else 0.
    quint64 m_filteredToOpenLine = 0;
    bool m_pendingGrowth = false;
    bool m_restarted = false;
    int m_progress = 100;
    quint64 m_generation = 0;

    // Worker state. m_attributes (the effective level and source of each line, a byte each,
    // made once per document) and m_building are the worker's while it runs.
    std::vector<quint8> m_attributes;
    FilteredLines m_building;
    mutable std::mutex m_lock; // guards m_published and m_workerProgress handoff
    FilteredLines m_published;
    bool m_dirty = false;
    std::atomic<quint64> m_workerLine{0};
    quint64 m_workerFrom = 0;
    quint64 m_workerTo = 0;
    std::thread m_worker;
    std::atomic_bool m_cancel{false};
    QTimer m_collectTimer;
};

} // namespace Dsp::Logs
