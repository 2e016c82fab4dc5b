#include "jobspage.h"

#include "jobdetails.h"
#include "jobsmodel.h"

#include "airbyte/airbyteclient.h"
#include "airbyte/jobwatcher.h"
#include "airbyte/syncchartdata.h"

#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace Dsp {

namespace {

constexpr int PageSize = 50;

// The streams a clear or refresh can name: those the job moved, else those it had enabled.
QList<StreamKey> streamsOf(const Job &job)
{
    QList<StreamKey> streams;
    for (const StreamStats &s : job.streams)
        streams.append(s.stream);
    return streams.isEmpty() ? job.enabledStreams : streams;
}

// A window-modal choice of the whole connection or some of its streams, then `then` with
// the chosen ones (empty: the whole connection).
void askStreams(QWidget *parent, const QString &name, const QString &title, const QString &text,
                const QString &yes, const QList<StreamKey> &streams,
                std::function<void(const QList<StreamKey> &)> then)
{
    auto dialog = new QDialog(parent);
    dialog->setObjectName(name);
    dialog->setWindowTitle(title);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    auto label = new QLabel(text, dialog);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    auto all = new QRadioButton(JobsPage::tr("The whole connection"), dialog);
    all->setObjectName(QStringLiteral("allStreams"));
    all->setChecked(true);
    auto some = new QRadioButton(JobsPage::tr("Only these streams:"), dialog);
    some->setObjectName(QStringLiteral("someStreams"));
    some->setEnabled(!streams.isEmpty());
    auto list = new QListWidget(dialog);
    list->setObjectName(QStringLiteral("streams"));
    for (const StreamKey &s : streams) {
        auto item = new QListWidgetItem(s.displayName(), list);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    list->setEnabled(false);
    QObject::connect(some, &QRadioButton::toggled, list, &QListWidget::setEnabled);
    auto buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, dialog);
    QPushButton *ok = buttons->addButton(yes, QDialogButtonBox::AcceptRole);
    buttons->button(QDialogButtonBox::Cancel)->setDefault(true);
    const auto chosen = [=] {
        QList<StreamKey> picked;
        if (some->isChecked()) {
            for (int i = 0; i < list->count(); ++i) {
                if (list->item(i)->checkState() == Qt::Checked)
                    picked.append(streams[i]);
            }
        }
        return picked;
    };
    const auto updateOk = [=] { ok->setEnabled(!some->isChecked() || !chosen().isEmpty()); };
    QObject::connect(some, &QRadioButton::toggled, dialog, updateOk);
    QObject::connect(list, &QListWidget::itemChanged, dialog, updateOk);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    QObject::connect(buttons, &QDialogButtonBox::accepted, dialog, [=] {
        const QList<StreamKey> picked = chosen();
        dialog->accept();
        then(picked);
    });
    auto layout = new QVBoxLayout(dialog);
    layout->addWidget(label);
    layout->addWidget(all);
    layout->addWidget(some);
    layout->addWidget(list, 1);
    layout->addWidget(buttons);
    dialog->open();
}

QString streamNames(const QList<StreamKey> &streams)
{
    QStringList names;
    for (const StreamKey &s : streams)
        names.append(s.displayName());
    return names.join(QStringLiteral(", "));
}

} // namespace

