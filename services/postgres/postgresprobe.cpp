#include "postgresprobe.h"

#include "core/logging.h"
#include "core/networkmessages.h"
#include "health/healthtr.h"
#include "postgresverdict.h"

#include <QFutureWatcher>
#include <QHostAddress>
#include <QNetworkProxy>
#include <QTcpSocket>
#include <QThreadPool>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

namespace Dsp {

namespace {

// Sets the worker's cancel flag when the check ends. It lives in the run context, which the
// base deletes at once on a verdict or the deadline, and with the probe: no virtual call is
// needed, and the flag is set before the probe is gone.
class CancelOnDestroy : public QObject
{
public:
    CancelOnDestroy(std::shared_ptr<std::atomic_bool> flag, QObject *parent)
        : QObject(parent)
        , m_flag(std::move(flag))
    {}
    ~CancelOnDestroy() override { m_flag->store(true); }

private:
    std::shared_ptr<std::atomic_bool> m_flag;
};

} // namespace

PostgresProbe::PostgresProbe(const PostgresTarget &target, QThreadPool *pool, QObject *parent)
    : HealthProbe(ServiceId::Postgres, parent)
    , m_target(target)
    , m_pool(pool)
{
    Q_ASSERT(pool);
    addSecret(target.password);
}

bool PostgresProbe::isConfigured() const
{
    return !m_target.host.isEmpty() && m_target.port > 0 && m_target.port <= 65535;
}

void PostgresProbe::start()
{
    m_cancelled = std::make_shared<std::atomic_bool>(false);
    new CancelOnDestroy(m_cancelled, runContext());
    if (m_inspection.isFinished()) {
        // Not from within run(): the socket may fail synchronously, and a verdict must not
        // arrive before run() returns.
        QTimer::singleShot(0, runContext(), [this] { checkReachable(); });
        return;
    }
    // The previous check's worker was told to stop when that check ended and does so within
    // one slice: wait for it, so that a probe never has two inspections in the pool.
    auto previous = ownForRun(new QFutureWatcher<PostgresReport>);
    connect(previous, &QFutureWatcherBase::finished, this, &PostgresProbe::checkReachable);
    previous->setFuture(m_inspection);
}

void PostgresProbe::checkReachable()
{
    // Settings that cannot work fail before any connection, whatever the network says.
    if (const std::optional<PostgresReport> settings =
            PostgresVerdict::tlsSettingsFailure(m_target)) {
        onReport(*settings);
        return;
    }
    // libpq would resolve the name and connect blocking; a socket does both asynchronously,
    // tries each address in turn and names its failures by type.
    auto socket = ownForRun(new QTcpSocket);
    // The check is about the route libpq takes, which knows no proxies.
    socket->setProxy(QNetworkProxy::NoProxy);
    connect(socket, &QTcpSocket::connected, this, [this, socket] {
        QHostAddress address = socket->peerAddress();
        bool isV4 = false;
        const quint32 v4 = address.toIPv4Address(&isV4);
        if (isV4)
            address = QHostAddress(v4); // "::ffff:10.0.0.1" reads 10.0.0.1 for libpq
        socket->disconnect(this);
        socket->abort();
        inspect(address);
    });
    connect(socket, &QTcpSocket::errorOccurred, this,
            [this, socket](QAbstractSocket::SocketError error) {
                socket->disconnect(this);
                fail(NetworkMessages::socketError(error, m_target.host, m_target.port,
                                                  socket->errorString(), timeout()));
            });
    socket->connectToHost(m_target.host, quint16(m_target.port));
}

void PostgresProbe::inspect(const QHostAddress &address)
{
    if (!m_pool) {
        qCWarning(lcPostgres) << "no thread pool for the PostgreSQL probe";
        fail(Error::make(ErrorKind::Unreachable,
                         NetworkMessages::networkError(
                             NetworkMessages::endpointText(m_target.host, m_target.port),
                             QStringLiteral("no worker thread pool"))));
        return;
    }
    // finish() runs inside the watcher's finished() signal: the probe must not delete it there.
    auto watcher = ownForRun(new QFutureWatcher<PostgresReport>);
    connect(watcher, &QFutureWatcherBase::finished, this,
            [this, watcher] { onReport(watcher->result()); });
    m_inspection =
        QtConcurrent::run(m_pool.data(), &PostgresInspector::inspect, m_target, address.toString(),
                          remaining(), std::shared_ptr<const std::atomic_bool>(m_cancelled));
    watcher->setFuture(m_inspection);
}

void PostgresProbe::onReport(const PostgresReport &report)
{
    if (report.cancelled)
        return;
    if (report.code == ProbeCode::Timeout) {
        // The worker's deadline is ours; our timer normally fires first.
        fail(Error::make(ErrorKind::Timeout, NetworkMessages::timedOut(timeout())));
        return;
    }
    if (report.error) {
        Error error = *report.error;
        error.service = displayName();
        fail(error, report.state, report.code);
        return;
    }
    finish(report.state, report.code, report.reason, report.details, report.version);
}

} // namespace Dsp
