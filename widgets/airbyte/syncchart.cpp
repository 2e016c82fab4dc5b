#include "syncchart.h"

#include "forms/formstyle.h"

#include <QHelpEvent>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>

namespace Dsp {

namespace {

constexpr int Gap = 4; // between the labels and the plot, in logical pixels
constexpr qreal DotRadius = 2.5;

// Axis labels a little smaller than the text around, as charts usually have them.
QFont labelFont(QFont font)
{
    font.setPointSizeF(font.pointSizeF() * 0.85);
    return font;
}

// The palette's text blended a third of the way toward the background, as secondary text
// (common/secondarytext) is: readable on light and dark palettes alike.
QColor secondaryColor(const QPalette &palette)
{
    const QColor text = palette.color(QPalette::WindowText);
    const QColor background = palette.color(QPalette::Window);
    auto mix = [](int a, int b) { return (a * 2 + b) / 3; };
    return QColor(mix(text.red(), background.red()), mix(text.green(), background.green()),
                  mix(text.blue(), background.blue()));
}

QColor withAlpha(QColor color, int alpha)
{
    color.setAlpha(alpha);
    return color;
}

int widestLabel(const QFontMetrics &fm, const ChartAxis &axis)
{
    int widest = 0;
    for (const ChartTick &t : axis.ticks)
        widest = std::max(widest, fm.horizontalAdvance(t.label));
    return widest;
}

} // namespace

// Where things go, from the widget's size, its font and the data: shared by painting and
// hit testing so that a tooltip names the bar that is drawn under the pointer.
struct SyncChart::Geometry
{
    QRectF plot;
    qreal slot = 0;    // History: the width of one sync's column
    int firstSlot = 0; // History: the column of the oldest bar (the newest is at the right)

