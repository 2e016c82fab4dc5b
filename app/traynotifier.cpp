#include "traynotifier.h"

#include <QGuiApplication>
#include <QIcon>
#include <QMenu>
#include <QPainter>
#include <QSystemTrayIcon>

namespace Dsp {

namespace {

// The number of bubbles kept for tests and for nothing else: a day of alerts at most.
constexpr qsizetype ShownKept = 200;

} // namespace

QIcon moodIcon(StackMood mood)
{
    QColor color;
    switch (mood) {
    case StackMood::Ok:
        color = QColor(0x2e, 0x7d, 0x32);
        break;
    case StackMood::Syncing:
        color = QColor(0x15, 0x65, 0xc0);
        break;
    case StackMood::Degraded:
        color = QColor(0xef, 0x8f, 0x00);
        break;
    case StackMood::Down:
        color = QColor(0xc6, 0x28, 0x28);
        break;
    case StackMood::Unknown:
        color = QColor(0x8a, 0x8a, 0x8a);
        break;
    }
    const QIcon base(QStringLiteral(":/icons/datastackpanel.svg"));
    QIcon icon;
    for (int size : {16, 22, 32, 48, 64}) {
        QPixmap pixmap = base.pixmap(size, size);
        if (pixmap.isNull()) {
            pixmap = QPixmap(size, size);
            pixmap.fill(Qt::transparent);
        }
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        const qreal d = size * 0.5;
        painter.setPen(QPen(Qt::white, qMax(1.0, size / 16.0)));
        painter.setBrush(color);
        painter.drawEllipse(QRectF(size - d - 0.5, size - d - 0.5, d, d));
        painter.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}

TrayNotifier::TrayNotifier(QObject *parent)
    : QObject(parent)
{
    if (!QSystemTrayIcon::isSystemTrayAvailable())
        return;
    m_tray = new QSystemTrayIcon(moodIcon(m_mood), this);
    m_menu = new QMenu;
    m_menu->addAction(tr("Open Data Stack Panel"), this, &TrayNotifier::showWindowRequested);
    m_menu->addSeparator();
    m_menu->addAction(tr("Quit"), this, &TrayNotifier::quitRequested);
    m_tray->setContextMenu(m_menu);
    m_tray->setToolTip(tr("Data Stack Panel"));
    connect(m_tray, &QSystemTrayIcon::activated, this,
            [this](QSystemTrayIcon::ActivationReason reason) {
                if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick)
                    emit showWindowRequested();
            });
    connect(m_tray, &QSystemTrayIcon::messageClicked, this, [this] { emit openRequested(m_last); });
    m_tray->show();
}

TrayNotifier::~TrayNotifier()
{
    delete m_menu; // a context menu has no parent
}

void TrayNotifier::notify(const Notification &notification)
{
    m_shown.append(notification);
    if (m_shown.size() > ShownKept)
        m_shown.removeFirst();
    if (!m_tray || !m_tray->supportsMessages()) {
        emit bannerRequested(notification);
        return;
    }
    m_last = notification;
    const bool bad = notification.kind == Notification::Kind::SyncFailed ||
                     notification.kind == Notification::Kind::ServiceDown;
    m_tray->showMessage(notification.title, notification.message,
                        bad ? QSystemTrayIcon::Warning : QSystemTrayIcon::Information, 10000);
}

void TrayNotifier::setMood(StackMood mood, const QString &text)
{
    m_mood = mood;
    if (!m_tray)
        return;
    m_tray->setIcon(moodIcon(mood));
    m_tray->setToolTip(tr("Data Stack Panel: %1").arg(text));
}

} // namespace Dsp
