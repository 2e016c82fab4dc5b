#pragma once

// LineMatcher: one compiled search (plain text or a regular expression, case-sensitive or not,
// whole word or not) tested against the raw bytes of a log line. PCRE2 with its JIT on UTF-8,
// with invalid UTF-8 allowed (such bytes simply never match), so a line is never converted to a
// QString. Compiled once on the GUI thread, then shared read-only: any number of threads may
// call matches() and spans() on one matcher at once (each thread keeps its own match data and
// JIT stack).

#include <QByteArrayView>
#include <QList>
#include <QString>

#include <atomic>
#include <memory>
#include <utility>

namespace Dsp::Logs {

struct MatchOptions
{
    QString pattern;
    bool regex = false;
    bool caseSensitive = false;
    // Only where the match is not part of a longer word: no word character right before or
    // after it (Unicode letters and digits count as word characters).
    bool wholeWord = false;
};

class LineMatcher
{
public:
    // Null when the pattern is empty (no search; `*error` is cleared) or is not a valid
    // regular expression (`*error`, if given, says what is wrong and at which character).
    static std::shared_ptr<const LineMatcher> compile(const MatchOptions &options,
                                                      QString *error = nullptr);

    ~LineMatcher();
    LineMatcher(const LineMatcher &) = delete;
    LineMatcher &operator=(const LineMatcher &) = delete;

    const MatchOptions &options() const;

    bool matches(QByteArrayView line) const;
    // Where the pattern matches in `line`, as (byte offset, byte length) pairs, in order and
    // not overlapping, at most `max` of them. Empty matches are not reported.
    QList<std::pair<qsizetype, qsizetype>> spans(QByteArrayView line, int max = 1000) const;

    // Calls of matches() that gave up (a pathological expression hit PCRE2's match or stack
    // limit on that line), each answered "no match". Any thread.
    quint64 failedLines() const { return m_failed.load(std::memory_order_relaxed); }
    // Empty, or a sentence for the user saying that some lines could not be searched.
    QString warning() const;

private:
    struct Private;
    explicit LineMatcher(std::unique_ptr<Private> data);

    std::unique_ptr<Private> d;
    mutable std::atomic<quint64> m_failed{0};
};

} // namespace Dsp::Logs