    qreal y(double value, const ChartAxis &axis) const
    {
        return plot.bottom() - value / axis.maximum * plot.height();
    }
    QRectF column(int bar) const
    {
        return {plot.left() + (firstSlot + bar) * slot, plot.top(), slot, plot.height()};
    }
};

SyncChart::SyncChart(QWidget *parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    clear();
}

void SyncChart::setRunning(const RunningChartData &running)
{
    m_mode = running.isEmpty() ? Mode::Empty : Mode::Running;
    m_running = running;
    m_history = SyncHistoryData();
    m_message = running.isEmpty() ? tr("No progress reading yet") : QString();
    updateToolTip();
    update();
}

void SyncChart::setHistory(const SyncHistoryData &history)
{
    m_mode = history.isEmpty() ? Mode::Empty : Mode::History;
    m_history = history;
    m_running = RunningChartData();
    m_message = history.isEmpty() ? tr("No syncs yet") : QString();
    updateToolTip();
    update();
}

void SyncChart::clear(const QString &message)
{
    m_mode = Mode::Empty;
    m_running = RunningChartData();
    m_history = SyncHistoryData();
    m_message = message.isEmpty() ? tr("No syncs yet") : message;
    updateToolTip();
    update();
}

void SyncChart::setHighlightedJob(qint64 jobId)
{
    if (jobId == m_highlighted)
        return;
    m_highlighted = jobId;
    update();
}

QString SyncChart::message() const
{
    return m_mode == Mode::Empty ? m_message : QString();
}

void SyncChart::updateToolTip()
{
    switch (m_mode) {
    case Mode::Empty:
        setToolTip(QString());
        break;
    case Mode::Running:
        setToolTip(tr("Records read (area) and committed (dashed line) since the sync started"));
        break;
    case Mode::History:
        setToolTip(!m_history.trendText.isEmpty()
                       ? m_history.trendText
                       : tr("Records (bars) and duration (dots) of the last %n sync(s)", nullptr,
                            int(m_history.bars.size())));
        break;
    }
}

QSize SyncChart::sizeHint() const
{
    return {480, std::max(120, QFontMetrics(labelFont(font())).height() * 7)};
}

QSize SyncChart::minimumSizeHint() const
{
    return {160, sizeHint().height()};
}

SyncChart::Geometry SyncChart::geometry() const
{
    const QFontMetrics fm(labelFont(font()));
    Geometry g;
    int left = 0;
    int right = 0;
    if (m_mode == Mode::Running) {
        left = widestLabel(fm, m_running.records) + Gap;
        const QString last =
            m_running.time.ticks.isEmpty() ? QString() : m_running.time.ticks.last().label;
        right = fm.horizontalAdvance(last) / 2 + 2;
    } else if (m_mode == Mode::History) {
        left = widestLabel(fm, m_history.records) + Gap;
        right = widestLabel(fm, m_history.durations) + Gap + 2; // hinting may widen them
    }
    const int top = fm.height() / 2 + 1;
    const int bottom = fm.height() + Gap;
    g.plot = QRectF(left, top, std::max(1, width() - left - right),
                    std::max(1, height() - top - bottom));
    if (m_mode == Mode::History) {
        const int columns = std::max<int>(SyncHistoryData::Limit, int(m_history.bars.size()));
        g.slot = g.plot.width() / columns;
        g.firstSlot = columns - int(m_history.bars.size());
    }
    return g;
}

int SyncChart::barAt(const QPoint &pos) const
{
    if (m_mode != Mode::History || m_history.bars.isEmpty())
        return -1;
    const Geometry g = geometry();
    // The whole column, from the top of the plot to just under it: a short bar is as easy to
    // point at as a tall one.
    if (pos.y() < g.plot.top() || pos.y() > g.plot.bottom() + Gap || pos.x() < g.plot.left() ||
        pos.x() >= g.plot.right())
        return -1;
    const int bar = int((pos.x() - g.plot.left()) / g.slot) - g.firstSlot;
    return bar >= 0 && bar < m_history.bars.size() ? bar : -1;
}

QString SyncChart::toolTipAt(const QPoint &pos) const
{
    const int bar = barAt(pos);
    return bar >= 0 ? syncBarText(m_history.bars.at(bar)) : toolTip();
}

bool SyncChart::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        const auto help = static_cast<QHelpEvent *>(event);
        const int bar = barAt(help->pos());
        const QString text = toolTipAt(help->pos());
        if (text.isEmpty()) {
            QToolTip::hideText();
            event->ignore();
        } else {
            // Bound to the bar's column, so that moving to the next bar updates it.
            const QRect area =
                bar >= 0 ? geometry().column(bar).toAlignedRect() : QRect(QPoint(), size());
            QToolTip::showText(help->globalPos(), text, this, area);
        }
        return true;
    }
    return QWidget::event(event);
}

