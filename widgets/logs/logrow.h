#pragma once

// LogRow: one log line made ready to paint: its visible text (ANSI sequences turned into
// colours, control bytes into visible symbols, invalid UTF-8 into U+FFFD), the formats of its
// level, prefix, timestamp, colours and search matches, all from the palette so dark mode works.
// Built for the visible lines only; plain values, any thread.

#include "logs/logline.h"

#include <QColor>
#include <QList>
#include <QPalette>
#include <QString>
#include <QTextLayout>

#include <functional>
#include <utility>

namespace Dsp {

// The colours a log is painted with, derived from a palette (light or dark).
struct LogColors
{
    QColor base;
    QColor text;
    QColor muted; // timestamps, prefixes, line numbers
    QColor error;
    QColor warn;
    QColor debug;
    QColor errorBackground;
    QColor warnBackground;
    QColor match;        // a search match's background
    QColor currentMatch; // the match the search is on
    QColor sectionBackground;
    QColor ansi[16];
    bool dark = false;

    static LogColors fromPalette(const QPalette &palette);
    QColor ansiColor(int index) const; // 0-255 (xterm's cube and greys beyond 15)
    // A colour code's background, toned down so the text on it stays readable.
    QColor ansiBackground(int index) const;
    QColor levelColor(Logs::LogLevel level) const;
};

using MatchSpans = QList<std::pair<qsizetype, qsizetype>>; // byte start, byte length
using Highlighter = std::function<MatchSpans(QByteArrayView visible)>;

struct LogRow
{
    QString text;
    QList<QTextLayout::FormatRange> formats;
    Logs::LogLine line;   // classification of the visible text (byte positions)
    int matchFormats = 0; // how many of `formats` (at the end) are search matches
    bool cut = false;     // only the head of a longer line

    // The visible text as UTF-8 (what Copy puts on the clipboard).
    QByteArray visible;
};

// Characters of a long line painted at most; the rest is said in a note at its end.
constexpr qsizetype MaxPaintedBytes = 16 * 1024;

LogRow makeLogRow(QByteArrayView raw, bool cut, quint64 fullLength, const LogColors &colors,
                  const Highlighter &highlighter);
// QString index of a byte offset into `utf8` (the decoder's own count, invalid bytes included).
qsizetype utf16Index(QByteArrayView utf8, qsizetype byteOffset);

} // namespace Dsp
