#include "logfilter.h"

#include "logdocument.h"

#include <QElapsedTimer>
#include <QFile>

#include <algorithm>
#include <chrono>

namespace Dsp::Logs {

namespace {

constexpr qsizetype BatchLines = 16384;
constexpr quint64 BatchBytes = 8 << 20;
// Levels and sources are read from a line's head; text conditions see this much of a line.
constexpr qsizetype HeadBytes = 512;
constexpr qsizetype MatchBytes = 1 << 20;
constexpr qint64 PublishEveryMs = 100;
constexpr quint8 ContinuationBit = 0x80;

LogLevel levelOf(quint8 attribute)
{
    return LogLevel(attribute & 0x07);
}

LogSourceKind sourceOf(quint8 attribute)
{
    return LogSourceKind((attribute >> 3) & 0x07);
}

// Whether the last line has no newline yet (it may still grow).
bool lastLineOpen(const LineIndex &index, quint64 count)
{
    return count > 0 && index.lineEnd(LineNumber(count - 1)) == index.indexedBytes();
}

} // namespace

LogFilter::LogFilter(LogDocument *document, QObject *parent)
    : QObject(parent)
    , m_document(document)
{
    m_collectTimer.setInterval(std::chrono::milliseconds(PublishEveryMs));
    connect(&m_collectTimer, &QTimer::timeout, this, &LogFilter::collect);
    connect(document, &LogDocument::linesAdded, this, &LogFilter::documentGrew);
    connect(document, &LogDocument::reset, this, [this] {
        stopWorker();
        m_attributes.clear();
        restart();
    });
}

LogFilter::~LogFilter()
{
    stopWorker();
}

void LogFilter::stopWorker()
{
    m_cancel = true;
    if (m_worker.joinable())
        m_worker.join();
    m_cancel = false;
    m_collectTimer.stop();
    m_pendingGrowth = false;
}

void LogFilter::setSpec(const LogFilterSpec &spec)
{
    m_spec = spec;
    restart();
}

void LogFilter::setPinnedLines(std::vector<quint64> lines)
{
    std::sort(lines.begin(), lines.end());
    if (lines == m_pinned)
        return;
    stopWorker(); // its worker reads m_pinned
    m_pinned = std::move(lines);
    if (isActive())
        restart();
}

FilteredLines LogFilter::lines() const
{
    std::lock_guard locker(m_lock);
    return m_published;
}

void LogFilter::restart()
{
    stopWorker();
    ++m_generation;
    m_building.clear();
    m_filteredTo = 0;
    {
        std::lock_guard locker(m_lock);
        m_published.clear();
        m_dirty = false;
    }
    m_restarted = true;
    if (!isActive()) {
        m_progress = 100;
        m_restarted = false;
        emit linesChanged(true);
        emit finished();
        return;
    }
    m_progress = 0;
    emit progressChanged(0);
    startWorker(0, m_document ? m_document->lineCount().value : 0);
}

void LogFilter::documentGrew()
{
    if (!isActive() || !m_document)
        return;
    if (m_worker.joinable()) {
        m_pendingGrowth = true;
        return;
    }
    const quint64 count = m_document->lineCount().value;
    if (count > m_filteredTo || (m_filteredToOpenLine != 0 && m_filteredToOpenLine == count))
        startWorker(m_filteredTo, count);
}

void LogFilter::startWorker(quint64 from, quint64 to)
{
    const auto index = m_document ? m_document->index() : nullptr;
    if (!index) {
        emit linesChanged(m_restarted);
        m_restarted = false;
        return;
    }
    m_workerFrom = from;
    m_workerTo = to;
    m_workerLine = from;
    m_cancel = false;
    m_collectTimer.start();
    const quint64 generation = m_generation;
    const QString path = m_document->path();
    m_worker = std::thread(
        [this, index, path, from, to, generation] { run(*index, path, from, to, generation); });
}

void LogFilter::run(const LineIndex &index, const QString &path, quint64 from, quint64 to,
                    quint64 generation)
{
    // The last line, read before while it had no newline, is read again now it may have more.
    if (from > 0 && m_attributes.size() >= from && from == m_filteredToOpenLine) {
        --from;
        m_attributes.resize(from);
        if (m_building.rowCount() > 0 && m_building.lineAt(m_building.rowCount() - 1).value == from)
            m_building.removeLast();
    }
    const bool text = bool(m_spec.include) || bool(m_spec.exclude);
    QElapsedTimer sincePublish;
    sincePublish.start();
    QFile file(path);
    const bool readable = file.open(QIODevice::ReadOnly);
    quint8 previous = m_attributes.empty() || from == 0 ? 0 : m_attributes[from - 1];
    std::vector<quint8> raw;      // per line of a batch: its own attribute, or a continuation
    std::vector<quint8> textKept; // per line: the text conditions hold
    for (quint64 first = from; first < to && !m_cancel && readable;) {
        // At most BatchLines lines and about BatchBytes per read, however long the lines.
        qsizetype count = qsizetype(std::min<quint64>(BatchLines, to - first));
        const quint64 start = index.lineStart(LineNumber(first)).value;
        while (count > 1 &&
               index.lineEnd(LineNumber(first + quint64(count) - 1)).value - start > BatchBytes)
            count /= 2;
        const bool known = first + quint64(count) <= m_attributes.size();
        QByteArray block;
        if (!known || text) {
            // One read for the batch; lines are views into it.
            const quint64 end = index.lineEnd(LineNumber(first + quint64(count) - 1)).value;
            if (!file.seek(qint64(start)))
                break;
            block = file.read(qint64(end - start));
        }
        const auto lineAt = [&](qsizetype i, qsizetype cap) {
            const quint64 n = first + quint64(i);
            const quint64 s0 = std::min<quint64>(index.lineStart(LineNumber(n)).value - start,
                                                 quint64(block.size()));
            const quint64 e0 = std::min<quint64>(index.lineEnd(LineNumber(n)).value - start,
                                                 quint64(block.size()));
            return QByteArrayView(block).sliced(qsizetype(s0),
                                                std::min<qsizetype>(qsizetype(e0 - s0), cap));
        };
        // Classification and text matching, the costly part, on two threads.
        raw.assign(size_t(count), 0);
        textKept.assign(size_t(count), 1);
        const auto work = [&](qsizetype begin, qsizetype stop) {
            for (qsizetype i = begin; i < stop; ++i) {
                const quint64 n = first + quint64(i);
                if (n >= m_attributes.size()) {
                    const LogLine line = classifyLine(lineAt(i, HeadBytes));
                    raw[size_t(i)] =
                        line.continuation
                            ? ContinuationBit
                            : quint8(quint8(line.level) | quint8(quint8(line.source) << 3));
                }
                if (text) {
                    const QByteArrayView line = lineAt(i, MatchBytes);
                    textKept[size_t(i)] = (!m_spec.include || m_spec.include(line)) &&
                                          (!m_spec.exclude || !m_spec.exclude(line));
                }
            }
        };
        if (!known || text) {
            const qsizetype half = count / 2;
            if (count >= 1024) {
                std::thread helper(work, half, count);
                work(0, half);
                helper.join();
            } else {
                work(0, count);
            }
        }
        for (qsizetype i = 0; i < count; ++i) {
            const quint64 n = first + quint64(i);
            quint8 attribute;
            if (n < m_attributes.size()) {
                attribute = m_attributes[n];
            } else {
                attribute = raw[size_t(i)] == ContinuationBit
                                ? quint8((previous & 0x7f) | ContinuationBit)
                                : raw[size_t(i)];
                m_attributes.push_back(attribute);
            }
            previous = attribute;
            bool keep = (m_spec.levels & bit(levelOf(attribute))) &&
                        (m_spec.sources & bit(sourceOf(attribute))) && textKept[size_t(i)];
            if (!keep)
                keep = std::binary_search(m_pinned.begin(), m_pinned.end(), n);
            if (keep)
                m_building.append(n);
        }
        first += quint64(count);
        m_workerLine = first;
        if (sincePublish.elapsed() >= PublishEveryMs) {
            std::lock_guard locker(m_lock);
            m_published = m_building;
            m_dirty = true;
            sincePublish.restart();
        }
    }
    {
        std::lock_guard locker(m_lock);
        m_published = m_building;
        m_dirty = true;
    }
    const bool open = !m_cancel && lastLineOpen(index, to);
    QMetaObject::invokeMethod(
        this,
        [this, generation, to, open] {
            if (generation != m_generation)
                return;
            m_filteredToOpenLine = open ? to : 0;
            workerDone(generation, to);
        },
        Qt::QueuedConnection);
}

void LogFilter::workerDone(quint64 generation, quint64 to)
{
    if (generation != m_generation)
        return;
    if (m_worker.joinable())
        m_worker.join();
    m_collectTimer.stop();
    m_filteredTo = to;
    collect();
    m_progress = 100;
    emit progressChanged(100);
    if (m_pendingGrowth) {
        m_pendingGrowth = false;
        documentGrew();
        if (m_worker.joinable())
            return; // finished() comes at the end of that pass
    }
    emit finished();
}

void LogFilter::collect()
{
    bool dirty = false;
    {
        std::lock_guard locker(m_lock);
        dirty = m_dirty;
        m_dirty = false;
    }
    const quint64 span = m_workerTo - m_workerFrom;
    const int progress = span ? int((m_workerLine - m_workerFrom) * 100 / span) : 100;
    if (m_restarted && progress != m_progress) {
        m_progress = progress;
        emit progressChanged(progress);
    }
    if (dirty) {
        emit linesChanged(m_restarted);
        m_restarted = false;
    }
}

} // namespace Dsp::Logs