JobsPage::JobsPage(QWidget *parent)
    : QWidget(parent)
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
    , m_model(new JobsModel(this))
{
    auto title = new QLabel(tr("Jobs"), this);
    QFont f = title->font();
    f.setPointSizeF(f.pointSizeF() * 1.5);
    f.setBold(true);
    title->setFont(f);
    m_refresh = new QPushButton(tr("Refresh"), this);
    m_refresh->setObjectName(QStringLiteral("refresh"));

    m_statusFilter = new QComboBox(this);
    m_statusFilter->setObjectName(QStringLiteral("statusFilter"));
    m_statusFilter->addItem(tr("Any status"));
    for (JobStatus s : {JobStatus::Running, JobStatus::Pending, JobStatus::Succeeded,
                        JobStatus::Failed, JobStatus::Incomplete, JobStatus::Cancelled})
        m_statusFilter->addItem(jobStatusText(s), int(s));
    m_typeFilter = new QComboBox(this);
    m_typeFilter->setObjectName(QStringLiteral("typeFilter"));
    m_typeFilter->addItem(tr("Any type"));
    for (JobType t : {JobType::Sync, JobType::ResetConnection, JobType::Refresh})
        m_typeFilter->addItem(t == JobType::ResetConnection ? tr("Clear (reset)") : jobTypeText(t),
                              int(t));
    m_connectionFilter = new QComboBox(this);
    m_connectionFilter->setObjectName(QStringLiteral("connectionFilter"));
    m_connectionFilter->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_connectionFilter->addItem(tr("Every connection"));
    m_periodFilter = new QComboBox(this);
    m_periodFilter->setObjectName(QStringLiteral("periodFilter"));
    m_periodFilter->addItem(tr("Any time"), int(Period::Any));
    m_periodFilter->addItem(tr("Last 24 hours"), int(Period::Day));
    m_periodFilter->addItem(tr("Last 7 days"), int(Period::Week));
    m_periodFilter->addItem(tr("Last 30 days"), int(Period::Month));

    m_sync = new QPushButton(tr("Sync now"), this);
    m_sync->setObjectName(QStringLiteral("syncNow"));
    m_cancel = new QPushButton(tr("Cancel job…"), this);
    m_cancel->setObjectName(QStringLiteral("cancelJob"));
    m_clear = new QPushButton(tr("Clear data…"), this);
    m_clear->setObjectName(QStringLiteral("clear"));
    m_clear->setToolTip(tr("Erase the connection's data at the destination and sync again "
                           "from the start"));
    m_refreshStreams = new QPushButton(tr("Refresh streams…"), this);
    m_refreshStreams->setObjectName(QStringLiteral("refreshStreams"));
    m_refreshStreams->setToolTip(
        tr("Sync streams again from the start, keeping what the destination has until "
           "the new data arrives (Airbyte 0.57 and later)"));

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("status"));
    m_status->setTextFormat(Qt::PlainText); // Airbyte's words
    m_status->setWordWrap(true);

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("jobs"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->verticalHeader()->hide();
    // Rows of one height: the view lays out ten thousand rows without asking each one.
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->setWordWrap(false);
    m_view->setAlternatingRowColors(true);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->horizontalHeader()->setSectionResizeMode(JobsModel::Connection, QHeaderView::Stretch);
    m_view->horizontalHeader()->setHighlightSections(false);
    const int digits = m_view->fontMetrics().horizontalAdvance(QStringLiteral("0000000"));
    m_view->setColumnWidth(JobsModel::Id, digits);
    m_view->setColumnWidth(JobsModel::Status, digits * 2);
    // As wide as a date in the user's format (measured once, not over the rows).
    const QString sampleDate =
        QLocale().toString(QDateTime(QDate(2026, 12, 28), QTime(23, 58)), QLocale::ShortFormat);
    m_view->setColumnWidth(JobsModel::Started,
                           m_view->fontMetrics().horizontalAdvance(sampleDate) + digits / 2);

    m_details = new JobDetails(this);
    m_details->setObjectName(QStringLiteral("jobDetails"));
    auto splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_view);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);

    auto header = new QHBoxLayout;
    header->addWidget(title);
    header->addStretch();
    header->addWidget(m_refresh);
    auto filters = new QHBoxLayout;
    filters->addWidget(m_statusFilter);
    filters->addWidget(m_typeFilter);
    filters->addWidget(m_connectionFilter);
    filters->addWidget(m_periodFilter);
    filters->addStretch();
    filters->addWidget(m_sync);
    filters->addWidget(m_cancel);
    filters->addWidget(m_clear);
    filters->addWidget(m_refreshStreams);
    auto layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addLayout(filters);
    layout->addWidget(m_status);
    layout->addWidget(splitter, 1);

    connect(m_refresh, &QPushButton::clicked, this, &JobsPage::refresh);
    for (QComboBox *box : {m_statusFilter, m_typeFilter, m_connectionFilter, m_periodFilter})
        connect(box, &QComboBox::activated, this, [this] { loadFirstPage(); });
    connect(m_model, &JobsModel::fetchRequested, this, &JobsPage::fetchPage);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        showSelected();
        updateActions();
    });
    connect(m_model, &QAbstractItemModel::dataChanged, this, [this](const QModelIndex &from) {
        if (const Job *job = selectedJob(); job && from.row() == m_model->rowOf(job->id))
            showSelected();
        updateActions();
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        showSelected();
        updateActions();
    });
    connect(m_sync, &QPushButton::clicked, this, [this] { syncSelected(); });
    connect(m_cancel, &QPushButton::clicked, this, [this] { cancelSelected(); });
    connect(m_clear, &QPushButton::clicked, this, [this] { clearSelected(); });
    connect(m_refreshStreams, &QPushButton::clicked, this, [this] { refreshSelected(); });
    connect(m_details, &JobDetails::openUrlRequested, this, &JobsPage::openUrlRequested);
    connect(m_details, &JobDetails::showLogRequested, this, &JobsPage::showLogRequested);
    connect(m_details, &JobDetails::archiveRequested, this, &JobsPage::archiveRequested);
    // Running durations move once a second; nothing runs, nothing repaints.
    m_tick.setInterval(1000);
    connect(&m_tick, &QTimer::timeout, this, [this] {
        m_model->tick();
        if (const Job *job = selectedJob(); job && job->isRunning())
            showSelected();
    });
    setClient(nullptr, nullptr);
}

