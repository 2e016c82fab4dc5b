#pragma once

// LogDocument: one log file as lines, for the viewer. It indexes the file on a worker thread
// (LineIndex) while the first screen is already readable, extends the index when the file grew
// (follow mode) and indexes it again when it was rewritten, and reads only the lines asked for
// (klogg's LogData). Owned by the page that shows it; the reading functions may be called from
// any thread, the rest from the GUI thread. Destroying it cancels and waits for its worker.

#include "lineindex.h"
#include "linetypes.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QObject>
#include <QTimer>

#include <atomic>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>

namespace Dsp::Logs {

class LogDocument : public QObject
{
    Q_OBJECT
public:
    enum class Status { Empty, Indexing, Ready, Failed };

    explicit LogDocument(QObject *parent = nullptr);
    ~LogDocument() override;

    // Starts indexing `path` (a previous file is closed). lineCount() grows as it goes.
    void open(const QString &path);
    // The file grew, or may have been rewritten: index what is new (or all of it again).
    // Calls made while a pass runs are folded into one more pass after it.
    void refresh();
    void close();

    QString path() const;
    Status status() const { return m_status; }
    // Indexed so far, a last line without a newline included.
    LineCount lineCount() const;
    quint64 indexedBytes() const;
    // 0-100 while the first pass runs.
    int progress() const { return m_progress; }
    QString errorString() const { return m_error; }
    // The index, for searches and filters running on other threads.
    std::shared_ptr<const LineIndex> index() const;

    // The raw bytes of lines [first, first + count) (fewer past the end), without their line
    // ends. A line longer than maxLineBytes is cut there and `*cut` (if given) says which were.
    // One seek and one read for ordinary lines; any thread.
    QList<QByteArray> lines(LineNumber first, qsizetype count, qsizetype maxLineBytes = 64 * 1024,
                            QList<bool> *cut = nullptr) const;
    QByteArray line(LineNumber number, qsizetype maxLineBytes = 64 * 1024) const;
    // lines() on a given index and file, for workers that hold their own copy of both.
    static QList<QByteArray> readLines(const LineIndex &index, const QString &path,
                                       LineNumber first, qsizetype count, qsizetype maxLineBytes,
                                       QList<bool> *cut = nullptr);
    // The whole length of a line in bytes, however long.
    quint64 lineLength(LineNumber number) const;
    // The first line stamped at or after `time` (lines without a timestamp skipped; a log is
    // taken to be in time order, as Airbyte writes it), or nullopt when none is. Reads about
    // 20 small pieces of the file.
    std::optional<LineNumber> lineAtTime(const QDateTime &time) const;

signals:
    // More lines are readable (during indexing, about ten times a second; after a refresh).
    void linesAdded(Dsp::Logs::LineCount total);
    // The file was indexed again from its start: every line number may mean another line.
    void reset();
    void statusChanged(Dsp::Logs::LogDocument::Status status);
    void progressChanged(int percent);

private:
    enum class Pass { Build, Extend };
    void startPass(Pass pass);
    void passFinished(LineIndex::Outcome outcome, quint64 generation);
    void publish();
    void publishCount(bool passEnded);
    void setStatus(Status status);
    void stopWorker();

    // The file and its index; swapped by open() on the GUI thread, read by lines() anywhere.
    mutable std::mutex m_lock;
    QString m_path;
    std::shared_ptr<LineIndex> m_index;
    Status m_status = Status::Empty;
    QString m_error;
    int m_progress = 0;
    quint64 m_published = 0;
    bool m_pendingRefresh = false;
    quint64 m_generation = 0;

    std::thread m_worker;
    std::atomic_bool m_cancel{false};
    std::atomic<int> m_workerProgress{0};
    QTimer m_publishTimer; // reads the worker's progress while a pass runs
};

} // namespace Dsp::Logs
