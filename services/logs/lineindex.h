#pragma once

// LineIndex: where each line of a log file starts and ends, so a view can read any screenful of
// a multi-gigabyte log without holding its text (STYLE.md §6).
//
// What is stored: for every '\n' its byte offset, in runs of blocks of 64 lines. A block keeps a
// 64-bit base and each line's offset from it in 16 bits, or 32 or 64 bits when a long line makes
// the block span more than 64 KiB; a 64-bit mask says which lines ended in "\r\n". Typical logs
// cost about 2.4 bytes per line. A last line without '\n' is not stored: it is the bytes between
// the last '\n' and indexedBytes().
//
// How it is built: build() read()s the file in 256 KiB chunks and finds newlines 64 bytes at a time
// with SSE2 (memchr elsewhere). A file is not memory-mapped: a log truncated while mapped would
// kill the process with SIGBUS, and with the file in the page cache read() costs little. A big file
// is split into byte ranges read by several threads; each range makes a run of its own and the runs
// are concatenated, so nothing is re-encoded. The first range is published chunk by chunk, so the
// first screen can be read while the rest is still indexed. extend() reads only what was appended
// since the last call (follow mode); a file that became shorter than what was indexed is indexed
// again from scratch (a rotated or truncated log).
//
// Threads: build() and extend() run on a worker thread (one at a time per index); the readers
// (lineCount(), lineStart(), ...) may be called from any thread meanwhile and always see a
// consistent prefix of the file, guarded by a read-write lock. The cancel flag is checked once
// per chunk; a cancelled build leaves the prefix indexed so far, which extend() can continue.
// Line numbers count from 0; lineEnd() excludes the "\n" or "\r\n".

#include "linetypes.h"

#include <QString>

#include <atomic>
#include <functional>
#include <memory>
#include <shared_mutex>
#include <vector>

namespace Dsp::Logs {

// How build() and extend() read (outside the class: GCC can't default-construct a nested
// struct with member initialisers in a default argument of its enclosing class).
struct LineIndexOptions
{
    // Threads for a file of at least parallelFromBytes; a smaller one is read by one.
    int threads = 2;
    qint64 parallelFromBytes = qint64(32) << 20;
    // Called on the building thread about every 4 MiB, and once at the end, with the bytes read
    // so far and in all; not under the index's lock, so it may read the index.
    std::function<void(quint64 done, quint64 total)> progress;
    const std::atomic_bool *cancel = nullptr;
};

class LineIndex
{
public:
    enum class Outcome {
        Complete,   // every byte of the file up to its current size is indexed
        Rebuilt,    // extend() found the file shorter than indexed and indexed it again
        Cancelled,  // the cancel flag was raised: a prefix is indexed
        Unreadable, // the file could not be opened or read: what was read so far stays
    };

    using Options = LineIndexOptions;

    LineIndex();
    ~LineIndex();
    LineIndex(const LineIndex &) = delete;
    LineIndex &operator=(const LineIndex &) = delete;

    Outcome build(const QString &path, const Options &options = {});
    Outcome extend(const QString &path, const Options &options = {});
    void clear();

    LineCount lineCount() const;
    // For a line past the last: indexedBytes().
    FileOffset lineStart(LineNumber line) const;
    FileOffset lineEnd(LineNumber line) const;
    FileOffset indexedBytes() const;
    // Bytes the last build() or extend() read from the file (follow mode reads only the tail).
    quint64 lastReadBytes() const;
    // Heap bytes held by the index (capacity, not only what is used).
    size_t memoryBytes() const;

    class Run; // a sequence of blocks made by one thread (lineindex.cpp)

private:
    Outcome scan(const QString &path, quint64 from, const Options &options, bool replace);
    quint64 newlineCount() const;
    quint64 newlineAt(quint64 n, bool *crlf) const;

    // std:: rather than Qt's lock and threads: ThreadSanitizer sees their ordering.
    mutable std::shared_mutex m_lock;
    std::vector<std::unique_ptr<Run>> m_runs;
    std::vector<quint64> m_runFirst; // the number of the first newline of each run
    quint64 m_indexed = 0;
    quint64 m_lastRead = 0;
    char m_lastByte = 0; // the byte before m_indexed, for a "\r\n" split between two reads
};

} // namespace Dsp::Logs
