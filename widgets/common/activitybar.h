#pragma once

#include <QWidget>

namespace Dsp {

// Says "working, no estimate" without Qt's busy progress bar, which the styles animate 60
// times a second for as long as it shows: a stripe that moves one step each time step() is
// called (the Jobs page calls it once a second). Colours from the palette. GUI thread only.
class ActivityBar : public QWidget
{
    Q_OBJECT
public:
    explicit ActivityBar(QWidget *parent = nullptr);

    void step();
    int phase() const { return m_phase; }
    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    int m_phase = 0;
};

} // namespace Dsp
