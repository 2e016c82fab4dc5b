#include "elidinglabel.h"

namespace Dsp {

ElidingLabel::ElidingLabel(QWidget *parent)
    : QLabel(parent)
{
    setTextFormat(Qt::PlainText);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
}

void ElidingLabel::setElidedText(const QString &text)
{
    m_full = text;
    m_eliding = true;
    setWordWrap(false);
    elide();
    updateGeometry();
}

void ElidingLabel::setWrappedText(const QString &text)
{
    m_full = text;
    m_eliding = false;
    setWordWrap(true);
    setText(text);
    updateGeometry();
}

QSize ElidingLabel::minimumSizeHint() const
{
    if (!m_eliding)
        return QLabel::minimumSizeHint();
    return {fontMetrics().horizontalAdvance(QStringLiteral("0…0")), fontMetrics().height()};
}

QSize ElidingLabel::sizeHint() const
{
    if (!m_eliding)
        return QLabel::sizeHint();
    return {fontMetrics().horizontalAdvance(m_full) + 2, fontMetrics().height()};
}

void ElidingLabel::resizeEvent(QResizeEvent *event)
{
    QLabel::resizeEvent(event);
    if (m_eliding)
        elide();
}

void ElidingLabel::elide()
{
    const QString shown = fontMetrics().elidedText(m_full, Qt::ElideMiddle, contentsRect().width());
    if (shown != text())
        setText(shown);
}

} // namespace Dsp
