#include "secondarytext.h"

#include <QLabel>

namespace Dsp {

void makeSecondaryText(QLabel *label)
{
    QPalette palette = label->palette();
    const QColor text = palette.color(QPalette::WindowText);
    const QColor background = palette.color(QPalette::Window);
    auto mix = [](int a, int b) { return (a * 2 + b) / 3; };
    palette.setColor(QPalette::WindowText, QColor(mix(text.red(), background.red()),
                                                  mix(text.green(), background.green()),
                                                  mix(text.blue(), background.blue())));
    label->setPalette(palette);
}

} // namespace Dsp
