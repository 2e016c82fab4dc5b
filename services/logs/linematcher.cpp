#include "linematcher.h"

#include "logstr.h"

#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>

#include <algorithm>
#include <climits>
#include <string_view>

namespace Dsp::Logs {

namespace {

// PCRE2's default is ten million; a line of a log that needs more than this is a pathological
// expression, and giving up on it keeps a search of millions of lines moving.
constexpr uint32_t MatchLimit = 1'000'000;
constexpr PCRE2_SIZE JitStackStart = 32 * 1024;
constexpr PCRE2_SIZE JitStackMax = 1024 * 1024;

// What a thread needs to run any matcher: match data with room for the whole match only (a
// pattern with groups still matches, PCRE2 then returns 0 for "ovector too small"), and a match
// context carrying the limit and this thread's JIT stack. One per thread, used for every
// pattern in turn, as pcre2jit(3) recommends.
struct ThreadState
{
    pcre2_match_data *data = pcre2_match_data_create(1, nullptr);
    pcre2_match_context *context = pcre2_match_context_create(nullptr);
    pcre2_jit_stack *stack = pcre2_jit_stack_create(JitStackStart, JitStackMax, nullptr);

    ThreadState()
    {
        if (context) {
            pcre2_set_match_limit(context, MatchLimit);
            if (stack)
                pcre2_jit_stack_assign(context, nullptr, stack);
        }
    }
    ~ThreadState()
    {
        pcre2_match_context_free(context);
        pcre2_jit_stack_free(stack);
        pcre2_match_data_free(data);
    }
    ThreadState(const ThreadState &) = delete;
    ThreadState &operator=(const ThreadState &) = delete;

    bool isValid() const { return data && context; }
};

ThreadState &threadState()
{
    thread_local ThreadState state;
    return state;
}

// The pattern that finds `text` itself: ASCII punctuation escaped, control characters spelled
// out (a NUL byte among them), every other byte (letters, digits, UTF-8) as it is.
QByteArray escaped(const QByteArray &text)
{
    QByteArray out;
    out.reserve(text.size() * 2);
    for (const char c : text) {
        const uchar u = uchar(c);
        if (u >= 0x80 || (u >= '0' && u <= '9') || (u >= 'a' && u <= 'z') ||
            (u >= 'A' && u <= 'Z')) {
            out += c;
        } else if (u < 0x20 || u == 0x7f) {
            out += "\\x{" + QByteArray::number(u, 16) + '}';
        } else {
            out += '\\';
            out += c;
        }
    }
    return out;
}

QString errorText(int code)
{
    PCRE2_UCHAR buffer[256];
    const int length = pcre2_get_error_message(code, buffer, sizeof buffer);
    return length > 0 ? QString::fromUtf8(reinterpret_cast<const char *>(buffer), length)
                      : QString::number(code);
}

pcre2_code *compilePattern(const QByteArray &pattern, uint32_t options, int *errorCode,
                           PCRE2_SIZE *errorOffset)
{
    return pcre2_compile(reinterpret_cast<PCRE2_SPTR>(pattern.constData()),
                         PCRE2_SIZE(pattern.size()), options, errorCode, errorOffset, nullptr);
}

} // namespace

struct LineMatcher::Private
{
    MatchOptions options;
    // Case-sensitive plain text is found with a substring search, no PCRE2 at all.
    QByteArray literal;
    pcre2_code *code = nullptr;
    bool jit = false;

    ~Private() { pcre2_code_free(code); }

