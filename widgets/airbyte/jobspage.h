#pragma once

#include "airbyte/jobs.h"

#include <QHash>
#include <QPointer>
#include <QTimer>
#include <QUrl>
#include <QWidget>

#include <functional>

QT_BEGIN_NAMESPACE
class QComboBox;
class QLabel;
class QPushButton;
class QTableView;
QT_END_NAMESPACE

namespace Dsp {

class AirbyteCall;
class AirbyteClient;
class JobDetails;
class JobWatcher;
class JobsModel;

// The Jobs page: every job of the workspace, newest first, paged from the server as the user
// scrolls; filters by status, type (a reset and a clear are one), connection and period; the
// actions Sync now, Cancel, Clear… and Refresh… on the selected job's connection, each asking
// first with what will happen; the selected job's details below. Running jobs move live with
// the watcher's progress; the details chart the selected job's connection's last syncs, read
// once per connection and again when one of its syncs ends. Every failure is said above the
// table in Airbyte's words. GUI thread only.
class JobsPage : public QWidget
{
    Q_OBJECT
public:
    explicit JobsPage(QWidget *parent = nullptr);
    ~JobsPage() override;

    // The active environment's client and watcher (null: Airbyte is not configured).
    void setClient(AirbyteClient *client, JobWatcher *watcher);
    // The workspace whose jobs are shown (the watcher's, or the one chosen on Connections).
    void setWorkspace(const QString &workspaceId);
    QString workspaceId() const { return m_workspaceId; }
    // The web app of this Airbyte, for the job links.
    void setWebApp(const QUrl &webApp);
    // Whether job details offer "Archive Log".
    void setArchiveAvailable(bool available);
    void setClock(std::function<QDateTime()> clock);
    void refresh();

    // Filters, as the combo boxes set them (tests and the Connections page call them).
    enum class Period { Any, Day, Week, Month };
    void setStatusFilter(std::optional<JobStatus> status);
    void setTypeFilter(std::optional<JobType> type);
    void setConnectionFilter(const QString &connectionId); // empty: every connection
    void setPeriod(Period period);
    // The query the filters make (first page).
    JobQuery query() const;

    // Selects the job's row when it is shown.
    void selectJob(qint64 jobId);
    qint64 selectedJobId() const;

    // The actions, on the selected job's connection. Each asks first in a window-modal box
    // (tests confirm with `confirmed`; a clear or refresh of chosen streams passes them).
    void syncSelected(bool confirmed = false);
    void cancelSelected(bool confirmed = false);
    void clearSelected(bool confirmed = false, const QList<StreamKey> &streams = {});
    void refreshSelected(bool confirmed = false, const QList<StreamKey> &streams = {});

    JobsModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    JobDetails *details() const { return m_details; }
    QLabel *statusLabel() const { return m_status; }

signals:
    void loaded();
    // An action's job started or ended (tests wait on it).
    void actionFinished();
    void openUrlRequested(const QUrl &url);
    void showLogRequested(const Dsp::Job &job);
    void archiveRequested(const Dsp::Job &job, const QString &connectionName);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void loadConnections();
    void loadFirstPage();
    void fetchPage(int offset);
    void setStatus(const QString &text, bool error = false);
    bool isCurrent(quint64 session) const;
    bool matches(const Job &job) const;
    const Job *selectedJob() const;
    void updateActions();
    void showSelected();
    void onJobSeen(const Job &job);
    void onProgress(const QString &connectionId);
    // The details get the connection's last syncs: from the cache, else read (loadHistory).
    void showHistory(const QString &connectionId);
    void loadHistory(const QString &connectionId);
    void startClear(qint64 jobId, const QString &connectionId, const QList<StreamKey> &streams);
    void startRefresh(const QString &connectionId, const QList<StreamKey> &streams);
    void afterAction(const Job &job, const QString &message);
    // Asks `question` in a window-modal box; `then` runs on Yes while the client is the same.
    void confirm(const QString &name, const QString &title, const QString &question,
                 const QString &yes, std::function<void()> then);

    QPointer<AirbyteClient> m_client;
    QPointer<JobWatcher> m_watcher;
    QString m_workspaceId;
    QUrl m_webApp;
    std::function<QDateTime()> m_clock;
    bool m_loadedOnce = false;
    quint64 m_generation = 0; // of lists: only the last one's pages count
    quint64 m_session = 0;    // of clients
    qint64 m_pendingSelection = 0;
    QStringList m_connectionIds; // the connection filter's choices, in its order
    // The last syncs of each connection seen, for the details' chart. Each connection's answer
    // counts only if it is its last request's (a refresh may overtake a first read).
    QHash<QString, QList<Job>> m_histories;
    QHash<QString, quint64> m_historyRequests; // connection: generation of its last request
    quint64 m_historyGeneration = 0;
    QString m_historyConnection; // whose history the details show
    JobsModel *m_model;
    QTableView *m_view;
    JobDetails *m_details;
    QComboBox *m_statusFilter;
    QComboBox *m_typeFilter;
    QComboBox *m_connectionFilter;
    QComboBox *m_periodFilter;
    QPushButton *m_refresh;
    QPushButton *m_sync;
    QPushButton *m_cancel;
    QPushButton *m_clear;
    QPushButton *m_refreshStreams;
    QLabel *m_status;
    QTimer m_tick; // running durations move
};

} // namespace Dsp
