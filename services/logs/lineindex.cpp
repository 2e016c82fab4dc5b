#include "lineindex.h"

#include <QFile>
#include <QFileInfo>

#include <QtAlgorithms>

#include <cstring>
#include <mutex>
#include <thread>

#if defined(__SSE2__) || defined(_M_X64)
#include <emmintrin.h>
#define DSP_LINEINDEX_SSE2
#endif

namespace Dsp::Logs {

namespace {

constexpr quint64 BlockLines = 64;
// Reads of 256 KiB stay in the L2 cache between read() and the scan; progress is reported per
// 4 MiB so that a caller relaying it as signals is not flooded.
constexpr qint64 ChunkBytes = qint64(256) << 10;
constexpr int ProgressShift = 22;

bool cancelled(const LineIndex::Options &options)
{
    return options.cancel && options.cancel->load(std::memory_order_relaxed);
}

} // namespace

// The newline offsets found by one thread, sealed into blocks of BlockLines; the newest lines
// wait in `tail` until a block is full.
class LineIndex::Run
{
public:
    explicit Run(quint64 base)
        : m_nextBase(base)
    {}

    void append(quint64 offset, bool crlf)
    {
        m_tail[m_tailCount] = offset;
        if (crlf)
            m_tailCrlf |= quint64(1) << m_tailCount;
        if (++m_tailCount == BlockLines)
            seal();
    }

    quint64 count() const { return m_blocks.size() * BlockLines + m_tailCount; }

    quint64 at(quint64 n, bool *crlf) const
    {
        const quint64 b = n / BlockLines;
        const unsigned k = unsigned(n % BlockLines);
        if (b == m_blocks.size()) {
            *crlf = (m_tailCrlf >> k) & 1;
            return m_tail[k];
        }
        const Block &block = m_blocks[b];
        *crlf = (block.crlf >> k) & 1;
        const unsigned width = unsigned(block.data & 0xff);
        const quint8 *p = m_data.data() + (block.data >> 8) + k * width;
        if (width == 2) {
            quint16 v;
            std::memcpy(&v, p, sizeof v);
            return block.base + v;
        }
        if (width == 4) {
            quint32 v;
            std::memcpy(&v, p, sizeof v);
            return block.base + v;
        }
        quint64 v;
        std::memcpy(&v, p, sizeof v);
        return block.base + v;
    }

    size_t memoryBytes() const
    {
        return sizeof(*this) + m_blocks.capacity() * sizeof(Block) + m_data.capacity();
    }

    void shrink()
    {
        m_blocks.shrink_to_fit();
        m_data.shrink_to_fit();
    }

private:
    struct Block
    {
        quint64 base; // offsets of the block's lines are stored relative to this
        quint64 data; // offset into m_data << 8 | bytes per offset (2, 4 or 8)
        quint64 crlf; // bit k: line k of the block ended in "\r\n"
    };

    // The narrowest width that holds the block's span: 16 bits for all but very long lines.
    void seal()
    {
        const quint64 span = m_tail[BlockLines - 1] - m_nextBase;
        const unsigned width = span <= 0xffff ? 2 : span <= 0xffffffffu ? 4 : 8;
        const size_t at = m_data.size();
        m_data.resize(at + BlockLines * width);
        quint8 *p = m_data.data() + at;
        if (width == 2)
            store<quint16>(p);
        else if (width == 4)
            store<quint32>(p);
        else
            store<quint64>(p);
        m_blocks.push_back({m_nextBase, quint64(at) << 8 | width, m_tailCrlf});
        m_nextBase = m_tail[BlockLines - 1] + 1;
        m_tailCount = 0;
        m_tailCrlf = 0;
    }

    template<typename T> void store(quint8 *p) const
    {
        for (quint64 k = 0; k < BlockLines; ++k, p += sizeof(T)) {
            const T v = T(m_tail[k] - m_nextBase);
            std::memcpy(p, &v, sizeof v);
        }
    }

