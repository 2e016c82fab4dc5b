#include "logrow.h"

#include <QCoreApplication>
#include <QLocale>

namespace Dsp {

namespace {

QColor mix(const QColor &a, const QColor &b, double t)
{
    return QColor::fromRgbF(float(a.redF() * (1 - t) + b.redF() * t),
                            float(a.greenF() * (1 - t) + b.greenF() * t),
                            float(a.blueF() * (1 - t) + b.blueF() * t));
}

struct Run
{
    qsizetype start; // in the visible bytes
    Logs::AnsiStyle style;
};

QTextCharFormat foreground(const QColor &color, bool bold = false)
{
    QTextCharFormat format;
    format.setForeground(color);
    if (bold)
        format.setFontWeight(QFont::Bold);
    return format;
}

// Control bytes as the symbols of the Control Pictures block (U+2400...), tab kept; one
// QChar for one QChar, so the indexes of the formats stay right.
void showControls(QString &text)
{
    for (QChar &c : text) {
        const char16_t u = c.unicode();
        if (u < 0x20 && u != '\t')
            c = QChar(char16_t(0x2400 + u));
        else if (u == 0x7f)
            c = QChar(char16_t(0x2421));
    }
}

} // namespace

LogColors LogColors::fromPalette(const QPalette &palette)
{
    LogColors c;
    const QColor base = palette.color(QPalette::Base);
    c.dark = base.lightnessF() < 0.5;
    c.base = base;
    c.text = palette.color(QPalette::Text);
    c.muted = mix(c.text, base, 0.45);
    c.error = c.dark ? QColor(0xff, 0x6b, 0x6b) : QColor(0xc0, 0x1c, 0x28);
    c.warn = c.dark ? QColor(0xf6, 0xc1, 0x77) : QColor(0x9c, 0x5d, 0x00);
    c.debug = mix(c.text, base, 0.35);
    c.errorBackground = mix(base, c.error, c.dark ? 0.16 : 0.09);
    c.warnBackground = mix(base, c.warn, c.dark ? 0.12 : 0.08);
    c.match = c.dark ? QColor(0x80, 0x6a, 0x00) : QColor(0xff, 0xe0, 0x66);
    c.currentMatch = c.dark ? QColor(0xc0, 0x6a, 0x00) : QColor(0xff, 0xa5, 0x3d);
    c.sectionBackground = palette.color(QPalette::AlternateBase);
    if (c.sectionBackground == base)
        c.sectionBackground = mix(base, c.text, 0.08);
    // The 16 terminal colours, toned for the background (a black "30m" must stay readable).
    static const QRgb light[16] = {0x000000, 0xb21818, 0x18802b, 0x8a6d00, 0x1f4fbf, 0x9a1fa8,
                                   0x087f8c, 0x5c5c5c, 0x555555, 0xd93025, 0x188038, 0xa36c00,
                                   0x1a73e8, 0xb31aa8, 0x0b8796, 0x202020};
    static const QRgb dark[16] = {0x9e9e9e, 0xff6b6b, 0x7ddc7d, 0xe5c75a, 0x7aa7ff, 0xe08cf0,
                                  0x6fd6e0, 0xd0d0d0, 0xb0b0b0, 0xff8a8a, 0x9cf09c, 0xffe27a,
                                  0x9dbcff, 0xf0a8ff, 0x93ecf5, 0xffffff};
    for (int i = 0; i < 16; ++i)
        c.ansi[i] = QColor(c.dark ? dark[i] : light[i]);
    return c;
}

QColor LogColors::ansiColor(int index) const
{
    if (index < 0)
        return text;
    if (index < 16)
        return ansi[index];
    if (index < 232) { // the 6x6x6 cube
        const int i = index - 16;
        const auto level = [](int v) { return v ? 55 + v * 40 : 0; };
        return QColor(level(i / 36), level((i / 6) % 6), level(i % 6));
    }
    const int grey = 8 + (index - 232) * 10;
    return QColor(grey, grey, grey);
}

QColor LogColors::ansiBackground(int index) const
{
    return index < 0 ? base : mix(base, ansiColor(index), dark ? 0.45 : 0.3);
}

QColor LogColors::levelColor(Logs::LogLevel level) const
{
    switch (level) {
    case Logs::LogLevel::Error:
        return error;
    case Logs::LogLevel::Warn:
        return warn;
    case Logs::LogLevel::Debug:
    case Logs::LogLevel::Trace:
        return debug;
    case Logs::LogLevel::Info:
    case Logs::LogLevel::None:
        break;
    }
    return text;
}

qsizetype utf16Index(QByteArrayView utf8, qsizetype byteOffset)
{
    return QString::fromUtf8(utf8.first(std::min(byteOffset, utf8.size()))).size();
}

LogRow makeLogRow(QByteArrayView raw, bool cut, quint64 fullLength, const LogColors &colors,
                  const Highlighter &highlighter)
{
    LogRow row;
    row.cut = cut || raw.size() > MaxPaintedBytes;
    if (raw.size() > MaxPaintedBytes)
        raw = raw.first(MaxPaintedBytes);

    // The visible bytes and where each ANSI style starts in them.
    const QList<Logs::AnsiSpan> spans = Logs::ansiSpans(raw);
    QList<Run> runs;
    if (spans.isEmpty()) {
        row.visible = raw.toByteArray();
    } else {
        row.visible.reserve(raw.size());
        qsizetype from = 0;
        for (const Logs::AnsiSpan &span : spans) {
            row.visible.append(raw.sliced(from, span.start - from));
            runs.append({row.visible.size(), span.style});
            from = span.start + span.length;
        }
        row.visible.append(raw.sliced(from));
    }
    row.line = Logs::classifyVisible(row.visible);

    // Decoded run by run, so each run's QString start is exact even around invalid bytes.
    QList<qsizetype> runStarts;
    qsizetype previous = 0;
    for (const Run &run : runs) {
        row.text.append(QString::fromUtf8(row.visible.sliced(previous, run.start - previous)));
        runStarts.append(row.text.size());
        previous = run.start;
    }
    row.text.append(QString::fromUtf8(row.visible.sliced(previous)));
    showControls(row.text);

    const auto index = [&](qsizetype byte) { return utf16Index(row.visible, byte); };
    const auto add = [&](qsizetype start, qsizetype length, const QTextCharFormat &format) {
        if (length > 0)
            row.formats.append({int(start), int(length), format});
    };
    if (row.line.timestampPos >= 0) {
        const qsizetype s = index(row.line.timestampPos);
        add(s, index(row.line.timestampPos + row.line.timestampLength) - s,
            foreground(colors.muted));
    }
    if (row.line.sourcePos >= 0) {
        const qsizetype s = index(row.line.sourcePos);
        add(s, index(row.line.sourcePos + row.line.sourceLength) - s, foreground(colors.muted));
    }
    for (qsizetype i = 0; i < runs.size(); ++i) {
        const Logs::AnsiStyle &style = runs[i].style;
        if (style.foreground < 0 && style.background < 0 && !style.bold)
            continue;
        const qsizetype end = i + 1 < runs.size() ? runStarts[i + 1] : row.text.size();
        QTextCharFormat format = foreground(colors.ansiColor(style.foreground), style.bold);
        if (style.background >= 0)
            format.setBackground(colors.ansiBackground(style.background));
        add(runStarts[i], end - runStarts[i], format);
    }
    if (row.line.levelPos >= 0 && row.line.level != Logs::LogLevel::None) {
        const qsizetype s = index(row.line.levelPos);
        add(s, index(row.line.levelPos + row.line.levelLength) - s,
            foreground(colors.levelColor(row.line.level),
                       row.line.level == Logs::LogLevel::Error ||
                           row.line.level == Logs::LogLevel::Warn));
    }
    if (row.cut) {
        const QString note =
            QCoreApplication::translate("Dsp::LogView", " … (%1 more bytes)")
                .arg(QLocale().toString(qulonglong(fullLength - quint64(raw.size()))));
        add(row.text.size(), note.size(), foreground(colors.muted));
        row.text.append(note);
    }
    if (highlighter) {
        for (const auto &[start, length] : highlighter(row.visible)) {
            const qsizetype s = index(start);
            QTextCharFormat format;
            format.setBackground(colors.match);
            add(s, index(start + length) - s, format);
            ++row.matchFormats;
        }
    }
    return row;
}

} // namespace Dsp
