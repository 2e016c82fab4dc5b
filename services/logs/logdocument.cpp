#include "logdocument.h"

#include "logline.h"

#include <QFile>

#include <algorithm>
#include <chrono>

namespace Dsp::Logs {

namespace {

// Lines of a screen are read with one read() when they span at most this much.
constexpr quint64 OneReadLimit = 4 << 20;
constexpr std::chrono::milliseconds PublishPeriod{100};
// The first lines of a file being opened are announced sooner, so the first screen shows at
// once (klogg shows the first screen before the index is done too).
constexpr std::chrono::milliseconds FirstPublish{5};

QByteArray readAt(QFile &file, quint64 offset, quint64 length)
{
    if (!file.seek(qint64(offset)))
        return {};
    return file.read(qint64(length));
}

} // namespace

LogDocument::LogDocument(QObject *parent)
    : QObject(parent)
{
    m_publishTimer.setInterval(PublishPeriod);
    connect(&m_publishTimer, &QTimer::timeout, this, &LogDocument::publish);
}

LogDocument::~LogDocument()
{
    stopWorker();
}

QString LogDocument::path() const
{
    std::lock_guard locker(m_lock);
    return m_path;
}

std::shared_ptr<const LineIndex> LogDocument::index() const
{
    std::lock_guard locker(m_lock);
    return m_index;
}

void LogDocument::stopWorker()
{
    m_cancel = true;
    if (m_worker.joinable())
        m_worker.join();
    m_cancel = false;
    m_publishTimer.stop();
}

void LogDocument::open(const QString &path)
{
    stopWorker();
    const bool hadLines = m_published > 0;
    {
        std::lock_guard locker(m_lock);
        m_path = path;
        m_index = std::make_shared<LineIndex>();
    }
    ++m_generation;
    m_published = 0;
    m_pendingRefresh = false;
    m_error.clear();
    m_progress = 0;
    if (hadLines)
        emit reset();
    startPass(Pass::Build);
}

void LogDocument::close()
{
    stopWorker();
    const bool hadLines = m_published > 0;
    {
        std::lock_guard locker(m_lock);
        m_path.clear();
        m_index.reset();
    }
    ++m_generation;
    m_published = 0;
    m_pendingRefresh = false;
    if (hadLines)
        emit reset();
    setStatus(Status::Empty);
}

void LogDocument::refresh()
{
    if (!m_index)
        return;
    if (m_worker.joinable()) {
        m_pendingRefresh = true;
        return;
    }
    startPass(Pass::Extend);
}

void LogDocument::startPass(Pass pass)
{
    const std::shared_ptr<LineIndex> index = m_index;
    const QString path = m_path;
    const quint64 generation = m_generation;
    m_workerProgress = 0;
    if (pass == Pass::Build)
        setStatus(Status::Indexing);
    m_publishTimer.start(pass == Pass::Build ? FirstPublish : PublishPeriod);
    m_worker = std::thread([this, index, path, generation, pass] {
        LineIndex::Options options;
        options.cancel = &m_cancel;
        options.progress = [this](quint64 done, quint64 total) {
            m_workerProgress = total ? int(done * 100 / total) : 100;
        };
        const LineIndex::Outcome outcome =
            pass == Pass::Build ? index->build(path, options) : index->extend(path, options);
        // Queued: dropped if the document is destroyed first (its destructor joins this thread
        // before it goes, so `this` is alive while the call is posted).
        QMetaObject::invokeMethod(
            this, [this, outcome, generation] { passFinished(outcome, generation); },
            Qt::QueuedConnection);
    });
}

void LogDocument::passFinished(LineIndex::Outcome outcome, quint64 generation)
{
    if (generation != m_generation)
        return; // a pass of a file closed since; stopWorker() joined it
    if (m_worker.joinable())
        m_worker.join();
    m_publishTimer.stop();
    if (outcome == LineIndex::Outcome::Rebuilt) {
        m_published = 0;
        emit reset();
    }
    publishCount(true);
    if (outcome == LineIndex::Outcome::Unreadable) {
        m_error = tr("The file could not be read: %1").arg(QFile(path()).errorString());
        if (!QFile::exists(path()))
            m_error = tr("The file no longer exists.");
        setStatus(Status::Failed);
    } else if (outcome != LineIndex::Outcome::Cancelled) {
        m_progress = 100;
        emit progressChanged(m_progress);
        setStatus(Status::Ready);
    }
    if (m_pendingRefresh) {
        m_pendingRefresh = false;
        startPass(Pass::Extend);
    }
}

void LogDocument::publish()
{
    publishCount(false);
}

void LogDocument::publishCount(bool passEnded)
{
    if (!m_index)
        return;
    const quint64 count = m_index->lineCount().value;
    if (count > 0 && m_publishTimer.interval() != PublishPeriod.count())
        m_publishTimer.setInterval(PublishPeriod);
    if (m_status == Status::Indexing && m_workerProgress != m_progress) {
        m_progress = m_workerProgress;
        emit progressChanged(m_progress);
    }
    // At the end of a pass even an unchanged count is announced: the last line, still
    // without its newline, may have grown.
    if (count != m_published || passEnded) {
        m_published = count;
        emit linesAdded(LineCount(count));
    }
}

void LogDocument::setStatus(Status status)
{
    if (m_status == status)
        return;
    m_status = status;
    emit statusChanged(status);
}

LineCount LogDocument::lineCount() const
{
    const auto index = this->index();
    return index ? index->lineCount() : LineCount();
}

quint64 LogDocument::indexedBytes() const
{
    const auto index = this->index();
    return index ? index->indexedBytes().value : 0;
}

quint64 LogDocument::lineLength(LineNumber number) const
{
    const auto index = this->index();
    if (!index || number.value >= index->lineCount().value)
        return 0;
    return index->lineEnd(number).value - index->lineStart(number).value;
}

QList<QByteArray> LogDocument::lines(LineNumber first, qsizetype count, qsizetype maxLineBytes,
                                     QList<bool> *cut) const
{
    std::shared_ptr<const LineIndex> index;
    QString path;
    {
        std::lock_guard locker(m_lock);
        index = m_index;
        path = m_path;
    }
    if (!index) {
        if (cut)
            cut->clear();
        return {};
    }
    return readLines(*index, path, first, count, maxLineBytes, cut);
}

QList<QByteArray> LogDocument::readLines(const LineIndex &index, const QString &path,
                                         LineNumber first, qsizetype count, qsizetype maxLineBytes,
                                         QList<bool> *cut)
{
    QList<QByteArray> out;
    if (cut)
        cut->clear();
    if (count <= 0)
        return out;
    const quint64 total = index.lineCount().value;
    if (first.value >= total)
        return out;
    const quint64 last = std::min<quint64>(total, first.value + quint64(count));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return out;
    out.reserve(qsizetype(last - first.value));
    const quint64 begin = index.lineStart(first).value;
    const quint64 end = index.lineEnd(LineNumber(last - 1)).value;
    if (end - begin <= OneReadLimit) {
        const QByteArray block = readAt(file, begin, end - begin);
        for (quint64 n = first.value; n < last; ++n) {
            const quint64 start = index.lineStart(LineNumber(n)).value - begin;
            const quint64 stop = index.lineEnd(LineNumber(n)).value - begin;
            const quint64 available = quint64(block.size());
            const quint64 s = std::min(start, available);
            const quint64 length = std::min(stop, available) - s;
            const bool tooLong = length > quint64(maxLineBytes);
            out.append(block.mid(qsizetype(s), tooLong ? maxLineBytes : qsizetype(length)));
            if (cut)
                cut->append(tooLong);
        }
        return out;
    }
    for (quint64 n = first.value; n < last; ++n) {
        const quint64 start = index.lineStart(LineNumber(n)).value;
        const quint64 length = index.lineEnd(LineNumber(n)).value - start;
        const bool tooLong = length > quint64(maxLineBytes);
        out.append(readAt(file, start, tooLong ? quint64(maxLineBytes) : length));
        if (cut)
            cut->append(tooLong);
    }
    return out;
}

QByteArray LogDocument::line(LineNumber number, qsizetype maxLineBytes) const
{
    const QList<QByteArray> one = lines(number, 1, maxLineBytes);
    return one.isEmpty() ? QByteArray() : one.first();
}

std::optional<LineNumber> LogDocument::lineAtTime(const QDateTime &time) const
{
    const auto index = this->index();
    const QString file = path();
    if (!index)
        return std::nullopt;
    const quint64 count = index->lineCount().value;
    constexpr qsizetype Window = 64;
    // The first stamped line at or after `from` (before `to`), with its time.
    const auto stampedFrom = [&](quint64 from,
                                 quint64 to) -> std::optional<std::pair<quint64, QDateTime>> {
        // A few thousand lines per probe: a log without timestamps is not read whole.
        const quint64 limit = std::min(to, from + 64 * quint64(Window));
        for (quint64 first = from; first < limit; first += Window) {
            const QList<QByteArray> heads =
                readLines(*index, file, LineNumber(first),
                          qsizetype(std::min<quint64>(Window, limit - first)), 256);
            for (qsizetype i = 0; i < heads.size(); ++i) {
                const QByteArray visible = visibleText(heads[i]);
                const LogLine line = classifyVisible(visible);
                if (line.timestampPos < 0)
                    continue;
                const QDateTime stamp = line.timestamp(visible);
                if (stamp.isValid())
                    return std::make_pair(first + quint64(i), stamp);
            }
        }
        return std::nullopt;
    };
    quint64 lo = 0;
    quint64 hi = count;
    while (lo < hi) {
        const quint64 mid = lo + (hi - lo) / 2;
        const auto stamped = stampedFrom(mid, hi);
        if (!stamped) {
            hi = mid; // nothing stamped in [mid, hi): look before
        } else if (stamped->second < time) {
            lo = stamped->first + 1;
        } else {
            hi = mid;
        }
    }
    const auto found = stampedFrom(lo, count);
    if (!found || found->second < time)
        return std::nullopt;
    return LineNumber(found->first);
}

} // namespace Dsp::Logs
