#pragma once

#include "airbyte/jobs.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>
#include <QSet>

#include <functional>

namespace Dsp {

// Jobs as a table, newest first, paged from the server: the view's fetchMore() asks for the
// next page (fetchRequested) when the user scrolls near the end, and the page appends the
// answer. Running jobs show their live counts (setLive) and a duration that grows. No widget
// per row; GUI thread only.
class JobsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        Id,
        Status,
        Connection,
        Type,
        Started,
        Duration,
        Records,
        Bytes,
        Attempts,
        ColumnCount
    };
    enum Role {
        JobIdRole = Qt::UserRole,
        ConnectionIdRole,
        StatusRole, // JobStatus as int
    };

    explicit JobsModel(QObject *parent = nullptr);

    // Names shown for connection ids (the workspace's connections); an unknown id shows as is.
    void setConnectionNames(const QHash<QString, QString> &names);
    QString connectionName(const QString &connectionId) const;
    // The first page of a new list (filters changed, refresh): rows replaced.
    void setFirstPage(const JobPage &page);
    // The next page, after fetchRequested. Jobs already shown (a job started in between shifts
    // the server's pages) are updated, not repeated.
    void appendPage(const JobPage &page);
    // The next page could not be read: no more automatic fetching until the next list.
    void fetchFailed();
    void clear();
    // A job read again (the watcher, an action's answer): its row updated; a job not shown is
    // inserted in date order when `insert` (it matches the page's filters).
    void updateJob(const Job &job, bool insert = false);
    // Live counters of a running job (records and bytes so far).
    void setLive(qint64 jobId, const SyncStats &stats);
    // The time "now" for running durations (tests: a fixed clock).
    void setClock(std::function<QDateTime()> clock);
    // Durations of running jobs move: their cells repainted (a timer of the page calls it).
    void tick();

    const Job *jobAt(int row) const;
    int rowOf(qint64 jobId) const; // -1 when absent
    bool hasMore() const { return m_hasMore; }
    bool isFetching() const { return m_fetching; }
    // The server's count of jobs for the filters, or -1 when it does not say.
    qint64 totalCount() const { return m_total; }

    static QString statusText(const Job &job);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

signals:
    // The view wants more rows: ask the server for the page at `offset`.
    void fetchRequested(int offset);

private:
    const SyncStats &shownStats(const Job &job) const;
    void setPaging(const JobPage &page);

    QList<Job> m_jobs;
    // The ids in m_jobs (rows go only with a reset): each job of a page appended to ten
    // thousand rows is looked up, and so is every job the watcher reports.
    QSet<qint64> m_ids;
    QHash<qint64, SyncStats> m_live;
    QHash<QString, QString> m_names;
    std::function<QDateTime()> m_clock;
    int m_offset = 0; // rows the server has given, for the next page's offset
    qint64 m_total = -1;
    bool m_hasMore = false;
    bool m_fetching = false;
};

} // namespace Dsp
