#include "attemptlogwrite_p.h"

#include "logspool.h"

#include <QFile>
#include <QHash>

#include <algorithm>

namespace Dsp::Logs {

namespace {

// Overlap candidates compared in full before a log counts as not head-truncated (a log of
// many identical records has many candidates).
constexpr int MaxOverlapTries = 1000;
// Events rendered into lines at a time when written.
constexpr qsizetype RenderSlice = 10000;

// Which records of a new answer F to write, given the keys W of those written from the
// previous ones: Airbyte answers the whole log each time, or its last million records.
struct Plan
{
    bool rewrite = false;     // the log shrank or was rewritten: all of F, in place of W
    QList<qsizetype> records; // else the records of F to append, in order
};

Plan plan(const QList<size_t> &w, const QList<size_t> &f)
{
    Plan p;
    const qsizetype n = w.size();
    const qsizetype m = f.size();
    auto range = [&p, m](qsizetype from) {
        for (qsizetype i = from; i < m; ++i)
            p.records.append(i);
        return p;
    };
    if (n == 0)
        return range(0);
    if (m == 0) // an empty answer (storage unreachable) never erases what is shown
        return p;
    // The log grew at its end.
    if (m >= n && std::equal(w.begin(), w.end(), f.begin()))
        return range(n);
    // Its head was cut (the tail cap): F begins with W's last records.
    int tries = 0;
    for (qsizetype d = std::max<qsizetype>(1, n - m); d < n && tries < MaxOverlapTries; ++d) {
        const qsizetype overlap = n - d;
        if (w.at(d) != f.at(0) || w.at(n - 1) != f.at(overlap - 1))
            continue;
        ++tries;
        if (std::equal(w.begin() + d, w.end(), f.begin()))
            return range(overlap);
    }
    // Records sorted into place rather than appended (structured events of a writer that
    // flushed late): those not among W's last m are new, written once each, at the end.
    if (f.contains(w.at(n - 1))) {
        QHash<size_t, int> seen;
        for (qsizetype i = std::max<qsizetype>(0, n - m); i < n; ++i)
            ++seen[w.at(i)];
        for (qsizetype i = 0; i < m; ++i) {
            auto it = seen.find(f.at(i));
            if (it != seen.end() && it.value() > 0)
                --it.value();
            else
                p.records.append(i);
        }
        return p;
    }
    p.rewrite = true;
    return range(0);
}

quint64 lineEnds(QByteArrayView bytes)
{
    return quint64(std::count(bytes.begin(), bytes.end(), '\n'));
}

bool append(const AttemptLogWriteTask &t, QByteArrayView bytes, AttemptLogWrite &w)
{
    if (!t.spool->append(bytes)) {
        w.error = t.spool->errorString();
        return false;
    }
    w.bytes += bytes.size();
    w.lines += lineEnds(bytes);
    return true;
}

// Appends the chosen records, runs of consecutive ones at once: lines as they came, events
// rendered a slice at a time (a million of them would be a hundred megabytes of text).
bool appendRecords(const AttemptLogWriteTask &t, const QList<qsizetype> &records,
                   AttemptLogWrite &w)
{
    const AttemptLog &log = t.log;
    for (qsizetype i = 0; i < records.size();) {
        qsizetype j = i + 1;
        while (j < records.size() && records.at(j) == records.at(j - 1) + 1)
            ++j;
        const qsizetype first = records.at(i);
        const qsizetype last = records.at(j - 1);
        if (log.form == AttemptLog::Form::Lines) {
            const qsizetype from = log.starts.at(first);
            if (!append(t, QByteArrayView(log.text).sliced(from, log.ends.at(last) - from), w))
                return false;
        } else {
            for (qsizetype k = first; k <= last; k += RenderSlice) {
                if (!append(t, log.lines(k, std::min(RenderSlice, last - k + 1)), w))
                    return false;
            }
        }
        i = j;
    }
    return true;
}

} // namespace

AttemptLogWrite writeAttemptLog(const AttemptLogWriteTask &t)
{
    AttemptLogWrite w;
    QList<size_t> f;
    f.reserve(t.log.recordCount());
    for (qsizetype i = 0; i < t.log.recordCount(); ++i)
        f.append(qHash(t.log.record(i)));
    w.recordsOffset = t.recordsOffset;
    if (!t.separator.isEmpty()) {
        if (!append(t, t.separator, w))
            return w;
        w.recordsOffset = t.spool->size();
    }
    const Plan p = plan(t.keys, f);
    if (p.rewrite) {
        // Everything before this attempt's records stays: read back, the file emptied, written
        // again (LogSpool only appends or empties).
        QFile file(t.spool->path());
        if (!file.open(QIODevice::ReadOnly)) {
            w.error = file.errorString();
            return w;
        }
        const QByteArray before = file.read(t.recordsOffset);
        file.close();
        if (before.size() != t.recordsOffset || !t.spool->clear() || !t.spool->append(before)) {
            w.error = t.spool->errorString();
            return w;
        }
        w.rewritten = true;
        w.keys = f;
    } else {
        w.keys = t.keys;
        w.keys.reserve(t.keys.size() + p.records.size());
        for (const qsizetype i : p.records)
            w.keys.append(f.at(i));
    }
    if (!appendRecords(t, p.records, w))
        return w;
    if (!t.end.isEmpty())
        append(t, t.end, w);
    return w;
}

} // namespace Dsp::Logs
