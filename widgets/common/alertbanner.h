#pragma once

#include "alerts/alerter.h"

#include <QFrame>

QT_BEGIN_NAMESPACE
class QLabel;
class QPushButton;
QT_END_NAMESPACE

namespace Dsp {

// The in-app banner where the desktop has no system tray: the latest notification, with Open
// (the job or the service) and a close button. Plain text only. GUI thread only.
class AlertBanner : public QFrame
{
    Q_OBJECT
public:
    explicit AlertBanner(QWidget *parent = nullptr);

    void showNotification(const Notification &notification);
    const Notification &notification() const { return m_notification; }
    QLabel *text() const { return m_text; }

signals:
    void openRequested(const Dsp::Notification &notification);

private:
    Notification m_notification;
    QLabel *m_text;
    QPushButton *m_open;
    QPushButton *m_close;
};

} // namespace Dsp