    std::vector<Block> m_blocks;
    std::vector<quint8> m_data;
    quint64 m_tail[BlockLines] = {};
    quint64 m_tailCrlf = 0;
    quint64 m_tailCount = 0;
    quint64 m_nextBase;
};

namespace {

// Appends the newlines of data[0, size), which starts at file offset `pos`, to `run`. With SSE2
// (every x86-64) 64 bytes are compared at once and the newlines taken from a bit mask, which
// costs less per line than a memchr call per line; elsewhere memchr.
void scanBytes(const char *data, qint64 size, quint64 pos, char prev, LineIndex::Run &run)
{
    const auto found = [&](qint64 i) {
        run.append(pos + quint64(i), (i == 0 ? prev : data[i - 1]) == '\r');
    };
    qint64 i = 0;
#ifdef DSP_LINEINDEX_SSE2
    const __m128i newline = _mm_set1_epi8('\n');
    for (; i + 64 <= size; i += 64) {
        quint64 mask = 0;
        for (int k = 0; k < 4; ++k) {
            const __m128i bytes =
                _mm_loadu_si128(reinterpret_cast<const __m128i *>(data + i + 16 * k));
            mask |= quint64(quint32(_mm_movemask_epi8(_mm_cmpeq_epi8(bytes, newline)))) << (16 * k);
        }
        for (; mask; mask &= mask - 1)
            found(i + qCountTrailingZeroBits(mask));
    }
#endif
    for (const char *p = data + i, *stop = data + size;;) {
        const char *nl = static_cast<const char *>(std::memchr(p, '\n', size_t(stop - p)));
        if (!nl)
            break;
        found(nl - data);
        p = nl + 1;
    }
}

// What the threads of one scan share: the progress is reported by the thread that publishes.
struct ScanState
{
    const LineIndex::Options &options;
    quint64 total;
    std::atomic<quint64> done{0};
};

// Reads [begin, end) of `file` and appends each newline to `run`. `prev` is the byte before
// `begin` (a "\r" there makes the first line a CRLF one). `afterChunk` runs once per chunk,
// under `lock` when one is given, with the offset reached and the chunk's last byte.
bool scanRange(QFile &file, quint64 begin, quint64 end, char prev, LineIndex::Run &run,
               ScanState &state, std::shared_mutex *lock,
               const std::function<void(quint64, char)> &afterChunk)
{
    const LineIndex::Options &options = state.options;
    if (!file.seek(qint64(begin)))
        return false;
    std::vector<char> buffer(size_t(std::min<quint64>(ChunkBytes, end - begin)));
    for (quint64 pos = begin; pos < end;) {
        if (cancelled(options))
            return false;
        const qint64 want = qint64(std::min<quint64>(buffer.size(), end - pos));
        const qint64 got = file.read(buffer.data(), want);
        if (got <= 0)
            return false;
        const char *data = buffer.data();
        if (lock)
            lock->lock();
        scanBytes(data, got, pos, prev, run);
        prev = data[got - 1];
        pos += quint64(got);
        if (afterChunk)
            afterChunk(pos, prev);
        if (lock)
            lock->unlock();
        const quint64 done = state.done.fetch_add(quint64(got)) + quint64(got);
        if (lock && options.progress &&
            (done >> ProgressShift) != ((done - quint64(got)) >> ProgressShift))
            options.progress(done, state.total);
    }
    return true;
}

} // namespace

LineIndex::LineIndex() = default;
LineIndex::~LineIndex() = default;

LineIndex::Outcome LineIndex::build(const QString &path, const Options &options)
{
    return scan(path, 0, options, true);
}

LineIndex::Outcome LineIndex::extend(const QString &path, const Options &options)
{
    const quint64 size = quint64(QFileInfo(path).size());
    const quint64 indexed = indexedBytes().value;
    if (size < indexed) {
        const Outcome outcome = scan(path, 0, options, true);
        return outcome == Outcome::Complete ? Outcome::Rebuilt : outcome;
    }
    return scan(path, indexed, options, false);
}

void LineIndex::clear()
{
    std::unique_lock locker(m_lock);
    m_runs.clear();
    m_runFirst.clear();
    m_indexed = 0;
    m_lastByte = 0;
}

LineIndex::Outcome LineIndex::scan(const QString &path, quint64 from, const Options &options,
                                   bool replace)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Unbuffered))
        return Outcome::Unreadable;
    const quint64 size = quint64(file.size());
    if (replace)
        clear();
    {
        std::unique_lock locker(m_lock);
        m_lastRead = 0;
        if (m_runs.empty()) {
            m_runs.push_back(std::make_unique<Run>(0));
            m_runFirst.push_back(0);
        }
    }
    if (size <= from)
        return Outcome::Complete;

    // Byte ranges, one per thread; the first is scanned here and published as it goes.
    const quint64 total = size - from;
    const int threads = options.threads > 1 && qint64(total) >= options.parallelFromBytes
                            ? int(std::min<quint64>(quint64(options.threads), total))
                            : 1;
    std::vector<quint64> bounds;
    for (int k = 0; k <= threads; ++k)
        bounds.push_back(from + total * quint64(k) / quint64(threads));

    ScanState state{options, total};
    std::vector<std::unique_ptr<Run>> runs;
    std::vector<char> lastBytes(size_t(threads), 0);
    std::vector<char> ok(size_t(threads), false); // not vector<bool>: each thread writes its own
    std::vector<std::thread> helpers;
    for (int k = 1; k < threads; ++k) {
        runs.push_back(std::make_unique<Run>(bounds[size_t(k)]));
        Run *run = runs.back().get();
        helpers.emplace_back([&, k, run] {
            QFile own(path);
            char prev = 0;
            if (!own.open(QIODevice::ReadOnly | QIODevice::Unbuffered) ||
                !own.seek(qint64(bounds[size_t(k)] - 1)) || !own.getChar(&prev))
                return;
            ok[size_t(k)] =
                scanRange(own, bounds[size_t(k)], bounds[size_t(k) + 1], prev, *run, state, nullptr,
                          [&](quint64, char last) { lastBytes[size_t(k)] = last; });
        });
    }

    Run &first = *m_runs.back();
    const char prev = m_lastByte;
    ok[0] = scanRange(file, from, bounds[1], prev, first, state, &m_lock,
                      [&](quint64 reached, char last) {
                          m_indexed = reached;
                          m_lastByte = last;
                          m_lastRead = reached - from;
                      });
    for (std::thread &helper : helpers)
        helper.join();

    std::unique_lock locker(m_lock);
    for (int k = 0; k < threads; ++k) {
        if (!ok[size_t(k)])
            return cancelled(options) ? Outcome::Cancelled : Outcome::Unreadable;
    }
    for (size_t k = 0; k < runs.size(); ++k) {
        m_runFirst.push_back(m_runFirst.back() + m_runs.back()->count());
        m_runs.push_back(std::move(runs[k]));
    }
    m_indexed = size;
    if (threads > 1)
        m_lastByte = lastBytes[size_t(threads) - 1];
    m_lastRead = total;
    if (replace) {
        for (const auto &run : m_runs)
            run->shrink();
    }
    locker.unlock();
    if (options.progress)
        options.progress(total, total);
    return Outcome::Complete;
}

