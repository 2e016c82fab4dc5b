#pragma once

#include "airbyte/jobs.h"
#include "airbyte/syncchartdata.h"
#include "airbyte/syncprogress.h"

#include <QUrl>
#include <QWidget>

#include <functional>

QT_BEGIN_NAMESPACE
class QLabel;
class QProgressBar;
class QPushButton;
class QTreeWidget;
QT_END_NAMESPACE

namespace Dsp {

class ActivityBar;
class SyncChart;

// One job on the Jobs page: what it is and how it ended, the failure in words, live progress
// while it runs (a bar towards the estimate, or an activity stripe with the counts; throughput
// and ETA), a small chart (the records over time while it runs, else its connection's last
// syncs), its streams with their counts, its attempts with their failures, and the Airbyte web
// app's link to it. Text from the server is shown as plain text. GUI thread only.
class JobDetails : public QWidget
{
    Q_OBJECT
public:
    explicit JobDetails(QWidget *parent = nullptr);

    // Whether "Archive Log" is offered (the environment has a log bucket and Airbyte).
    void setArchiveAvailable(bool available);
    // The job to show (null: none selected); its connection's name.
    void setJob(const Job *job, const QString &connectionName);
    // Live progress of the shown job while it runs (null: none, or another job's); copied.
    void setProgress(const SyncProgressTracker *progress);
    // The recent jobs of the shown job's connection (any order and type; the chart keeps the
    // last finished syncs), charted while the job does not run. The page fetches them.
    void setConnectionHistory(const QList<Job> &jobs);
    // Shown in place of that chart until the history comes (loading, or why it could not be
    // read); setConnectionHistory() replaces it.
    void setHistoryMessage(const QString &message);
    // Where the Airbyte web app is, and the workspace, for the job's link (empty: no link).
    void setWebApp(const QUrl &webApp, const QString &workspaceId);
    void setClock(std::function<QDateTime()> clock);

    qint64 jobId() const { return m_job.id; }
    // The Airbyte web app's page of the job, or an empty URL.
    QUrl jobLink() const;

    QLabel *summary() const { return m_summary; }
    QLabel *failure() const { return m_failure; }
    QLabel *progressText() const { return m_progressText; }
    QProgressBar *progressBar() const { return m_bar; }
    ActivityBar *activityBar() const { return m_activity; }
    QTreeWidget *streams() const { return m_streams; }
    QTreeWidget *attempts() const { return m_attempts; }
    SyncChart *chart() const { return m_chart; }

signals:
    void openUrlRequested(const QUrl &url);
    // "Show Log": the job's attempts' log on the Logs page.
    void showLogRequested(const Dsp::Job &job);
    // "Archive Log": the job's ended attempts copied to the log bucket.
    void archiveRequested(const Dsp::Job &job, const QString &connectionName);

private:
    void refresh();

    Job m_job;
    bool m_hasJob = false;
    QString m_connectionName;
    std::optional<SyncProgressTracker> m_progress;
    SyncHistoryData m_history;
    QString m_historyMessage;
    QUrl m_webApp;
    QString m_workspaceId;
    std::function<QDateTime()> m_clock;
    QLabel *m_summary;
    QLabel *m_failure;
    QLabel *m_progressText;
    QProgressBar *m_bar;
    ActivityBar *m_activity;
    SyncChart *m_chart;
    QTreeWidget *m_streams;
    QTreeWidget *m_attempts;
    QPushButton *m_copyLink;
    QPushButton *m_openLink;
    QPushButton *m_showLog;
    QPushButton *m_archiveLog;
};

} // namespace Dsp
