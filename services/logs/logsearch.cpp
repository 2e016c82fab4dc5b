#include "logsearch.h"

#include "lineindex.h"
#include "linematcher.h"
#include "logdocument.h"

#include <QElapsedTimer>
#include <QFile>

#include <algorithm>
#include <chrono>
#include <cstring>
#include <vector>

namespace Dsp::Logs {

namespace {

// A block is read with one read() and matched by one thread: at most this many lines and bytes
// (a longer line makes a block of its own).
constexpr quint64 BlockLines = 65536;
constexpr quint64 BlockBytes = 4 << 20;
// What one line contributes to matching (as LogFilter's text conditions).
constexpr qsizetype MatchBytes = 1 << 20;
constexpr qint64 PublishEveryMs = 100;
constexpr int MaxThreads = 4;

// Whether the last line has no newline yet (it may still grow).
bool lastLineOpen(const LineIndex &index, quint64 count)
{
    return count > 0 && index.lineEnd(LineNumber(count - 1)) == index.indexedBytes();
}

// The end of the block that starts at line `first`: as many lines as fit in BlockBytes, at least
// one, at most BlockLines, none past `to`.
quint64 blockEnd(const LineIndex &index, quint64 first, quint64 to)
{
    quint64 last = std::min(to, first + BlockLines);
    const quint64 begin = index.lineStart(LineNumber(first)).value;
    if (index.lineEnd(LineNumber(last - 1)).value - begin <= BlockBytes)
        return last;
    // The first line whose end is past the budget ends the block (a long first line alone).
    quint64 low = first + 1;
    quint64 high = last;
    while (low < high) {
        const quint64 mid = low + (high - low) / 2;
        if (index.lineEnd(LineNumber(mid - 1)).value - begin <= BlockBytes)
            low = mid + 1;
        else
            high = mid;
    }
    return std::max(first + 1, low - 1);
}

// One thread's share of a round: lines [first, last), and what matched in them.
struct Block
{
    quint64 first = 0;
    quint64 last = 0;
    std::vector<quint64> found;
    QByteArray buffer;
};

// Reads a block's lines with one read() and matches each (without its line end, cut at
// MatchBytes). Lines are split at '\n' as the index does; a line the file no longer has (it was
// rewritten meanwhile: the document will say reset) is skipped.
void searchBlock(const LineIndex &index, const QString &path, const LineMatcher &matcher,
                 const std::atomic_bool &cancel, Block &block)
{
    block.found.clear();
    const quint64 begin = index.lineStart(LineNumber(block.first)).value;
    quint64 length = index.lineEnd(LineNumber(block.last - 1)).value - begin;
    if (block.last - block.first == 1)
        length = std::min(length, quint64(MatchBytes));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || !file.seek(qint64(begin)))
        return;
    block.buffer.resize(qsizetype(length));
    const qint64 got = file.read(block.buffer.data(), qint64(length));
    if (got <= 0)
        return;
    const char *at = block.buffer.constData();
    const char *end = at + got;
    for (quint64 n = block.first; n < block.last && !cancel.load(std::memory_order_relaxed); ++n) {
        const auto *newline = static_cast<const char *>(std::memchr(at, '\n', size_t(end - at)));
        const char *stop = newline ? newline : end;
        if (newline && stop > at && stop[-1] == '\r')
            --stop;
        const qsizetype size = std::min(qsizetype(stop - at), MatchBytes);
        if (matcher.matches(QByteArrayView(at, size)))
            block.found.push_back(n);
        if (!newline)
            break;
        at = newline + 1;
    }
}

} // namespace

LogSearch::LogSearch(LogDocument *document, QObject *parent)
    : QObject(parent)
    , m_document(document)
    , m_threads(std::clamp(int(std::thread::hardware_concurrency()), 1, MaxThreads))
{
    m_collectTimer.setInterval(std::chrono::milliseconds(PublishEveryMs));
    connect(&m_collectTimer, &QTimer::timeout, this, &LogSearch::collect);
    connect(document, &LogDocument::linesAdded, this, [this] {
        if (!documentGrew() && !isRunning() && isActive())
            emit finished();
    });
    connect(document, &LogDocument::reset, this, &LogSearch::restart);
    connect(document, &QObject::destroyed, this, &LogSearch::stopWorker);
}

LogSearch::~LogSearch()
{
    stopWorker();
}

void LogSearch::stopWorker()
{
    m_cancel = true;
    if (m_worker.joinable())
        m_worker.join();
    m_cancel = false;
    m_collectTimer.stop();
    m_pendingGrowth = false;
}

void LogSearch::setMatcher(std::shared_ptr<const LineMatcher> matcher)
{
    m_matcher = std::move(matcher);
    restart();
}

void LogSearch::setThreadCount(int threads)
{
    m_threads = std::clamp(threads, 1, MaxThreads);
}

std::optional<LineNumber> LogSearch::next(LineNumber from) const
{
    const quint64 count = m_shown.rowCount();
    if (count == 0)
        return std::nullopt;
    const quint64 row = m_shown.rowAtOrAfter(LineNumber(from.value + 1));
    return m_shown.lineAt(row < count ? row : 0);
}

