#pragma once

// LogSearch: the lines of a LogDocument a LineMatcher finds, for the search bar's count and its
// next/previous. A worker thread reads the indexed file in blocks of whole lines and matches
// them on several threads at once, publishing what it found so far about ten times a second;
// in follow mode only the appended lines are searched. Owned by the page beside its document;
// GUI thread (the worker only reads its own copy of the index and the file).

#include "filteredlines.h"
#include "linetypes.h"

#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>

#include <atomic>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>

namespace Dsp::Logs {

class LineIndex;
class LineMatcher;
class LogDocument;

class LogSearch : public QObject
{
    Q_OBJECT
public:
    explicit LogSearch(LogDocument *document, QObject *parent = nullptr);
    ~LogSearch() override;

    // Searches the document again with `matcher` (null: no search, no matches).
    void setMatcher(std::shared_ptr<const LineMatcher> matcher);
    std::shared_ptr<const LineMatcher> matcher() const { return m_matcher; }
    // Threads matching at once (default: the machine's cores, at most 4). Takes effect at the
    // next search.
    void setThreadCount(int threads);

    bool isActive() const { return bool(m_matcher); }
    bool isRunning() const { return m_worker.joinable(); }
    // The matching lines found so far, in order (all of them once finished()).
    FilteredLines matches() const { return m_shown; }
    quint64 matchCount() const { return m_shown.rowCount(); }
    // 0-100 through the document's lines (a search of appended lines leaves it at 100).
    int progress() const { return m_progress; }
    // The first match after `from`, else the first of all (wrapping); none without matches.
    std::optional<LineNumber> next(LineNumber from) const;
    // The last match before `from`, else the last of all.
    std::optional<LineNumber> previous(LineNumber from) const;

signals:
    // matches() changed: more were found, or a new search started (then the count may drop).
    void matchesChanged();
    void progressChanged(int percent);
    // Every line indexed so far has been searched.
    void finished();

private:
    struct Run
    {
        std::shared_ptr<const LineIndex> index;
        QString path;
        std::shared_ptr<const LineMatcher> matcher;
        quint64 from = 0;
        quint64 to = 0;
        quint64 generation = 0;
        int threads = 1;
    };

    void restart();
    bool documentGrew();
    bool startWorker(quint64 from, quint64 to);
    void workerDone(quint64 generation, quint64 to, bool openLine);
    void collect();
    void stopWorker();
    void run(const Run &job);
    void setProgress(int percent);

    QPointer<LogDocument> m_document;
    std::shared_ptr<const LineMatcher> m_matcher;
    int m_threads = 1;
    FilteredLines m_shown;    // what matches() answers (GUI thread)
    quint64 m_searchedTo = 0; // lines [0, m_searchedTo) are done
    // m_searchedTo when its last line had no newline yet (searched again next time), else 0.
    quint64 m_searchedToOpenLine = 0;
    bool m_pendingGrowth = false;
    bool m_restarted = false;
    int m_progress = 100;
    quint64 m_generation = 0;

    // The worker's. m_building is touched by the GUI thread only while no worker runs.
    FilteredLines m_building;
    mutable std::mutex m_lock; // guards m_published and m_dirty
    FilteredLines m_published;
    bool m_dirty = false;
    std::atomic<quint64> m_workerLine{0};
    quint64 m_workerTo = 0;
    std::thread m_worker;
    std::atomic_bool m_cancel{false};
    QTimer m_collectTimer;
};

} // namespace Dsp::Logs
