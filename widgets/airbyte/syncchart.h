#pragma once

#include "airbyte/syncchartdata.h"

#include <QWidget>

QT_BEGIN_NAMESPACE
class QPainter;
QT_END_NAMESPACE

namespace Dsp {

// The small chart of the job details: the records over time of the running sync (an area for
// the records read, a dashed line for those committed), or a connection's last syncs (a bar of
// records per sync, newest at the right, failed ones in the error colour, and the durations as
// dots on a second axis at the right). Paints the data it is given with QPainter, colours
// from its palette; no widget per bar, the tooltip names the bar under the pointer. GUI
// thread only.
class SyncChart : public QWidget
{
    Q_OBJECT
public:
    enum class Mode { Empty, Running, History };

    explicit SyncChart(QWidget *parent = nullptr);

    void setRunning(const RunningChartData &running);
    void setHistory(const SyncHistoryData &history);
    // Nothing to draw; `message` says why (empty: "No syncs yet").
    void clear(const QString &message = {});
    // The bar of this job stands out (0: none).
    void setHighlightedJob(qint64 jobId);

    Mode mode() const { return m_mode; }
    // What is painted: valid in Running and History mode respectively.
    const RunningChartData &running() const { return m_running; }
    const SyncHistoryData &history() const { return m_history; }
    qint64 highlightedJob() const { return m_highlighted; }
    // The empty state's words, or an empty string when something is drawn.
    QString message() const;

    // The bar under `pos` (an index into history().bars), or -1; and its tooltip text.
    int barAt(const QPoint &pos) const;
    QString toolTipAt(const QPoint &pos) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    bool event(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    struct Geometry;
    Geometry geometry() const;
    void paintFooter(QPainter &p, const Geometry &g, const QRectF &row) const;
    void updateToolTip();

    Mode m_mode = Mode::Empty;
    RunningChartData m_running;
    SyncHistoryData m_history;
    QString m_message;
    qint64 m_highlighted = 0;
};

} // namespace Dsp