    // PCRE2's result: >= 0 a match (its bounds in the thread's match data), else an error
    // (PCRE2_ERROR_NOMATCH when there is none).
    int run(ThreadState &state, QByteArrayView line, PCRE2_SIZE start, uint32_t flags) const
    {
        static const char empty = 0;
        const auto *subject = reinterpret_cast<PCRE2_SPTR>(line.data() ? line.data() : &empty);
        const auto length = PCRE2_SIZE(line.size());
        if (jit)
            return pcre2_jit_match(code, subject, length, start, flags, state.data, state.context);
        return pcre2_match(code, subject, length, start, flags, state.data, state.context);
    }
};

std::shared_ptr<const LineMatcher> LineMatcher::compile(const MatchOptions &options, QString *error)
{
    if (error)
        error->clear();
    if (options.pattern.isEmpty())
        return nullptr;
    auto d = std::make_unique<Private>();
    d->options = options;
    const QByteArray utf8 = options.pattern.toUtf8();
    if (!options.regex && options.caseSensitive && !options.wholeWord) {
        d->literal = utf8;
        return std::shared_ptr<const LineMatcher>(new LineMatcher(std::move(d)));
    }

    // UCP: \w, \b and case folding follow Unicode, not ASCII alone. MATCH_INVALID_UTF: a line
    // is arbitrary bytes; an invalid sequence matches nothing instead of failing the match.
    uint32_t flags = PCRE2_UTF | PCRE2_UCP | PCRE2_MATCH_INVALID_UTF | PCRE2_NEVER_BACKSLASH_C;
    if (!options.caseSensitive)
        flags |= PCRE2_CASELESS;
    QByteArray pattern = options.regex ? utf8 : escaped(utf8);
    int errorCode = 0;
    PCRE2_SIZE errorOffset = 0;
    pcre2_code *code = compilePattern(pattern, flags, &errorCode, &errorOffset);
    if (code && options.wholeWord) {
        // Compiled alone first, so that an error's offset is the user's; then wrapped. Lookarounds
        // rather than \b: "--verbose" is found as a whole word too.
        pcre2_code_free(code);
        pattern = "(?<!\\w)(?:" + pattern + ")(?!\\w)";
        code = compilePattern(pattern, flags, &errorCode, &errorOffset);
        errorOffset = 0;
    }
    if (!code) {
        if (error) {
            // The offset is in bytes of UTF-8; the user counts characters from 1.
            const qsizetype at = QString::fromUtf8(utf8.left(qsizetype(errorOffset))).size() + 1;
            *error = LogsTr::tr("The regular expression is not valid at character %1: %2.")
                         .arg(at)
                         .arg(errorText(errorCode));
        }
        return nullptr;
    }
    d->code = code;
    d->jit = pcre2_jit_compile(code, PCRE2_JIT_COMPLETE) == 0;
    return std::shared_ptr<const LineMatcher>(new LineMatcher(std::move(d)));
}

LineMatcher::LineMatcher(std::unique_ptr<Private> data)
    : d(std::move(data))
{}

LineMatcher::~LineMatcher() = default;

const MatchOptions &LineMatcher::options() const
{
    return d->options;
}

bool LineMatcher::matches(QByteArrayView line) const
{
    if (!d->code) {
        return std::string_view(line.data(), size_t(line.size()))
                   .find(std::string_view(d->literal.constData(), size_t(d->literal.size()))) !=
               std::string_view::npos;
    }
    ThreadState &state = threadState();
    if (!state.isValid()) {
        m_failed.fetch_add(1, std::memory_order_relaxed);
        return false;
    }
    const int rc = d->run(state, line, 0, 0);
    if (rc >= 0)
        return true;
    if (rc != PCRE2_ERROR_NOMATCH)
        m_failed.fetch_add(1, std::memory_order_relaxed);
    return false;
}

QList<std::pair<qsizetype, qsizetype>> LineMatcher::spans(QByteArrayView line, int max) const
{
    QList<std::pair<qsizetype, qsizetype>> out;
    if (!d->code) {
        const std::string_view text(line.data(), size_t(line.size()));
        const std::string_view needle(d->literal.constData(), size_t(d->literal.size()));
        for (size_t at = text.find(needle); at != std::string_view::npos && out.size() < max;
             at = text.find(needle, at + needle.size()))
            out.append({qsizetype(at), qsizetype(needle.size())});
        return out;
    }
    ThreadState &state = threadState();
    if (!state.isValid())
        return out;
    PCRE2_SIZE offset = 0;
    const auto size = PCRE2_SIZE(line.size());
    while (out.size() < max && offset < size) {
        // NOTEMPTY: an expression that can match nothing ("x*") still reports its real matches,
        // and the loop always moves forward.
        if (d->run(state, line, offset, PCRE2_NOTEMPTY) < 0)
            break;
        const PCRE2_SIZE *bounds = pcre2_get_ovector_pointer(state.data);
        const PCRE2_SIZE start = bounds[0];
        const PCRE2_SIZE end = bounds[1];
        if (end <= start || end <= offset) {
            // Not expected with NOTEMPTY; step on rather than loop. An offset inside a UTF-8
            // sequence is allowed: PCRE2 skips to the next character.
            offset = std::max(offset, end) + 1;
            continue;
        }
        out.append({qsizetype(start), qsizetype(end - start)});
        offset = end;
    }
    return out;
}

QString LineMatcher::warning() const
{
    const quint64 failed = failedLines();
    if (failed == 0)
        return {};
    return LogsTr::tr("%n line(s) could not be searched: the expression is too complex for them.",
                      nullptr, int(std::min<quint64>(failed, quint64(INT_MAX))));
}

} // namespace Dsp::Logs
