#include "secretlineedit.h"

#include <QAction>
#include <QIcon>

namespace Dsp {

SecretLineEdit::SecretLineEdit(QWidget *parent)
    : QLineEdit(parent)
{
    setEchoMode(QLineEdit::Password);
    setInputMethodHints(Qt::ImhHiddenText | Qt::ImhSensitiveData | Qt::ImhNoPredictiveText);
    m_reveal = addAction(QIcon(QStringLiteral(":/icons/reveal.svg")), QLineEdit::TrailingPosition);
    m_reveal->setObjectName(QStringLiteral("reveal"));
    m_reveal->setCheckable(true);
    m_reveal->setToolTip(tr("Show the text"));
    connect(m_reveal, &QAction::toggled, this, &SecretLineEdit::setRevealed);
}

void SecretLineEdit::setRevealed(bool revealed)
{
    setEchoMode(revealed ? QLineEdit::Normal : QLineEdit::Password);
    m_reveal->setChecked(revealed);
    m_reveal->setToolTip(revealed ? tr("Hide the text") : tr("Show the text"));
}

} // namespace Dsp