JobsPage::~JobsPage() = default;

void JobsPage::setClient(AirbyteClient *client, JobWatcher *watcher)
{
    if (m_watcher)
        disconnect(m_watcher, nullptr, this, nullptr);
    m_client = client;
    m_watcher = watcher;
    m_workspaceId = watcher ? watcher->workspaceId() : QString();
    m_loadedOnce = false;
    ++m_generation;
    ++m_session;
    m_model->clear();
    m_connectionIds.clear();
    m_histories.clear();
    m_historyRequests.clear();
    m_historyConnection.clear();
    while (m_connectionFilter->count() > 1)
        m_connectionFilter->removeItem(1);
    m_refresh->setEnabled(client != nullptr);
    m_details->setWebApp(m_webApp, m_workspaceId);
    updateActions();
    if (!client) {
        setStatus(tr("Airbyte is not configured in this environment (Settings)."));
        return;
    }
    setStatus(QString());
    if (watcher) {
        connect(watcher, &JobWatcher::jobStarted, this, &JobsPage::onJobSeen);
        connect(watcher, &JobWatcher::jobChanged, this, &JobsPage::onJobSeen);
        connect(watcher, &JobWatcher::jobFinished, this, &JobsPage::onJobSeen);
        connect(watcher, &JobWatcher::progressChanged, this, &JobsPage::onProgress);
        connect(watcher, &JobWatcher::workspaceResolved, this, &JobsPage::setWorkspace);
        connect(watcher, &JobWatcher::runningChanged, this, [this] {
            if (m_watcher && !m_watcher->runningJobs().isEmpty())
                m_tick.start();
        });
    }
    if (isVisible())
        refresh();
}

void JobsPage::setWorkspace(const QString &workspaceId)
{
    if (workspaceId == m_workspaceId)
        return;
    m_workspaceId = workspaceId;
    m_details->setWebApp(m_webApp, m_workspaceId);
    m_loadedOnce = false;
    if (isVisible())
        refresh();
}

void JobsPage::setWebApp(const QUrl &webApp)
{
    m_webApp = webApp;
    m_details->setWebApp(m_webApp, m_workspaceId);
}

void JobsPage::setClock(std::function<QDateTime()> clock)
{
    m_clock = clock;
    m_model->setClock(clock);
    m_details->setClock(std::move(clock));
}

void JobsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_client && !m_loadedOnce)
        refresh();
}

void JobsPage::setArchiveAvailable(bool available)
{
    m_details->setArchiveAvailable(available);
}

void JobsPage::setStatus(const QString &text, bool error)
{
    m_status->setText(text);
    m_status->setVisible(!text.isEmpty());
    m_status->setStyleSheet(error ? QStringLiteral("QLabel { color: #b3261e; }") : QString());
}

bool JobsPage::isCurrent(quint64 session) const
{
    return session == m_session && m_client;
}

