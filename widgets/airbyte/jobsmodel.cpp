#include "jobsmodel.h"

#include "core/durationtext.h"

#include <QColor>
#include <QIcon>
#include <QLocale>
#include <QPainter>
#include <QPixmap>

#include <algorithm>

namespace Dsp {

namespace {

// A dot of the status's colour, made once per status: the column is read at a glance.
QIcon statusIcon(JobStatus status)
{
    static QHash<int, QIcon> icons;
    auto it = icons.find(int(status));
    if (it != icons.end())
        return *it;
    QColor color;
    switch (status) {
    case JobStatus::Succeeded:
        color = QColor(0x2e, 0x7d, 0x32);
        break;
    case JobStatus::Failed:
        color = QColor(0xc6, 0x28, 0x28);
        break;
    case JobStatus::Running:
        color = QColor(0x15, 0x65, 0xc0);
        break;
    case JobStatus::Incomplete:
        color = QColor(0xef, 0x8f, 0x00);
        break;
    case JobStatus::Pending:
    case JobStatus::Cancelled:
    case JobStatus::Unknown:
        color = QColor(0x8a, 0x8a, 0x8a);
        break;
    }
    QPixmap pixmap(32, 32);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(color);
    painter.drawEllipse(QRectF(6, 6, 20, 20));
    painter.end();
    return *icons.insert(int(status), QIcon(pixmap));
}

bool newerFirst(const Job &a, const Job &b)
{
    return a.createdAt != b.createdAt ? a.createdAt > b.createdAt : a.id > b.id;
}

} // namespace

JobsModel::JobsModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{}

void JobsModel::setConnectionNames(const QHash<QString, QString> &names)
{
    m_names = names;
    if (!m_jobs.isEmpty())
        emit dataChanged(index(0, Connection), index(rowCount() - 1, Connection));
}

QString JobsModel::connectionName(const QString &connectionId) const
{
    return m_names.value(connectionId, connectionId);
}

void JobsModel::setClock(std::function<QDateTime()> clock)
{
    m_clock = std::move(clock);
}

void JobsModel::setPaging(const JobPage &page)
{
    m_offset += int(page.jobs.size()) + page.skipped;
    m_total = page.totalIsKnown ? page.totalCount : -1;
    m_hasMore = page.totalIsKnown ? m_offset < page.totalCount : page.hasMore;
    m_fetching = false;
}

void JobsModel::setFirstPage(const JobPage &page)
{
    beginResetModel();
    m_jobs = page.jobs;
    m_ids.clear();
    for (const Job &job : std::as_const(m_jobs))
        m_ids.insert(job.id);
    m_live.clear();
    m_offset = 0;
    setPaging(page);
    endResetModel();
}

void JobsModel::appendPage(const JobPage &page)
{
    QList<Job> fresh;
    for (const Job &job : page.jobs) {
        if (m_ids.contains(job.id))
            updateJob(job);
        else
            fresh.append(job);
    }
    setPaging(page);
    if (fresh.isEmpty())
        return;
    const int first = rowCount();
    beginInsertRows({}, first, first + int(fresh.size()) - 1);
    for (const Job &job : std::as_const(fresh))
        m_ids.insert(job.id);
    m_jobs.append(fresh);
    endInsertRows();
}

void JobsModel::fetchFailed()
{
    m_fetching = false;
    m_hasMore = false;
}

void JobsModel::clear()
{
    beginResetModel();
    m_jobs.clear();
    m_ids.clear();
    m_live.clear();
    m_offset = 0;
    m_total = -1;
    m_hasMore = false;
    m_fetching = false;
    endResetModel();
}

void JobsModel::updateJob(const Job &job, bool insert)
{
    const int row = rowOf(job.id);
    if (row >= 0) {
        m_jobs[row] = job;
        if (!job.isRunning())
            m_live.remove(job.id);
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
        return;
    }
    if (!insert)
        return;
    const auto at = std::lower_bound(m_jobs.cbegin(), m_jobs.cend(), job, newerFirst);
    const int position = int(at - m_jobs.cbegin());
    beginInsertRows({}, position, position);
    m_jobs.insert(position, job);
    m_ids.insert(job.id);
    ++m_offset; // the server's pages moved by one
    if (m_total >= 0)
        ++m_total;
    endInsertRows();
}

void JobsModel::setLive(qint64 jobId, const SyncStats &stats)
{
    const int row = rowOf(jobId);
    if (row < 0)
        return;
    m_live.insert(jobId, stats);
    emit dataChanged(index(row, Records), index(row, Bytes));
}

void JobsModel::tick()
{
    for (int row = 0; row < rowCount(); ++row) {
        if (m_jobs[row].isRunning())
            emit dataChanged(index(row, Duration), index(row, Duration), {Qt::DisplayRole});
    }
}

const Job *JobsModel::jobAt(int row) const
{
    return row >= 0 && row < m_jobs.size() ? &m_jobs[row] : nullptr;
}

int JobsModel::rowOf(qint64 jobId) const
{
    if (!m_ids.contains(jobId))
        return -1;
    for (int row = 0; row < m_jobs.size(); ++row) {
        if (m_jobs[row].id == jobId)
            return row;
    }
    return -1;
}

const SyncStats &JobsModel::shownStats(const Job &job) const
{
    const auto it = m_live.constFind(job.id);
    return it != m_live.cend() ? *it : job.totals;
}

QString JobsModel::statusText(const Job &job)
{
    if (job.status == JobStatus::Unknown && !job.statusName.isEmpty())
        return job.statusName;
    return jobStatusText(job.status);
}

int JobsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_jobs.size());
}

int JobsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant JobsModel::data(const QModelIndex &index, int role) const
{
    const Job *job = index.isValid() ? jobAt(index.row()) : nullptr;
    if (!job)
        return {};
    switch (role) {
    case JobIdRole:
        return job->id;
    case ConnectionIdRole:
        return job->connectionId;
    case StatusRole:
        return int(job->status);
    case Qt::DecorationRole:
        return index.column() == Status ? statusIcon(job->status) : QVariant();
    case Qt::TextAlignmentRole:
        switch (index.column()) {
        case Id:
        case Duration:
        case Records:
        case Bytes:
        case Attempts:
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == Status)
            return explainJobFailure(*job);
        return {};
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    const QLocale locale;
    const SyncStats &stats = shownStats(*job);
    const bool counted = job->hasTotals || m_live.contains(job->id);
    const bool loaded = !job->isRunning() && (stats.recordsCommitted || stats.bytesCommitted);
    switch (index.column()) {
    case Id:
        return QString::number(job->id);
    case Status:
        return statusText(*job);
    case Connection:
        return connectionName(job->connectionId);
    case Type:
        if (job->type == JobType::Other && !job->typeName.isEmpty())
            return job->typeName;
        return jobTypeText(job->type);
    case Started: {
        const QDateTime started = job->startedAt.isValid() ? job->startedAt : job->createdAt;
        return started.isValid() ? locale.toString(started.toLocalTime(), QLocale::ShortFormat)
                                 : QString();
    }
    case Duration:
        return durationText(
            std::chrono::duration_cast<std::chrono::milliseconds>(job->duration(m_clock())));
    // Read so far while it runs (what moves), loaded once it is over.
    case Records:
        return counted ? locale.toString(loaded ? stats.recordsCommitted : stats.recordsEmitted)
                       : QString();
    case Bytes:
        return counted
                   ? locale.formattedDataSize(loaded ? stats.bytesCommitted : stats.bytesEmitted)
                   : QString();
    case Attempts:
        return job->attempts.isEmpty() ? QString() : locale.toString(job->attempts.size());
    default:
        return {};
    }
}

QVariant JobsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Id:
        return tr("Job");
    case Status:
        return tr("Status");
    case Connection:
        return tr("Connection");
    case Type:
        return tr("Type");
    case Started:
        return tr("Started");
    case Duration:
        return tr("Duration");
    case Records:
        return tr("Records");
    case Bytes:
        return tr("Bytes");
    case Attempts:
        return tr("Attempts");
    default:
        return {};
    }
}

bool JobsModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_hasMore && !m_fetching;
}

void JobsModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    m_fetching = true;
    emit fetchRequested(m_offset);
}

} // namespace Dsp
