#include "jobdetails.h"

#include "syncchart.h"

#include "common/activitybar.h"
#include "core/durationtext.h"

#include <QApplication>
#include <QClipboard>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Dsp {

namespace {

QLabel *plainLabel(QWidget *parent, const QString &name)
{
    auto label = new QLabel(parent);
    label->setObjectName(name);
    label->setTextFormat(Qt::PlainText); // Airbyte's words
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

QString count(qint64 n)
{
    return QLocale().toString(n);
}

QString dataSize(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes);
}

QString dateText(const QDateTime &at)
{
    return at.isValid() ? QLocale().toString(at.toLocalTime(), QLocale::ShortFormat) : QString();
}

QString attemptStatusText(AttemptStatus status)
{
    switch (status) {
    case AttemptStatus::Running:
        return JobDetails::tr("Running");
    case AttemptStatus::Failed:
        return JobDetails::tr("Failed");
    case AttemptStatus::Succeeded:
        return JobDetails::tr("Succeeded");
    case AttemptStatus::Unknown:
        break;
    }
    return JobDetails::tr("Unknown");
}

} // namespace

JobDetails::JobDetails(QWidget *parent)
    : QWidget(parent)
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
    m_summary = plainLabel(this, QStringLiteral("jobSummary"));
    QFont bold = m_summary->font();
    bold.setBold(true);
    m_summary->setFont(bold);
    m_failure = plainLabel(this, QStringLiteral("jobFailure"));
    m_failure->setStyleSheet(QStringLiteral("QLabel { color: #b3261e; }"));
    m_progressText = plainLabel(this, QStringLiteral("jobProgress"));
    m_activity = new ActivityBar(this);
    m_activity->setObjectName(QStringLiteral("jobActivity"));
    m_activity->setToolTip(tr("Airbyte gives no estimate for this sync: the counts above grow "
                              "as it goes."));
    m_bar = new QProgressBar(this);
    m_bar->setObjectName(QStringLiteral("jobProgressBar"));
    m_bar->setTextVisible(true);
    m_chart = new SyncChart(this);
    m_chart->setObjectName(QStringLiteral("jobChart"));
    m_copyLink = new QPushButton(tr("Copy job link"), this);
    m_copyLink->setObjectName(QStringLiteral("copyJobLink"));
    m_openLink = new QPushButton(tr("Open in Airbyte"), this);
    m_openLink->setObjectName(QStringLiteral("openJobLink"));
    m_showLog = new QPushButton(tr("Show Log"), this);
    m_showLog->setObjectName(QStringLiteral("showJobLog"));
    m_showLog->setToolTip(tr("Every attempt's log on the Logs page, followed while the job runs"));
    m_archiveLog = new QPushButton(tr("Archive Log"), this);
    m_archiveLog->setObjectName(QStringLiteral("archiveJobLog"));
    m_archiveLog->setToolTip(tr("Copy the ended attempts' logs to the log bucket "
                                "(job-<id>/attempt-<n>/logs.log and metadata.json)"));
    m_archiveLog->setVisible(false);

    m_streams = new QTreeWidget(this);
    m_streams->setObjectName(QStringLiteral("jobStreams"));
    m_streams->setRootIsDecorated(false);
    m_streams->setUniformRowHeights(true);
    m_streams->setHeaderLabels(
        {tr("Stream"), tr("State"), tr("Records"), tr("Bytes"), tr("Records/s"), tr("Progress")});
    m_streams->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_attempts = new QTreeWidget(this);
    m_attempts->setObjectName(QStringLiteral("jobAttempts"));
    m_attempts->setRootIsDecorated(false);
    m_attempts->setWordWrap(true);
    m_attempts->setHeaderLabels(
        {tr("Attempt"), tr("Status"), tr("Started"), tr("Duration"), tr("Failure")});
    m_attempts->header()->setStretchLastSection(true);

    auto links = new QHBoxLayout;
    links->addWidget(m_summary, 1);
    links->addWidget(m_showLog);
    links->addWidget(m_archiveLog);
    links->addWidget(m_copyLink);
    links->addWidget(m_openLink);
    auto lists = new QHBoxLayout;
    lists->addWidget(m_streams, 3);
    lists->addWidget(m_attempts, 2);
    auto layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(links);
    layout->addWidget(m_failure);
    layout->addWidget(m_progressText);
    layout->addWidget(m_bar);
    layout->addWidget(m_activity);
    layout->addWidget(m_chart);
    layout->addLayout(lists, 1);

    connect(m_copyLink, &QPushButton::clicked, this, [this] {
        if (const QUrl url = jobLink(); url.isValid())
            QGuiApplication::clipboard()->setText(url.toString());
    });
    connect(m_archiveLog, &QPushButton::clicked, this, [this] {
        if (m_hasJob)
            emit archiveRequested(m_job, m_connectionName);
    });
    connect(m_showLog, &QPushButton::clicked, this, [this] {
        if (m_hasJob)
            emit showLogRequested(m_job);
    });
    connect(m_openLink, &QPushButton::clicked, this, [this] {
        if (const QUrl url = jobLink(); url.isValid())
            emit openUrlRequested(url);
    });
    refresh();
}