std::optional<LineNumber> LogSearch::previous(LineNumber from) const
{
    const quint64 count = m_shown.rowCount();
    if (count == 0)
        return std::nullopt;
    if (from.value > 0) {
        const LineNumber before(from.value - 1);
        const LineNumber line = m_shown.lineAt(m_shown.rowAtOrBefore(before));
        if (line <= before)
            return line;
    }
    return m_shown.lineAt(count - 1);
}

void LogSearch::restart()
{
    stopWorker();
    ++m_generation;
    m_building.clear();
    m_searchedTo = 0;
    m_searchedToOpenLine = 0;
    {
        std::lock_guard locker(m_lock);
        m_published.clear();
        m_dirty = false;
    }
    m_shown.clear();
    emit matchesChanged();
    const quint64 count = m_document ? m_document->lineCount().value : 0;
    if (!isActive() || count == 0) {
        m_restarted = false;
        setProgress(100);
        emit finished();
        return;
    }
    m_restarted = true;
    setProgress(0);
    if (!startWorker(0, count)) {
        m_restarted = false;
        setProgress(100);
        emit finished();
    }
}

bool LogSearch::documentGrew()
{
    if (!isActive() || !m_document)
        return false;
    if (isRunning()) {
        m_pendingGrowth = true;
        return true;
    }
    const quint64 count = m_document->lineCount().value;
    if (count > m_searchedTo || (m_searchedToOpenLine != 0 && m_searchedToOpenLine == count))
        return startWorker(m_searchedTo, count);
    return false;
}

bool LogSearch::startWorker(quint64 from, quint64 to)
{
    Run job;
    job.index = m_document ? m_document->index() : nullptr;
    if (!job.index || !m_matcher)
        return false;
    job.path = m_document->path();
    job.matcher = m_matcher;
    // The last line, searched while it had no newline, is searched again now it may have more.
    if (from > 0 && from == m_searchedToOpenLine) {
        --from;
        const quint64 rows = m_building.rowCount();
        if (rows > 0 && m_building.lineAt(rows - 1).value == from)
            m_building.removeLast();
    }
    job.from = from;
    job.to = to;
    job.generation = m_generation;
    job.threads = m_threads;
    m_workerLine = from;
    m_workerTo = to;
    m_cancel = false;
    m_collectTimer.start();
    m_worker = std::thread([this, job] { run(job); });
    return true;
}

void LogSearch::run(const Run &job)
{
    std::vector<Block> blocks(size_t(job.threads));
    std::vector<std::thread> helpers;
    QElapsedTimer sincePublish;
    sincePublish.start();
    for (quint64 first = job.from; first < job.to && !m_cancel;) {
        // A round: one block per thread, in file order, so their matches append in order.
        size_t used = 0;
        for (; used < blocks.size() && first < job.to; ++used) {
            blocks[used].first = first;
            blocks[used].last = first = blockEnd(*job.index, first, job.to);
        }
        helpers.clear();
        for (size_t i = 1; i < used; ++i)
            helpers.emplace_back([&job, &block = blocks[i], this] {
                searchBlock(*job.index, job.path, *job.matcher, m_cancel, block);
            });
        searchBlock(*job.index, job.path, *job.matcher, m_cancel, blocks[0]);
        for (std::thread &helper : helpers)
            helper.join();
        if (m_cancel)
            break;
        for (size_t i = 0; i < used; ++i)
            for (const quint64 line : blocks[i].found)
                m_building.append(line);
        m_workerLine = first;
        if (sincePublish.elapsed() >= PublishEveryMs) {
            std::lock_guard locker(m_lock);
            m_published = m_building;
            m_dirty = true;
            sincePublish.restart();
        }
    }
    if (m_cancel)
        return; // stopWorker() joins; nothing of this run is wanted any more
    {
        std::lock_guard locker(m_lock);
        m_published = m_building;
        m_dirty = true;
    }
    const bool open = lastLineOpen(*job.index, job.to);
    // Queued: dropped if this object is destroyed first (its destructor joins this thread, so
    // `this` is alive while the call is posted).
    QMetaObject::invokeMethod(
        this,
        [this, generation = job.generation, to = job.to, open] {
            workerDone(generation, to, open);
        },
        Qt::QueuedConnection);
}

void LogSearch::workerDone(quint64 generation, quint64 to, bool openLine)
{
    if (generation != m_generation)
        return;
    if (m_worker.joinable())
        m_worker.join();
    m_collectTimer.stop();
    m_searchedTo = to;
    m_searchedToOpenLine = openLine ? to : 0;
    collect();
    m_restarted = false;
    setProgress(100);
    if (m_pendingGrowth) {
        m_pendingGrowth = false;
        if (documentGrew())
            return;
    }
    emit finished();
}

void LogSearch::collect()
{
    bool dirty = false;
    {
        std::lock_guard locker(m_lock);
        if (m_dirty) {
            m_shown = m_published;
            m_dirty = false;
            dirty = true;
        }
    }
    if (m_restarted && m_workerTo > 0)
        setProgress(int(std::min<quint64>(m_workerLine * 100 / m_workerTo, 99)));
    if (dirty)
        emit matchesChanged();
}

void LogSearch::setProgress(int percent)
{
    if (percent == m_progress)
        return;
    m_progress = percent;
    emit progressChanged(percent);
}

} // namespace Dsp::Logs