quint64 LineIndex::newlineCount() const
{
    return m_runs.empty() ? 0 : m_runFirst.back() + m_runs.back()->count();
}

quint64 LineIndex::newlineAt(quint64 n, bool *crlf) const
{
    size_t r = m_runs.size() - 1;
    while (n < m_runFirst[r])
        --r;
    return m_runs[r]->at(n - m_runFirst[r], crlf);
}

LineCount LineIndex::lineCount() const
{
    std::shared_lock locker(m_lock);
    const quint64 newlines = newlineCount();
    bool crlf = false;
    const quint64 lastStart = newlines ? newlineAt(newlines - 1, &crlf) + 1 : 0;
    return LineCount(newlines + (m_indexed > lastStart ? 1 : 0));
}

FileOffset LineIndex::lineStart(LineNumber number) const
{
    std::shared_lock locker(m_lock);
    const quint64 line = number.value;
    if (line == 0)
        return FileOffset(0);
    bool crlf = false;
    return FileOffset(line - 1 < newlineCount() ? newlineAt(line - 1, &crlf) + 1 : m_indexed);
}

FileOffset LineIndex::lineEnd(LineNumber line) const
{
    std::shared_lock locker(m_lock);
    if (line.value >= newlineCount())
        return FileOffset(m_indexed);
    bool crlf = false;
    const quint64 newline = newlineAt(line.value, &crlf);
    return FileOffset(crlf ? newline - 1 : newline);
}

FileOffset LineIndex::indexedBytes() const
{
    std::shared_lock locker(m_lock);
    return FileOffset(m_indexed);
}

quint64 LineIndex::lastReadBytes() const
{
    std::shared_lock locker(m_lock);
    return m_lastRead;
}

size_t LineIndex::memoryBytes() const
{
    std::shared_lock locker(m_lock);
    size_t bytes = sizeof(*this) + m_runFirst.capacity() * sizeof(quint64);
    for (const auto &run : m_runs)
        bytes += run->memoryBytes();
    return bytes;
}

} // namespace Dsp::Logs