void JobDetails::setArchiveAvailable(bool available)
{
    m_archiveLog->setVisible(available);
}

void JobDetails::setJob(const Job *job, const QString &connectionName)
{
    const bool other = !job || job->id != m_job.id;
    m_hasJob = job != nullptr;
    m_job = job ? *job : Job();
    m_connectionName = connectionName;
    if (other)
        m_progress.reset();
    refresh();
}

void JobDetails::setProgress(const SyncProgressTracker *progress)
{
    if (progress && m_hasJob && progress->jobId() == m_job.id)
        m_progress = *progress;
    else
        m_progress.reset();
    refresh();
}

void JobDetails::setConnectionHistory(const QList<Job> &jobs)
{
    m_history = syncHistoryData(jobs, SyncHistoryData::Limit, m_clock());
    m_historyMessage.clear();
    refresh();
}

void JobDetails::setHistoryMessage(const QString &message)
{
    m_history = SyncHistoryData();
    m_historyMessage = message;
    refresh();
}

void JobDetails::setWebApp(const QUrl &webApp, const QString &workspaceId)
{
    m_webApp = webApp;
    m_workspaceId = workspaceId;
    refresh();
}

void JobDetails::setClock(std::function<QDateTime()> clock)
{
    m_clock = std::move(clock);
}

QUrl JobDetails::jobLink() const
{
    if (!m_hasJob || !m_webApp.isValid() || m_webApp.host().isEmpty() || m_workspaceId.isEmpty())
        return {};
    return m_job.webUrl(m_webApp, m_workspaceId);
}

