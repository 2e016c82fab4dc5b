#pragma once

#include <QLabel>

namespace Dsp {

// A one-line label that elides its text in the middle to the width it is given, and shows
// it whole again when it grows: a long build string never widens its card, and is not cut
// shorter than the room there is (French labels beside it take more of it).
class ElidingLabel : public QLabel
{
    Q_OBJECT
public:
    explicit ElidingLabel(QWidget *parent = nullptr);

    // Elided to the width; the whole text is fullText().
    void setElidedText(const QString &text);
    // Shown as is, wrapping (no eliding).
    void setWrappedText(const QString &text);
    QString fullText() const { return m_full; }

    QSize minimumSizeHint() const override;
    QSize sizeHint() const override;

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void elide();

    QString m_full;
    bool m_eliding = false;
};

} // namespace Dsp