void SyncChart::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setFont(labelFont(font()));
    const QFontMetrics fm = p.fontMetrics();
    const QPalette &pal = palette();
    const QColor text = secondaryColor(pal);
    const QColor grid = withAlpha(pal.color(QPalette::WindowText), 40);
    const QColor accent = pal.color(QPalette::Highlight);

    if (m_mode == Mode::Empty) {
        p.setPen(grid);
        const qreal base = height() - fm.height() - Gap + 0.5;
        p.drawLine(QPointF(0, base), QPointF(width(), base));
        p.setPen(text);
        p.drawText(rect().adjusted(0, 0, 0, -fm.height()), Qt::AlignCenter, m_message);
        return;
    }

    const Geometry g = geometry();
    const ChartAxis &yAxis = m_mode == Mode::Running ? m_running.records : m_history.records;
    // Grid lines on whole pixels (plus half a pixel for a 1 px pen) stay sharp at whole scale
    // factors.
    for (const ChartTick &t : yAxis.ticks) {
        const qreal y = std::floor(g.y(t.value, yAxis)) + 0.5;
        p.setPen(grid);
        p.drawLine(QPointF(g.plot.left(), y), QPointF(g.plot.right(), y));
        p.setPen(text);
        p.drawText(QRectF(0, y - fm.height() / 2.0, g.plot.left() - Gap, fm.height()),
                   Qt::AlignRight | Qt::AlignVCenter, t.label);
    }
    const QRectF labels(0, g.plot.bottom() + Gap, width(), fm.height());
    p.setRenderHint(QPainter::Antialiasing);

    if (m_mode == Mode::Running) {
        const RunningChartData &d = m_running;
        const auto x = [&](qint64 seconds) {
            return g.plot.left() + double(seconds) / d.time.maximum * g.plot.width();
        };
        QPainterPath line;
        QPainterPath committed;
        for (int i = 0; i < d.points.size(); ++i) {
            const QPointF at(x(d.points[i].seconds), g.y(double(d.points[i].emitted), d.records));
            const QPointF done(at.x(), g.y(double(d.points[i].committed), d.records));
            if (i == 0) {
                line.moveTo(at);
                committed.moveTo(done);
            } else {
                line.lineTo(at);
                committed.lineTo(done);
            }
        }
        QPainterPath area = line;
        area.lineTo(x(d.points.last().seconds), g.plot.bottom());
        area.lineTo(x(d.points.first().seconds), g.plot.bottom());
        area.closeSubpath();
        p.fillPath(area, withAlpha(accent, 70));
        p.strokePath(line, QPen(accent, 1.5));
        if (d.maxRecords > 0 && d.points.last().committed > 0)
            p.strokePath(committed,
                         QPen(withAlpha(pal.color(QPalette::WindowText), 170), 1, Qt::DashLine));
        p.setPen(Qt::NoPen);
        p.setBrush(accent);
        const RunningChartData::Point &last = d.points.last();
        p.drawEllipse(QPointF(x(last.seconds), g.y(double(last.emitted), d.records)), DotRadius,
                      DotRadius);
        // Time labels under their ticks, the outer ones kept inside the widget.
        p.setPen(text);
        for (const ChartTick &t : d.time.ticks) {
            const int w = fm.horizontalAdvance(t.label);
            const qreal left =
                std::max(0.0, std::min(x(qint64(t.value)) - w / 2.0, qreal(width() - w)));
            p.drawText(QRectF(left, labels.top(), w, labels.height()), Qt::AlignCenter, t.label);
        }
        return;
    }

    const SyncHistoryData &d = m_history;
    const QColor failed = errorColor(pal);
    const QColor cancelled = withAlpha(pal.color(QPalette::WindowText), 90);
    const qreal barWidth = std::max<qreal>(2.0, g.slot * 0.7);
    QPainterPath durations;
    for (int i = 0; i < d.bars.size(); ++i) {
        const SyncBar &bar = d.bars[i];
        const QRectF column = g.column(i);
        const qreal top = std::min(g.y(double(bar.records), d.records), g.plot.bottom() - 2);
        // Every sync shows, even one that moved nothing: at least a 2 px stub.
        const QRectF shape(column.center().x() - barWidth / 2, top, barWidth,
                           g.plot.bottom() - top);
        const bool highlighted = bar.jobId == m_highlighted;
        QColor fill = bar.failed() ? failed : bar.cancelled() ? cancelled : accent;
        if (!highlighted && m_highlighted != 0) // the selected job's bar stands out
            fill.setAlphaF(fill.alphaF() * 0.67);
        // A last sync much smaller than usual is outlined in the error colour, as a much
        // slower one has its dot in it.
        const bool flagged = i == d.bars.size() - 1 && d.shrinking;
        p.setPen(flagged ? QPen(failed, 1.5) : QPen(Qt::NoPen));
        p.setBrush(fill);
        p.drawRoundedRect(shape, 1, 1);
        p.setPen(Qt::NoPen);
        if (highlighted) { // a mark under the selected job's bar
            p.setBrush(pal.color(QPalette::WindowText));
            p.drawRect(QRectF(shape.left(), g.plot.bottom() + 1, shape.width(), 2));
        }
        const QPointF dot(column.center().x(), g.y(double(bar.seconds), d.durations));
        if (i == 0)
            durations.moveTo(dot);
        else
            durations.lineTo(dot);
    }
    const QColor ink = pal.color(QPalette::WindowText);
    p.strokePath(durations, QPen(withAlpha(ink, 110), 1));
    p.setPen(Qt::NoPen);
    for (int i = 0; i < d.bars.size(); ++i) {
        const bool flagged = i == d.bars.size() - 1 && d.slower;
        p.setBrush(flagged ? failed : ink);
        const qreal r = flagged ? DotRadius + 1 : DotRadius;
        p.drawEllipse(
            QPointF(g.column(i).center().x(), g.y(double(d.bars[i].seconds), d.durations)), r, r);
    }
    // The duration axis at the right.
    p.setPen(text);
    for (const ChartTick &t : d.durations.ticks) {
        const qreal y = g.y(t.value, d.durations);
        p.drawText(QRectF(g.plot.right() + Gap, y - fm.height() / 2.0, width(), fm.height()),
                   Qt::AlignLeft | Qt::AlignVCenter, t.label);
    }
    paintFooter(p, g, labels);
}