void JobsPage::refresh()
{
    if (!m_client)
        return;
    m_loadedOnce = true;
    if (m_workspaceId.isEmpty() && m_watcher)
        m_workspaceId = m_watcher->workspaceId();
    if (m_workspaceId.isEmpty()) {
        // The watcher resolves the only workspace; with several, Connections chooses.
        setStatus(tr("Waiting for the workspace: with several, choose one on the Connections "
                     "page."));
        return;
    }
    m_details->setWebApp(m_webApp, m_workspaceId);
    loadConnections();
    loadFirstPage();
    // Read again what the cache holds; the chart shown keeps its bars until the answer.
    m_histories.clear();
    m_historyRequests.clear();
    if (!m_historyConnection.isEmpty())
        loadHistory(m_historyConnection);
    if (m_watcher)
        m_watcher->checkNow();
}

void JobsPage::loadConnections()
{
    const quint64 session = m_session;
    m_client->listConnectionItems(
        m_workspaceId, this, [this, session](const Result<QList<ConnectionListItem>> &r) {
            if (!isCurrent(session) || !r)
                return; // the jobs still show, with connection ids
            QList<ConnectionListItem> items = r.value();
            std::sort(items.begin(), items.end(), [](const auto &a, const auto &b) {
                return a.name.localeAwareCompare(b.name) < 0;
            });
            const QString chosen = m_connectionFilter->currentData().toString();
            while (m_connectionFilter->count() > 1)
                m_connectionFilter->removeItem(1);
            m_connectionIds.clear();
            QHash<QString, QString> names;
            for (const ConnectionListItem &c : items) {
                names.insert(c.id, c.name);
                m_connectionFilter->addItem(c.name, c.id);
                m_connectionIds.append(c.id);
            }
            if (const int at = m_connectionFilter->findData(chosen); at > 0)
                m_connectionFilter->setCurrentIndex(at);
            m_model->setConnectionNames(names);
            showSelected();
        });
}

JobQuery JobsPage::query() const
{
    JobQuery q;
    q.workspaceId = m_workspaceId;
    q.pageSize = PageSize;
    if (const QVariant s = m_statusFilter->currentData(); s.isValid())
        q.statuses = {JobStatus(s.toInt())};
    if (const QVariant t = m_typeFilter->currentData(); t.isValid())
        q.types = jobTypesForFilter(JobType(t.toInt()));
    if (const QString c = m_connectionFilter->currentData().toString(); !c.isEmpty())
        q.connectionIds = {c};
    const QDateTime now = m_clock();
    switch (Period(m_periodFilter->currentData().toInt())) {
    case Period::Any:
        break;
    case Period::Day:
        q.createdFrom = now.addDays(-1);
        break;
    case Period::Week:
        q.createdFrom = now.addDays(-7);
        break;
    case Period::Month:
        q.createdFrom = now.addDays(-30);
        break;
    }
    return q;
}

bool JobsPage::matches(const Job &job) const
{
    const JobQuery q = query();
    if (!q.statuses.isEmpty() && !q.statuses.contains(job.status))
        return false;
    if (!q.types.isEmpty() && !q.types.contains(job.type))
        return false;
    if (!q.connectionIds.isEmpty() && !q.connectionIds.contains(job.connectionId))
        return false;
    return !q.createdFrom.isValid() || job.createdAt >= q.createdFrom;
}

void JobsPage::loadFirstPage()
{
    if (!m_client || m_workspaceId.isEmpty())
        return;
    const quint64 generation = ++m_generation;
    setStatus(tr("Loading jobs…"));
    m_client->listJobs(query(), this, [this, generation](const Result<JobPage> &r) {
        if (generation != m_generation)
            return;
        if (!r) {
            setStatus(tr("Could not load the jobs: %1").arg(r.error().message), true);
            return;
        }
        const qint64 selected = m_pendingSelection ? m_pendingSelection : selectedJobId();
        m_model->setFirstPage(r.value());
        setStatus(r.value().jobs.isEmpty() ? tr("No jobs match these filters.") : QString());
        if (m_watcher) {
            for (const Job &job : m_watcher->runningJobs())
                onProgress(job.connectionId);
        }
        if (selected)
            selectJob(selected);
        emit loaded();
    });
}

void JobsPage::fetchPage(int offset)
{
    if (!m_client)
        return;
    const quint64 generation = m_generation;
    JobQuery q = query();
    q.rowOffset = offset;
    m_client->listJobs(q, this, [this, generation](const Result<JobPage> &r) {
        if (generation != m_generation)
            return;
        if (!r) {
            m_model->fetchFailed();
            setStatus(tr("Could not load more jobs: %1").arg(r.error().message), true);
            return;
        }
        m_model->appendPage(r.value());
        if (m_pendingSelection)
            selectJob(m_pendingSelection);
        emit loaded();
    });
}

