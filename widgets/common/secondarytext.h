#pragma once

#include <QtGlobal>

QT_BEGIN_NAMESPACE
class QLabel;
QT_END_NAMESPACE

namespace Dsp {

// Styles a label as secondary text: the palette's text colour blended a third of the way
// toward the background, readable on light and dark palettes (a disabled label is too faint).
void makeSecondaryText(QLabel *label);

} // namespace Dsp
