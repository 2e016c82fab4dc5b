#include "activitybar.h"

#include <QPainter>
#include <QStyle>

namespace Dsp {

namespace {

// The stripe is a fifth of the width and crosses it in this many steps, then comes back.
constexpr int Steps = 8;

} // namespace

ActivityBar::ActivityBar(QWidget *parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void ActivityBar::step()
{
    m_phase = (m_phase + 1) % (2 * Steps);
    update();
}

QSize ActivityBar::sizeHint() const
{
    return {200, qMax(6, fontMetrics().height() / 3)};
}

void ActivityBar::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF frame = QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5);
    const qreal radius = frame.height() / 2;
    painter.setPen(palette().color(QPalette::Mid));
    painter.setBrush(palette().color(QPalette::Base));
    painter.drawRoundedRect(frame, radius, radius);
    const int position = m_phase < Steps ? m_phase : 2 * Steps - m_phase;
    const qreal stripe = frame.width() / 5;
    const qreal x = frame.left() + (frame.width() - stripe) * position / Steps;
    painter.setPen(Qt::NoPen);
    painter.setBrush(palette().color(QPalette::Highlight));
    painter.drawRoundedRect(QRectF(x, frame.top(), stripe, frame.height()), radius, radius);
}

} // namespace Dsp
