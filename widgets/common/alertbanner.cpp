#include "alertbanner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace Dsp {

AlertBanner::AlertBanner(QWidget *parent)
    : QFrame(parent)
{
    setObjectName(QStringLiteral("alertBanner"));
    m_text = new QLabel(this);
    m_text->setObjectName(QStringLiteral("alertText"));
    m_text->setTextFormat(Qt::PlainText); // a server's words may be in it
    m_text->setWordWrap(true);
    m_open = new QPushButton(tr("Open"), this);
    m_open->setObjectName(QStringLiteral("alertOpen"));
    m_close = new QPushButton(tr("Dismiss"), this);
    m_close->setObjectName(QStringLiteral("alertDismiss"));
    m_close->setFlat(true);
    auto layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 4, 4, 4);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_open);
    layout->addWidget(m_close);
    connect(m_open, &QPushButton::clicked, this, [this] {
        hide();
        emit openRequested(m_notification);
    });
    connect(m_close, &QPushButton::clicked, this, &QWidget::hide);
    QFrame::hide();
}

void AlertBanner::showNotification(const Notification &notification)
{
    m_notification = notification;
    const bool bad = notification.kind == Notification::Kind::SyncFailed ||
                     notification.kind == Notification::Kind::ServiceDown;
    // Light backgrounds with dark text in both themes, as the credential banner has.
    setStyleSheet(bad ? QStringLiteral("#alertBanner { background: #fde7e7; border: 1px solid "
                                       "#e0a0a0; border-radius: 4px; } #alertText { color: "
                                       "#5c1010; }")
                      : QStringLiteral("#alertBanner { background: #e6f4ea; border: 1px solid "
                                       "#a0d0a8; border-radius: 4px; } #alertText { color: "
                                       "#10401c; }"));
    m_text->setText(notification.message.isEmpty()
                        ? notification.title
                        : notification.title + QStringLiteral(" — ") + notification.message);
    m_open->setVisible(notification.jobId != 0 || !notification.service.isEmpty());
    QFrame::show();
}

} // namespace Dsp
