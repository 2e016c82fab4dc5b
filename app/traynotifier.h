#pragma once

#include "alerts/alerter.h"

#include <QObject>

QT_BEGIN_NAMESPACE
class QMenu;
class QSystemTrayIcon;
QT_END_NAMESPACE

namespace Dsp {

// The desktop's side of the alerts: a tray icon whose colour sums up the stack and its syncs,
// its menu (open, quit) and its notification bubbles; where the platform has no tray, each
// notification is handed to the window's banner instead (bannerRequested). Clicking a bubble
// asks to open what it is about. Keeps what it showed (tests read it). GUI thread only.
class TrayNotifier : public QObject, public Notifier
{
    Q_OBJECT
public:
    explicit TrayNotifier(QObject *parent = nullptr);
    ~TrayNotifier() override;

    bool hasTray() const { return m_tray != nullptr; }
    void notify(const Notification &notification) override;
    void setMood(StackMood mood, const QString &text);
    StackMood mood() const { return m_mood; }
    const QList<Notification> &shown() const { return m_shown; }

signals:
    void bannerRequested(const Dsp::Notification &notification);
    void openRequested(const Dsp::Notification &notification);
    void showWindowRequested();
    void quitRequested();

private:
    QSystemTrayIcon *m_tray = nullptr;
    QMenu *m_menu = nullptr;
    StackMood m_mood = StackMood::Unknown;
    Notification m_last; // the bubble on screen, for its click
    QList<Notification> m_shown;
};

// The tray's icon for a mood: the panel's icon with a dot of the mood's colour.
QIcon moodIcon(StackMood mood);

} // namespace Dsp