// Under the last-syncs plot: the period at the right; at the left, the trend when there is
// one (in the error colour, its whole text in the tooltip), else a legend.
void SyncChart::paintFooter(QPainter &p, const Geometry &g, const QRectF &row) const
{
    const SyncHistoryData &d = m_history;
    const QFontMetrics fm = p.fontMetrics();
    const QPalette &pal = palette();
    const QLocale locale;
    const QString oldest =
        locale.toString(d.bars.first().createdAt.toLocalTime().date(), QLocale::ShortFormat);
    const QString newest =
        locale.toString(d.bars.last().createdAt.toLocalTime().date(), QLocale::ShortFormat);
    //: The period of the last-syncs chart: 01/05/2024 – 30/05/2024
    const QString period = oldest == newest ? newest : tr("%1 – %2").arg(oldest, newest);
    const int periodWidth = fm.horizontalAdvance(period);
    QRectF left(g.plot.left(), row.top(), g.plot.width(), row.height());
    if (periodWidth + 2 * Gap < g.plot.width() / 2) {
        p.setPen(secondaryColor(pal));
        p.drawText(QRectF(g.plot.right() - periodWidth, row.top(), periodWidth, row.height()),
                   Qt::AlignRight | Qt::AlignVCenter, period);
        left.setRight(g.plot.right() - periodWidth - 2 * Gap);
    }
    p.save();
    p.setClipRect(left);
    if (!d.trendText.isEmpty()) {
        p.setPen(errorColor(pal));
        const QString first = d.trendText.section(QLatin1Char('\n'), 0, 0);
        p.drawText(left, Qt::AlignLeft | Qt::AlignVCenter,
                   fm.elidedText(first, Qt::ElideRight, int(left.width())));
        p.restore();
        return;
    }
    const qreal mid = left.center().y();
    const qreal swatch = fm.height() * 0.6;
    p.setPen(Qt::NoPen);
    p.setBrush(pal.color(QPalette::Highlight));
    p.drawRect(QRectF(left.left(), mid - swatch / 2, swatch * 0.7, swatch));
    const QString records = tr("Records");
    qreal at = left.left() + swatch;
    p.setPen(secondaryColor(pal));
    p.drawText(QRectF(at, row.top(), left.right() - at, row.height()),
               Qt::AlignLeft | Qt::AlignVCenter, records);
    at += fm.horizontalAdvance(records) + 3 * Gap;
    p.setPen(Qt::NoPen);
    p.setBrush(pal.color(QPalette::WindowText));
    p.drawEllipse(QPointF(at + DotRadius, mid), DotRadius, DotRadius);
    at += 2 * DotRadius + Gap;
    p.setPen(secondaryColor(pal));
    p.drawText(QRectF(at, row.top(), std::max<qreal>(0, left.right() - at), row.height()),
               Qt::AlignLeft | Qt::AlignVCenter, tr("Duration"));
    p.restore();
}

} // namespace Dsp
