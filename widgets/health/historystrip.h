#pragma once

#include "health/healthtypes.h"

#include <QWidget>

namespace Dsp {

// The last checks of one service as a row of small bars, oldest left: flapping shows at a
// glance. Paints only; the tooltip says the same in words.
class HistoryStrip : public QWidget
{
    Q_OBJECT
public:
    explicit HistoryStrip(QWidget *parent = nullptr);
    void setHistory(const QList<HealthState> &history);
    const QList<HealthState> &history() const { return m_history; }
    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QList<HealthState> m_history;
};

} // namespace Dsp
