#pragma once

// What one line of an Airbyte job log says about itself, read from its bytes (never a QString:
// a line may be invalid UTF-8 or megabytes long).
//
// The shapes handled, from the samples in ../shared/ref/airbyte/logs:
//   2024-04-17 08:23:42 platform > message                      (0.5x-1.x prefix era)
//   2024-01-19 02:00:58 platform > 2024-01-19 02:00:58 INFO ...  (connector line nested inside)
//   2024-09-09 12:44:25 source > INFO main i.d.e.EmbeddedEngine  (connector level after prefix)
//   2025-10-20 11:32:38 info message / info INFO thread ...       (web UI copy, lowercase/doubled)
//   1743567300000<TAB>2025-04-02 04:15:00,123 [main]<TAB>INFO ... (launcher pod stdout)
//   airbyte-worker | 2022-...  and  ... source - message         (docker-compose, older prefix)
// A line with none of timestamp, level or prefix continues the record opened before it: stack
// frames, "Caused by:", pretty JSON, SQL, blank lines. A line starting with '{' opens a record
// (structured JSON logs).
//
// ANSI SGR sequences are recognised with the ESC byte, with U+FFFD in its place, and as the bare
// fragments a paste leaves ("[36mDEBUG [m"). Classification works on the visible text, and the
// positions it gives are offsets in that text.

#include <QByteArray>
#include <QByteArrayView>
#include <QDateTime>
#include <QList>

namespace Dsp::Logs {

enum class LogLevel : quint8 { None, Error, Warn, Info, Debug, Trace };

enum class LogSourceKind : quint8 {
    None,
    Source,
    Destination,
    Platform,
    ReplicationOrchestrator,
    Normalization,
    Other,
};

// The style in effect after an SGR sequence: colour indexes 0-255 (8-15 bright), -1 = default.
struct AnsiStyle
{
    qint16 foreground = -1;
    qint16 background = -1;
    bool bold = false;
};

struct AnsiSpan
{
    qsizetype start = 0; // byte offset of the sequence in the raw line
    qsizetype length = 0;
    AnsiStyle style;
};

struct LogLine
{
    LogLevel level = LogLevel::None;
    qsizetype levelPos = -1;
    qsizetype levelLength = 0;
    LogSourceKind source = LogSourceKind::None;
    qsizetype sourcePos = -1;
    qsizetype sourceLength = 0; // the whole prefix, "platform > " or "airbyte-worker | "
    qsizetype timestampPos = -1;
    qsizetype timestampLength = 0;
    bool continuation = false;

    // The timestamp (UTC, as Airbyte writes it), or an invalid QDateTime when there is none.
    // `visible` is the text the line was classified from.
    QDateTime timestamp(QByteArrayView visible) const;
};

// The SGR sequences of a raw line, in order.
QList<AnsiSpan> ansiSpans(QByteArrayView line);
// The line without its ANSI sequences (and without U+FFFD standing for an ESC).
QByteArray visibleText(QByteArrayView line);
// Classifies visible text (see visibleText()).
LogLine classifyVisible(QByteArrayView visible);
// visibleText() then classifyVisible(), for callers that do not keep the visible text.
LogLine classifyLine(QByteArrayView line);

} // namespace Dsp::Logs