void JobsPage::setStatusFilter(std::optional<JobStatus> status)
{
    m_statusFilter->setCurrentIndex(status ? m_statusFilter->findData(int(*status)) : 0);
    loadFirstPage();
}

void JobsPage::setTypeFilter(std::optional<JobType> type)
{
    m_typeFilter->setCurrentIndex(type ? m_typeFilter->findData(int(*type)) : 0);
    loadFirstPage();
}

void JobsPage::setConnectionFilter(const QString &connectionId)
{
    int at = connectionId.isEmpty() ? 0 : m_connectionFilter->findData(connectionId);
    if (at < 0) { // its name comes with the connections list
        m_connectionFilter->addItem(m_model->connectionName(connectionId), connectionId);
        at = m_connectionFilter->count() - 1;
    }
    m_connectionFilter->setCurrentIndex(at);
    loadFirstPage();
}

void JobsPage::setPeriod(Period period)
{
    m_periodFilter->setCurrentIndex(m_periodFilter->findData(int(period)));
    loadFirstPage();
}

void JobsPage::selectJob(qint64 jobId)
{
    const int row = m_model->rowOf(jobId);
    if (row < 0) {
        m_pendingSelection = jobId;
        return;
    }
    m_pendingSelection = 0;
    const QModelIndex index = m_model->index(row, 0);
    m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                         QItemSelectionModel::Rows);
    m_view->scrollTo(index);
}

const Job *JobsPage::selectedJob() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? nullptr : m_model->jobAt(rows.first().row());
}

qint64 JobsPage::selectedJobId() const
{
    const Job *job = selectedJob();
    return job ? job->id : 0;
}

void JobsPage::showSelected()
{
    const Job *job = selectedJob();
    m_details->setJob(job, job ? m_model->connectionName(job->connectionId) : QString());
    if (job && m_watcher)
        m_details->setProgress(m_watcher->progress(job->connectionId));
    showHistory(job ? job->connectionId : QString());
}

void JobsPage::showHistory(const QString &connectionId)
{
    if (connectionId == m_historyConnection)
        return; // shown, or on its way
    m_historyConnection = connectionId;
    if (connectionId.isEmpty()) {
        m_details->setConnectionHistory({});
        return;
    }
    if (const auto it = m_histories.constFind(connectionId); it != m_histories.cend()) {
        m_details->setConnectionHistory(*it);
        return;
    }
    m_details->setHistoryMessage(tr("Loading the last syncs…"));
    loadHistory(connectionId);
}

void JobsPage::loadHistory(const QString &connectionId)
{
    if (!m_client)
        return;
    const quint64 session = m_session;
    const quint64 generation = ++m_historyGeneration;
    m_historyRequests.insert(connectionId, generation);
    JobQuery q;
    q.connectionIds = {connectionId};
    q.types = {JobType::Sync};
    q.pageSize = SyncHistoryData::Limit;
    m_client->listJobs(
        q, this, [this, session, generation, connectionId](const Result<JobPage> &r) {
            if (!isCurrent(session) || m_historyRequests.value(connectionId) != generation)
                return;
            m_historyRequests.remove(connectionId);
            const bool shown = connectionId == m_historyConnection;
            if (!r) {
                // A chart already shown stays; a first read says why there is none.
                if (shown && !m_histories.contains(connectionId))
                    m_details->setHistoryMessage(
                        tr("Could not load the last syncs: %1").arg(r.error().message));
                return;
            }
            m_histories.insert(connectionId, r.value().jobs);
            if (shown)
                m_details->setConnectionHistory(r.value().jobs);
        });
}

void JobsPage::updateActions()
{
    const Job *job = selectedJob();
    const bool usable = job && m_client && !job->connectionId.isEmpty();
    const bool running = usable && job->isRunning();
    const bool busy = usable && m_watcher && m_watcher->runningJob(job->connectionId) != nullptr;
    m_sync->setEnabled(usable && !running && !busy);
    m_cancel->setEnabled(running);
    m_clear->setEnabled(usable);
    m_refreshStreams->setEnabled(usable && !running && !busy);
}

