#pragma once

#include "airbyte/jobs.h"
#include "alerts/alertchoices.h"
#include "health/healthtypes.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QString>

#include <functional>

namespace Dsp {

class AirbyteClient;
class HealthMonitor;
class JobWatcher;

// One alert for the user: what the tray (or the in-app banner) shows, and what clicking it
// opens: a job, or a service's card.
struct Notification
{
    enum class Kind { SyncFailed, SyncSucceeded, ServiceDown, ServiceUp };
    Kind kind = Kind::SyncFailed;
    QString title;   // "Sync failed: shop"
    QString message; // plain text; the server's words made safe for one line
    qint64 jobId = 0;
    QString connectionId;
    QString service; // a HealthMonitor key
};

// Where notifications go: the system tray, or a banner where there is none. An interface, so
// tests assert on what was shown.
class Notifier
{
public:
    virtual ~Notifier() = default;
    virtual void notify(const Notification &notification) = 0;
};

// The stack and its syncs in one word, for the tray icon's colour.
enum class StackMood { Unknown, Ok, Syncing, Degraded, Down };

// Turns what the health monitor and the job watcher see into notifications, as the user
// chose: a sync that failed or succeeded (with the connection's name and the failure in
// words), a service that went down or came back (not its first verdict, nor a check in
// progress). Also sums up the stack for the tray's colour. GUI thread; the monitor, watcher
// and client may go first.
class Alerter : public QObject
{
    Q_OBJECT
public:
    Alerter(HealthMonitor *monitor, JobWatcher *watcher, AirbyteClient *client, Notifier *notifier,
            QObject *parent = nullptr);

    void setChoices(const AlertChoices &choices) { m_choices = choices; }
    AlertChoices choices() const { return m_choices; }
    // Where notifications go from now on (null: nowhere).
    void setNotifier(Notifier *notifier) { m_notifier = notifier; }

    StackMood mood() const;
    // The mood in words, for the tray's tooltip: "Airbyte is down", "1 sync running".
    QString moodText() const;

signals:
    void moodChanged();

private:
    void onService(const QString &service);
    void onJobFinished(const Job &job);
    void notifyJob(const Job &job, const QString &name);
    void send(const Notification &notification);
    // moodChanged() when the mood is not the one last said.
    void updateMood();

    QPointer<HealthMonitor> m_monitor;
    QPointer<JobWatcher> m_watcher;
    QPointer<AirbyteClient> m_client;
    Notifier *m_notifier;
    AlertChoices m_choices;
    QHash<QString, HealthState> m_states; // the last verdict of each service
    QSet<QString> m_failing;              // connections whose last sync failed
    QHash<QString, QString> m_names;      // connection names, once read
    StackMood m_lastMood = StackMood::Unknown;
};

} // namespace Dsp
