#pragma once

// LogView: a log of any size, painted a screenful at a time (klogg's AbstractLogView). Rows
// are the document's lines, or the lines a LogFilter kept; only the rows on screen are read and
// laid out. Scrolling is by row, so ten million lines scroll like ten. Follows the end while it
// is at the end; wraps long lines on demand; selects whole lines (click, shift-click, drag,
// keyboard) and copies their text without colour codes. GUI thread; the document and filter
// it shows are not owned and may go before it (it watches them).

#include "logrow.h"

#include "logs/filteredlines.h"
#include "logs/linetypes.h"

#include <QAbstractScrollArea>
#include <QCache>
#include <QPointer>
#include <QTextOption>

#include <optional>
#include <utility>

namespace Dsp {

namespace Logs {
class LogDocument;
class LogFilter;
} // namespace Logs

class LogView : public QAbstractScrollArea
{
    Q_OBJECT
public:
    explicit LogView(QWidget *parent = nullptr);
    ~LogView() override;

    void setDocument(Logs::LogDocument *document);
    // Rows are the filter's lines while it is active; null: every line.
    void setFilter(Logs::LogFilter *filter);
    // Search matches to paint in each row (null: none), and the line the search is on.
    void setHighlighter(Highlighter highlighter);
    void setCurrentMatch(std::optional<Logs::LineNumber> line);
    // Lines drawn as separators (between a job's attempts).
    void setSectionLines(QList<quint64> lines);

    void setWrapping(bool wrap);
    bool isWrapping() const { return m_wrap; }
    // Sticking to the end: new lines scroll into view while the last one is shown.
    bool isAtEnd() const;
    void scrollToEnd();

    quint64 rowCount() const;
    Logs::LineNumber lineAtRow(quint64 row) const;
    // The row showing `line`, or the nearest one after it when the filter hides it.
    quint64 rowOfLine(Logs::LineNumber line) const;
    // Selects `line` and scrolls it to the middle of the screen.
    void goToLine(Logs::LineNumber line);
    std::optional<Logs::LineNumber> currentLine() const;
    // The selected lines, first to last (empty: none).
    QList<Logs::LineNumber> selectedLines(quint64 max) const;
    quint64 selectedRowCount() const;
    // Copies the selected lines' text; false (and nothing copied) past `maxBytes`.
    bool copySelection(qint64 maxBytes = 64 << 20);
    // The visible text of a line (for tests and the clipboard).
    QString lineText(Logs::LineNumber line) const;
    // The first row painted (tests).
    quint64 topRow() const { return m_top; }
    int visibleRowCapacity() const;

signals:
    void currentLineChanged(std::optional<Dsp::Logs::LineNumber> line);
    // The user scrolled to the end (true) or away from it (false).
    void atEndChanged(bool atEnd);
    void copyLinkRequested(Dsp::Logs::LineNumber line);
    // A copy refused (too big): the page says so.
    void copyRefused(qint64 bytes);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;
    void wheelEvent(QWheelEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    bool isFilterActive() const;
    void filterChanged(bool restarted);
    void documentReset();
    void rowsChanged(bool restarted);
    // Reads the uncached lines of rows [first, first + count) into the cache.
    void fetchRows(quint64 first, quint64 count) const;
    const LogRow *row(quint64 rowNumber) const;
    // The record's level for a continuation line (its stack trace takes the error's colour).
    Logs::LogLevel recordLevel(quint64 rowNumber) const;
    QTextOption textOption() const;
    void layoutRow(QTextLayout &layout, const LogRow &row, bool currentMatch) const;
    int rowHeight(quint64 row) const;
    int lineSpacing() const;
    int gutterWidth() const;
    int textWidth() const;
    // The top row of a screen whose last row is `end` - 1.
    quint64 topRowEndingAt(quint64 end) const;
    quint64 lastTopRow() const;
    // Wrapping: how far into the last screen's top row the end is (0 when it fits).
    int endOffset() const;
    void scrollByPixels(int delta);
    void updateScrollBars();
    void setTop(quint64 row);
    void setAtEnd(bool atEnd);
    void centerOn(quint64 row);
    std::optional<quint64> rowAt(int y) const;
    // First and last selected rows (first > last: none).
    std::pair<quint64, quint64> selectedRows() const;
    void moveCursor(quint64 row, bool extend);
    void ensureVisible(quint64 row);
    void invalidate();

    QPointer<Logs::LogDocument> m_document;
    QPointer<Logs::LogFilter> m_filter;
    quint64 m_knownLines = 0;   // the document's line count as last told
    Logs::FilteredLines m_rows; // the filter's snapshot, when active
    bool m_filtered = false;
    Highlighter m_highlighter;
    std::optional<Logs::LineNumber> m_currentMatch;
    QList<quint64> m_sections;
    LogColors m_colors;
    bool m_wrap = false;
    bool m_atEnd = true;
    bool m_adjusting = false; // the scroll bar is being set, not moved by the user
    bool m_dragging = false;
    quint64 m_top = 0;
    int m_topOffset = 0; // wrapping: pixels of the top row above the window
    int m_maxWidth = 0;
    // Selection by line number, so it survives a change of filter.
    std::optional<Logs::LineNumber> m_anchor;
    std::optional<Logs::LineNumber> m_cursor;
    std::optional<Logs::LineNumber> m_pendingCenter; // to centre once the filter reached it
    mutable QCache<quint64, LogRow> m_cache;         // by line number
    mutable QCache<quint64, int> m_heights;          // wrapped height in pixels, by line number
    mutable QCache<quint64, quint8> m_levels;        // record level of continuation lines
};

} // namespace Dsp
