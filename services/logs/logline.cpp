#include "logline.h"

#include <cstring>

#include <QTimeZone>

namespace Dsp::Logs {

namespace {

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

bool isSpace(char c)
{
    return c == ' ' || c == '\t';
}

bool digitsAt(QByteArrayView v, qsizetype pos, qsizetype count)
{
    if (pos + count > v.size())
        return false;
    for (qsizetype i = pos; i < pos + count; ++i) {
        if (!isDigit(v[i]))
            return false;
    }
    return true;
}

int number(QByteArrayView v, qsizetype pos, qsizetype count)
{
    int n = 0;
    for (qsizetype i = pos; i < pos + count; ++i)
        n = n * 10 + (v[i] - '0');
    return n;
}

qsizetype skipSpaces(QByteArrayView v, qsizetype pos)
{
    while (pos < v.size() && isSpace(v[pos]))
        ++pos;
    return pos;
}

// The length of "[params]m" at pos when params are SGR numbers (digits and ';'), else 0.
qsizetype sgrBodyLength(QByteArrayView line, qsizetype pos)
{
    if (pos >= line.size() || line[pos] != '[')
        return 0;
    qsizetype i = pos + 1;
    while (i < line.size() && (isDigit(line[i]) || line[i] == ';') && i - pos < 16)
        ++i;
    return i < line.size() && line[i] == 'm' ? i + 1 - pos : 0;
}

void applySgr(QByteArrayView params, AnsiStyle &style)
{
    QList<int> codes;
    for (const QByteArray &part : params.toByteArray().split(';'))
        codes.append(part.isEmpty() ? 0 : part.toInt());
    for (qsizetype i = 0; i < codes.size(); ++i) {
        const int c = codes[i];
        if (c == 0)
            style = AnsiStyle();
        else if (c == 1)
            style.bold = true;
        else if (c == 22)
            style.bold = false;
        else if (c >= 30 && c <= 37)
            style.foreground = qint16(c - 30);
        else if (c >= 90 && c <= 97)
            style.foreground = qint16(c - 90 + 8);
        else if (c == 39)
            style.foreground = -1;
        else if (c >= 40 && c <= 47)
            style.background = qint16(c - 40);
        else if (c >= 100 && c <= 107)
            style.background = qint16(c - 100 + 8);
        else if (c == 49)
            style.background = -1;
        else if ((c == 38 || c == 48) && i + 2 < codes.size() && codes[i + 1] == 5) {
            (c == 38 ? style.foreground : style.background) = qint16(codes[i + 2] & 0xff);
            i += 2;
        }
    }
}

// U+FFFD in UTF-8: what a paste often leaves where the ESC byte was.
constexpr QByteArrayView Replacement("\xef\xbf\xbd");

struct LevelWord
{
    QByteArrayView upper;
    QByteArrayView lower;
    LogLevel level;
};

constexpr LevelWord LevelWords[] = {
    {"ERROR", "error", LogLevel::Error},    {"WARN", "warn", LogLevel::Warn},
    {"WARNING", "warning", LogLevel::Warn}, {"INFO", "info", LogLevel::Info},
    {"DEBUG", "debug", LogLevel::Debug},    {"TRACE", "trace", LogLevel::Trace},
    {"FATAL", "fatal", LogLevel::Error},
};

// A level word at pos, followed by a blank or the end of the line: its length, else 0.
qsizetype levelAt(QByteArrayView v, qsizetype pos, LogLevel *level)
{
    for (const LevelWord &w : LevelWords) {
        const QByteArrayView rest = v.sliced(pos);
        const qsizetype n = w.upper.size();
        if ((rest.startsWith(w.upper) || rest.startsWith(w.lower)) &&
            (rest.size() == n || isSpace(rest[n]))) {
            *level = w.level;
            return n;
        }
    }
    return 0;
}

LogSourceKind sourceKind(QByteArrayView name)
{
    if (name == "source")
        return LogSourceKind::Source;
    if (name == "destination")
        return LogSourceKind::Destination;
    if (name == "platform")
        return LogSourceKind::Platform;
    if (name == "replication-orchestrator")
        return LogSourceKind::ReplicationOrchestrator;
    if (name == "normalization")
        return LogSourceKind::Normalization;
    return LogSourceKind::Other;
}

qsizetype wordLength(QByteArrayView v, qsizetype pos)
{
    qsizetype i = pos;
    while (i < v.size() && ((v[i] >= 'a' && v[i] <= 'z') || (v[i] >= 'A' && v[i] <= 'Z') ||
                            isDigit(v[i]) || v[i] == '-' || v[i] == '_'))
        ++i;
    return i > pos && !isDigit(v[pos]) ? i - pos : 0;
}

// "YYYY-MM-DD HH:MM:SS", 'T' allowed, then optional ",mmm"/".mmm" and "Z" or "+HH:MM".
qsizetype timestampAt(QByteArrayView v, qsizetype pos)
{
    if (!digitsAt(v, pos, 4) || v.size() < pos + 19 || v[pos + 4] != '-' || v[pos + 7] != '-' ||
        (v[pos + 10] != ' ' && v[pos + 10] != 'T') || v[pos + 13] != ':' || v[pos + 16] != ':' ||
        !digitsAt(v, pos + 5, 2) || !digitsAt(v, pos + 8, 2) || !digitsAt(v, pos + 11, 2) ||
        !digitsAt(v, pos + 14, 2) || !digitsAt(v, pos + 17, 2))
        return 0;
    qsizetype i = pos + 19;
    if (i < v.size() && (v[i] == '.' || v[i] == ',')) {
        qsizetype j = i + 1;
        while (j < v.size() && isDigit(v[j]))
            ++j;
        i = j > i + 1 ? j : i;
    }
    if (i < v.size() && v[i] == 'Z')
        ++i;
    else if (i + 6 <= v.size() && (v[i] == '+' || v[i] == '-') && digitsAt(v, i + 1, 2) &&
             v[i + 3] == ':' && digitsAt(v, i + 4, 2))
        i += 6;
    return i - pos;
}

} // namespace

QList<AnsiSpan> ansiSpans(QByteArrayView line)
{
    QList<AnsiSpan> spans;
    AnsiStyle style;
    for (qsizetype i = 0; i < line.size();) {
        qsizetype lead = 0; // bytes before the '[': ESC, U+FFFD, or none for a bare fragment
        if (line[i] == '\x1b')
            lead = 1;
        else if (line.sliced(i).startsWith(Replacement))
            lead = Replacement.size();
        else if (line[i] != '[') {
            ++i;
            continue;
        }
        const qsizetype body = sgrBodyLength(line, i + lead);
        // A bare "[m" is taken only before a blank or the end, so "[main]" keeps its bracket.
        const bool bare = lead == 0;
        const qsizetype after = i + lead + body;
        if (body == 0 || (bare && body == 2 && after < line.size() && !isSpace(line[after]) &&
                          line[after] != '[')) {
            i += lead ? lead : 1;
            continue;
        }
        applySgr(line.sliced(i + lead + 1, body - 2), style);
        spans.append({i, lead + body, style});
        i = after;
    }
    return spans;
}

QByteArray visibleText(QByteArrayView line)
{
    const QList<AnsiSpan> spans = ansiSpans(line);
    if (spans.isEmpty())
        return line.toByteArray();
    QByteArray visible;
    visible.reserve(line.size());
    qsizetype from = 0;
    for (const AnsiSpan &span : spans) {
        visible.append(line.sliced(from, span.start - from));
        from = span.start + span.length;
    }
    visible.append(line.sliced(from));
    return visible;
}

LogLine classifyVisible(QByteArrayView v)
{
    LogLine line;
    qsizetype pos = 0;
    // Launcher pod stdout: epoch milliseconds and a tab before the timestamp.
    qsizetype epoch = 0;
    while (epoch < v.size() && isDigit(v[epoch]) && epoch < 14)
        ++epoch;
    if (epoch >= 10 && epoch < v.size() && v[epoch] == '\t')
        pos = epoch + 1;

    // docker-compose: "airbyte-worker      | " before the timestamp.
    if (const qsizetype n = wordLength(v, pos)) {
        const qsizetype bar = skipSpaces(v, pos + n);
        if (bar > pos + n && bar + 1 < v.size() && v[bar] == '|' && v[bar + 1] == ' ') {
            line.source = sourceKind(v.sliced(pos, n));
            line.sourcePos = pos;
            line.sourceLength = bar + 2 - pos;
            pos = bar + 2;
        }
    }

    if (const qsizetype n = timestampAt(v, pos)) {
        line.timestampPos = pos;
        line.timestampLength = n;
        pos = skipSpaces(v, pos + n);
    }

    // "platform > ", "source - " (older), or "source info" (the web UI's source column).
    if (const qsizetype n = wordLength(v, pos); n && line.source == LogSourceKind::None) {
        const QByteArrayView name = v.sliced(pos, n);
        const QByteArrayView rest = v.sliced(pos + n);
        LogLevel ignored;
        qsizetype prefix = 0;
        if (rest.startsWith(" >") && (rest.size() == 2 || rest[2] == ' '))
            prefix = n + qMin<qsizetype>(3, rest.size());
        else if ((name == "source" || name == "destination") && rest.startsWith(" - "))
            prefix = n + 3;
        else if (sourceKind(name) != LogSourceKind::Other && rest.startsWith(" ") &&
                 levelAt(v, pos + n + 1, &ignored))
            prefix = n + 1;
        if (prefix) {
            line.source = sourceKind(name);
            line.sourcePos = pos;
            line.sourceLength = prefix;
            pos = skipSpaces(v, pos + prefix);
        }
    }

    // A connector's own line nested inside the platform's: its timestamp is skipped.
    if (const qsizetype n = timestampAt(v, pos))
        pos = skipSpaces(v, pos + n);
    // "[thread name]\tLEVEL" (launcher pod stdout).
    if (pos < v.size() && v[pos] == '[' && line.timestampPos >= 0) {
        const qsizetype close = v.indexOf(']', pos);
        LogLevel ignored;
        if (close > 0 && levelAt(v, skipSpaces(v, close + 1), &ignored))
            pos = skipSpaces(v, close + 1);
    }
    // The web UI repeats the connector's level after its own ("info INFO"): the second wins.
    for (int word = 0; word < 2; ++word) {
        LogLevel level;
        const qsizetype n = levelAt(v, pos, &level);
        if (!n)
            break;
        line.level = level;
        line.levelPos = pos;
        line.levelLength = n;
        pos = skipSpaces(v, pos + n);
    }

    line.continuation = line.timestampPos < 0 && line.level == LogLevel::None &&
                        line.source == LogSourceKind::None && !v.startsWith('{');
    return line;
}

LogLine classifyLine(QByteArrayView raw)
{
    // Most lines hold no escape, no bracket and no U+FFFD (whose UTF-8 starts with 0xEF):
    // nothing to strip, so no copy.
    const auto has = [raw](char c) { return std::memchr(raw.data(), c, size_t(raw.size())); };
    if (raw.isEmpty() || (!has('\x1b') && !has('[') && !has('\xef')))
        return classifyVisible(raw);
    return classifyVisible(visibleText(raw));
}

QDateTime LogLine::timestamp(QByteArrayView visible) const
{
    if (timestampPos < 0 || timestampPos + timestampLength > visible.size())
        return {};
    const QByteArrayView v = visible.sliced(timestampPos, timestampLength);
    const QDate date(number(v, 0, 4), number(v, 5, 2), number(v, 8, 2));
    qsizetype i = 19;
    int ms = 0;
    if (i < v.size() && (v[i] == '.' || v[i] == ',')) {
        // Fractions are read to the millisecond, whatever their length.
        for (int k = 0, scale = 100; i + 1 < v.size() && isDigit(v[i + 1]); ++k, ++i) {
            if (k < 3) {
                ms += (v[i + 1] - '0') * scale;
                scale /= 10;
            }
        }
        ++i;
    }
    const QTime time(number(v, 11, 2), number(v, 14, 2), number(v, 17, 2), ms);
    int offset = 0;
    if (i + 6 <= v.size() && (v[i] == '+' || v[i] == '-')) {
        offset = (number(v, i + 1, 2) * 3600 + number(v, i + 4, 2) * 60) * (v[i] == '-' ? -1 : 1);
    }
    const QDateTime result(date, time, QTimeZone(offset));
    return result.isValid() ? result.toUTC() : QDateTime();
}

} // namespace Dsp::Logs
