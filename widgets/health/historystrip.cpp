#include "historystrip.h"

#include "healthpalette.h"

#include <QPainter>

namespace Dsp {

HistoryStrip::HistoryStrip(QWidget *parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void HistoryStrip::setHistory(const QList<HealthState> &history)
{
    m_history = history;
    int up = 0;
    for (HealthState s : history)
        up += s == HealthState::Up ? 1 : 0;
    setToolTip(history.isEmpty()
                   ? tr("No checks yet")
                   : tr("Up in %1 of the last %n check(s)", nullptr, int(history.size())).arg(up));
    update();
}

QSize HistoryStrip::sizeHint() const
{
    return {ServiceHealth::HistoryLength * 8, fontMetrics().height()};
}

void HistoryStrip::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const int slotCount = ServiceHealth::HistoryLength;
    const qreal slotWidth = qreal(width()) / slotCount;
    const qreal barWidth = qMax<qreal>(2.0, slotWidth * 0.7);
    // Right-aligned: the newest check is always at the right edge.
    const int offset = slotCount - int(m_history.size());
    for (int i = 0; i < slotCount; ++i) {
        const QRectF bar(i * slotWidth, 0, barWidth, height());
        if (i < offset) {
            p.setPen(Qt::NoPen);
            p.setBrush(palette().color(QPalette::Mid));
            p.drawRoundedRect(bar.adjusted(0, height() * 0.4, 0, 0), 1, 1);
            continue;
        }
        p.setPen(Qt::NoPen);
        p.setBrush(healthColor(m_history.at(i - offset)));
        p.drawRoundedRect(bar, 1.5, 1.5);
    }
}

} // namespace Dsp