void JobsPage::onJobSeen(const Job &job)
{
    m_model->updateJob(job, matches(job));
    if (m_pendingSelection == job.id)
        selectJob(job.id);
    if (job.isRunning())
        m_tick.start();
    else if (m_watcher && m_watcher->runningJobs().isEmpty())
        m_tick.stop();
    // A sync that ended changes its connection's last syncs: read them again if they are
    // shown, else forget them (and any answer on the way) until they are.
    if (job.type == JobType::Sync && isTerminal(job.status) && !job.connectionId.isEmpty()) {
        if (job.connectionId == m_historyConnection) {
            loadHistory(job.connectionId);
        } else {
            m_histories.remove(job.connectionId);
            m_historyRequests.remove(job.connectionId);
        }
    }
    updateActions();
}

void JobsPage::onProgress(const QString &connectionId)
{
    if (!m_watcher)
        return;
    const SyncProgressTracker *progress = m_watcher->progress(connectionId);
    if (!progress)
        return;
    m_model->setLive(progress->jobId(), progress->last().totals);
    if (const Job *job = selectedJob(); job && job->id == progress->jobId())
        m_details->setProgress(progress);
}

void JobsPage::confirm(const QString &name, const QString &title, const QString &question,
                       const QString &yes, std::function<void()> then)
{
    auto *box = new QMessageBox(QMessageBox::Question, title, question, QMessageBox::Cancel, this);
    box->setObjectName(name);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setTextFormat(Qt::PlainText);
    QPushButton *ok = box->addButton(yes, QMessageBox::AcceptRole);
    box->setDefaultButton(QMessageBox::Cancel);
    connect(box, &QMessageBox::finished, this,
            [this, box, ok, then = std::move(then), session = m_session](int) {
                if (box->clickedButton() == ok && isCurrent(session))
                    then();
            });
    box->open();
}

void JobsPage::afterAction(const Job &job, const QString &message)
{
    setStatus(message);
    m_pendingSelection = job.id;
    if (m_watcher)
        m_watcher->watch(job);
    m_model->updateJob(job, matches(job));
    selectJob(job.id);
    updateActions();
    emit actionFinished();
}

void JobsPage::syncSelected(bool confirmed)
{
    const Job *job = selectedJob();
    if (!job || !m_client || job->connectionId.isEmpty())
        return;
    const QString connectionId = job->connectionId;
    const QString name = m_model->connectionName(connectionId);
    const auto start = [this, connectionId, name] {
        const quint64 session = m_session;
        setStatus(tr("Starting a sync of “%1”…").arg(name));
        m_client->syncConnection(
            connectionId, this, [this, session, name](const Result<qint64> &r) {
                if (!isCurrent(session))
                    return;
                if (!r) {
                    setStatus(tr("The sync of “%1” did not start: %2").arg(name, r.error().message),
                              true);
                    emit actionFinished();
                    return;
                }
                const qint64 id = r.value();
                m_client->getJob(id, this, [this, session, id, name](const Result<Job> &j) {
                    if (!isCurrent(session))
                        return;
                    if (!j) { // it started; the list shows it soon
                        setStatus(tr("Sync of “%1” started (job %2).").arg(name).arg(id));
                        if (m_watcher)
                            m_watcher->checkNow();
                        emit actionFinished();
                        return;
                    }
                    afterAction(j.value(), tr("Sync of “%1” started (job %2).").arg(name).arg(id));
                });
            });
    };
    if (confirmed) {
        start();
        return;
    }
    confirm(QStringLiteral("confirmSync"), tr("Sync now"),
            tr("Sync “%1” now? Airbyte reads what is new at the source and writes it to the "
               "destination.")
                .arg(name),
            tr("Sync now"), start);
}

void JobsPage::cancelSelected(bool confirmed)
{
    const Job *job = selectedJob();
    if (!job || !m_client || !job->isRunning())
        return;
    const qint64 id = job->id;
    const QString name = m_model->connectionName(job->connectionId);
    const auto start = [this, id, name] {
        const quint64 session = m_session;
        setStatus(tr("Cancelling job %1…").arg(id));
        m_client->cancelJob(id, this, [this, session, id, name](const Result<Job> &r) {
            if (!isCurrent(session))
                return;
            if (!r) {
                setStatus(tr("Job %1 was not cancelled: %2").arg(id).arg(r.error().message), true);
                emit actionFinished();
                return;
            }
            m_model->updateJob(r.value());
            setStatus(tr("Job %1 of “%2” is cancelled.").arg(id).arg(name));
            if (m_watcher)
                m_watcher->checkNow();
            updateActions();
            emit actionFinished();
        });
    };
    if (confirmed) {
        start();
        return;
    }
    confirm(QStringLiteral("confirmCancel"), tr("Cancel job"),
            tr("Cancel job %1 of “%2”? What it already wrote at the destination stays there; "
               "the next sync carries on from the last saved state.")
                .arg(id)
                .arg(name),
            tr("Cancel the job"), start);
}