void JobDetails::refresh()
{
    setEnabled(m_hasJob);
    const bool linked = jobLink().isValid();
    m_copyLink->setEnabled(linked);
    m_openLink->setEnabled(linked);
    const QString noLink = m_hasJob && !linked ? tr("Set the address of Airbyte's web app in "
                                                    "Settings to link to its jobs.")
                                               : QString();
    m_copyLink->setToolTip(noLink.isEmpty() ? tr("The job's page in Airbyte's web app") : noLink);
    m_openLink->setToolTip(noLink);
    m_streams->clear();
    m_attempts->clear();
    if (!m_hasJob) {
        m_summary->setText(tr("Select a job to see its attempts and streams."));
        m_failure->hide();
        m_progressText->hide();
        m_bar->hide();
        m_chart->hide();
        return;
    }
    const Job &job = m_job;
    const QString duration = durationText(
        std::chrono::duration_cast<std::chrono::milliseconds>(job.duration(m_clock())));
    //: Job 1234 · Sync of shop · Succeeded · 12 min
    m_summary->setText(tr("Job %1 · %2 of %3 · %4 · %5")
                           .arg(QString::number(job.id), jobTypeText(job.type), m_connectionName,
                                jobStatusText(job.status), duration));
    const QString failure = explainJobFailure(job);
    m_failure->setText(failure);
    m_failure->setVisible(!failure.isEmpty());

    // Live progress: the estimate's fraction and the ETA where Airbyte gives an estimate,
    // otherwise the counts with an activity stripe that moves once a second. Not Qt's busy
    // bar: the styles animate one 60 times a second for as long as it shows, about 4 % of a
    // core (bench_jobs), and Fusion goes on animating a bar that turns determinate at 0.
    const bool live = job.isRunning();
    m_progressText->setVisible(live);
    const SyncProgress *progress = m_progress ? &m_progress->last() : nullptr;
    std::optional<double> fraction;
    if (live) {
        QString text = m_progress ? Dsp::progressText(*m_progress)
                                  : Dsp::progressText(job.totals, std::nullopt, ProgressEstimate());
        if (m_progress) {
            const ProgressEstimate estimate = m_progress->estimate();
            fraction = estimate.fraction;
        }
        if (job.status == JobStatus::Pending)
            text = tr("Waiting for Airbyte to start it.");
        m_progressText->setText(text);
    }
    m_bar->setVisible(live && fraction);
    if (live && fraction) {
        m_bar->setRange(0, 1000);
        m_bar->setValue(int(*fraction * 1000));
    }
    m_activity->setVisible(live && !fraction && job.status != JobStatus::Pending);
    if (m_activity->isVisibleTo(this))
        m_activity->step();

    // The chart: this sync's records so far while it runs (a slow sync shows as a flat line),
    // else how the connection's last syncs went (one that shrank or slowed down stands out).
    m_chart->show();
    if (live) {
        m_chart->setRunning(
            m_progress ? runningChartData(m_progress->history(), m_progress->last().syncStartedAt)
                       : RunningChartData());
    } else if (!m_historyMessage.isEmpty()) {
        m_chart->clear(m_historyMessage);
    } else {
        m_chart->setHistory(m_history);
        m_chart->setHighlightedJob(job.id);
    }

    // Streams: live while it runs, else the job's own statistics.
    QList<StreamProgress> rows;
    if (progress) {
        rows = progress->streams;
    } else {
        for (const StreamStats &s : job.streams)
            rows.append({s.stream, job.type, s.stats, true, StreamRunState::Unknown});
    }
    for (const StreamProgress &s : std::as_const(rows)) {
        auto item = new QTreeWidgetItem(m_streams);
        item->setText(0, s.stream.displayName());
        item->setText(1,
                      s.state == StreamRunState::Unknown ? QString() : streamRunStateText(s.state));
        const qint64 records =
            s.stats.recordsCommitted ? s.stats.recordsCommitted : s.stats.recordsEmitted;
        const qint64 bytes = s.stats.bytesCommitted ? s.stats.bytesCommitted : s.stats.bytesEmitted;
        item->setText(2, s.hasCounts ? count(records) : QString());
        item->setText(3, s.hasCounts ? dataSize(bytes) : QString());
        if (m_progress) {
            if (const std::optional<double> rate = m_progress->recordsPerSecond(s.stream))
                item->setText(4, QLocale().toString(*rate, 'f', 0));
            const ProgressEstimate e = m_progress->estimate(s.stream);
            if (e.fraction) {
                const QString left = remainingText(e);
                item->setText(5, QStringLiteral("%1 %").arg(qRound(*e.fraction * 100)) +
                                     (left.isEmpty() ? QString() : QStringLiteral(" · ") + left));
            }
        }
        for (int c = 2; c <= 5; ++c)
            item->setTextAlignment(c, Qt::AlignRight | Qt::AlignVCenter);
    }

    for (const Attempt &a : job.attempts) {
        auto item = new QTreeWidgetItem(m_attempts);
        item->setText(0, QString::number(a.number + 1)); // Airbyte counts from 0, people from 1
        item->setText(1, attemptStatusText(a.status));
        item->setText(2, dateText(a.createdAt));
        const QDateTime end = a.endedAt.isValid() ? a.endedAt : m_clock();
        if (a.createdAt.isValid())
            item->setText(3, durationText(std::chrono::seconds(a.createdAt.secsTo(end))));
        if (a.failureSummary && !a.failureSummary->failures.isEmpty()) {
            const QString why = explainFailure(a.failureSummary->failures.first());
            item->setText(4, why);
            item->setToolTip(4, why);
        }
    }
}

} // namespace Dsp
