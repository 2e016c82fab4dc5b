#include "postgresprobe.h"

#include "core/networkmessages.h"

#include <QFutureWatcher>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

namespace Dsp {

namespace {
// A hung server can keep a worker busy until libpq's own connect_timeout; a pool of our
// own keeps that away from the global pool that indexing and search use.
QThreadPool *postgresPool()
{
    static QThreadPool *pool = [] {
        auto p = new QThreadPool;
        p->setMaxThreadCount(4);
        return p;
    }();
    return pool;
}
} // namespace

PostgresProbe::PostgresProbe(const PostgresTarget &target, QObject *parent)
    : HealthProbe(ServiceId::Postgres, parent)
    , m_target(target)
{}

bool PostgresProbe::isConfigured() const
{
    return !m_target.host.isEmpty() && m_target.port > 0;
}

void PostgresProbe::start()
{
    m_cancelled = std::make_shared<std::atomic_bool>(false);
    // finish() runs inside the watcher's finished() signal: the probe must not delete it there.
    auto watcher = ownForRun(new QFutureWatcher<PostgresReport>);
    connect(watcher, &QFutureWatcher<PostgresReport>::finished, this, [this, watcher] {
        const PostgresReport report = watcher->result();
        switch (report.outcome) {
        case PostgresReport::Outcome::Up:
            finish(HealthState::Up, report.reason, report.version, report.details);
            break;
        case PostgresReport::Outcome::Degraded:
            finish(HealthState::Degraded, report.reason, report.version, report.details);
            break;
        case PostgresReport::Outcome::Down:
            finish(HealthState::Down, report.reason, report.version, report.details);
            break;
        case PostgresReport::Outcome::TimedOut:
            // Our own deadline normally fires first; this is the worker agreeing with it.
            finish(HealthState::Down, NetworkMessages::timedOut(timeout()));
            break;
        case PostgresReport::Outcome::Cancelled:
            break;
        }
    });
    watcher->setFuture(QtConcurrent::run(postgresPool(), &PostgresInspector::inspect, m_target,
                                         remaining(), m_cancelled));
}

void PostgresProbe::abortWork()
{
    if (m_cancelled)
        m_cancelled->store(true);
}

} // namespace Dsp