void JobsPage::clearSelected(bool confirmed, const QList<StreamKey> &streams)
{
    const Job *job = selectedJob();
    if (!job || !m_client || job->connectionId.isEmpty())
        return;
    const qint64 jobId = job->id;
    const QString connectionId = job->connectionId;
    if (confirmed) {
        startClear(jobId, connectionId, streams);
        return;
    }
    const QString name = m_model->connectionName(connectionId);
    askStreams(this, QStringLiteral("confirmClear"), tr("Clear data"),
               tr("Clear the data of “%1”? Airbyte erases what this connection wrote at the "
                  "destination, and its saved state, for the streams chosen; the next sync "
                  "reads them again from the start. This cannot be undone.")
                   .arg(name),
               tr("Clear the data"), streamsOf(*job),
               [this, jobId, connectionId, session = m_session](const QList<StreamKey> &chosen) {
                   if (isCurrent(session))
                       startClear(jobId, connectionId, chosen);
               });
}

void JobsPage::startClear(qint64, const QString &connectionId, const QList<StreamKey> &streams)
{
    const quint64 session = m_session;
    const QString name = m_model->connectionName(connectionId);
    setStatus(tr("Clearing the data of “%1”…").arg(name));
    m_client->clearConnection(
        connectionId, streams, this, [this, session, name, streams](const Result<Job> &r) {
            if (!isCurrent(session))
                return;
            if (!r) {
                setStatus(tr("The data of “%1” was not cleared: %2").arg(name, r.error().message),
                          true);
                emit actionFinished();
                return;
            }
            afterAction(
                r.value(),
                streams.isEmpty()
                    ? tr("Clearing all the data of “%1” (job %2).").arg(name).arg(r.value().id)
                    : tr("Clearing %1 of “%2” (job %3).")
                          .arg(streamNames(streams), name)
                          .arg(r.value().id));
        });
}

void JobsPage::refreshSelected(bool confirmed, const QList<StreamKey> &streams)
{
    const Job *job = selectedJob();
    if (!job || !m_client || job->connectionId.isEmpty())
        return;
    const QString connectionId = job->connectionId;
    if (confirmed) {
        startRefresh(connectionId, streams);
        return;
    }
    const QString name = m_model->connectionName(connectionId);
    askStreams(this, QStringLiteral("confirmRefresh"), tr("Refresh streams"),
               tr("Refresh “%1”? Airbyte syncs the chosen streams again from the start and "
                  "replaces what the destination has for them once the new data is there.")
                   .arg(name),
               tr("Refresh"), streamsOf(*job),
               [this, connectionId, session = m_session](const QList<StreamKey> &chosen) {
                   if (isCurrent(session))
                       startRefresh(connectionId, chosen);
               });
}

void JobsPage::startRefresh(const QString &connectionId, const QList<StreamKey> &streams)
{
    const quint64 session = m_session;
    const QString name = m_model->connectionName(connectionId);
    setStatus(tr("Starting a refresh of “%1”…").arg(name));
    m_client->refreshStreams(
        connectionId, AirbyteClient::RefreshMode::Truncate, streams, this,
        [this, session, name](const Result<std::optional<Job>> &r) {
            if (!isCurrent(session))
                return;
            if (!r) {
                setStatus(tr("The refresh of “%1” did not start: %2").arg(name, r.error().message),
                          true);
                emit actionFinished();
                return;
            }
            if (!r.value()) { // the server says only that it started
                setStatus(tr("Refresh of “%1” started.").arg(name));
                if (m_watcher)
                    m_watcher->checkNow();
                emit actionFinished();
                return;
            }
            afterAction(*r.value(),
                        tr("Refresh of “%1” started (job %2).").arg(name).arg(r.value()->id));
        });
}

} // namespace Dsp
