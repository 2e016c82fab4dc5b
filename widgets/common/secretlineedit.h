#pragma once

#include <QLineEdit>

namespace Dsp {

// A password field: masked, with a "show" toggle at its end. Its text is never put in a
// tooltip, an accessible description or the undo history of another widget.
class SecretLineEdit : public QLineEdit
{
    Q_OBJECT
public:
    explicit SecretLineEdit(QWidget *parent = nullptr);

    bool isRevealed() const { return echoMode() == QLineEdit::Normal; }
    void setRevealed(bool revealed);

private:
    QAction *m_reveal;
};

} // namespace Dsp
