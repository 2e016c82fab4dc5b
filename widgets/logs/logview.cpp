#include "logview.h"

#include "logs/logdocument.h"
#include "logs/logfilter.h"

#include <QApplication>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QFontDatabase>
#include <QMenu>
#include <QPainter>
#include <QScrollBar>
#include <QTextLayout>
#include <QWheelEvent>

#include <algorithm>

namespace Dsp {

using Logs::LineNumber;

namespace {

constexpr int TextMargin = 6;
constexpr int GutterPadding = 8;
// Lines looked back from a continuation line for the record that opened it.
constexpr quint64 RecordLookBack = 256;
constexpr qsizetype HeadBytes = 512;

} // namespace

LogView::LogView(QWidget *parent)
    : QAbstractScrollArea(parent)
{
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setFocusPolicy(Qt::StrongFocus);
    setAttribute(Qt::WA_InputMethodEnabled, false);
    viewport()->setCursor(Qt::IBeamCursor);
    viewport()->setAutoFillBackground(false);
    m_cache.setMaxCost(4 << 20); // characters of text
    m_heights.setMaxCost(20000);
    m_levels.setMaxCost(20000);
    m_colors = LogColors::fromPalette(palette());
    verticalScrollBar()->setSingleStep(1);
    horizontalScrollBar()->setSingleStep(fontMetrics().horizontalAdvance(QLatin1Char('x')) * 4);
    updateScrollBars();
}

LogView::~LogView() = default;

void LogView::setDocument(Logs::LogDocument *document)
{
    if (m_document)
        m_document->disconnect(this);
    m_document = document;
    invalidate();
    m_anchor.reset();
    m_cursor.reset();
    m_top = 0;
    m_topOffset = 0;
    m_maxWidth = 0;
    if (document) {
        connect(document, &Logs::LogDocument::linesAdded, this, [this](Logs::LineCount total) {
            // The last line may have been open (no newline yet) and grown.
            if (m_knownLines > 0) {
                m_cache.remove(m_knownLines - 1);
                m_heights.remove(m_knownLines - 1);
            }
            m_knownLines = total.value;
            if (!isFilterActive())
                rowsChanged(false);
        });
        connect(document, &Logs::LogDocument::reset, this, &LogView::documentReset);
        m_knownLines = document->lineCount().value;
    }
    rowsChanged(true);
}

void LogView::setFilter(Logs::LogFilter *filter)
{
    if (m_filter)
        m_filter->disconnect(this);
    m_filter = filter;
    if (filter) {
        connect(filter, &Logs::LogFilter::linesChanged, this, &LogView::filterChanged);
        connect(filter, &Logs::LogFilter::finished, this, [this] { filterChanged(false); });
    }
    filterChanged(true);
}

bool LogView::isFilterActive() const
{
    return m_filter && m_filter->isActive();
}

void LogView::filterChanged(bool restarted)
{
    m_filtered = isFilterActive();
    m_rows = m_filtered ? m_filter->lines() : Logs::FilteredLines();
    if (restarted && !m_atEnd && m_cursor)
        m_pendingCenter = m_cursor;
    rowsChanged(restarted);
    if (m_pendingCenter) {
        // Centre the line the user was on once the filter has passed it.
        const bool passed =
            !m_filtered || !m_filter->isRunning() ||
            (m_rows.rowCount() > 0 && m_rows.lineAt(m_rows.rowCount() - 1) >= *m_pendingCenter);
        if (passed) {
            const quint64 r = rowOfLine(*m_pendingCenter);
            m_pendingCenter.reset();
            centerOn(r);
        }
    }
}

void LogView::documentReset()
{
    invalidate();
    m_knownLines = m_document ? m_document->lineCount().value : 0;
    m_anchor.reset();
    m_cursor.reset();
    m_pendingCenter.reset();
    m_maxWidth = 0;
    if (!m_atEnd)
        m_top = 0;
    m_topOffset = 0;
    if (!isFilterActive())
        rowsChanged(true);
    emit currentLineChanged(std::nullopt);
}

void LogView::setHighlighter(Highlighter highlighter)
{
    m_highlighter = std::move(highlighter);
    m_cache.clear();
    viewport()->update();
}

void LogView::setCurrentMatch(std::optional<LineNumber> line)
{
    m_currentMatch = line;
    viewport()->update();
}

void LogView::setSectionLines(QList<quint64> lines)
{
    std::sort(lines.begin(), lines.end());
    m_sections = std::move(lines);
    viewport()->update();
}

void LogView::setWrapping(bool wrap)
{
    if (wrap == m_wrap)
        return;
    m_wrap = wrap;
    m_topOffset = 0;
    m_heights.clear();
    horizontalScrollBar()->setValue(0);
    const bool atEnd = m_atEnd;
    updateScrollBars();
    if (atEnd)
        scrollToEnd();
    viewport()->update();
}

quint64 LogView::rowCount() const
{
    if (m_filtered)
        return m_rows.rowCount();
    return m_document ? m_knownLines : 0;
}

LineNumber LogView::lineAtRow(quint64 row) const
{
    if (!m_filtered)
        return LineNumber(row);
    return row < m_rows.rowCount() ? m_rows.lineAt(row) : LineNumber(0);
}

quint64 LogView::rowOfLine(LineNumber line) const
{
    const quint64 count = rowCount();
    if (count == 0)
        return 0;
    const quint64 row = m_filtered ? m_rows.rowAtOrAfter(line) : line.value;
    return std::min(row, count - 1);
}

int LogView::lineSpacing() const
{
    return fontMetrics().lineSpacing();
}

int LogView::visibleRowCapacity() const
{
    return std::max(1, viewport()->height() / lineSpacing());
}

int LogView::gutterWidth() const
{
    const quint64 lines = m_document ? std::max<quint64>(m_knownLines, 1) : 1;
    const int digits = int(QString::number(lines).size());
    return fontMetrics().horizontalAdvance(QLatin1Char('9')) * std::max(digits, 3) +
           2 * GutterPadding;
}

int LogView::textWidth() const
{
    return std::max(40, viewport()->width() - gutterWidth() - 2 * TextMargin);
}

void LogView::invalidate()
{
    m_cache.clear();
    m_heights.clear();
    m_levels.clear();
}

void LogView::fetchRows(quint64 first, quint64 count) const
{
    if (!m_document)
        return;
    // Contiguous runs of lines not yet cached, one read each.
    quint64 row = first;
    const quint64 end = std::min(first + count, rowCount());
    while (row < end) {
        const quint64 line = lineAtRow(row).value;
        if (m_cache.contains(line)) {
            ++row;
            continue;
        }
        quint64 runEnd = row + 1;
        while (runEnd < end && lineAtRow(runEnd).value == line + (runEnd - row) &&
               !m_cache.contains(line + (runEnd - row)))
            ++runEnd;
        QList<bool> cut;
        const QList<QByteArray> raw =
            m_document->lines(LineNumber(line), qsizetype(runEnd - row), MaxPaintedBytes, &cut);
        for (qsizetype i = 0; i < raw.size(); ++i) {
            const quint64 n = line + quint64(i);
            const quint64 full =
                cut[i] ? m_document->lineLength(LineNumber(n)) : quint64(raw[i].size());
            auto *made = new LogRow(makeLogRow(raw[i], cut[i], full, m_colors, m_highlighter));
            m_cache.insert(n, made, int(std::max<qsizetype>(1, made->text.size())));
        }
        if (raw.size() < qsizetype(runEnd - row)) // the file is shorter than its index
            return;
        row = runEnd;
    }
}

const LogRow *LogView::row(quint64 rowNumber) const
{
    const quint64 line = lineAtRow(rowNumber).value;
    if (!m_cache.contains(line))
        fetchRows(rowNumber, 1);
    return m_cache.object(line);
}

Logs::LogLevel LogView::recordLevel(quint64 rowNumber) const
{
    const LogRow *r = row(rowNumber);
    if (!r)
        return Logs::LogLevel::None;
    if (!r->line.continuation)
        return r->line.level;
    const quint64 line = lineAtRow(rowNumber).value;
    if (const quint8 *known = m_levels.object(line))
        return Logs::LogLevel(*known);
    Logs::LogLevel level = Logs::LogLevel::None;
    if (m_document && line > 0) {
        const quint64 first = line > RecordLookBack ? line - RecordLookBack : 0;
        const QList<QByteArray> heads =
            m_document->lines(LineNumber(first), qsizetype(line - first), HeadBytes);
        for (qsizetype i = heads.size() - 1; i >= 0; --i) {
            const Logs::LogLine l = Logs::classifyLine(heads[i]);
            if (!l.continuation) {
                level = l.level;
                break;
            }
        }
    }
    m_levels.insert(line, new quint8(quint8(level)));
    return level;
}

QTextOption LogView::textOption() const
{
    QTextOption option;
    option.setWrapMode(m_wrap ? QTextOption::WrapAtWordBoundaryOrAnywhere : QTextOption::NoWrap);
    option.setTabStopDistance(fontMetrics().horizontalAdvance(QLatin1Char(' ')) * 8);
    return option;
}

void LogView::layoutRow(QTextLayout &layout, const LogRow &r, bool current) const
{
    layout.setText(r.text);
    layout.setFont(font());
    layout.setTextOption(textOption());
    QList<QTextLayout::FormatRange> formats = r.formats;
    if (current) {
        for (qsizetype i = formats.size() - r.matchFormats; i < formats.size(); ++i)
            formats[i].format.setBackground(m_colors.currentMatch);
    }
    layout.setFormats(formats);
    layout.beginLayout();
    const qreal width = m_wrap ? textWidth() : 1e9;
    qreal y = 0;
    for (;;) {
        QTextLine textLine = layout.createLine();
        if (!textLine.isValid())
            break;
        textLine.setLineWidth(width);
        textLine.setPosition(QPointF(0, y));
        y += lineSpacing();
    }
    layout.endLayout();
}

int LogView::rowHeight(quint64 rowNumber) const
{
    if (!m_wrap)
        return lineSpacing();
    const quint64 line = lineAtRow(rowNumber).value;
    if (const int *known = m_heights.object(line))
        return *known;
    const LogRow *r = row(rowNumber);
    int height = lineSpacing();
    if (r && !r->text.isEmpty()) {
        QTextLayout layout;
        layoutRow(layout, *r, false);
        height = std::max(1, layout.lineCount()) * lineSpacing();
    }
    m_heights.insert(line, new int(height));
    return height;
}

quint64 LogView::topRowEndingAt(quint64 end) const
{
    if (!m_wrap) {
        const quint64 capacity = quint64(visibleRowCapacity());
        return end > capacity ? end - capacity : 0;
    }
    // Back from `end` until the screen is full (one row at least, however tall).
    const int available = viewport()->height();
    int used = 0;
    quint64 top = end;
    while (top > 0) {
        const int h = rowHeight(top - 1);
        if (used + h > available && used > 0)
            break;
        used += h;
        --top;
    }
    return top;
}

quint64 LogView::lastTopRow() const
{
    return topRowEndingAt(rowCount());
}

void LogView::updateScrollBars()
{
    m_adjusting = true;
    const quint64 last = lastTopRow();
    QScrollBar *v = verticalScrollBar();
    v->setRange(0, int(std::min<quint64>(last, quint64(std::numeric_limits<int>::max()))));
    v->setPageStep(std::max(1, visibleRowCapacity() - 1));
    if (m_top > last)
        m_top = last;
    if (m_topOffset > 0 && (m_top >= rowCount() || m_topOffset >= rowHeight(m_top)))
        m_topOffset = 0; // the rows were laid out again (another width)
    v->setValue(int(std::min<quint64>(m_top, quint64(std::numeric_limits<int>::max()))));
    QScrollBar *h = horizontalScrollBar();
    h->setRange(0, m_wrap ? 0 : std::max(0, m_maxWidth - textWidth()));
    h->setPageStep(textWidth());
    m_adjusting = false;
}

void LogView::rowsChanged(bool restarted)
{
    const bool follow = m_atEnd;
    if (restarted)
        m_maxWidth = 0;
    updateScrollBars();
    if (follow)
        scrollToEnd();
    viewport()->update();
}

int LogView::endOffset() const
{
    if (!m_wrap)
        return 0;
    // The last screen, when its top row is taller than the window, ends inside that row.
    int used = 0;
    for (quint64 r = lastTopRow(); r < rowCount(); ++r)
        used += rowHeight(r);
    return std::max(0, used - viewport()->height());
}

bool LogView::isAtEnd() const
{
    const quint64 last = lastTopRow();
    return m_top > last || (m_top == last && m_topOffset >= endOffset());
}

void LogView::scrollToEnd()
{
    setTop(lastTopRow());
    m_topOffset = endOffset();
    setAtEnd(true);
}

void LogView::scrollByPixels(int delta)
{
    // Wrapped rows may be taller than the window: the top row can start above it.
    const quint64 count = rowCount();
    if (count == 0)
        return;
    qint64 offset = qint64(m_topOffset) + delta;
    quint64 top = std::min(m_top, count - 1);
    while (offset < 0 && top > 0) {
        --top;
        offset += rowHeight(top);
    }
    offset = std::max<qint64>(offset, 0);
    while (top + 1 < count && offset >= rowHeight(top)) {
        offset -= rowHeight(top);
        ++top;
    }
    const quint64 last = lastTopRow();
    if (top > last || (top == last && offset > endOffset())) {
        top = last;
        offset = endOffset();
    }
    m_top = top;
    m_topOffset = int(offset);
    m_adjusting = true;
    verticalScrollBar()->setValue(int(std::min<quint64>(top, std::numeric_limits<int>::max())));
    m_adjusting = false;
    setAtEnd(isAtEnd());
    viewport()->update();
}

void LogView::wheelEvent(QWheelEvent *event)
{
    if (!m_wrap || event->modifiers() & Qt::ShiftModifier) {
        QAbstractScrollArea::wheelEvent(event);
        return;
    }
    const int pixels = !event->pixelDelta().isNull()
                           ? -event->pixelDelta().y()
                           : -event->angleDelta().y() * 3 * lineSpacing() / 120;
    scrollByPixels(pixels);
    event->accept();
}

void LogView::setAtEnd(bool atEnd)
{
    if (atEnd == m_atEnd)
        return;
    m_atEnd = atEnd;
    emit atEndChanged(atEnd);
}

void LogView::setTop(quint64 top)
{
    top = std::min(top, lastTopRow());
    if (top == m_top && verticalScrollBar()->value() == int(top))
        return;
    m_top = top;
    m_topOffset = 0;
    m_adjusting = true;
    verticalScrollBar()->setValue(int(std::min<quint64>(top, std::numeric_limits<int>::max())));
    m_adjusting = false;
    viewport()->update();
}

void LogView::scrollContentsBy(int dx, int dy)
{
    Q_UNUSED(dx)
    if (!m_adjusting && dy != 0) { // a sideways scroll leaves the rows where they are
        m_top = quint64(verticalScrollBar()->value());
        m_topOffset = 0;
        setAtEnd(isAtEnd());
    }
    viewport()->update();
}

void LogView::centerOn(quint64 rowNumber)
{
    const quint64 half = quint64(visibleRowCapacity() / 2);
    setTop(rowNumber > half ? rowNumber - half : 0);
    setAtEnd(isAtEnd());
}

void LogView::goToLine(LineNumber line)
{
    if (rowCount() == 0)
        return;
    const quint64 r = rowOfLine(line);
    const LineNumber shown = lineAtRow(r);
    m_anchor = shown;
    m_cursor = shown;
    centerOn(r);
    emit currentLineChanged(shown);
    viewport()->update();
}

std::optional<LineNumber> LogView::currentLine() const
{
    return m_cursor;
}

std::pair<quint64, quint64> LogView::selectedRows() const
{
    if (!m_cursor || !m_anchor || rowCount() == 0)
        return {1, 0};
    const Logs::LineNumber low = std::min(*m_anchor, *m_cursor);
    const Logs::LineNumber high = std::max(*m_anchor, *m_cursor);
    if (!m_filtered)
        return {low.value, std::min(high.value, rowCount() - 1)};
    // The rows shown between the two lines; none when the filter hides them all.
    const quint64 first = m_rows.rowAtOrAfter(low);
    if (first >= m_rows.rowCount() || m_rows.lineAt(first) > high)
        return {1, 0};
    return {first, m_rows.rowAtOrBefore(high)};
}

quint64 LogView::selectedRowCount() const
{
    const auto [first, last] = selectedRows();
    return first > last ? 0 : last - first + 1;
}

QList<LineNumber> LogView::selectedLines(quint64 max) const
{
    QList<LineNumber> lines;
    const auto [first, last] = selectedRows();
    for (quint64 r = first; r <= last && quint64(lines.size()) < max; ++r)
        lines.append(lineAtRow(r));
    return lines;
}

QString LogView::lineText(LineNumber line) const
{
    if (!m_document)
        return {};
    return QString::fromUtf8(Logs::visibleText(m_document->line(line, 1 << 20)));
}

bool LogView::copySelection(qint64 maxBytes)
{
    const auto [first, last] = selectedRows();
    if (!m_document || first > last)
        return false;
    qint64 bytes = 0;
    for (quint64 r = first; r <= last; ++r) {
        bytes += qint64(m_document->lineLength(lineAtRow(r))) + 1;
        if (bytes > maxBytes) {
            emit copyRefused(bytes);
            return false;
        }
    }
    QByteArray text;
    text.reserve(bytes);
    // Contiguous runs read in one go.
    for (quint64 r = first; r <= last;) {
        const quint64 line = lineAtRow(r).value;
        quint64 end = r + 1;
        while (end <= last && end - r < 4096 && lineAtRow(end).value == line + (end - r))
            ++end;
        const QList<QByteArray> raw =
            m_document->lines(LineNumber(line), qsizetype(end - r), qsizetype(maxBytes));
        for (const QByteArray &l : raw) {
            text.append(Logs::visibleText(l));
            text.append('\n');
        }
        r = end;
    }
    if (!text.isEmpty())
        text.chop(1);
    QApplication::clipboard()->setText(QString::fromUtf8(text));
    return true;
}

std::optional<quint64> LogView::rowAt(int y) const
{
    const quint64 count = rowCount();
    int top = -m_topOffset;
    for (quint64 r = m_top; r < count; ++r) {
        const int h = rowHeight(r);
        if (y < top + h)
            return r;
        top += h;
        if (top > viewport()->height())
            break;
    }
    if (count > 0 && y >= top)
        return count - 1;
    return std::nullopt;
}

void LogView::moveCursor(quint64 rowNumber, bool extend)
{
    const quint64 count = rowCount();
    if (count == 0)
        return;
    rowNumber = std::min(rowNumber, count - 1);
    const LineNumber line = lineAtRow(rowNumber);
    m_cursor = line;
    if (!extend || !m_anchor)
        m_anchor = line;
    ensureVisible(rowNumber);
    emit currentLineChanged(line);
    viewport()->update();
}

void LogView::ensureVisible(quint64 rowNumber)
{
    if (rowNumber < m_top) {
        setTop(rowNumber);
    } else if (const quint64 top = topRowEndingAt(rowNumber + 1); top > m_top) {
        setTop(top); // the row's bottom must be on screen
    }
    setAtEnd(isAtEnd());
}

void LogView::paintEvent(QPaintEvent *event)
{
    Q_UNUSED(event)
    QPainter painter(viewport());
    const QRect area = viewport()->rect();
    const QColor base = palette().color(QPalette::Base);
    painter.fillRect(area, base);
    const int gutter = gutterWidth();
    const QColor gutterColor = m_colors.dark ? base.lighter(118) : base.darker(104);
    painter.fillRect(QRect(0, 0, gutter, area.height()), gutterColor);

    const quint64 count = rowCount();
    if (count == 0)
        return;
    const int spacing = lineSpacing();
    const quint64 first = std::min(m_top, count - 1);
    fetchRows(first, quint64(area.height() / spacing + 2));

    const auto [selFirst, selLast] = selectedRows();
    const QColor highlight = palette().color(QPalette::Highlight);
    const QColor selection = QColor::fromRgbF(float(base.redF() * 0.6 + highlight.redF() * 0.4),
                                              float(base.greenF() * 0.6 + highlight.greenF() * 0.4),
                                              float(base.blueF() * 0.6 + highlight.blueF() * 0.4));
    const int hscroll = m_wrap ? 0 : horizontalScrollBar()->value();
    const int textLeft = gutter + TextMargin;
    int widest = m_maxWidth;
    int y = -m_topOffset;
    QFont bold = font();
    bold.setBold(true);
    for (quint64 r = first; r < count && y < area.height(); ++r) {
        const LogRow *rowData = row(r);
        if (!rowData)
            break;
        const LineNumber line = lineAtRow(r);
        QTextLayout layout;
        layoutRow(layout, *rowData, m_currentMatch && *m_currentMatch == line);
        const int height = m_wrap ? std::max(1, layout.lineCount()) * spacing : spacing;
        if (m_wrap && !m_heights.contains(line.value))
            m_heights.insert(line.value, new int(height));
        const QRect rowRect(gutter, y, area.width() - gutter, height);
        const bool section = std::binary_search(m_sections.begin(), m_sections.end(), line.value);
        const bool selected = r >= selFirst && r <= selLast;
        if (selected) {
            painter.fillRect(rowRect, selection);
        } else if (section) {
            painter.fillRect(rowRect, m_colors.sectionBackground);
        } else {
            const Logs::LogLevel level = recordLevel(r);
            if (level == Logs::LogLevel::Error)
                painter.fillRect(rowRect, m_colors.errorBackground);
            else if (level == Logs::LogLevel::Warn)
                painter.fillRect(rowRect, m_colors.warnBackground);
        }
        if (m_currentMatch && *m_currentMatch == line)
            painter.fillRect(QRect(gutter, y, 3, height), m_colors.currentMatch);

        painter.setFont(font());
        painter.setPen(m_colors.muted);
        painter.drawText(QRect(0, y, gutter - GutterPadding, spacing),
                         Qt::AlignRight | Qt::AlignVCenter, QString::number(line.value + 1));

        painter.save();
        painter.setClipRect(QRect(textLeft, y, area.width() - textLeft, height));
        painter.setPen(m_colors.text);
        if (section) {
            layout.setFont(bold);
        }
        layout.draw(&painter, QPointF(textLeft - hscroll, y));
        painter.restore();
        if (!m_wrap)
            widest = std::max(widest, int(layout.maximumWidth()) + TextMargin);
        y += height;
    }
    if (widest != m_maxWidth) {
        m_maxWidth = widest;
        QMetaObject::invokeMethod(this, &LogView::updateScrollBars, Qt::QueuedConnection);
    }
}

void LogView::resizeEvent(QResizeEvent *event)
{
    QAbstractScrollArea::resizeEvent(event);
    const bool follow = m_atEnd;
    if (m_wrap)
        m_heights.clear();
    updateScrollBars();
    if (follow)
        scrollToEnd();
}

void LogView::keyPressEvent(QKeyEvent *event)
{
    const bool shift = event->modifiers() & Qt::ShiftModifier;
    const quint64 count = rowCount();
    const quint64 current = m_cursor ? rowOfLine(*m_cursor) : m_top;
    const quint64 page = quint64(std::max(1, visibleRowCapacity() - 1));
    if (event->matches(QKeySequence::Copy)) {
        copySelection();
        return;
    }
    if (event->matches(QKeySequence::SelectAll)) {
        if (count > 0) {
            m_anchor = lineAtRow(0);
            m_cursor = lineAtRow(count - 1);
            emit currentLineChanged(m_cursor);
            viewport()->update();
        }
        return;
    }
    switch (event->key()) {
    case Qt::Key_Down:
        moveCursor(m_cursor ? current + 1 : m_top, shift);
        return;
    case Qt::Key_Up:
        moveCursor(current > 0 ? current - 1 : 0, shift);
        return;
    case Qt::Key_PageDown:
        moveCursor(current + page, shift);
        return;
    case Qt::Key_PageUp:
        moveCursor(current > page ? current - page : 0, shift);
        return;
    case Qt::Key_Home:
        if (event->modifiers() & Qt::ControlModifier || !m_cursor)
            moveCursor(0, shift);
        else
            horizontalScrollBar()->setValue(0);
        return;
    case Qt::Key_End:
        if (count > 0) {
            moveCursor(count - 1, shift);
            scrollToEnd();
        }
        return;
    case Qt::Key_Left:
        horizontalScrollBar()->triggerAction(QAbstractSlider::SliderSingleStepSub);
        return;
    case Qt::Key_Right:
        horizontalScrollBar()->triggerAction(QAbstractSlider::SliderSingleStepAdd);
        return;
    default:
        break;
    }
    QAbstractScrollArea::keyPressEvent(event);
}

void LogView::mousePressEvent(QMouseEvent *event)
{
    setFocus(Qt::MouseFocusReason);
    if (event->button() == Qt::RightButton) {
        // Keep a selection the click falls in (the menu copies it); otherwise select the row.
        const auto r = rowAt(int(event->position().y()));
        const auto [first, last] = selectedRows();
        if (r && (*r < first || *r > last))
            moveCursor(*r, false);
        return;
    }
    if (event->button() != Qt::LeftButton)
        return;
    if (const auto r = rowAt(int(event->position().y()))) {
        m_dragging = true;
        moveCursor(*r, event->modifiers() & Qt::ShiftModifier);
    }
}

void LogView::mouseMoveEvent(QMouseEvent *event)
{
    if (!m_dragging || !(event->buttons() & Qt::LeftButton))
        return;
    const int y = int(event->position().y());
    if (y < 0 && m_top > 0) {
        moveCursor(m_top - 1, true);
    } else if (y > viewport()->height()) {
        const quint64 last = m_top + quint64(visibleRowCapacity());
        moveCursor(last, true);
    } else if (const auto r = rowAt(y)) {
        moveCursor(*r, true);
    }
}

void LogView::mouseReleaseEvent(QMouseEvent *event)
{
    Q_UNUSED(event)
    m_dragging = false;
}

void LogView::mouseDoubleClickEvent(QMouseEvent *event)
{
    // A double click selects the whole record (a stack trace with its error line).
    const auto r = rowAt(int(event->position().y()));
    if (!r)
        return;
    quint64 first = *r;
    while (first > 0 && first + RecordLookBack > *r) {
        const LogRow *opener = row(first);
        if (!opener || !opener->line.continuation)
            break;
        --first;
    }
    quint64 last = *r;
    while (last + 1 < rowCount() && last < *r + RecordLookBack) {
        const LogRow *following = row(last + 1);
        if (!following || !following->line.continuation)
            break;
        ++last;
    }
    m_anchor = lineAtRow(first);
    m_cursor = lineAtRow(last);
    emit currentLineChanged(m_cursor);
    viewport()->update();
}

void LogView::contextMenuEvent(QContextMenuEvent *event)
{
    QMenu menu(this);
    const quint64 selected = selectedRowCount();
    QAction *copy = menu.addAction(
        selected > 1 ? tr("&Copy %n Lines", nullptr, int(std::min<quint64>(selected, INT_MAX)))
                     : tr("&Copy Line"));
    copy->setShortcut(QKeySequence::Copy);
    copy->setEnabled(selected > 0);
    connect(copy, &QAction::triggered, this, [this] { copySelection(); });
    QAction *link = menu.addAction(tr("Copy &Link to Line"));
    link->setEnabled(m_cursor.has_value());
    connect(link, &QAction::triggered, this, [this] {
        if (m_cursor)
            emit copyLinkRequested(*m_cursor);
    });
    menu.addSeparator();
    QAction *all = menu.addAction(tr("Select &All"));
    all->setShortcut(QKeySequence::SelectAll);
    connect(all, &QAction::triggered, this, [this] {
        if (rowCount() == 0)
            return;
        m_anchor = lineAtRow(0);
        m_cursor = lineAtRow(rowCount() - 1);
        emit currentLineChanged(m_cursor);
        viewport()->update();
    });
    menu.exec(event->globalPos());
}

void LogView::changeEvent(QEvent *event)
{
    QAbstractScrollArea::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange ||
        event->type() == QEvent::StyleChange) {
        m_colors = LogColors::fromPalette(palette());
        invalidate();
        m_maxWidth = 0;
        updateScrollBars();
        viewport()->update();
    }
}

} // namespace Dsp
