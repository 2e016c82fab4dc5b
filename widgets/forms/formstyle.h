#pragma once

#include "core/error.h"

#include <QList>
#include <QString>

QT_BEGIN_NAMESPACE
class QColor;
class QLabel;
class QPalette;
class QWidget;
QT_END_NAMESPACE

namespace Dsp {

// The pieces every form row shares: help under a field, its error, the error colour.

// A field's description (Markdown from the connector's spec) as secondary text. The text is
// the spec's, not ours: any HTML in it is shown as text, and only http(s) and mailto links open.
QLabel *makeHelpLabel(const QString &markdown, QWidget *parent);
// An empty, hidden error line; setErrors() fills it.
QLabel *makeErrorLabel(QWidget *parent);
// Shows `errors` (their messages, one per line) in `label`, or hides it when there are none.
void setErrors(QLabel *label, const QList<FieldError> &errors);
// A status line: `text` (plain, hidden when empty), in the error colour when `error`.
void setStatusText(QLabel *label, const QString &text, bool error);
// Red that reads on the palette's window colour, light or dark.
QColor errorColor(const QPalette &palette);
// "required" -> "Required": validator messages are phrases about a field named beside them.
QString sentence(const QString &phrase);

} // namespace Dsp
